import ArticleFormats
import Foundation
import Testing
@testable import Chronicle

/// Articles as users have them — legacy encodings, saved pages, crawler output — analyzed the
/// same as the tidy UTF-8 text they hold.
@Suite("Articles as they come")
struct ArticleFormatsInputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let analyzer = Analyzer()

    static func examples() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("Examples"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// Every article of the paths, analyzed, as JSON lines without their id.
    static func analyses(_ paths: [String], options: InputOptions = InputOptions()) -> [String] {
        ArticleStream(paths: paths, options: options).map { item in
            switch item {
            case .success(let article):
                let line = analyzer.analyze(article).jsonLine
                return line.replacingOccurrences(of: #""id":"\#(article.id)","#, with: "")
            case .failure(let failure): return "failure: \(failure.reason)"
            }
        }
    }

    @Test("an article saved in a legacy encoding gives the same analysis as its UTF-8 original",
          arguments: LegacyEncoding.allCases)
    func legacy(encoding: LegacyEncoding) throws {
        let dir = try ArticleStreamTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for example in try Self.examples() {
            let text = try String(contentsOf: example, encoding: .utf8)
            let bytes = try #require(encoding.encode(text))
            let file = dir.appendingPathComponent("\(encoding)-" + example.lastPathComponent)
            try Data(bytes).write(to: file)
            let original = Self.analyses([example.path])
            #expect(original.first?.hasPrefix("failure") == false)
            #expect(Self.analyses([file.path]) == original, "\(example.lastPathComponent) in \(encoding)")
        }
    }

    @Test("--encoding forces one; utf8 refuses legacy bytes with the offset of the first bad byte")
    func forcedEncoding() throws {
        let dir = try ArticleStreamTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = try #require(LegacyEncoding.viscii.encode("date 2025-10-20\nBộ Ngoại giao Việt Nam thông báo."))
        let file = dir.appendingPathComponent("a.txt")
        try Data(bytes).write(to: file)
        let forced = Self.analyses([file.path], options: InputOptions(encoding: .legacy(.viscii)))
        #expect(forced.first?.contains("Việt Nam") == true)
        let utf8 = Self.analyses([file.path], options: InputOptions(encoding: .utf8))
        #expect(utf8.first?.hasPrefix("failure: not UTF-8 (invalid byte 0x") == true)
    }

    @Test("a saved page gives the same date, title and paragraphs, and so the same analysis, as its text", arguments: [
        ("vnexpress-style.html", "08-phap-ukraine-vien-tro.txt"),
        ("tuoitre-style.html", "09-han-quoc-bat-giu.txt"),
        ("dantri-style.html", "05-lavrov-wang-yi.txt"),
        ("thanhnien-style.html", "07-ukraine-bien-gioi.txt"),
    ])
    func page(page: String, example: String) throws {
        let pagePath = Self.root.appendingPathComponent("Tests/ArticleFormatsTests/Pages/\(page)").path
        let original = Self.analyses([Self.root.appendingPathComponent("Examples/\(example)").path])
        let fromPage = Self.analyses([pagePath]).map { $0.replacing(#/"title":"[^"]*",/#, with: "") }
        #expect(fromPage == original)
        // The same page without its extension is told by its markup.
        let dir = try ArticleStreamTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bare = dir.appendingPathComponent("saved-page")
        try FileManager.default.copyItem(atPath: pagePath, toPath: bare.path)
        let items = Array(ArticleStream(paths: [bare.path], options: InputOptions()))
        let article = try #require(try items.first?.get())
        #expect(article.title?.isEmpty == false)
    }

    @Test("a page with no date takes --date, else is refused with a reason")
    func pageWithoutDate() throws {
        let dir = try ArticleStreamTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ArticleStreamTests.write(dir, "p.html", "<html><body><article><h1>Tiêu đề</h1><p>Bộ Ngoại giao thông báo.</p></article></body></html>")
        let path = dir.appendingPathComponent("p.html").path
        #expect(Self.analyses([path]).first?.contains("no publication date") == true)
        let dated = Array(ArticleStream(paths: [path], options: InputOptions(fallbackDate: .init(year: 2025, month: 10, day: 20))))
        let article = try #require(try dated.first?.get())
        #expect(article.date.description == "2025-10-20" && article.title == "Tiêu đề" && article.text == "Bộ Ngoại giao thông báo.")
    }

    @Test("a news-please line is analyzed with the local date in Vietnam")
    func newsPlease() throws {
        let dir = try ArticleStreamTests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try ArticleStreamTests.write(dir, "crawl.jsonl", """
        {"authors":["Minh Anh"],"date_download":"2025-10-20 09:12:44","date_modify":null,"date_publish":"2025-10-19T18:30:00Z","description":null,"language":"vi","maintext":"Bộ trưởng Ngoại giao hôm qua đã điện đàm với người đồng cấp Nhật Bản.","source_domain":"vnexpress.net","title":"Điện đàm Việt - Nhật","url":"https://vnexpress.net/a.html"}
        {"date_publish":"2025-10-20 08:30:00","maintext":"Hôm qua, Thủ tướng tiếp Đại sứ Pháp.","title":"T","url":"https://x/b"}
        """)
        let lines = Self.analyses([dir.appendingPathComponent("crawl.jsonl").path])
        #expect(lines.count == 2)
        // 18:30 UTC on the 19th is 01:30 on the 20th in Hà Nội: "hôm qua" is the 19th.
        #expect(lines[0].contains(#""date":"2025-10-20""#) && lines[0].contains(#""value":"2025-10-19""#))
        #expect(lines[0].contains(#""url":"https://vnexpress.net/a.html""#))
        #expect(lines[1].contains(#""date":"2025-10-20""#))
    }
}
