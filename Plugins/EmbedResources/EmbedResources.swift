import Foundation
import PackagePlugin

/// Compiles every file in a target's `Resources/` folder into the target as a string constant
/// (`EmbeddedResources.files["name.tsv"]`), so language data ships inside the binary and is
/// loaded once, with no resource bundle to find at run time.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = target.directoryURL.appending(path: "Resources")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resources.path())) ?? []
        let inputs = names.filter { !$0.hasPrefix(".") }.sorted().map { resources.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) resource files into \(target.name)",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
