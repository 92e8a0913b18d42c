import ArgumentParser

@main
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
