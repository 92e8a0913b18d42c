import VietText

/// The classes of quote-words.tsv by folded word keys (text typed without diacritics matches
/// too), and the few marks and words the quote tagger names itself.
struct QuoteWords: Sendable {
    let classes: [String: [[UInt64]]]

    static let standard = QuoteWords(EventResources.table("quote-words.tsv"))

    init(_ table: DataTable?) {
        var classes: [String: [[UInt64]]] = [:]
        for row in table?.rows ?? [] {
            classes[row[0], default: []] += row[1].split(separator: "|").map { phrase in
                phrase.split(separator: " ").map { WordKey.folded(String($0)) }
            }
        }
        self.classes = classes
    }

    /// The one-word entries of a class.
    func set(_ name: String) -> Set<UInt64> { Set((classes[name] ?? []).compactMap { $0.count == 1 ? $0[0] : nil }) }

    /// Every entry of a class, word by word.
    func phrases(_ name: String) -> [[UInt64]] { classes[name] ?? [] }

    /// The end of the longest of `phrases` starting at token `k` (below `limit`), if one does.
    static func match(_ phrases: [[UInt64]], _ keys: [UInt64], at k: Int, limit: Int) -> Int? {
        var best: Int?
        for p in phrases where !p.isEmpty && k + p.count <= limit && (0..<p.count).allSatisfy({ keys[k + $0] == p[$0] }) {
            best = max(best ?? 0, k + p.count)
        }
        return best
    }

    /// The start of the longest of `phrases` ending right before token `k` (at or after `floor`).
    static func match(_ phrases: [[UInt64]], _ keys: [UInt64], endingBefore k: Int, floor: Int) -> Int? {
        var best: Int?
        for p in phrases where !p.isEmpty && k - p.count >= floor && (0..<p.count).allSatisfy({ keys[k - p.count + $0] == p[$0] }) {
            best = min(best ?? k, k - p.count)
        }
        return best
    }

    static let between = standard.set("between")
    static let complementizers = standard.set("complementizer")
    static let clauseOpeners = standard.phrases("clause")
    static let pronouns = standard.phrases("pronoun")
    static let links = standard.phrases("link")
    static let relatives = standard.set("relative")
    static let afterwords = standard.phrases("afterword")
    static let courtStandIns = standard.phrases("court")
    static let according = standard.set("according")
    static let documents = standard.phrases("document")
    static let courtNames = standard.phrases("court-name")
    static let ông = WordKey.folded("ông"), bà = WordKey.folded("bà")
}

