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
    public static func detect(_ bytes: some Collection<UInt8>) -> LegacyEncoding? {
        let scores = LegacyEncoding.allCases.map { score(bytes, as: $0) }
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
        var start: String.Index?
        func finish(_ end: String.Index) {
            guard let s = start else { return }
            let w = text[s..<end]
            score.words += 1
            if !VietnameseWordCheck.isASCII(w) {
                score.nonASCIIWords += 1
                if check.accepts(w) { score.syllables += 1 }
            }
            start = nil
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter {
                if start == nil { start = index }
            } else {
                finish(index)
                if character == "\u{FFFD}" || isJunk(character) { score.junk += 1 }
            }
            index = text.index(after: index)
        }
        finish(text.endIndex)
        return score
    }

    private static func isJunk(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        if first.value < 0x20 { return !(first == "\n" || first == "\r" || first == "\t" || first == "\u{0C}") }
        if first.value >= 0x7F && first.value < 0xA0 { return true }
        // A combining mark with no letter to sit on (after a space or punctuation).
        return first.properties.generalCategory == .nonspacingMark
    }
}
