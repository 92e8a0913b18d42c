import VietText

/// Event triggers and modality cues from `Resources/`, indexed by the key of their first word.
final class EventLexicon: Sendable {
    struct Trigger: Sendable {
        let text: String
        let code: String
        let words: [UInt64]
        let frame: Frame
    }

    /// What a trigger takes after it (triggers.tsv's frame column): the object the default
    /// grammar finds; nothing, because the phrase names a whole event ("dọa đình công",
    /// "đóng cửa eo biển": "-"); or the actor after a preposition ("tại X", "đối với X"), where
    /// a place counts ("triệu hồi đại sứ tại Pháp").
    enum Frame: Sendable, Equatable {
        case object
        case complete
        case after([UInt64])

        init(_ cell: String) {
            let words = cell.split(separator: " ").map(String.init)
            if cell == "-" {
                self = .complete
            } else if words.last == "X", words.count > 1 {
                self = .after(words.dropLast().map(WordKey.lowered))
            } else {
                self = .object
            }
        }
    }

    struct Cue: Sendable {
        let modality: Event.Modality
        let words: [UInt64]
    }

    let triggers: WordKeyTable<[Trigger]>
    let cues: WordKeyTable<[Cue]>
    /// Cues that follow a noun trigger (modality.tsv rows whose cue starts with "…").
    let laterCues: WordKeyTable<[Cue]>
    /// Verbs that open a reported clause (speech-verbs.tsv, kind "report"), by lowered keys.
    let reportingVerbs: [[UInt64]]
    /// Every verb of saying by its words' folded keys, for quotations.
    let sayingVerbs: [[UInt64]]
    /// First words of triggers that are nouns ("cuộc gặp", "hội nghị thượng đỉnh"): the
    /// triggers.tsv rows of kind "noun-head".
    let nounHeads: [[UInt64]]
    /// Triggers whose sides act on each other (triggers.tsv rows of kind "reciprocal").
    let reciprocals: [[UInt64]]

    static let standard = EventLexicon(triggers: EventResources.table("triggers.tsv"), cues: EventResources.table("modality.tsv"),
                                       speechVerbs: EventResources.table("speech-verbs.tsv"))

    init(triggers: DataTable?, cues: DataTable?, speechVerbs: DataTable? = nil) {
        let verbs = speechVerbs?.rows ?? []
        reportingVerbs = verbs.filter { $0[1] == "report" }.map { EventLexicon.keys($0[0]) }
        sayingVerbs = verbs.map { $0[0].split(separator: " ").map { WordKey.folded(String($0)) } }
        var index: [UInt64: [Trigger]] = [:]
        nounHeads = (triggers?.rows ?? []).filter { $0[1] == "noun" }.map { EventLexicon.keys($0[0]) }
        reciprocals = (triggers?.rows ?? []).filter { $0[1] == "reciprocal" }.map { EventLexicon.keys($0[0]) }
        for row in triggers?.rows ?? [] where row[1] != "noun" && row[1] != "reciprocal" {
            let words = EventLexicon.keys(row[0])
            guard let first = words.first else { continue }
            index[first, default: []].append(Trigger(text: row[0], code: row[1], words: words, frame: Frame(row[2])))
        }
        var triggerTable = WordKeyTable<[Trigger]>()
        for (k, list) in index { triggerTable[k] = list.sorted { $0.words.count > $1.words.count } }
        var cueIndex: [UInt64: [Cue]] = [:], laterIndex: [UInt64: [Cue]] = [:]
        for row in cues?.rows ?? [] {
            let later = row[0].hasPrefix("…")
            let words = EventLexicon.keys(later ? String(row[0].dropFirst()).trimmingWhitespace() : row[0])
            guard let first = words.first, let modality = Event.Modality(rawValue: row[1]) else { continue }
            if later {
                laterIndex[first, default: []].append(Cue(modality: modality, words: words))
            } else {
                cueIndex[first, default: []].append(Cue(modality: modality, words: words))
            }
        }
        var cueTable = WordKeyTable<[Cue]>(), laterTable = WordKeyTable<[Cue]>()
        for (k, list) in cueIndex { cueTable[k] = list.sorted { $0.words.count > $1.words.count } }
        for (k, list) in laterIndex { laterTable[k] = list.sorted { $0.words.count > $1.words.count } }
        self.laterCues = laterTable
        self.triggers = triggerTable
        self.cues = cueTable
    }

    static func keys(_ phrase: String) -> [UInt64] {
        phrase.split(separator: " ").map { WordKey.lowered(String($0)) }
    }

    /// The longest entry starting at token `i` whose words follow in `keys`.
    static func longest<T>(_ index: WordKeyTable<[T]>, _ words: (T) -> [UInt64], keys: [UInt64], at i: Int, limit: Int) -> (T, Int)? {
        guard i < limit, let candidates = index[keys[i]] else { return nil }
        for c in candidates {
            let w = words(c)
            guard i + w.count <= limit else { continue }
            if (0..<w.count).allSatisfy({ keys[i + $0] == w[$0] }) { return (c, i + w.count) }
        }
        return nil
    }
}

/// The data files of Events.
public enum EventResources {
    public static func table(_ name: String) -> DataTable? {
        EmbeddedResources.files[name].map { DataTable(name: name, text: $0) }
    }
}
