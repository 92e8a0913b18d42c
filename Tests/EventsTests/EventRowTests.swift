import Foundation
import Actors
import Temporal
import Testing
import VietText
@testable import Events

/// Every trigger and modality row carries an example: each row is a test.
@Suite("Event data rows")
struct EventRowTests {
    static let date = CivilDate(year: 2025, month: 10, day: 20)!

    static func events(_ text: String, on date: CivilDate = date) -> [Event] {
        let doc = Document(text: text, date: date)
        return EventTagger.standard.tag(doc, timexes: TemporalTagger.standard.tag(doc), actors: ActorTagger.standard.tag(doc))
    }

    static func rows(_ file: String) -> [[String]] { EventResources.table(file)?.rows ?? [] }

    /// The rows of triggers.tsv that are triggers (not blockers, noun heads or reciprocal marks).
    static let triggerRows = rows("triggers.tsv").filter { !["-", "noun", "reciprocal"].contains($0[1]) }

    static func describe(_ events: [Event]) -> [String] { events.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" } }

    @Test("every trigger's example yields an event of exactly its code and participants", arguments: triggerRows)
    func trigger(row: [String]) {
        let found = Self.events(row[4])
        let sides = row[3].components(separatedBy: "→")
        let source = sides.first, target = sides.count == 2 && sides[1] != "-" ? sides[1] : nil
        let either = EventTagger.isSymmetric(row[1])
        #expect(found.contains { e in
            e.code == row[1] && ((e.source == source && e.target == target) || (either && e.source == target && e.target == source))
        }, "\(row[0]) \(row[1]) \(row[3]): \(row[4]) → \(Self.describe(found))")
    }

    /// Rows whose examples the grammar does not yet parse wait in triggers-pending.tsv (same
    /// columns), outside the lexicon. A pending row that starts to pass belongs in triggers.tsv.
    @Test("a pending trigger row is still not parsed (else move it into triggers.tsv)", arguments: rows("triggers-pending.tsv"))
    func pending(row: [String]) throws {
        let text = try #require(EmbeddedResources.files["triggers.tsv"])
        #expect(!Self.triggerRows.contains { $0[0] == row[0] && $0[1] == row[1] }, "\(row[0]) is both pending and in the lexicon")
        let tagger = EventTagger(lexicon: EventLexicon(triggers: DataTable(name: "triggers.tsv", text: text + "\n" + row.joined(separator: "\t")),
                                                      cues: EventResources.table("modality.tsv"), speechVerbs: EventResources.table("speech-verbs.tsv")))
        let doc = Document(text: row[4], date: Self.date)
        let found = tagger.tag(doc, timexes: TemporalTagger.standard.tag(doc), actors: ActorTagger.standard.tag(doc))
        let sides = row[3].components(separatedBy: "→")
        let source = sides.first, target = sides.count == 2 && sides[1] != "-" ? sides[1] : nil
        let either = EventTagger.isSymmetric(row[1])
        #expect(!found.contains { e in e.code == row[1] && ((e.source == source && e.target == target) || (either && e.source == target && e.target == source)) },
                "\(row[0]) \(row[1]) now parses: move it into triggers.tsv")
    }

    @Test("every argument rule explains its example's event and none of its counterexample's", arguments: rows("argument-rules.tsv"))
    func argumentRule(row: [String]) {
        let tagger = EventTagger(explain: true)
        func explained(_ text: String) -> [Event] {
            let doc = Document(text: text, date: Self.date)
            return tagger.tag(doc, timexes: TemporalTagger.standard.tag(doc), actors: ActorTagger.standard.tag(doc)).filter { $0.explanation.contains(row[0]) }
        }
        #expect(!explained(row[2]).isEmpty, "\(row[0]) does not explain: \(row[2])")
        #expect(explained(row[3]).isEmpty, "\(row[0]) fires on its counterexample: \(row[3])")
    }

    @Test("a name or term after a label noun is no quotation", arguments: rows("label-nouns.tsv"))
    func label(row: [String]) {
        let doc = Document(text: row[1], date: Self.date)
        #expect(QuoteTagger.tag(doc, actors: ActorTagger.standard.tag(doc)).isEmpty, "\(row[0]): \(row[1])")
        // Without the label noun, the same words are someone's.
        let said = Document(text: "Tổng thống Mỹ Donald Trump nói: “hòa bình cho Gaza”.", date: Self.date)
        #expect(QuoteTagger.tag(said, actors: ActorTagger.standard.tag(said)).count == 1)
    }

    @Test("every function-word row's example contains its words", arguments: rows("function-words.tsv"))
    func functionWords(row: [String]) {
        let example = row[3].lowercased()
        #expect(row[1].split(separator: "|").allSatisfy { example.contains($0) }, "\(row[0]): \(row[3])")
    }

    @Test("every class of function words the grammar reads is in the data")
    func functionWordClasses() {
        for name in ["quantifier", "frame", "contrast", "nominalizer", "preverbal", "pair", "country-pair", "gathering", "series-link",
                     "list-link", "agent-marker", "locative", "purpose", "oblique"] {
            #expect(!(EventTagger.functionWords.classes[name] ?? []).isEmpty, "\(name)")
        }
    }

    /// The scalar span of a phrase in a text, compared in lower case.
    static func span(of phrase: String, in text: String) -> Span? {
        let lower = text.lowercased()
        guard let r = lower.range(of: phrase) else { return nil }
        let start = lower.unicodeScalars.distance(from: lower.startIndex, to: r.lowerBound)
        return Span(start, start + phrase.unicodeScalars.count)
    }

    @Test("a blocker stops a trigger that would otherwise fire inside it", arguments: rows("triggers.tsv").filter { $0[1] == "-" })
    func blocker(row: [String]) throws {
        let text = try #require(EmbeddedResources.files["triggers.tsv"])
        let without = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(row[0] + "\t-\t") }.joined(separator: "\n")
        let tagger = EventTagger(lexicon: EventLexicon(triggers: DataTable(name: "triggers.tsv", text: without), cues: EventResources.table("modality.tsv"),
                                                      speechVerbs: EventResources.table("speech-verbs.tsv")))
        let blocked = try #require(Self.span(of: row[0], in: row[4]), "\(row[0]) is not in \(row[4])")
        func inside(_ events: [Event]) -> Bool { events.contains { $0.mentions.contains { $0.trigger.overlaps(blocked) } } }
        let doc = Document(text: row[4], date: Self.date)
        let actors = ActorTagger.standard.tag(doc), timexes = TemporalTagger.standard.tag(doc)
        let unblocked = tagger.tag(doc, timexes: timexes, actors: actors)
        #expect(inside(unblocked), "without the blocker, \(row[0]) lets nothing fire: \(Self.describe(unblocked))")
        #expect(!inside(Self.events(row[4])), "\(row[0]): \(Self.describe(Self.events(row[4])))")
    }

    /// CAMEO codes from the codebook the Store carries.
    static func cameoCodes() -> [String] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/Store/Resources/cameo.tsv").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return DataTable(name: "cameo.tsv", text: text).rows.map { $0[0] }
    }

    @Test("coverage: every code under the scored roots has a trigger, the most reported ones three")
    func coverage() throws {
        let codes = Self.cameoCodes()
        try #require(!codes.isEmpty, "cameo.tsv not found")
        let triggerCodes = Self.triggerRows.map { $0[1] }
        func count(_ code: String) -> Int { triggerCodes.filter { $0.hasPrefix(code) }.count }
        let scored = ["02", "036", "04", "051", "057", "07", "11", "12", "13", "14", "16", "17", "18", "19", "20"]
        let threeDigit = codes.filter { c in c.count == 3 && scored.contains { c.hasPrefix($0) } }
        var report = "trigger rows per CAMEO root (codes with a trigger / codes):\n"
        for root in Set(codes.map { String($0.prefix(2)) }).sorted() {
            let under = codes.filter { $0.count == 3 && $0.hasPrefix(root) }
            report += "  \(root): \(count(root)) rows, \(under.filter { count($0) > 0 }.count)/\(under.count) codes\n"
        }
        print(report)
        #expect(threeDigit.filter { count($0) == 0 }.isEmpty, "codes without a trigger: \(threeDigit.filter { count($0) == 0 })")
        let ranges: [ClosedRange<Int>] = [40...46, 51...51, 57...57, 70...75, 110...112, 120...128, 130...138, 140...145, 160...166, 170...175, 180...186, 190...195]
        let frequent: [String] = ranges.flatMap { r in r.map { n in n < 100 ? "0\(n)" : "\(n)" } }
        #expect(frequent.filter { count($0) < 3 }.isEmpty, "frequent codes with fewer than three triggers: \(frequent.filter { count($0) < 3 }.map { "\($0): \(count($0))" })")
    }

    @Test("every modality cue's example has that modality", arguments: rows("modality.tsv"))
    func modality(row: [String]) {
        let found = Self.events(row[2], on: CivilDate(year: 2025, month: 10, day: 20)!)  // modality.tsv: cue, modality, example
        #expect(found.first?.modality.rawValue == row[1], "\(row[0]): \(row[2]) → \(found.map(\.modality.rawValue))")
    }

    @Test("every verb of saying gives its example's quotation to the subject", arguments: rows("speech-verbs.tsv"))
    func speechVerb(row: [String]) {
        let doc = Document(text: row[2], date: Self.date)
        let actors = ActorTagger.standard.tag(doc)
        let quotes = QuoteTagger.tag(doc, actors: actors)
        let subject = EventTagger.outermost(actors).first.map { actors[$0.actor].name }
        #expect(quotes.count == 1 && quotes.first?.speaker == subject, "\(row[0]): \(quotes.map { "\($0.speaker ?? "-"): \($0.text)" })")
    }

    @Test("a reporting verb's subject is not a participant of the event it reports", arguments: rows("speech-verbs.tsv").filter { $0[1] == "report" })
    func reportingVerb(row: [String]) {
        let found = Self.events("Ngoại trưởng Mỹ Antony Blinken \(row[0]) Trung Quốc đã từ chối đề nghị của Nga.")
        #expect(found.map { "\($0.code.prefix(2)) \($0.source ?? "-")" } == ["12 Trung Quốc"], "\(row[0]): \(found.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" })")
    }

    @Test("a noun after a reporting verb is reported, not done, by the verb's subject", arguments: rows("triggers.tsv").filter { $0[1] == "noun" })
    func nounTrigger(row: [String]) {
        let found = Self.events(row[4])
        #expect(!found.contains { $0.source == "Nga" || $0.source == "Iran" || $0.source == "Bộ Ngoại giao Nga" || $0.source == "Bộ Ngoại giao Iran" },
                "\(row[0]): \(found.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" })")
    }

    @Test("a verb after a reporting verb with no subject of its own is the reporter's act")
    func ownAct() {
        let found = Self.events("Bộ Quốc phòng Nga tuyên bố sẽ tiếp tục tấn công Ukraine.")
        #expect(found.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" } == ["190 Bộ Quốc phòng Nga→Ukraine"])
    }

    @Test("a reciprocal trigger's example gives one event each way", arguments: rows("triggers.tsv").filter { $0[1] == "reciprocal" })
    func reciprocal(row: [String]) {
        let found = Set(Self.events(row[4]).map { "\($0.source ?? "-")→\($0.target ?? "-")" })
        let pairs = found.map { $0.split(separator: "→").map(String.init) }
        #expect(!pairs.isEmpty && pairs.allSatisfy { found.contains("\($0[1])→\($0[0])") }, "\(row[0]): \(found)")
    }
}
