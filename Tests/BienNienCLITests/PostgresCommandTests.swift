import Foundation
import PostgresStore
import Testing

/// The commands on PostgreSQL, against the test server named by BIENNIEN_TEST_DATABASE_URL
/// (`.ci/run` starts one; see README). Without it these tests skip.
@Suite("biennien on PostgreSQL", .serialized, .enabled(if: TemporaryPostgresDatabase.server != nil, "BIENNIEN_TEST_DATABASE_URL names no PostgreSQL server"))
struct PostgresCommandTests {
    /// The events of an export, each as its JSON line.
    static func export(_ db: String) throws -> [String] {
        let r = try CLIRunner.run(["export", "--db", db, "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.lines
    }

    @Test("Examples/ ingested into SQLite and into PostgreSQL export the same events; copy moves a SQLite chronicle")
    func sameEventsAsSQLite() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("c.sqlite").path
        let pg = try TemporaryPostgresDatabase(), copied = try TemporaryPostgresDatabase()
        #expect(try CLIRunner.run(["ingest", "--db", sqlite, "Examples/"]).status == 0)
        let ingest = try CLIRunner.run(["ingest", "--db", pg.url, "Examples/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let expected = try Self.export(sqlite)
        #expect(!expected.isEmpty)
        #expect(try Self.export(pg.url) == expected)
        for format in ["gdelt", "csv"] {
            let a = try CLIRunner.run(["export", "--db", sqlite, "--format", format, "--table", "mentions"]).stdout
            let b = try CLIRunner.run(["export", "--db", pg.url, "--format", format, "--table", "mentions"]).stdout
            #expect(a == b, "\(format)")
        }
        let again = try CLIRunner.run(["ingest", "--db", pg.url, "Examples/"])
        #expect(again.stderr.contains("0 new article(s) stored"), "\(again.stderr)")

        let copy = try CLIRunner.run(["copy", "--from", sqlite, "--to", copied.url])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(try Self.export(copied.url) == expected)

        let actorsA = try CLIRunner.run(["actors", "--db", sqlite, "--format", "jsonl"]).stdout
        let actorsB = try CLIRunner.run(["actors", "--db", pg.url, "--format", "jsonl"]).stdout
        #expect(actorsA == actorsB)
        let timelineA = try CLIRunner.run(["timeline", "--db", sqlite, "--actor", "lavrov", "--format", "jsonl"]).stdout
        let timelineB = try CLIRunner.run(["timeline", "--db", pg.url, "--actor", "lavrov", "--format", "jsonl"]).stdout
        #expect(!timelineA.isEmpty && timelineA == timelineB)
    }

    @Test("search without diacritics finds what search with them finds; BIENNIEN_DATABASE_URL selects the database")
    func searchWithoutDiacritics() throws {
        let pg = try TemporaryPostgresDatabase()
        #expect(try CLIRunner.run(["ingest", "--db", pg.url, "Examples/"]).status == 0)
        let plain = try CLIRunner.run(["search", "--db", pg.url, "--format", "jsonl", "dien dam"])
        let accented = try CLIRunner.run(["search", "--db", pg.url, "--format", "jsonl", "điện đàm"])
        #expect(plain.status == 0 && !plain.lines.isEmpty, "\(plain.stderr)")
        #expect(plain.stdout == accented.stdout)
        #expect(plain.lines.allSatisfy { $0.contains("**") })
        let phrase = try CLIRunner.run(["search", "--format", "jsonl", "\"ngoai truong nga\""], environment: ["BIENNIEN_DATABASE_URL": pg.url])
        #expect(phrase.status == 0 && !phrase.lines.isEmpty, "\(phrase.stderr)")
        for query in ["\"", "NEAR(", "a OR", "-", "*", "!nga", "<->", "a:*"] {
            let r = try CLIRunner.run(["search", "--db", pg.url, query])
            #expect(r.status == 0 || (r.status == 1 && r.stderr.contains("nothing to search for")), "\(query): \(r.stderr)")
        }
    }

    @Test("two ingests at once on overlapping inputs leave each article and each event once")
    func concurrentIngests() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = StoreCommandTests.corpus(300).split(separator: "\n")
        let a = dir.appendingPathComponent("a.jsonl"), b = dir.appendingPathComponent("b.jsonl")
        try (lines[0..<200].joined(separator: "\n") + "\n").write(to: a, atomically: true, encoding: .utf8)
        try (lines[100..<300].reversed().joined(separator: "\n") + "\n").write(to: b, atomically: true, encoding: .utf8)
        let all = dir.appendingPathComponent("all.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: all, atomically: true, encoding: .utf8)
        let together = try TemporaryPostgresDatabase(), alone = try TemporaryPostgresDatabase()
        // Create the tables first, so both ingesters start writing at once.
        #expect(try CLIRunner.run(["ingest", "--db", together.url, "Examples/01-dien-dam-viet-nhat.txt"]).status == 0)
        #expect(try CLIRunner.run(["ingest", "--db", alone.url, "Examples/01-dien-dam-viet-nhat.txt"]).status == 0)
        let results = LockedResults()
        let group = DispatchGroup()
        for input in [a, b] {
            DispatchQueue.global().async(group: group) {
                results.append(Result { try CLIRunner.run(["ingest", "--db", together.url, "--chunk", "20", input.path]) })
            }
        }
        group.wait()
        for r in results.all {
            let output = try r.get()
            #expect(output.status == 0, "\(output.stderr)")
        }
        let clean = try CLIRunner.run(["ingest", "--db", alone.url, all.path])
        #expect(clean.status == 0, "\(clean.stderr)")
        let check = try CLIRunner.run(["ingest", "--db", together.url, all.path])
        #expect(check.stderr.contains("0 new article(s) stored, 300 already stored"), "\(check.stderr)")
        #expect(StoreCommandTests.summary(check.stderr) == StoreCommandTests.summary(clean.stderr), "\(check.stderr) vs \(clean.stderr)")
        // The same events with the same counts, whichever process stored which report.
        func events(_ db: String) throws -> [String] {
            try Self.export(db).map { line in
                let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                // A call has no direction: its sides are those of whichever report came first.
                let sides = ["source", "target"].map { "\((object[$0] as? [String: Any])?["name"] ?? "-")" }.sorted()
                return ["code", "date", "day", "mentions", "articles", "modality", "first_seen", "last_seen"]
                    .map { "\(object[$0] ?? "-")" }.joined(separator: " ") + " \(sides)"
            }.sorted()
        }
        #expect(try events(together.url) == events(alone.url))
    }

    @Test("a PostgreSQL ingest killed with SIGKILL, then run again, gives the counts of a clean run")
    func killAndResume() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.corpus(600).write(to: input, atomically: true, encoding: .utf8)
        let clean = try TemporaryPostgresDatabase(), killed = try TemporaryPostgresDatabase()
        let reference = try CLIRunner.run(["ingest", "--db", clean.url, "--chunk", "40", input.path])
        #expect(reference.status == 0, "\(reference.stderr)")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["ingest", "--db", killed.url, "--chunk", "40", input.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var committed = false
        for _ in 0..<600 where process.isRunning {
            let probe = try CLIRunner.run(["actors", "--db", killed.url, "--limit", "1", "--format", "jsonl"])
            if probe.status == 0, !probe.lines.isEmpty { committed = true; break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(committed)
        let rerun = try CLIRunner.run(["ingest", "--db", killed.url, "--chunk", "40", input.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(StoreCommandTests.summary(rerun.stderr) == StoreCommandTests.summary(reference.stderr), "\(rerun.stderr) vs \(reference.stderr)")
    }

    @Test("serve on a PostgreSQL URL answers /api/stats and the detail pages as serve on SQLite does")
    func serve() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        let pg = try TemporaryPostgresDatabase()
        #expect(try CLIRunner.run(["ingest", "--db", sqlite, "Examples/"]).status == 0)
        let ingest = try CLIRunner.run(["ingest", "--db", pg.url, "Examples/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let lite = try Served(db: sqlite), post = try Served(db: pg.url)
        defer { lite.stop(); post.stop() }
        let stats = try post.get("/api/stats")
        #expect(stats.hasPrefix("HTTP/1.1 200") && stats.contains("\"articles\":10"), "\(stats)")
        #expect(Self.body(stats) == Self.body(try lite.get("/api/stats")))
        // An article, as its search hit names it, with the same extracted items on both engines.
        let hit = try #require(try post.get("/api/search?q=dien%20dam").firstMatch(of: /"article":"([^"]+)"/)?.1)
        // Each engine numbers rows in the order one ingest stores them, so ids agree too.
        for path in ["/api/articles/\(hit)", "/api/actors/1", "/api/events/1", "/"] {
            let answer = try post.get(path), expected = try lite.get(path)
            #expect(answer.hasPrefix("HTTP/1.1 200") && Self.body(answer) == Self.body(expected), "\(path): \(answer)")
        }
        #expect(try post.get("/api/events/999999").hasPrefix("HTTP/1.1 404"))
    }

    /// A response's body (after the blank line that ends the head).
    static func body(_ response: String) -> String {
        response.range(of: "\r\n\r\n").map { String(response[$0.upperBound...]) } ?? ""
    }

    @Test("a URL with no server behind it is a clear error, exit 1")
    func noServer() throws {
        let r = try CLIRunner.run(["search", "--db", "postgres://nobody@127.0.0.1:1/none", "nga"])
        #expect(r.status == 1 && r.stderr.contains("cannot connect to postgres://nobody@127.0.0.1:1/none"), "\(r.stderr)")
    }
}

/// Results gathered from several threads.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<CLIRunner.Output, Error>] = []
    func append(_ r: Result<CLIRunner.Output, Error>) { lock.withLock { results.append(r) } }
    var all: [Result<CLIRunner.Output, Error>] { lock.withLock { results } }
}

/// `biennien serve` on any free port, stopped by `stop()`.
final class Served {
    struct ServeFailed: Error, CustomStringConvertible { let description: String }
    let process = Process()
    /// Its log (kept open: the server writes a line per request).
    let err = Pipe()
    let port: Int

    init(db: String) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--db", db, "--port", "0"]
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let match = text.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), let port = Int(match.1) else {
            process.terminate()
            throw ServeFailed(description: "serve did not start: \(text)")
        }
        self.port = port
    }

    /// The whole response to a GET.
    func get(_ path: String) throws -> String {
        try ServeCommandTests().fetch(port: port, path: path)
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
