import VietText

/// A document's tokens as the temporal grammar sees them: folded texts, and questions about
/// adjacency, numbers and capitals answered from the body.
struct TokenStream {
    let document: Document
    let tokens: [Token]
    /// Lowercase without diacritics: the index key.
    let folded: [String]
    /// Lowercase with diacritics: what words are compared with, so that "sang" (to) is not
    /// "sáng" (morning) nor "đàm" the numeral "dăm".
    let lowered: [String]
    /// The text was typed without diacritics ("Ngoai truong Nga hom qua …"): then, and only
    /// then, words match by their folded form. In accented text "sang" is never "sáng".
    let unaccented: Bool

    init(_ document: Document) {
        self.document = document
        self.tokens = document.tokens
        let folded = document.tokens.map { document.foldedText($0.span) }
        let lowered = document.tokens.map { document.text($0.span).lowercased() }
        self.folded = folded
        self.lowered = lowered
        var letters = 0, marked = 0
        for (f, l) in zip(folded, lowered) where f.utf8.first.map({ $0 >= 97 && $0 <= 122 }) ?? false {
            letters += 1
            if f != l { marked += 1 }
        }
        self.unaccented = letters >= 5 && marked * 50 < letters
    }

    /// Token `i` is this word.
    func isWord(_ i: Int, _ word: Word) -> Bool {
        i < tokens.count && (lowered[i] == word.lowered || (unaccented && folded[i] == word.folded))
    }

    /// Token `i` is this word, given in lower case with its diacritics (a literal of the code).
    func isWord(_ i: Int, _ word: String) -> Bool {
        i < tokens.count && (lowered[i] == word || (unaccented && folded[i] == VietNormalizer.fold(word)))
    }

    /// Token `i` touches token `i - 1` (no space between them).
    func adjacent(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && tokens[i].span.start == tokens[i - 1].span.end
    }

    /// The value of an all-digit token with at most `maxDigits` digits.
    func digits(_ i: Int, maxDigits: Int = 9) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].span.length <= maxDigits else { return nil }
        return Int(folded[i])
    }

    func digitCount(_ i: Int) -> Int { tokens[i].span.length }

    func isPunctuation(_ i: Int, _ text: String) -> Bool {
        i < tokens.count && tokens[i].kind == .punctuation && folded[i] == text
    }

    /// An upper-case Roman numeral token (I … XXX), as written, and its value.
    func roman(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].span.length <= 6 else { return nil }
        var total = 0, previous = 0
        for scalar in document.scalars[tokens[i].span.range].reversed() {
            let v: Int
            switch scalar {
            case "I": v = 1
            case "V": v = 5
            case "X": v = 10
            case "L": v = 50
            default: return nil
            }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }
}

/// A word of the grammar or the lexicon, in both forms it is compared in.
struct Word: Hashable, Sendable {
    let lowered: String
    let folded: String

    init(_ text: String) {
        lowered = VietNormalizer.nfc(text).lowercased()
        folded = VietNormalizer.fold(text)
    }
}
