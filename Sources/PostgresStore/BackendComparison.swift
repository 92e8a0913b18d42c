import Foundation
import Store

/// `bench --store --db postgres://…`: the store benchmark on SQLite and on PostgreSQL in one
/// run: ingest with one ingester and with two at once (each analyzing on half the jobs), then
/// search latency on the one-ingester database.
public enum BackendComparison {
    /// One engine's figures.
    public struct Column: Sendable {
        public let engine: String
        public let articles: Int
        public let oneIngester: Double
        public let twoIngesters: Double
        public let searches: [(name: String, queries: Int, p50: Double, p99: Double)]
    }

    /// Runs both engines. PostgreSQL databases `biennien_bench_1` and `biennien_bench_2` are
    /// created (dropped first) on the server of `url`, which needs the CREATEDB right; the
    /// SQLite files are `sqlitePath` and `sqlitePath`-2.
    public static func run(articles: Int, jobs: Int, sqlitePath: String, url: String, queries: Int,
                           log: @escaping @Sendable (String) -> Void) throws -> [Column] {
        let half = max(1, jobs / 2)
        func sqlite(_ path: String) throws -> @Sendable () throws -> any ChronicleBackend {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let store = try ChronicleStore(writingTo: path)
            return { store }
        }
        func postgres(_ name: String) throws -> @Sendable () throws -> any ChronicleBackend {
            try PostgresChronicleStore.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", at: url)
            try PostgresChronicleStore.execute("CREATE DATABASE \(name)", at: url)
            let target = try PostgresChronicleStore.url(url, database: name)
            _ = try PostgresChronicleStore(url: target, writing: true)  // migrated before the clock starts
            return { try PostgresChronicleStore(url: target, writing: true) }
        }
        var columns: [Column] = []
        for (engine, open1, open2) in [
            ("SQLite", { try sqlite(sqlitePath) }, { try sqlite(sqlitePath + "-2") }),
            ("PostgreSQL", { try postgres("biennien_bench_1") }, { try postgres("biennien_bench_2") }),
        ] as [(String, () throws -> @Sendable () throws -> any ChronicleBackend, () throws -> @Sendable () throws -> any ChronicleBackend)] {
            log("\(engine): one ingester, \(jobs) jobs…")
            let first = try open1()
            let one = try StoreBenchmark.ingest(articles: articles, ingesters: 1, jobs: jobs, open: first)
            log("\(engine): two ingesters at once, \(half) job(s) each…")
            let two = try StoreBenchmark.ingest(articles: articles, ingesters: 2, jobs: half, open: try open2())
            log("\(engine): searches…")
            let store = try first()
            try store.checkpoint()
            let searches = try StoreBenchmark.searches(on: store, queries: queries)
            columns.append(Column(engine: engine, articles: one.added, oneIngester: Double(one.added) / one.seconds,
                                  twoIngesters: Double(two.added) / two.seconds, searches: searches))
        }
        return columns
    }
}
