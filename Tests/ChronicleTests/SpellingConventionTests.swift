import Actors
import Events
import Temporal
import Testing
import VietText
@testable import Chronicle

/// Every example sentence of every data file, written in the old tone convention ("thỏa thuận",
/// "Thụy Điển", "Ủy ban", "kỹ") and in the new one ("thoả thuận", "Thuỵ Điển", "Uỷ ban", "kĩ"),
/// must give the same analysis: the lexicons match by one canonical spelling.
@Suite("Spelling conventions")
struct SpellingConventionTests {
    static let tables: [DataTable] = {
        let actors = ["countries.tsv", "titles.tsv", "organizations.tsv", "name-words.tsv", "anaphors.tsv", "state-bodies.tsv", "groups.tsv", "transliterations.tsv"]
            .compactMap(ActorResources.table)
        let events = ["triggers.tsv", "modality.tsv", "speech-verbs.tsv"].compactMap(EventResources.table)
        let temporal = ["rules.tsv", "temporal-words.tsv"].compactMap(TemporalResources.table)
        let viet = ["abbreviations.tsv"].compactMap(VietTextResources.table)
        return actors + events + temporal + viet
    }()

    static var examples: [String] {
        tables.flatMap { table -> [String] in
            guard let c = table.column("example") else { return [] }
            return table.rows.map { $0[c] }.filter { !$0.isEmpty }
        }
    }

    /// What the analysis found, spelled in one convention so that the two can be compared.
    static func summary(_ a: ArticleAnalysis) -> [String] {
        func key(_ s: String?) -> String { s.map { VietNormalizer.fold(ToneStyle.newStyle($0)) } ?? "-" }
        return a.timexes.map { "T \($0.span.start) \($0.span.end) \($0.type) \($0.value)" }
            + a.actors.map { "A \($0.kind) \(key($0.name)) \($0.country ?? "-") \(key($0.role))" }
            + a.events.map { "E \($0.code) \(key($0.source)) \(key($0.target)) \($0.date ?? "-") \($0.modality)" }
            + a.quotes.map { "Q \(key($0.speaker)) \($0.span.start)" }
    }

    @Test("the converters move only the tone, keep the length and leave other words alone")
    func converters() {
        #expect(ToneStyle.newStyle("Thụy Điển ký thỏa thuận hòa bình với Ủy ban, kỹ sư Mỹ") == "Thuỵ Điển kí thoả thuận hoà bình với Uỷ ban, kĩ sư Mĩ")
        #expect(ToneStyle.oldStyle("Thuỵ Điển ký thoả thuận hoà bình với Uỷ ban") == "Thụy Điển ký thỏa thuận hòa bình với Ủy ban")
        #expect(ToneStyle.newStyle("của quả quý gia") == "của quả quý gia")
        #expect(WordKey.lowered("thỏa") == WordKey.lowered("thoả"))
        #expect(WordKey.lowered("Uỷ") == WordKey.lowered("ủy"))
        #expect(WordKey.lowered("kỹ") == WordKey.lowered("kĩ"))
        #expect(WordKey.folded("ky") == WordKey.folded("ki"))
        #expect(WordKey.lowered("hoà") != WordKey.lowered("hoá"))
    }

    @Test("every example sentence of every data file reads the same in both tone conventions")
    func bothConventions() throws {
        let examples = Self.examples
        #expect(examples.count > 300)
        let analyzer = Analyzer()
        let date = try #require(CivilDate(year: 2025, month: 10, day: 20))
        var changed = 0
        for example in examples {
            let old = ToneStyle.oldStyle(example), new = ToneStyle.newStyle(example)
            if old != new { changed += 1 }
            let a = analyzer.analyze(Article(id: "old", date: date, text: old, origin: "test"))
            let b = analyzer.analyze(Article(id: "new", date: date, text: new, origin: "test"))
            #expect(Self.summary(a) == Self.summary(b), "\(old) | \(new)")
        }
        #expect(changed > 20)
    }
}
