import VietText

/// A document's tokens as the temporal grammar sees them: word keys, and questions about
/// adjacency, numbers and capitals answered from the body without building strings.
final class TokenStream {
    let document: Document
    let tokens: [Token]
    /// Keys of the tokens in lower case with diacritics: what words are compared by, so that
    /// "sang" (to) is not "sáng" (morning) nor "đàm" the numeral "dăm".
    let lowerKeys: [UInt64]
    /// Keys of the folded tokens, used only when the text was typed without diacritics.
    let foldKeys: [UInt64]
    var unaccented: Bool { document.isUnaccented }

    init(_ document: Document) {
        self.document = document
        self.tokens = document.tokens
        self.lowerKeys = document.tokenKeys
        self.foldKeys = document.foldedTokenKeys
    }

    /// The key a token is looked up by in the grammar's indexes.
    func key(_ i: Int) -> UInt64 { unaccented ? foldKeys[i] : lowerKeys[i] }

    /// Token `i` is this word.
    func isWord(_ i: Int, _ word: Word) -> Bool {
        i >= 0 && i < tokens.count && (unaccented ? foldKeys[i] == word.folded : lowerKeys[i] == word.lowered)
    }

    /// Token `i` touches token `i - 1` (no space between them).
    func adjacent(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && tokens[i].span.start == tokens[i - 1].span.end
    }

    /// The value of an all-digit token with at most `maxDigits` digits.
    func digits(_ i: Int, maxDigits: Int = 9) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].span.length <= maxDigits else { return nil }
        var value = 0
        for scalar in document.scalars[tokens[i].span.range] {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                value = value * 10 + Int(scalar.value - 0x30)
            } else if let d = scalar.properties.numericValue, d >= 0, d <= 9 {
                value = value * 10 + Int(d)
            } else {
                return nil
            }
        }
        return value
    }

    func digitCount(_ i: Int) -> Int { tokens[i].span.length }

    /// The folded first scalar of a punctuation token, else nil.
    func mark(_ i: Int) -> Unicode.Scalar? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return nil }
        return document.folded[tokens[i].span.start]
    }

    func isPunctuation(_ i: Int, _ mark: Unicode.Scalar) -> Bool { self.mark(i) == mark }

    /// The folded text of a token (for the rare checks that need it).
    func text(_ i: Int) -> String { document.foldedText(tokens[i].span) }

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

/// A word of the grammar or the lexicon (see `WordKeys`).
typealias Word = WordKeys

extension WordKeys {
    // Words the slots and the tense finder name in code.
    static let năm = Word("năm"), thứ = Word("thứ"), chủ = Word("chủ"), nhật = Word("nhật"), của = Word("của")
    static let hôm = Word("hôm"), rưỡi = Word("rưỡi"), mười = Word("mười"), lẻ = Word("lẻ"), linh = Word("linh")
    static let tới = Word("tới"), sau = Word("sau"), qua = Word("qua"), ngoái = Word("ngoái"), trước = Word("trước")
    static let nay = Word("nay"), kia = Word("kia")
    static let tuần = Word("tuần")
    static let weekdayIntroducers = [Word("hôm"), Word("vào"), Word("từ"), Word("đến"), Word("ngày"), Word("sang")]
    static let monthNamesAnyCase = [Word("giêng"), Word("chạp"), Word("tư")]
}
