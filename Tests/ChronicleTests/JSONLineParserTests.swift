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
