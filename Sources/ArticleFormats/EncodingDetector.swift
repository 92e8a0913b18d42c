/// Tells which legacy Vietnamese encoding, if any, bytes that are not UTF-8 are written in: each
/// candidate decodes the bytes, and the one whose non-ASCII words are Vietnamese syllables wins.
/// Text in Latin-1, Windows-1252 or broken UTF-8 matches none (its accented words are not
/// Vietnamese syllables in any of them), and stays an error.
public enum EncodingDetector {
    /// How well one encoding reads a text.
    public struct Score: Sendable, Equatable {
        public let encoding: LegacyEncoding
        /// Words (runs of letters) containing a letter outside ASCII.
        public var nonASCIIWords = 0
        /// Of those, the ones that are Vietnamese syllables.
        public var syllables = 0
        /// Words with any letter.
        public var words = 0
        /// Undefined bytes, control characters, marks that attach to nothing.
        public var junk = 0

        /// Looks like Vietnamese: at least three accented words (less is no evidence), most of
        /// them syllables, accented words common (as in any Vietnamese text, unlike a Western
        /// European one), and no junk.
        public var isVietnamese: Bool {
            nonASCIIWords >= 3 && syllables * 10 >= nonASCIIWords * 8 && nonASCIIWords * 5 >= words && junk * 200 <= max(words, 1)
        }
    }

    /// The encoding `bytes` are written in, or nil when none reads them as Vietnamese.
    /// The first 64 KiB are evidence enough.
    public static func detect(_ bytes: some Collection<UInt8>) -> LegacyEncoding? {
        let sample = Array(bytes.prefix(1 << 16))
        let scores = LegacyEncoding.allCases.map { score(sample, as: $0) }
        let best = scores.filter(\.isVietnamese).max { a, b in
            (a.syllables - (a.nonASCIIWords - a.syllables)) < (b.syllables - (b.nonASCIIWords - b.syllables))
        }
        return best?.encoding
    }

    /// How `encoding` reads `bytes`.
    public static func score(_ bytes: some Collection<UInt8>, as encoding: LegacyEncoding) -> Score {
        score(text: encoding.decode(bytes), encoding: encoding)
    }

    static func score(text: String, encoding: LegacyEncoding) -> Score {
        var score = Score(encoding: encoding)
        let check = VietnameseWordCheck.shared
        var word: [Unicode.Scalar] = []
        var hasNonASCII = false
        func finish() {
            guard !word.isEmpty else { return }
            score.words += 1
            if hasNonASCII {
                score.nonASCIIWords += 1
                if check.accepts(word) { score.syllables += 1 }
            }
            word.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isLetter = v < 0x80
                ? (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            if isLetter, !(word.isEmpty && scalar.properties.generalCategory == .nonspacingMark) {
                word.append(scalar)
                if v >= 0x80 { hasNonASCII = true }
            } else {
                finish()
                if isJunk(scalar) { score.junk += 1 }
            }
        }
        finish()
        return score
    }

    private static func isJunk(_ first: Unicode.Scalar) -> Bool {
        if first == "\u{FFFD}" { return true }
        if first.value < 0x20 { return !(first == "\n" || first == "\r" || first == "\t" || first == "\u{0C}") }
        if first.value >= 0x7F && first.value < 0xA0 { return true }
        // A combining mark with no letter to sit on (after a space or punctuation).
        return first.properties.generalCategory == .nonspacingMark
    }
}
