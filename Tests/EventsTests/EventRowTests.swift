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

    @Test("every trigger's example yields an event of its code family", arguments: rows("triggers.tsv").filter { !["-", "noun", "reciprocal"].contains($0[1]) })
    func trigger(row: [String]) {
        let found = Self.events(row[2])
        let root = row[1].hasPrefix("04") ? "0" : String(row[1].prefix(2))  // 04x may become 036
        #expect(found.contains { $0.code.hasPrefix(root) && $0.source != nil }, "\(row[0]): \(row[2]) → \(found.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" })")
    }

    @Test("a blocker compound yields no event", arguments: rows("triggers.tsv").filter { $0[1] == "-" })
    func blocker(row: [String]) {
        #expect(Self.events(row[2]).isEmpty, "\(row[0])")
    }

    @Test("every modality cue's example has that modality", arguments: rows("modality.tsv"))
    func modality(row: [String]) {
        let found = Self.events(row[2], on: CivilDate(year: 2025, month: 10, day: 20)!)
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
        let found = Self.events(row[2])
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
        let found = Set(Self.events(row[2]).map { "\($0.source ?? "-")→\($0.target ?? "-")" })
        let pairs = found.map { $0.split(separator: "→").map(String.init) }
        #expect(!pairs.isEmpty && pairs.allSatisfy { found.contains("\($0[1])→\($0[0])") }, "\(row[0]): \(found)")
    }
}
