import VietText

/// Multi-word phrases indexed by the key of their first token, matched against a document's
/// tokens by key (lower case with diacritics; folded keys for text typed without diacritics).
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let lowered: [UInt64]
        let folded: [UInt64]
        /// Written with a capital: the text must capitalize it too ("Anh" the country, not "anh").
        let proper: Bool
        /// One word in capitals ("UN", "IS"): the text must write it in capitals too ("Un" in
        /// "Kim Jong Un" is no UN).
        let acronym: Bool
        let value: Value
    }

    private var byLowered = WordKeyTable<[Entry]>()
    private var byFolded = WordKeyTable<[Entry]>()

    mutating func add(_ phrase: String, _ value: Value) {
        let text = VietNormalizer.nfc(phrase)
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        guard let first = tokens.first else { return }
        let lowered = tokens.map { SpellingKey.lowered(scalars[$0.span.range].lazy.map(\.lowered)) }
        let folded = tokens.map { SpellingKey.folded(scalars[$0.span.range].lazy.map(\.folded)) }
        let acronym = tokens.count == 1 && first.span.length >= 2 && scalars.allSatisfy { !$0.textClass.contains(.letter) || $0.textClass.contains(.upper) }
        let entry = Entry(lowered: lowered, folded: folded, proper: first.isCapitalized, acronym: acronym, value: value)
        byLowered[lowered[0]] = ((byLowered[lowered[0]] ?? []) + [entry]).sorted { $0.lowered.count > $1.lowered.count }
        byFolded[folded[0]] = ((byFolded[folded[0]] ?? []) + [entry]).sorted { $0.folded.count > $1.folded.count }
    }

    /// The keys of every phrase's first word (lower case, folded).
    var firstKeys: (lowered: Set<UInt64>, folded: Set<UInt64>) { (Set(byLowered.allKeys), Set(byFolded.allKeys)) }

    /// Whether a single word is one of the phrases (compared folded).
    func isSurname(_ word: String) -> Bool {
        byFolded[WordKey.folded(word)]?.contains { $0.folded.count == 1 } ?? false
    }

    /// The longest phrase starting at token `i` and ending before `limit`: its value and end.
    func match(_ t: ActorTokens, at i: Int, limit: Int) -> (Value, Int)? {
        let limit = min(limit, t.count)
        guard i >= 0, i < limit else { return nil }
        let candidates = t.unaccented ? byFolded[t.folded[i]] : byLowered[t.lowered[i]]
        for entry in candidates ?? [] {
            let keys = t.unaccented ? entry.folded : entry.lowered
            guard i + keys.count <= limit else { continue }
            if entry.proper && !t.capitalized(i) { continue }
            if entry.acronym && !t.document.scalars[t.tokens[i].span.range].allSatisfy({ !$0.textClass.contains(.letter) || $0.textClass.contains(.upper) }) { continue }
            var ok = true
            for k in 1..<max(keys.count, 1) where (t.unaccented ? t.folded[i + k] : t.lowered[i + k]) != keys[k] {
                ok = false
                break
            }
            if ok { return (entry.value, i + keys.count) }
        }
        return nil
    }
}

/// A document's tokens with their keys, as the actor grammar reads them.
final class ActorTokens {
    let document: Document
    let tokens: [Token]
    let lowered: [UInt64]
    let folded: [UInt64]
    let unaccented: Bool

    init(_ document: Document) {
        self.document = document
        self.tokens = document.tokens
        self.lowered = document.tokenKeys
        self.folded = document.foldedTokenKeys
        self.unaccented = document.isUnaccented
    }

    var count: Int { tokens.count }

    func capitalized(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isCapitalized
    }

    /// A capitalized word or a word of digits and capitals ("G7", "M23").
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        return tokens[i].isCapitalized && tokens[i].kind != .punctuation
    }

    func isWord(_ i: Int, _ key: WordKeys) -> Bool {
        i >= 0 && i < tokens.count && (unaccented ? folded[i] == key.folded : lowered[i] == key.lowered)
    }

    /// The end of these words in sequence from `i`, if they stand there.
    func sequence(_ i: Int, _ words: [WordKeys]) -> Int? {
        for (k, w) in words.enumerated() where !isWord(i + k, w) { return nil }
        return i + words.count
    }

    func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && document.scalars[tokens[i].span.start] == mark
    }

    func adjacent(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && tokens[i].span.start == tokens[i - 1].span.end
    }

    func text(_ from: Int, _ to: Int) -> String {
        document.text(Span(tokens[from].span.start, tokens[to - 1].span.end))
    }

    func span(_ from: Int, _ to: Int) -> Span {
        Span(tokens[from].span.start, tokens[to - 1].span.end)
    }
}
