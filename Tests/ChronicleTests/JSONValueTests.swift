import Testing
import VietText
@testable import Chronicle

@Suite("JSON output")
struct JSONValueTests {
    @Test("keys keep their order and strings are escaped")
    func compact() {
        let v = JSONValue.object([("z", .int(1)), ("a", .string("“Hà Nội”\n\"q\"\\\u{01}")), ("n", .null), ("l", .array([.bool(true)]))])
        #expect(v.compact == #"{"z":1,"a":"“Hà Nội”\n\"q\"\\\u0001","n":null,"l":[true]}"#)
    }

    @Test("escapes at the ends of a string and between runs", arguments: [
        ("\"", #""\"""#), ("\\x\r", #""\\x\r""#), ("\tđ\u{1F}", #""\tđ\u001f""#), ("", #""""#), ("Hà Nội", #""Hà Nội""#),
    ])
    func escapes(text: String, expected: String) {
        #expect(JSONValue.string(text).compact == expected)
    }

    @Test("pretty output is indented and parses back to the same value")
    func pretty() throws {
        let v = JSONValue.object([("id", .string("x")), ("timexes", .array([])), ("o", .object([("k", .int(-3))]))])
        #expect(v.pretty == "{\n  \"id\": \"x\",\n  \"timexes\": [],\n  \"o\": {\n    \"k\": -3\n  }\n}")
    }
}

@Suite("JSON Lines writer")
struct JSONWriterTests {
    @Test("the fast line is byte-identical to the tree's compact form for real analyses")
    func sameAsTree() {
        let analyzer = Analyzer()
        for article in SyntheticCorpus(count: 50) {
            let analysis = analyzer.analyze(article)
            #expect(analysis.jsonLine == analysis.json.compact)
        }
        let quoted = analyzer.analyze(Article(id: "q\"1", date: CivilDate(year: 2025, month: 1, day: 2)!,
                                              text: "Ông Lavrov nói: \"Không\\có\"\tgì.", title: "T\n", origin: "t"))
        #expect(quoted.jsonLine == quoted.json.compact)
    }
}
