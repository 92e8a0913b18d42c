import Chronicle
import Foundation
import VietText

/// Analyzes a stream of articles on several cores and stores them in chunks, skipping those
/// already stored before analyzing them. Used by `biennien ingest` and its benchmark.
public final class IngestPipeline: @unchecked Sendable {
    /// What became of one input.
    public enum Outcome: Sendable {
        /// An article analyzed, with its content hash.
        case analyzed(ArticleAnalysis, hash: String)
        case known
        case failed(InputFailure)
    }

    /// Counts of a run so far.
    public struct Progress: Sendable {
        public var seen = 0, added = 0, known = 0, failures = 0
        public var seconds = 0.0
        /// Time spent writing to the database.
        public var writeSeconds = 0.0
        /// Of which the writer thread was on a core (the rest it waited for one, or for the disk).
        public var writeCPUSeconds = 0.0
    }

    private let store: any ChronicleBackend
    private let chunk: Int
    private let analyzer: Analyzer
    private var pending: [(analysis: ArticleAnalysis, hash: String)] = []
    private let started = Date()
    /// Counts kept by the emitting thread (seen, known before analysis, failures).
    private var counted = Progress()
    /// Counts kept by the writer thread (added, known at write time, write time), under `lock`.
    private var written = Progress()
    private var firstError: Error?
    private let lock = NSLock()
    private let writing = DispatchQueue(label: "biennien.ingest.writer")
    private let slots = DispatchSemaphore(value: 2)

    /// Counts of the run so far.
    public var progress: Progress {
        lock.withLock {
            var p = counted
            p.added = written.added
            p.known += written.known
            p.writeSeconds = written.writeSeconds
            p.writeCPUSeconds = written.writeCPUSeconds
            p.seconds = Date().timeIntervalSince(started)
            return p
        }
    }

    /// The first database error; after it nothing more is written.
    public var error: Error? {
        get { lock.withLock { firstError } }
        set { lock.withLock { firstError = newValue } }
    }

    /// `analyzer`: the compiled language data unless a user lexicon extends it (`--lexicon`).
    public init(store: any ChronicleBackend, chunk: Int = 500, analyzer: Analyzer = Analyzer()) {
        self.store = store
        self.chunk = max(1, chunk)
        self.analyzer = analyzer
    }

    /// Runs the whole stream. `onFailure` hears each bad input, `onProgress` each outcome
    /// (both on the one emitting thread, in input order).
    public func run(_ articles: some IteratorProtocol<Result<Article, InputFailure>>, jobs: Int,
                    onFailure: @escaping @Sendable (InputFailure) -> Void = { _ in },
                    onProgress: @escaping @Sendable (Progress) -> Void = { _ in }) -> Progress {
        let analyzer = self.analyzer
        let store = self.store
        OrderedParallelMap.run(
            articles,
            workers: jobs,
            transform: { item -> Outcome in
                switch item {
                case .failure(let failure): return .failed(failure)
                case .success(let article):
                    // The hash of the body as Document will hold it (NFC, trimmed).
                    let hash = ContentHash.of(date: article.date, body: VietNormalizer.nfc(article.text).trimmingWhitespace())
                    if (try? store.contains(hash: hash)) == true { return .known }
                    return .analyzed(analyzer.analyze(article), hash: hash)
                }
            },
            emit: { outcome in
                self.take(outcome, onFailure: onFailure)
                onProgress(self.progress)
            }
        )
        commit()
        drain()
        return progress
    }

    /// Stores analyses made elsewhere (`analyze --with-text`) without analyzing again: those
    /// already stored are skipped by content hash, as in `run`.
    public func run(analyzed analyses: some IteratorProtocol<Result<ArticleAnalysis, InputFailure>>,
                    onFailure: @escaping @Sendable (InputFailure) -> Void = { _ in },
                    onProgress: @escaping @Sendable (Progress) -> Void = { _ in }) -> Progress {
        var analyses = analyses
        while let item = analyses.next() {
            switch item {
            case .failure(let failure): take(.failed(failure), onFailure: onFailure)
            case .success(let analysis):
                let hash = ContentHash.of(date: analysis.date, body: analysis.document.body)
                take((try? store.contains(hash: hash)) == true ? .known : .analyzed(analysis, hash: hash), onFailure: onFailure)
            }
            onProgress(progress)
        }
        commit()
        drain()
        return progress
    }

    private func take(_ outcome: Outcome, onFailure: (InputFailure) -> Void) {
        lock.withLock { counted.seen += 1 }
        switch outcome {
        case .analyzed(let analysis, let hash):
            pending.append((analysis, hash))
            if pending.count >= chunk { commit() }
        case .known:
            lock.withLock { counted.known += 1 }
        case .failed(let failure):
            lock.withLock { counted.failures += 1 }
            onFailure(failure)
        }
    }

    /// Hands the pending chunk to the writer thread, so analysis goes on while it is written;
    /// at most one chunk waits behind the one being written, so memory stays flat.
    private func commit() {
        guard !pending.isEmpty else { return }
        let chunk = pending
        pending.removeAll(keepingCapacity: true)
        slots.wait()
        writing.async {
            defer { self.slots.signal() }
            let t0 = Date(), cpu0 = Self.threadCPUSeconds()
            let failed = self.lock.withLock { self.firstError != nil }
            guard !failed else { return }
            do {
                let new = try self.store.store(hashed: chunk, ingestedAt: ChronicleStore.timestamp())
                self.lock.withLock {
                    self.written.added += new
                    self.written.known += chunk.count - new  // the same article twice in one run
                    self.written.writeSeconds += Date().timeIntervalSince(t0)
                    self.written.writeCPUSeconds += Self.threadCPUSeconds() - cpu0
                }
            } catch {
                self.lock.withLock { self.firstError = error }
            }
        }
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Waits for every chunk to be written.
    private func drain() {
        writing.sync {}
    }
}
