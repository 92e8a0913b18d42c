import VietText

/// The word classes of `Resources/temporal-words.tsv`, folded and indexed for matching, and the
/// Tết dates of `Resources/tet.tsv`. Loaded once.
final class TemporalLexicon: Sendable {
    enum Tense: Sendable { case past, future }

    struct Cue: Sendable {
        let tense: Tense
        /// Counts only for the timex it is part of ("hôm" in "hôm 7/10").
        let insideOnly: Bool
    }

    /// A part of the day: its TIMEX3 suffix and the hours added to a clock time after it.
    struct PartOfDay: Sendable, Equatable {
        enum Suffix: String, Sendable { case TMO, TMI, TAF, TEV, TNI }
        let code: Suffix
        let hourShift: Int
        var suffix: String { code.rawValue }
    }

    struct Unit: Sendable, Equatable {
        /// ISO 8601 letter(s): S M H D W M Y, Q (quarter), DE (decade), CE (century).
        enum Code: String, Sendable { case S, M, H, D, W, Y, Q, DE, CE }
        let unit: Code
        /// A unit of the clock (seconds, minutes, hours): `PT…`.
        let isTime: Bool
        var code: String { unit.rawValue }
    }

    /// A season's TIMEX3 code.
    enum Season: String, Sendable { case SP, SU, FA, WI }

    /// Entries of one class: folded word sequences with their values, longest first per head word.
    struct Entries<Value: Sendable>: Sendable {
        /// By the key of the first word, lower case with diacritics and folded.
        private(set) var byHead = WordKeyTable<[([Word], Value)]>()
        private(set) var byFoldedHead = WordKeyTable<[([Word], Value)]>()
        private(set) var heads: [Word] = []

        mutating func add(_ words: [Word], _ value: Value) {
            guard let head = words.first else { return }
            byHead[head.lowered] = ((byHead[head.lowered] ?? []) + [(words, value)]).sorted { $0.0.count > $1.0.count }
            byFoldedHead[head.folded] = ((byFoldedHead[head.folded] ?? []) + [(words, value)]).sorted { $0.0.count > $1.0.count }
            heads.append(head)
        }

        /// The longest entry starting at token `i` (not beyond `limit`): its value and end.
        func match(_ s: TokenStream, at i: Int, limit: Int) -> (Value, Int)? {
            guard i >= 0, i < limit,
                  let candidates = s.unaccented ? byFoldedHead[s.foldKeys[i]] : byHead[s.lowerKeys[i]] else { return nil }
            for (words, value) in candidates where i + words.count <= limit {
                if words.indices.allSatisfy({ s.isWord(i + $0, words[$0]) }) {
                    return (value, i + words.count)
                }
            }
            return nil
        }

    }

    let numbers: Entries<Int>
    let tails: Entries<Int>
    let multipliers: Entries<Int>
    let vague: Entries<Bool>
    let partsOfDay: Entries<PartOfDay>
    let units: Entries<Unit>
    let weekdays: Entries<Int>
    let monthNames: Entries<Int>
    let seasons: Entries<Season>
    let cues: Entries<Cue>
    let boundaries: Entries<Bool>
    let tet: [Int: CivilDate]

    static let standard = TemporalLexicon(
        words: TemporalResources.table("temporal-words.tsv"),
        tet: TemporalResources.table("tet.tsv")
    )

    init(words: DataTable?, tet: DataTable?) {
        var numbers = Entries<Int>(), tails = Entries<Int>(), multipliers = Entries<Int>(), vague = Entries<Bool>()
        var partsOfDay = Entries<PartOfDay>(), units = Entries<Unit>(), weekdays = Entries<Int>()
        var monthNames = Entries<Int>(), seasons = Entries<Season>(), cues = Entries<Cue>(), boundaries = Entries<Bool>()
        var tetDates: [Int: CivilDate] = [:]
        for row in words?.rows ?? [] {
            let key = Self.words(row[0])
            let value = row[2]
            switch row[1] {
            case "number": if let n = Int(value) { numbers.add(key, n) }
            case "tail": if let n = Int(value) { tails.add(key, n) }
            case "multiplier": if let n = Int(value) { multipliers.add(key, n) }
            case "vague": vague.add(key, true)
            case "pod":
                if let code = PartOfDay.Suffix(rawValue: value) { partsOfDay.add(key, PartOfDay(code: code, hourShift: Int(row[3]) ?? 0)) }
            case "unit":
                if let code = Unit.Code(rawValue: value) { units.add(key, Unit(unit: code, isTime: row[3] == "T")) }
            case "weekday": if let n = Int(value) { weekdays.add(key, n) }
            case "monthname": if let n = Int(value) { monthNames.add(key, n) }
            case "boundary": boundaries.add(key, true)
            case "season": if let season = Season(rawValue: value) { seasons.add(key, season) }
            case "cue": cues.add(key, Cue(tense: value == "future" ? .future : .past, insideOnly: value.hasSuffix("-inside")))
            default: break
            }
        }
        for row in tet?.rows ?? [] {
            if let year = Int(row[0]), let date = CivilDate(iso: row[1]) { tetDates[year] = date }
        }
        self.numbers = numbers
        self.tails = tails
        self.multipliers = multipliers
        self.vague = vague
        self.partsOfDay = partsOfDay
        self.units = units
        self.weekdays = weekdays
        self.monthNames = monthNames
        self.seasons = seasons
        self.cues = cues
        self.boundaries = boundaries
        self.tet = tetDates
    }

    /// A phrase as words: "Rạng sáng" → [rạng, sáng].
    static func words(_ phrase: String) -> [Word] {
        phrase.split(separator: " ").map { Word(String($0)) }
    }
}

/// The data files of Temporal.
public enum TemporalResources {
    public static func table(_ name: String) -> DataTable? {
        EmbeddedResources.files[name].map { DataTable(name: name, text: $0) }
    }
}
