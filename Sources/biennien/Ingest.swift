import ArgumentParser
import Chronicle
import Foundation
import Store
import VietText

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze articles and store them in the chronicle database.",
        discussion: """
        Takes the inputs of 'analyze'. Articles already stored (same date and text, by content \
        hash) are skipped without being analyzed again, so ingesting the same files twice changes \
        nothing, and a run that was killed can simply be run again: everything committed stays, \
        the rest is added. Commits every --chunk articles. A bad input is reported on stderr and \
        skipped; the batch goes on. With --analyzed, the inputs are analyses made elsewhere by \
        'analyze --with-text' (JSON Lines files or -), stored without analyzing again, with the \
        same idempotence.

        Exit status: 0 when every input was stored or already known; 1 when some input failed or \
        the database could not be written; 64 for a usage error.

        Examples:
          biennien ingest Examples/
          biennien ingest --db news.sqlite articles.jsonl
          biennien ingest --db postgres://me@localhost:5432/news articles.jsonl
          biennien analyze --with-text articles.jsonl > analyses.jsonl   # on another machine
          biennien ingest --analyzed analyses.jsonl
        """
    )

    @OptionGroup var inputs: InputArguments

    @Option(help: "The database, created or migrated if needed: a SQLite file, or postgres://USER@HOST:PORT/DATABASE (default: $BIENNIEN_DATABASE_URL, else biennien.sqlite).")
    var db: String?

    @Option(help: "Articles analyzed at once (default: the number of processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Articles per transaction.")
    var chunk: Int = 500

    @Flag(help: "The inputs are analyses made elsewhere ('biennien analyze --with-text', JSON Lines): store them without analyzing again.")
    var analyzed = false

    @OptionGroup var lexicon: LexiconArguments

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if chunk < 1 { throw ValidationError("--chunk must be at least 1.") }
    }

    func run() throws {
        let options = try inputs.options()
        let analyzer = try lexicon.analyzer()
        let store = try DatabaseChoice.open(db, writing: true)
        let pipeline = IngestPipeline(store: store, chunk: chunk, analyzer: analyzer)
        let line = ProgressLine(enabled: isatty(2) == 1)
        let onFailure: @Sendable (InputFailure) -> Void = { failure in
            line.clear()
            StandardStreams.err("biennien: \(failure)\n")
        }
        let result = analyzed
            ? pipeline.run(analyzed: AnalysisStream(paths: inputs.paths), onFailure: onFailure, onProgress: { line.draw($0) })
            : pipeline.run(ArticleStream(paths: inputs.paths, options: options), jobs: jobs, onFailure: onFailure, onProgress: { line.draw($0) })
        line.clear()
        // Fold the write-ahead log into the file, so it is one self-contained file again.
        try? store.checkpoint()
        let counts = (try? store.counts()).map { "; the database has \($0)" } ?? ""
        StandardStreams.err("biennien: \(result.added) new article(s) stored, \(result.known) already stored, \(result.failures) failed\(counts)\n")
        if let error = pipeline.error {
            StandardStreams.err("biennien: \(store.location): \(error)\n")
            throw ExitCode(1)
        }
        if result.failures > 0 { throw ExitCode(1) }
    }
}

/// The progress line on a terminal's stderr: articles, articles/s, outcomes; redrawn at most
/// twice a second.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var lastDrawn = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    func draw(_ p: IngestPipeline.Progress) {
        guard enabled, Date().timeIntervalSince(lastDrawn) > 0.5 else { return }
        lastDrawn = Date()
        let rate = Double(p.seen) / max(p.seconds, 0.001)
        StandardStreams.err("\r\u{1B}[K\(p.seen) articles, \(Int(rate))/s, \(p.added) stored, \(p.known) known, \(p.failures) failed")
    }

    func clear() {
        if enabled { StandardStreams.err("\r\u{1B}[K") }
    }
}
