import Foundation

/// What a scalar is, for the tokenizer and the sentence splitter.
public struct ScalarClass: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let letter = ScalarClass(rawValue: 1 << 0)
    public static let upper = ScalarClass(rawValue: 1 << 1)
    public static let digit = ScalarClass(rawValue: 1 << 2)
    public static let space = ScalarClass(rawValue: 1 << 3)
    public static let newline = ScalarClass(rawValue: 1 << 4)
    /// A combining mark: part of the letter before it.
    public static let mark = ScalarClass(rawValue: 1 << 5)
}

/// Per-scalar lookup tables, built once: the class of a scalar and its folded form.
///
/// The tables cover U+0000–U+20FF (Latin, Vietnamese, Greek, Cyrillic, general punctuation);
/// rarer scalars fall back to Unicode properties. One array index per scalar is what makes a pass
/// over a body run at hundreds of MB/s.
enum ScalarTable {
    static let size = 0x2100

    static let classes: [ScalarClass] = (0..<size).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return classify(scalar)
    }

    static let lowers: [UInt32] = (0..<size).map { value in
        guard let scalar = Unicode.Scalar(value) else { return UInt32(value) }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? (lowered.first?.value ?? UInt32(value)) : UInt32(value)
    }

    static let folds: [UInt32] = (0..<size).map { value in
        guard let scalar = Unicode.Scalar(value) else { return UInt32(value) }
        return foldSlow(scalar).value
    }

    /// The five tone marks of Vietnamese, as combining scalars.
    static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// Per scalar: its tone mark (0 when none) and the scalar without it; both only for letters
    /// that carry a tone (Vietnamese vowels, Latin letters with acute or grave).
    /// Only Latin-1, Latin Extended-A/B and Latin Extended Additional hold such letters, so
    /// only those are decomposed (once, when first needed).
    static let (tones, toneBases): ([UInt32], [UInt32]) = {
        var tones = [UInt32](repeating: 0, count: size)
        var bases = (0..<size).map { UInt32($0) }
        for value in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            if let (base, tone) = toneParts(value) {
                tones[value] = tone
                bases[value] = base
            }
        }
        return (tones, bases)
    }()

    static func toneParts(_ value: Int) -> (base: UInt32, tone: UInt32)? {
        guard value >= 0xC0, let scalar = Unicode.Scalar(value) else { return nil }
        let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let tone = parts.first(where: { toneMarks.contains($0.value) }) else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: parts.filter { $0 != tone })
        let base = String(rest).precomposedStringWithCanonicalMapping.unicodeScalars
        guard base.count == 1, let b = base.first else { return nil }
        return (b.value, tone.value)
    }

    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let p = scalar.properties
        var c: ScalarClass = []
        switch p.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: c = [.letter, .upper]
        case .lowercaseLetter, .modifierLetter, .otherLetter: c = .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: c = .mark
        case .decimalNumber: c = .digit
        default: break
        }
        if p.isWhitespace { c.insert(.space) }
        if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
            c.insert(.newline)
        }
        return c
    }

    /// Lowercase, without diacritics, đ → d; typographic quotes, dashes and spaces to ASCII.
    /// Always one scalar for one, so folded offsets are body offsets.
    static func foldSlow(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "đ", "Đ", "\u{0189}": return "d"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2018}", "\u{2019}", "\u{201A}": return "'"
        case "\u{2010}"..."\u{2015}", "\u{2212}": return "-"
        default: break
        }
        if scalar.properties.isWhitespace, !ScalarTable.isNewline(scalar) { return " " }
        let lowered = String(scalar).lowercased()
        let base = lowered.decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = base.first else { return scalar }
        return first
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{85}" || s == "\u{2028}" || s == "\u{2029}"
    }
}

extension Unicode.Scalar {
    /// The scalar's class (letter, upper, digit, space, newline, mark).
    public var textClass: ScalarClass {
        value < 0x2100 ? ScalarTable.classes[Int(value)] : ScalarTable.classify(self)
    }

    /// The scalar in lower case, diacritics kept (one scalar for one).
    public var lowered: Unicode.Scalar {
        if value < 0x2100 { return Unicode.Scalar(ScalarTable.lowers[Int(value)]) ?? self }
        let lowered = properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? (lowered.first ?? self) : self
    }

    /// The scalar folded for matching: lowercase, no diacritics, đ → d.
    public var folded: Unicode.Scalar {
        if value < 0x2100 { return Unicode.Scalar(ScalarTable.folds[Int(value)]) ?? self }
        let p = properties
        if p.generalCategory == .uppercaseLetter || p.generalCategory == .titlecaseLetter {
            return p.lowercaseMapping.unicodeScalars.first ?? self
        }
        return self
    }
}
