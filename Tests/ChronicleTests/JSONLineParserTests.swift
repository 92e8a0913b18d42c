import Testing
@testable import Chronicle

@Suite("JSON Lines input")
struct JSONLineParserTests {
    static func parse(_ line: String) -> Result<Article, InputFailure> {
        JSONLineParser.parse(Array(line.utf8), origin: "f.jsonl:3", defaultID: "f.jsonl:3")
    }

    @Test("a gold line is valid input: extra fields are ignored")
    func goldLine() throws {
        let a = try Self.parse(#"{"id":"dev-1","date":"2025-10-20","text":"Hà Nội.","timexes":[],"url":"https://x","title":"T"}"#).get()
        #expect(a.id == "dev-1" && a.date.description == "2025-10-20" && a.text == "Hà Nội.")
        #expect(a.url == "https://x" && a.title == "T" && a.origin == "f.jsonl:3")
    }

    @Test("a missing id becomes the file and line; a numeric id is kept")
    func ids() throws {
        #expect(try Self.parse(#"{"date":"2025-10-20","text":"A."}"#).get().id == "f.jsonl:3")
        #expect(try Self.parse(#"{"id":42,"date":"2025-10-20","text":"A."}"#).get().id == "42")
    }

    @Test("bad lines are refused with a reason", arguments: [
        (#"{"id":"x","date":"2025-10-20","text":"A."#, "malformed JSON"),
        (#"[1,2]"#, "an object"),
        (#"{"id":"x","text":"A."}"#, "no \"date\""),
        (#"{"id":"x","date":20251020,"text":"A."}"#, "not a string"),
        (#"{"id":"x","date":"2025-02-30","text":"A."}"#, "not a real date"),
        (#"{"id":"x","date":"2025-10-20"}"#, "no \"text\""),
        (#"{"id":"x","date":"2025-10-20","text":"  "}"#, "empty"),
        (#"{"id":"x","date":"2025-10-20","text":null}"#, "not a string"),
    ])
    func refused(line: String, reason: String) {
        guard case .failure(let failure) = Self.parse(line) else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(failure.reason.contains(reason), "\(failure.reason)")
        #expect(failure.origin == "f.jsonl:3")
    }
}

@Suite("Crawler JSON Lines")
struct CrawlerJSONLineTests {
    static func parse(_ line: String) -> Result<Article, InputFailure> {
        JSONLineParser.parse(Array(line.utf8), origin: "c.jsonl:1", defaultID: "c.jsonl:1")
    }

    @Test("news-please, trafilatura and the project's own lines", arguments: [
        (#"{"date_publish":"2025-10-19T18:30:00Z","maintext":"A.","title":"T","url":"https://u"}"#, "2025-10-20", "A.", "https://u"),
        (#"{"date_publish":"2025-10-20 08:30:00","maintext":"A.","url":"https://u"}"#, "2025-10-20", "A.", "https://u"),
        (#"{"title":"T","date":"2025-10-20","text":"A.","source":"https://s","source-hostname":"S","id":null}"#, "2025-10-20", "A.", "https://s"),
        (#"{"id":"x","date":"2025-10-20T23:00:00+07:00","text":"A."}"#, "2025-10-20", "A.", nil),
    ])
    func crawlerLines(line: String, date: String, text: String, url: String?) throws {
        let article = try Self.parse(line).get()
        #expect(article.date.description == date && article.text == text && article.url == url)
    }

    @Test("a news-please line without a publication date says which field")
    func nullDate() {
        guard case .failure(let failure) = Self.parse(#"{"date_publish":null,"maintext":"A."}"#) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.reason.contains("\"date_publish\" is not a string"))
        guard case .failure(let missing) = Self.parse(#"{"maintext":"A."}"#) else { return }
        #expect(missing.reason.contains("no \"date\" field"))
    }
}
