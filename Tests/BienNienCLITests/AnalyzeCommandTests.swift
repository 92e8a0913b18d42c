import Foundation
import Testing

@Suite("biennien analyze", .serialized)
struct AnalyzeCommandTests {
    static let shared = CLIRunner.packageRoot.appendingPathComponent("../shared").standardized.path
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared + "/seeds") }

    static func json(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("the bundled examples give one JSON line each, with the FORMAT.md fields in order")
    func examples() throws {
        let result = try CLIRunner.run(["analyze", "Examples/"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 5)
        #expect(result.lines.count == files.count)
        for (line, file) in zip(result.lines, files) {
            let object = try Self.json(line)
            #expect(object["id"] as? String == String(file.dropLast(4)))
            for key in ["timexes", "actors", "events", "quotes"] { #expect(object[key] is [Any]) }
            #expect(line.hasPrefix(#"{"id":"#))
            let order = ["\"date\"", "\"timexes\"", "\"actors\"", "\"events\"", "\"quotes\""].compactMap { line.range(of: $0)?.lowerBound }
            #expect(order == order.sorted() && order.count == 5)
        }
    }

    @Test("--chunks adds each sentence's chunks after the FORMAT.md members, which stay as they were")
    func chunks() throws {
        let article = Data("date 2025-10-20\nUkraine bị Nga tấn công, nhưng Thủ tướng Nhật Bản vẫn thăm Kiev.".utf8)
        let plain = try CLIRunner.run(["analyze", "-"], stdin: article)
        let chunked = try CLIRunner.run(["analyze", "--chunks", "-"], stdin: article)
        #expect(plain.status == 0 && chunked.status == 0, "\(chunked.stderr)")
        let line = try #require(chunked.lines.first), base = try #require(plain.lines.first)
        #expect(!base.contains("\"chunks\""))
        #expect(line.hasPrefix(String(base.dropLast())) && line.hasSuffix("]]}"))
        let sentences = try #require(try Self.json(line)["chunks"] as? [[[String: Any]]])
        #expect(sentences.count == 1)
        let chunks = try #require(sentences.first)
        #expect(chunks.contains { $0["kind"] as? String == "verb" && ($0["features"] as? [String])?.contains("passive") == true })
        #expect(chunks.contains { $0["kind"] as? String == "noun" && $0["actor"] as? String == "Nga" })
        #expect(chunks.contains { $0["kind"] as? String == "boundary" && $0["text"] as? String == "nhưng" })
        let text = try CLIRunner.run(["analyze", "--chunks", "--format", "text", "-"], stdin: article)
        #expect(text.stdout.contains("chunks:") && text.stdout.contains("[VG bị /passive]"), "\(text.stdout)")
    }

    @Test("the seeds give two lines with their ids and dates", .enabled(if: hasShared))
    func seeds() throws {
        let result = try CLIRunner.run(["analyze", Self.shared + "/seeds/"])
        #expect(result.status == 0)
        let objects = try result.lines.map(Self.json)
        #expect(objects.map { $0["id"] as? String } == ["000_4a61cf19eb0ae3c9", "003_a537fb8f516aaa16"])
        #expect(objects.map { $0["date"] as? String } == ["2025-10-20", "2025-09-25"])
    }

    @Test("the development set is valid input and every article comes out", .enabled(if: hasShared))
    func devSet() throws {
        let result = try CLIRunner.run(["analyze", Self.shared + "/gold/dev.jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let gold = try String(contentsOfFile: Self.shared + "/gold/dev.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(result.lines.count == gold.count)
    }

    @Test("bad inputs are each reported on stderr, the rest of the batch goes on, exit status 1")
    func badInputs() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        try write("01-good.txt", Array("date 2025-10-20\nBộ Ngoại giao Nga thông báo.".utf8))
        try write("02-latin1.txt", Array("date 2025-10-20\nH".utf8) + [0xE0, 0x20, 0x4E, 0xF4, 0x69])
        try write("03-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])
        try write("04-empty.txt", [])
        try write("05-nodate.txt", Array("Bộ Ngoại giao Nga thông báo.".utf8))
        try write("06-impossible.txt", Array("date 2025-02-30\nBody.".utf8))
        try write("07-malformed.txt", Array("date 30/10/2025\nBody.".utf8))
        try write("08-good.txt", Array("date 2025-10-21\nHai bên điện đàm.".utf8))
        try write("lines.jsonl", Array("""
        {"id":"j1","date":"2025-10-20","text":"Một."}
        {"id":"j2","date":"2025-10-20",
        {"id":"j3","text":"Ba."}
        {"id":"j4","date":"2025-10-20","text":"Bốn."}
        """.utf8))
        let missing = dir.appendingPathComponent("vanished.txt").path
        let result = try CLIRunner.run(["analyze", dir.path, dir.appendingPathComponent("lines.jsonl").path, missing])
        #expect(result.status == 1)
        let ids = try result.lines.map { try Self.json($0)["id"] as? String }
        #expect(ids == ["01-good", "08-good", "j1", "j4"])
        let errors = result.stderr.split(separator: "\n").map(String.init)
        let expected = [
            ("02-latin1.txt", "not UTF-8"), ("03-binary.txt", "binary"), ("04-empty.txt", "empty file"),
            ("05-nodate.txt", "no date header"), ("06-impossible.txt", "impossible date"),
            ("07-malformed.txt", "malformed date header"), ("lines.jsonl:2", "malformed JSON"),
            ("lines.jsonl:3", "no \"date\""), ("vanished.txt", "no such file"),
        ]
        for (file, reason) in expected {
            #expect(errors.contains { $0.hasPrefix("biennien: ") && $0.contains(file + ": ") && $0.contains(reason) }, "\(file): \(result.stderr)")
        }
        #expect(errors.last?.contains("9 input(s) failed, 4 article(s) analyzed") == true)
    }

    @Test("--date dates a file without header; a header wins over --date")
    func fallbackDate() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Ông Lavrov nói.".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("date 2024-01-01\nÔng Lavrov nói.".utf8).write(to: dir.appendingPathComponent("b.txt"))
        let result = try CLIRunner.run(["analyze", "--date", "2025-10-20", dir.path])
        #expect(result.status == 0)
        #expect(try result.lines.map { try Self.json($0)["date"] as? String } == ["2025-10-20", "2024-01-01"])
        let bad = try CLIRunner.run(["analyze", "--date", "2025-02-30", dir.path])
        #expect(bad.status == 64 && bad.stderr.contains("not a real date"))
    }

    @Test("--lexicon adds a user's rows without rebuilding; a bad row stops with its file and line")
    func userLexicon() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("lexicon")
        try FileManager.default.createDirectory(at: lexicon, withIntermediateDirectories: true)
        let header = "name\tclass\tcountry\taliases\texample\n"
        try Data((header + "Partido Verde Unido\tparty\tBRA\tPVU\tPVU ủng hộ dự luật.\n").utf8).write(to: lexicon.appendingPathComponent("groups.tsv"))
        let article = dir.appendingPathComponent("a.txt")
        try Data("date 2025-10-20\nPVU ủng hộ dự luật mới.".utf8).write(to: article)
        let plain = try CLIRunner.run(["analyze", article.path])
        #expect(!plain.stdout.contains("BRA"))
        let extended = try CLIRunner.run(["analyze", "--lexicon", lexicon.path, article.path])
        #expect(extended.status == 0)
        #expect(extended.stdout.contains("\"country\":\"BRA\""))
        try Data((header + "Partido Verde\tparty\tBrasil\t\tPV ủng hộ.\n").utf8).write(to: lexicon.appendingPathComponent("groups.tsv"))
        let bad = try CLIRunner.run(["analyze", "--lexicon", lexicon.path, article.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("groups.tsv:2:"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
    }

    @Test("--lexicon adds trigger rows; a trigger row with an unknown code stops with its file and line")
    func userTriggers() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("lexicon")
        try FileManager.default.createDirectory(at: lexicon, withIntermediateDirectories: true)
        let header = "trigger\tcode\tframe\texpect\texample\tnote\n"
        try Data((header + "quở trách\t111\t\tNga→Ukraine\tNga quở trách Ukraine.\ta user's row\n").utf8).write(to: lexicon.appendingPathComponent("triggers.tsv"))
        let article = dir.appendingPathComponent("a.txt")
        try Data("date 2025-10-20\nNhật Bản quở trách Trung Quốc.".utf8).write(to: article)
        #expect(!(try CLIRunner.run(["analyze", article.path])).stdout.contains("\"code\":\"111\""))
        let extended = try CLIRunner.run(["analyze", "--lexicon", lexicon.path, article.path])
        #expect(extended.status == 0)
        #expect(extended.stdout.contains("\"code\":\"111\",\"source\":\"Nhật Bản\",\"target\":\"Trung Quốc\""), "\(extended.stdout)")
        try Data((header + "quở trách\tcriticize\t\t-\tNga quở trách Ukraine.\t\n").utf8).write(to: lexicon.appendingPathComponent("triggers.tsv"))
        let bad = try CLIRunner.run(["analyze", "--lexicon", lexicon.path, article.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("triggers.tsv:2:"), "\(bad.stderr)")
    }

    @Test("standard input: JSON Lines and raw text are told apart by content")
    func standardInput() throws {
        let jsonl = try CLIRunner.run(["analyze", "-"], stdin: Data(#"{"id":"s1","date":"2025-10-20","text":"Một câu."}"#.utf8))
        #expect(jsonl.status == 0)
        #expect(try Self.json(jsonl.lines[0])["id"] as? String == "s1")
        let raw = try CLIRunner.run(["analyze", "-"], stdin: Data("date 2025-10-20\nMột câu. Câu hai.".utf8))
        #expect(raw.status == 0)
        let object = try Self.json(raw.lines[0])
        #expect(object["id"] as? String == "stdin" && object["sentences"] as? Int == 2)
        let forced = try CLIRunner.run(["analyze", "--input", "text", "--date", "2025-10-20", "-"], stdin: Data("{không phải JSON}".utf8))
        #expect(forced.status == 0 && forced.lines.count == 1)
        let empty = try CLIRunner.run(["analyze", "-"], stdin: Data())
        #expect(empty.status == 1 && empty.stderr.contains("empty input"))
    }

    @Test("NFD and NFC input give byte-identical output")
    func normalization() throws {
        let text = "date 2025-10-20\nNgoại trưởng Nga Sergey Lavrov đã điện đàm với Ngoại trưởng Mỹ. Hai bên nhất trí."
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(text.utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data(text.decomposedStringWithCanonicalMapping.utf8).write(to: dir.appendingPathComponent("a.nfd"))
        let nfc = try CLIRunner.run(["analyze", dir.appendingPathComponent("a.txt").path])
        let nfd = try CLIRunner.run(["analyze", dir.appendingPathComponent("a.nfd").path])
        #expect(nfc.status == 0 && nfd.status == 0)
        #expect(nfc.stdout == nfd.stdout.replacingOccurrences(of: "\"a\"", with: "\"a\""))
        #expect(nfc.stdout.contains(#""length":"#))
    }

    @Test("--format json prints one valid JSON array; --format text a report per article")
    func formats() throws {
        let json = try CLIRunner.run(["analyze", "--format", "json", "Examples/"])
        #expect(json.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count >= 5)
        let text = try CLIRunner.run(["analyze", "--format", "text", "Examples/"])
        #expect(text.status == 0 && text.stdout.contains("sentences"))
        let none = try CLIRunner.run(["analyze", "--format", "json", "/nonexistent-biennien"])
        #expect(none.status == 1)
        #expect(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [Any] != nil)
    }

    @Test("no input paths is a usage error")
    func usage() throws {
        let result = try CLIRunner.run(["analyze"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Give article files"))
    }

    @Test("a saved page and a VISCII file are read by analyze; --encoding names are checked")
    func pagesAndEncodings() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // "date 2025-10-20\nBộ Ngoại giao Việt Nam thông báo. Thủ tướng đi Bắc Kinh." as iconv writes it in VISCII.
        let viscii: [UInt8] = Array("date 2025-10-20\nB".utf8) + [0xB5] + Array(" Ngo".utf8) + [0xD5] + Array("i giao Vi".utf8)
            + [0xAE] + Array("t Nam th".utf8) + [0xF4] + Array("ng b".utf8) + [0xE1] + Array("o. Th".utf8) + [0xFC] + Array(" t".utf8)
            + [0xDF, 0xBE] + Array("ng ".utf8) + [0xF0] + Array("i B".utf8) + [0xA1] + Array("c Kinh.".utf8)
        try Data(viscii).write(to: dir.appendingPathComponent("old.txt"))
        let page = CLIRunner.packageRoot.appendingPathComponent("Tests/ArticleFormatsTests/Pages/vnexpress-style.html").path
        let result = try CLIRunner.run(["analyze", "--format", "text", dir.appendingPathComponent("old.txt").path, page])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("first sentence: Bộ Ngoại giao Việt Nam thông báo."))
        #expect(result.stdout.contains("vnexpress-style  2025-11-20"))
        let forced = try CLIRunner.run(["analyze", "--encoding", "utf8", dir.appendingPathComponent("old.txt").path])
        #expect(forced.status == 1 && forced.stderr.contains("not UTF-8 (invalid byte 0xB5 at offset 17)"))
        let bogus = try CLIRunner.run(["analyze", "--encoding", "latin1", page])
        #expect(bogus.status == 64 && bogus.stderr.contains("--encoding 'latin1'"))
    }
}
