import ArgumentParser
import Chronicle
import Foundation
import PostgresStore
import Store

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

    @Option(help: "Print this many of the generated articles as JSON Lines ({\"id\",\"date\",\"text\"}, the input of 'analyze') and stop: the fixed input of benchmarks/instructions.sh.")
    var writeCorpus: Int?

    @Flag(help: "Benchmark the store instead: ingest speed, search latency, bytes per article.")
    var store = false

    @Option(help: "Articles for the store benchmark's database.")
    var storeArticles = 100_000

    @Flag(help: "Store benchmark: search the database already at --store-path instead of building it.")
    var reuse = false

    @Option(help: "Store benchmark: also on this PostgreSQL server (postgres://USER@HOST:PORT/DB; creates the databases biennien_bench_1 and _2), beside SQLite.")
    var db: String?

    @Option(help: "Where the store benchmark builds its database (deleted first).")
    var storePath = FileManager.default.temporaryDirectory.appendingPathComponent("biennien-bench.sqlite").path

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be positive.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        #if DEBUG
        StandardStreams.err("biennien: this is a debug build; figures are meaningful only with -c release\n")
        #endif
        if let writeCorpus {
            for article in SyntheticCorpus(count: writeCorpus) { StandardStreams.out(article.inputLine + "\n") }
            return
        }
        if store, let db { return try compareStores(url: db) }
        if store { return try runStore() }
        // Long inputs first, so that the peak memory printed is theirs, not the corpus's.
        var long = ""
        for (f, peak) in Benchmark.longInputs() {
            long += "\(f.name): " + String(format: "%.2f s, %.1f MB/s", f.seconds, f.megabytesPerSecond) + ", peak memory \(peak.map { "\($0) MB" } ?? "unknown")\n"
        }
        let figures = Benchmark.run(articles: articles, jobs: jobs)
        let width = figures.map(\.name.count).max() ?? 10
        var out = "stage".padding(toLength: width, withPad: " ", startingAt: 0) + "   articles/s        MB/s   seconds     CPU s\n"
        for f in figures {
            out += f.name.padding(toLength: width, withPad: " ", startingAt: 0)
            out += String(format: " %12.0f %11.1f %9.3f %9.3f\n", f.articlesPerSecond, f.megabytesPerSecond, f.seconds, f.cpuSeconds)
        }
        StandardStreams.out(out + "(\(articles) articles, \(figures.first.map { $0.bytes / $0.articles } ?? 0) bytes each on average; CPU s: all threads' CPU time, which a busy machine does not inflate as it does seconds)\n" + long)
    }

    private func compareStores(url: String) throws {
        guard PostgresChronicleStore.isURL(url) else { throw ValidationError("--db must be a postgres:// URL; the SQLite database is --store-path.") }
        let columns = try reportingStoreErrors {
            try BackendComparison.run(articles: storeArticles, jobs: jobs, sqlitePath: storePath, url: url, queries: 1200) {
                StandardStreams.err("biennien: \($0)\n")
            }
        }
        var out = "\(storeArticles) generated articles".padding(toLength: 34, withPad: " ", startingAt: 0)
        out += columns.map { $0.engine.leftPadded(21) }.joined() + "\n"
        out += "ingest, 1 ingester (articles/s)".padding(toLength: 34, withPad: " ", startingAt: 0)
        out += columns.map { String(format: "%.0f", $0.oneIngester).leftPadded(21) }.joined() + "\n"
        out += "ingest, 2 ingesters (articles/s)".padding(toLength: 34, withPad: " ", startingAt: 0)
        out += columns.map { String(format: "%.0f", $0.twoIngesters).leftPadded(21) }.joined() + "\n"
        out += "search p50 / p99 ms\n"
        for (i, s) in (columns.first?.searches ?? []).enumerated() {
            out += "  " + s.name.padding(toLength: 32, withPad: " ", startingAt: 0)
            out += columns.map { String(format: "%.2f / %.2f", $0.searches[i].p50, $0.searches[i].p99).leftPadded(21) }.joined() + "\n"
        }
        StandardStreams.out(out)
    }

    private func runStore() throws {
        StandardStreams.err("biennien: ingesting \(storeArticles) generated articles into \(storePath) on \(jobs) jobs…\n")
        let f = try StoreBenchmark.run(articles: storeArticles, jobs: jobs, path: storePath, reuse: reuse)
        var out = reuse ? "" : String(format: "ingest, end to end, %d jobs: %d articles in %.1f s = %.0f articles/s\n", jobs, f.articles, f.ingestSeconds, f.ingestPerSecond)
        if !reuse {
            out += String(format: "  of which the writer thread spent %.1f s writing (%.0f%% of the run), alongside the analysis\n", f.writeSeconds, 100 * f.writeSeconds / max(f.ingestSeconds, 1e-9))
            out += String(format: "  writer CPU time %.1f s: the writer alone stores %.0f articles/s\n", f.writeCPUSeconds, f.writerPerCPUSecond)
        }
        out += "database: \(f.bytes / 1_000_000) MB, \(f.bytesPerArticle) bytes per article\n"
        out += "search (limit 20, with snippets)".padding(toLength: 34, withPad: " ", startingAt: 0) + "queries   p50 ms   p99 ms\n"
        for s in f.searches {
            out += "  " + s.name.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%7d %8.2f %8.2f\n", s.queries, s.p50, s.p99)
        }
        StandardStreams.out(out)
    }
}
