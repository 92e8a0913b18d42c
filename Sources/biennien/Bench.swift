import ArgumentParser
import Chronicle
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the speed of each stage on generated articles.",
        discussion: """
        Generates --articles synthetic articles of about 3 KB (deterministic), then times each \
        stage on one core and the whole analysis on --jobs cores. Build in release mode first:

          swift build -c release && .build/release/biennien bench
        """
    )

    @Option(help: "Number of generated articles.")
    var articles = 10_000

    @Option(help: "Jobs for the parallel run (default: the number of processors).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be positive.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        #if DEBUG
        StandardStreams.err("biennien: this is a debug build; figures are meaningful only with -c release\n")
        #endif
        let figures = Benchmark.run(articles: articles, jobs: jobs)
        let width = figures.map(\.name.count).max() ?? 10
        var out = "stage".padding(toLength: width, withPad: " ", startingAt: 0) + "   articles/s        MB/s   seconds\n"
        for f in figures {
            out += f.name.padding(toLength: width, withPad: " ", startingAt: 0)
            out += String(format: " %12.0f %11.1f %9.3f\n", f.articlesPerSecond, f.megabytesPerSecond, f.seconds)
        }
        StandardStreams.out(out + "(\(articles) articles, \(figures.first.map { $0.bytes / $0.articles } ?? 0) bytes each on average)\n")
    }
}
