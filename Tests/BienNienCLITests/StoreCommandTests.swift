import Foundation
import Testing

@Suite("biennien ingest and the query commands", .serialized)
struct StoreCommandTests {
    /// Short, varied articles as JSON Lines: a call, a visit and a criticism each, with
    /// different dates and people.
    static func corpus(_ count: Int) -> String {
        let people = ["Ngoại trưởng Nga Sergey Lavrov", "Ngoại trưởng Mỹ Marco Rubio", "Thủ tướng Phạm Minh Chính",
                      "Chủ tịch Trung Quốc Tập Cận Bình", "Tổng thống Pháp Emmanuel Macron", "Thủ tướng Nhật Bản Sanae Takaichi"]
        var lines = ""
        for n in 0..<count {
            let a = people[n % people.count], b = people[(n / people.count + n + 1) % people.count]
            let day = 1 + n % 28, month = 1 + (n / 28) % 12
            let text = "\(a) ngày \(day)/\(month) đã điện đàm với \(b). Hai bên thảo luận về hợp tác kinh tế, bản tin số \(n). "
                + "\(b) cho biết sẽ thăm Hà Nội vào tháng tới."
            let object: [String: String] = ["id": "n\(n)", "date": String(format: "2025-%02d-%02d", month, min(28, day + 1)), "text": text]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        return lines
    }

    /// "the database has …" from ingest's last line.
    static func summary(_ stderr: String) -> String? {
        guard let last = stderr.split(separator: "\n").last, let range = last.range(of: "the database has ") else { return nil }
        return String(last[range.upperBound...])
    }

    @Test("ingest, again (nothing changes), then search, timeline, actors and export read the database")
    func ingestAndQuery() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let first = try CLIRunner.run(["ingest", "--db", db, "Examples/"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("new article(s) stored, 0 already stored, 0 failed"), "\(first.stderr)")
        let again = try CLIRunner.run(["ingest", "--db", db, "Examples/"])
        #expect(again.stderr.contains("0 new article(s) stored"), "\(again.stderr)")
        #expect(Self.summary(first.stderr) == Self.summary(again.stderr))

        let plain = try CLIRunner.run(["search", "--db", db, "--format", "jsonl", "dien dam"])
        let accented = try CLIRunner.run(["search", "--db", db, "--format", "jsonl", "điện đàm"])
        #expect(plain.status == 0 && !plain.lines.isEmpty, "\(plain.stderr)")
        #expect(plain.stdout == accented.stdout)
        for query in ["\"", "NEAR(", "a OR", "-", "*"] {
            let r = try CLIRunner.run(["search", "--db", db, query])
            #expect(r.status == 0 || (r.status == 1 && r.stderr.contains("nothing to search for")), "\(query): \(r.stderr)")
        }
        let timeline = try CLIRunner.run(["timeline", "--db", db, "--actor", "pham minh chinh", "--format", "jsonl"])
        #expect(timeline.status == 0 && !timeline.lines.isEmpty, "\(timeline.stderr)")
        let days = try timeline.lines.map { line -> String in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["day"] as? String)
        }
        #expect(days == days.sorted())
        let actors = try CLIRunner.run(["actors", "--db", db, "--country", "VNM"])
        #expect(actors.stdout.contains("Phạm Minh Chính"), "\(actors.stdout)")
        let gdelt = try CLIRunner.run(["export", "--db", db, "--format", "gdelt"])
        #expect(gdelt.status == 0 && !gdelt.lines.isEmpty)
        #expect(gdelt.lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
        let mentions = try CLIRunner.run(["export", "--db", db, "--format", "gdelt", "--table", "mentions"])
        #expect(mentions.status == 0 && mentions.lines.count >= gdelt.lines.count)
        #expect(mentions.lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 16 })
        let csv = try CLIRunner.run(["export", "--db", db, "--format", "csv"])
        #expect(csv.lines.first?.hasPrefix("event_id,day,date,code") == true)
    }

    @Test("ingest takes the same --lexicon as analyze: a user's trigger row gives stored events")
    func ingestWithLexicon() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("lexicon")
        try FileManager.default.createDirectory(at: lexicon, withIntermediateDirectories: true)
        try Data("trigger\tcode\tframe\texpect\texample\tnote\nquở trách\t111\t\tNga→Ukraine\tNga quở trách Ukraine.\t\n".utf8)
            .write(to: lexicon.appendingPathComponent("triggers.tsv"))
        let article = dir.appendingPathComponent("a.txt")
        try Data("date 2025-10-20\nNhật Bản quở trách Trung Quốc.".utf8).write(to: article)
        let db = dir.appendingPathComponent("c.sqlite").path
        let ingest = try CLIRunner.run(["ingest", "--db", db, "--lexicon", lexicon.path, article.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let csv = try CLIRunner.run(["export", "--db", db, "--format", "csv"])
        #expect(csv.lines.count == 2 && csv.lines[1].contains(",111,"), "\(csv.stdout)")
        try Data("trigger\tcode\nquở trách\n".utf8).write(to: lexicon.appendingPathComponent("bogus.tsv"))
        let bad = try CLIRunner.run(["ingest", "--db", db, "--lexicon", lexicon.path, article.path])
        #expect(bad.status == 65 && bad.stderr.contains("bogus.tsv"), "\(bad.stderr)")
    }

    @Test("query commands on a missing database say so, exit 1 and create nothing")
    func missingDatabase() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("none.sqlite").path
        for args in [["search", "nga"], ["timeline", "--actor", "Putin"], ["actors"], ["export"]] {
            let r = try CLIRunner.run(args + ["--db", db])
            #expect(r.status == 1 && r.stderr.contains("no database at"), "\(args): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("a run killed with SIGKILL during ingest, then run again, gives the counts of a clean run")
    func killAndResume() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("corpus.jsonl")
        try Self.corpus(1200).write(to: input, atomically: true, encoding: .utf8)
        let clean = try CLIRunner.run(["ingest", "--db", dir.appendingPathComponent("clean.sqlite").path, "--chunk", "40", input.path])
        #expect(clean.status == 0, "\(clean.stderr)")

        let db = dir.appendingPathComponent("killed.sqlite").path
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["ingest", "--db", db, "--chunk", "40", input.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once a chunk is committed (readable by another process), before it ends.
        var committed = false
        for _ in 0..<600 where process.isRunning {
            let probe = try CLIRunner.run(["actors", "--db", db, "--limit", "1", "--format", "jsonl"])
            if probe.status == 0, !probe.lines.isEmpty { committed = true; break }
            usleep(20_000)
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(committed)

        let rerun = try CLIRunner.run(["ingest", "--db", db, "--chunk", "40", input.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(Self.summary(rerun.stderr) == Self.summary(clean.stderr), "\(rerun.stderr) vs \(clean.stderr)")
        if killedMidway {
            // The rerun found what the killed run had committed.
            #expect(!rerun.stderr.contains(" 0 already stored"), "\(rerun.stderr)")
        }
    }
}
