import Chronicle
import Foundation
import GRDB
import VietText

/// Figures for the store: ingest speed end to end, search latency, bytes per article.
///
/// Articles are the synthetic corpus plus a line of topic words drawn from a Zipf-distributed
/// vocabulary of 20,000 made-up Vietnamese-like words, so a search meets what a real archive
/// gives it: frequent words that match most articles and rare ones that match a few.
public enum StoreBenchmark {
    public struct Figures: Sendable {
        public let articles: Int
        public let ingestSeconds: Double
        /// Of which the writer thread spent writing (overlapping the analysis), and of that on a core.
        public let writeSeconds: Double
        public let writeCPUSeconds: Double
        /// Articles per second the writer alone sustains, by its CPU time.
        public var writerPerCPUSecond: Double { Double(articles) / max(writeCPUSeconds, 1e-9) }
        public var ingestPerSecond: Double { Double(articles) / ingestSeconds }
        public let bytes: Int
        public var bytesPerArticle: Int { bytes / max(articles, 1) }
        /// Milliseconds per query class: (name, queries, p50, p99).
        public let searches: [(name: String, queries: Int, p50: Double, p99: Double)]
    }

    /// Builds the database at `path` (unless `reuse` and one is there: then only searches are
    /// timed) and times ingest and searches.
    public static func run(articles count: Int, jobs: Int, path: String, reuse: Bool = false, queries: Int = 1200) throws -> Figures {
        let reusing = reuse && FileManager.default.fileExists(atPath: path)
        if !reusing {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try ChronicleStore(writingTo: path)
        let ingest = try Self.ingest(articles: count, ingesters: reusing ? 0 : 1, jobs: jobs) { store }
        try store.checkpoint()
        let reader = try ChronicleStore(readingFrom: path)
        let searches = try Self.searches(on: reader, queries: queries)
        return Figures(articles: reusing ? try store.counts().articles : ingest.added, ingestSeconds: ingest.seconds, writeSeconds: ingest.writeSeconds, writeCPUSeconds: ingest.writeCPUSeconds, bytes: store.fileBytes(), searches: searches)
    }

    /// The benchmark's articles, `part` of `parts` (every `parts`-th one), topic words included.
    public static func corpus(articles count: Int, part: Int = 0, parts: Int = 1) -> AnyIterator<Result<Article, InputFailure>> {
        let vocabulary = Vocabulary(size: 20_000)
        var corpus = SyntheticCorpus(count: count)
        var words = Random(seed: 7)
        var index = -1
        return AnyIterator {
            while let a = corpus.next() {
                index += 1
                // Topic words are drawn for every article, so each part gets the same ones.
                let topics = (0..<12).map { _ in vocabulary.word(words.zipf(vocabulary.size)) }.joined(separator: " ")
                guard index % parts == part else { continue }
                return .success(Article(id: a.id, date: a.date, text: a.text + "\n\nChủ đề: " + topics + ".", origin: a.origin))
            }
            return nil
        }
    }

    /// Ingests the benchmark's articles with `ingesters` pipelines at once, each writing through
    /// its own store from `open` and analyzing on `jobs` threads; returns the combined counts
    /// (seconds: until the last one ends).
    public static func ingest(articles count: Int, ingesters: Int, jobs: Int, open: @escaping @Sendable () throws -> any ChronicleBackend) throws -> IngestPipeline.Progress {
        let started = Date()
        let results = LockedList<Result<IngestPipeline.Progress, Error>>()
        let group = DispatchGroup()
        for part in 0..<ingesters {
            let thread = Thread {
                results.append(Result {
                    let pipeline = IngestPipeline(store: try open(), chunk: 1000)
                    let progress = pipeline.run(corpus(articles: count, part: part, parts: ingesters), jobs: jobs)
                    if let error = pipeline.error { throw error }
                    return progress
                })
                group.leave()
            }
            group.enter()
            thread.start()
        }
        group.wait()
        var total = IngestPipeline.Progress()
        for result in results.items {
            let p = try result.get()
            total.seen += p.seen
            total.added += p.added
            total.known += p.known
            total.writeSeconds += p.writeSeconds
            total.writeCPUSeconds += p.writeCPUSeconds
        }
        total.seconds = Date().timeIntervalSince(started)
        return total
    }

    /// Times searches of each query class: (name, queries, p50 ms, p99 ms), then all together.
    public static func searches(on reader: any ChronicleBackend, queries: Int) throws -> [(name: String, queries: Int, p50: Double, p99: Double)] {
        let vocabulary = Vocabulary(size: 20_000)
        // Query classes: one frequent word, two frequent words, a phrase without diacritics,
        // a rare word, a frequent and a rare word, a filtered search.
        var r = Random(seed: 11)
        let classes: [(String, () -> (String, QueryFilter))] = [
            ("frequent word", { (vocabulary.word(r.zipf(20)), QueryFilter()) }),
            ("two frequent words", { (vocabulary.word(r.zipf(50)) + " " + vocabulary.word(r.zipf(50)), QueryFilter()) }),
            ("phrase, no diacritics", { (["\"dien dam\"", "\"ngoai truong nga\"", "\"thu tuong pham minh chinh\"", "\"lien hop quoc\""][Int(r.next() % 4)], QueryFilter()) }),
            ("rare word", { (vocabulary.word(1000 + Int(r.next() % 19_000)), QueryFilter()) }),
            ("frequent + rare word", { (vocabulary.word(r.zipf(20)) + " " + vocabulary.word(500 + Int(r.next() % 5000)), QueryFilter()) }),
            ("word + actor + dates", { (vocabulary.word(r.zipf(100)), QueryFilter(from: "2024-01-01", to: "2024-12-31", actor: "Sergey Lavrov")) }),
        ]
        var searches: [(String, Int, Double, Double)] = []
        var all: [Double] = []
        for (name, make) in classes {
            var times: [Double] = []
            for _ in 0..<max(1, queries / classes.count) {
                let (q, filter) = make()
                let t0 = DispatchTime.now().uptimeNanoseconds
                _ = try reader.search(q, filter: filter)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            all += times
            times.sort()
            func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
            searches.append((name, times.count, pct(0.5), pct(0.99)))
        }
        all.sort()
        searches.append(("all queries", all.count, all[all.count / 2], all[min(all.count - 1, all.count * 99 / 100)]))
        return searches
    }

    /// A list filled from several threads.
    final class LockedList<Element>: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [Element] = []
        func append(_ e: Element) { lock.withLock { list.append(e) } }
        var items: [Element] { lock.withLock { list } }
    }

    /// Made-up words of one to three syllables, deterministic: index 0 is the most frequent.
    struct Vocabulary {
        let size: Int
        private let words: [String]

        init(size: Int) {
            self.size = size
            let onsets = ["b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"]
            let rhymes = ["a", "ai", "an", "ang", "anh", "ao", "âm", "ân", "âu", "e", "em", "ên", "i", "inh", "o", "oa", "oan", "ôi", "ông", "ơn",
                          "u", "uân", "ung", "ươc", "ương", "ưu", "ắc", "ăm", "ặt", "ộc", "ới", "ũng", "ịch", "ạnh", "ỏi"]
            var r = Random(seed: 3)
            var seen = Set<String>()
            var words: [String] = []
            while words.count < size {
                let n = 1 + Int(r.next() % 3)
                let w = (0..<n).map { _ in onsets[Int(r.next() % UInt64(onsets.count))] + rhymes[Int(r.next() % UInt64(rhymes.count))] }.joined()
                if seen.insert(w).inserted { words.append(w) }
            }
            self.words = words
        }

        func word(_ i: Int) -> String { words[min(max(i, 0), size - 1)] }
    }

    /// Draws over the project's SplitMix64, with a Zipf draw.
    struct Random {
        private var generator: SplitMix64
        init(seed: UInt64) { generator = SplitMix64(seed: seed) }
        mutating func next() -> UInt64 { generator.next() }
        /// An index in 0..<n, index k drawn with weight 1/(k+1) (approximately, by inversion).
        mutating func zipf(_ n: Int) -> Int {
            let u = Double(next() >> 11) / Double(1 << 53)
            return min(n - 1, Int(exp(u * log(Double(n) + 1))) - 1)
        }
    }
}

extension ChronicleStore {
    /// Moves the write-ahead log into the database file, so its size is the data's.
    public func checkpoint() throws {
        try writer?.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
