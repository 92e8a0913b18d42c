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
        skipped; the batch goes on.

        Exit status: 0 when every input was stored or already known; 1 when some input failed or \
        the database could not be written; 64 for a usage error.

        Examples:
          biennien ingest Examples/
          biennien ingest --db news.sqlite articles.jsonl
        """
    )

    @OptionGroup var inputs: InputArguments

    @Option(help: "The database file (created if missing).")
    var db: String = ChronicleStore.defaultPath

    @Option(help: "Articles analyzed at once (default: the number of processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Articles per transaction.")
    var chunk: Int = 500

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if chunk < 1 { throw ValidationError("--chunk must be at least 1.") }
    }

    func run() throws {
        let options = try inputs.options()
        let store = try reportingStoreErrors { try ChronicleStore(writingTo: db) }
        let analyzer = Analyzer()
        let batch = IngestBatch(store: store, chunk: chunk, progress: isatty(2) == 1)
        OrderedParallelMap.run(
            ArticleStream(paths: inputs.paths, options: options),
            workers: jobs,
            transform: { item -> IngestBatch.Outcome in
                switch item {
                case .failure(let failure): return .failed(failure)
                case .success(let article):
                    let body = VietNormalizer.nfc(article.text).trimmingWhitespace()
                    if (try? store.contains(hash: ContentHash.of(date: article.date, body: body))) == true { return .known }
                    return .analyzed(analyzer.analyze(article))
                }
            },
            emit: { batch.take($0) }
        )
        batch.finish()
        let counts = (try? store.counts()).map { "; the database has \($0)" } ?? ""
        StandardStreams.err("biennien: \(batch.added) new article(s) stored, \(batch.known) already stored, \(batch.failures) failed\(counts)\n")
        if let error = batch.error {
            StandardStreams.err("biennien: \(db): \(error)\n")
            throw ExitCode(1)
        }
        if batch.failures > 0 { throw ExitCode(1) }
    }
}

/// Collects analyzed articles and commits them in chunks; counts outcomes and draws the
/// progress line. Called from the emitting thread only, in input order.
final class IngestBatch: @unchecked Sendable {
    enum Outcome: Sendable {
        case analyzed(ArticleAnalysis)
        case known
        case failed(InputFailure)
    }

    private let store: ChronicleStore
    private let chunk: Int
    private let progress: Bool
    private var pending: [ArticleAnalysis] = []
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private(set) var added = 0, known = 0, failures = 0, seen = 0
    private(set) var error: Error?

    init(store: ChronicleStore, chunk: Int, progress: Bool) {
        self.store = store
        self.chunk = chunk
        self.progress = progress
    }

    func take(_ outcome: Outcome) {
        seen += 1
        switch outcome {
        case .analyzed(let analysis):
            pending.append(analysis)
            if pending.count >= chunk { commit() }
        case .known:
            known += 1
        case .failed(let failure):
            failures += 1
            if progress { StandardStreams.err("\r\u{1B}[K") }
            StandardStreams.err("biennien: \(failure)\n")
        }
        if progress, Date().timeIntervalSince(lastDrawn) > 0.5 { draw() }
    }

    func finish() {
        commit()
        if progress { StandardStreams.err("\r\u{1B}[K") }
    }

    private func commit() {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        guard error == nil else { return }
        do {
            let new = try store.store(pending)
            added += new
            known += pending.count - new  // the same article twice in one run
        } catch {
            self.error = error
        }
    }

    private func draw() {
        lastDrawn = Date()
        let rate = Double(seen) / max(lastDrawn.timeIntervalSince(started), 0.001)
        StandardStreams.err("\r\u{1B}[K\(seen) articles, \(Int(rate))/s, \(added) stored, \(known) known, \(failures) failed")
    }
}
