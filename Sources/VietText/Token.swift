/// A syllable, number or punctuation mark of the body, with its span.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// Letters only: a Vietnamese syllable or a foreign word ("Lavrov").
        case word
        /// Digits only.
        case number
        /// Letters and digits together ("9h30", "F-16" gives "F", "-", "16").
        case alphanumeric
        /// Any other single scalar that is not white space.
        case punctuation
    }

    // Offsets held in 32 bits (an article is at most 16 MiB): 12 bytes a token instead of 24,
    // which an 8 MB article's million tokens notice.
    private let start: Int32
    private let end: Int32
    public let kind: Kind
    /// The first letter is uppercase.
    public let isCapitalized: Bool

    public var span: Span { Span(Int(start), Int(end)) }

    public init(span: Span, kind: Kind, isCapitalized: Bool) {
        self.start = Int32(clamping: span.start)
        self.end = Int32(clamping: span.end)
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// Splits scalars into tokens: maximal runs of letters (with their combining marks) and digits,
/// and every other non-space scalar on its own.
public enum Tokenizer {
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Token] {
        let range = range ?? 0..<scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 4)
        var i = range.lowerBound
        while i < range.upperBound {
            let c = scalars[i].textClass
            if c.contains(.space) {
                i += 1
                continue
            }
            if c.contains(.letter) || c.contains(.digit) {
                let start = i
                var letters = false, digits = false
                while i < range.upperBound {
                    let k = scalars[i].textClass
                    if k.contains(.letter) { letters = true } else if k.contains(.digit) { digits = true } else if !k.contains(.mark) { break }
                    i += 1
                }
                let kind: Token.Kind = letters ? (digits ? .alphanumeric : .word) : .number
                tokens.append(Token(span: Span(start, i), kind: kind, isCapitalized: c.contains(.upper)))
            } else {
                tokens.append(Token(span: Span(i, i + 1), kind: .punctuation, isCapitalized: false))
                i += 1
            }
        }
        return tokens
    }
}
