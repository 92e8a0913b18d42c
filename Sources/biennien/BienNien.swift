import ArgumentParser

@main
struct BienNien: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biennien",
        abstract: "Turns dated Vietnamese news articles into a structured chronicle.",
        discussion: """
        Example: biennien analyze Examples/
        """,
        subcommands: [Analyze.self, Split.self, Bench.self],
        defaultSubcommand: nil
    )
}
