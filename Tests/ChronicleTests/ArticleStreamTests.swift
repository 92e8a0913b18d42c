import Foundation
import Testing
@testable import Chronicle

@Suite("Reading batches of inputs")
struct ArticleStreamTests {
    static func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("as-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ dir: URL, _ name: String, _ content: String) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    static func describe(_ stream: ArticleStream) -> [String] {
        stream.map { item in
            switch item {
            case .success(let a): return "ok \(a.id) \(a.date)"
            case .failure(let f): return "fail \((f.origin as NSString).lastPathComponent)"
            }
        }
    }

    @Test("directories are walked recursively for *.txt in sorted order; failures keep their place")
    func directory() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, "b.txt", "date 2025-01-02\nB.")
        try Self.write(dir, "a.txt", "date 2025-01-01\nA.")
        try Self.write(dir, "sub/c.txt", "date 2025-02-30\nC.")
        try Self.write(dir, "sub/d.txt", "date 2025-01-04\nD.")
        try Self.write(dir, "notes.md", "not an article")
        try Self.write(dir, ".hidden.txt", "date 2025-01-05\nH.")
        let stream = ArticleStream(paths: [dir.path], options: InputOptions())
        #expect(Self.describe(stream) == ["ok a 2025-01-01", "ok b 2025-01-02", "fail c.txt", "ok d 2025-01-04"])
    }

    @Test("JSON Lines files stream line by line; bad lines are failures, blank lines are skipped")
    func jsonLines() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, "in.jsonl", """
        {"id":"x1","date":"2025-01-01","text":"A."}

        {"id":"x2","date":"2025-01-01"
        {"id":"x3","date":"2025-01-03","text":"C."}
        """)
        let stream = ArticleStream(paths: [dir.appendingPathComponent("in.jsonl").path, dir.appendingPathComponent("gone.txt").path], options: InputOptions())
        #expect(Self.describe(stream) == ["ok x1 2025-01-01", "fail in.jsonl:3", "ok x3 2025-01-03", "fail gone.txt"])
    }

    @Test("a raw file over the size limit is refused before it is read")
    func sizeLimit() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, "big.txt", "date 2025-01-01\n" + String(repeating: "Câu. ", count: 100))
        let items = Array(ArticleStream(paths: [dir.path], options: InputOptions(maxArticleBytes: 100)))
        guard case .failure(let f) = items.first else {
            Issue.record("accepted")
            return
        }
        #expect(f.reason.contains("larger than the limit"))
    }

    @Test("the seeds read as two dated articles", .enabled(if: FileManager.default.fileExists(atPath: SharedFiles.seeds)))
    func seeds() {
        let stream = ArticleStream(paths: [SharedFiles.seeds], options: InputOptions())
        #expect(Self.describe(stream) == ["ok 000_4a61cf19eb0ae3c9 2025-10-20", "ok 003_a537fb8f516aaa16 2025-09-25"])
    }
}

/// Paths of `../shared` beside the checkout; tests that need them are skipped when absent.
enum SharedFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared").standardized.path
    static let seeds = root + "/seeds"
    static let dev = root + "/gold/dev.jsonl"
}
