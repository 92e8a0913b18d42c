import Testing
import VietText
@testable import Temporal

/// Every row of rules.tsv carries an example sentence, the text it must yield and its value for
/// the article date 2025-10-20: each row is a test.
@Suite("Temporal grammar rows")
struct GrammarRowTests {
    static let tagger = TemporalTagger.standard
    static let anchor = CivilDate(year: 2025, month: 10, day: 20)!

    @Test("the grammar parses without errors and has its rows")
    func parses() {
        #expect(Self.tagger.errors.isEmpty, "\(Self.tagger.errors)")
        #expect(Self.tagger.rules.count >= 120)
    }

    @Test("every row's example yields its text and value", arguments: TemporalTagger.standard.rules.map(\.line))
    func row(line: Int) throws {
        let rule = try #require(Self.tagger.rules.first { $0.line == line })
        let doc = Document(text: rule.example, date: Self.anchor)
        let timexes = Self.tagger.tag(doc)
        if rule.type == nil {
            #expect(!timexes.contains { $0.text.contains(rule.exampleText) || rule.exampleText.contains($0.text) },
                    "row \(line) blocks '\(rule.exampleText)' but got \(timexes.map(\.text))")
        } else {
            let found = timexes.first { $0.text == rule.exampleText }
            #expect(found?.value == rule.expected,
                    "row \(line): '\(rule.example)' → \(timexes.map { "\($0.text)=\($0.value)" })")
            #expect(found?.type == rule.type)
        }
    }
}
