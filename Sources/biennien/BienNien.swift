import ArgumentParser
import Dispatch
import Foundation

@main
enum Entry {
    /// Every command but `serve` runs on the main thread, with no asynchronous main: that needs
    /// `dispatchMain()`, which parks the main thread in a way valgrind cannot follow (so
    /// `benchmarks/instructions.sh` could not count anything) and costs a one-article `analyze`
    /// a dispatch start-up. `serve` keeps its asynchronous run.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try BienNien.parseAsRoot(arguments)
            if command is AsyncParsableCommand {
                Task {
                    await BienNien.main(arguments)
                    exit(0)
                }
                dispatchMain()
            }
            try command.run()
        } catch {
            BienNien.exit(withError: error)
        }
    }
}

struct BienNien: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biennien",
        abstract: "Turns dated Vietnamese news articles into a structured chronicle.",
        discussion: """
        Examples:
          biennien analyze Examples/
          biennien ingest Examples/ && biennien timeline --actor Putin
        """,
        subcommands: [Analyze.self, Ingest.self, Search.self, Timeline.self, Actors.self, Export.self, Serve.self, Copy.self, Split.self, Bench.self],
        defaultSubcommand: nil
    )
}
