import Foundation

/// Unicode normalization and folding of whole strings.
public enum VietNormalizer {
    /// The NFC form of `text`. Skips the (slow) Foundation normalizer when a quick pass over the
    /// scalars proves the text is already NFC, as almost all published Vietnamese text is.
    public static func nfc(_ text: String) -> String {
        isKnownNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar lies in a block whose characters are all NFC-stable and never
    /// compose with a neighbour: ASCII, Latin-1, Latin Extended-A/B, IPA and spacing modifiers
    /// (below U+0300), Latin Extended Additional (U+1E00–U+1EFF: the precomposed Vietnamese
    /// vowels), general punctuation except the two singletons U+2000/U+2001, currency signs,
    /// and CJK ideographs. A false answer only means "not proven": the caller normalizes.
    public static func isKnownNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x0300 { continue }
            if v >= 0x1E00 && v <= 0x1EFF { continue }
            if v >= 0x2002 && v <= 0x20CF { continue }
            if v >= 0x4E00 && v <= 0x9FFF { continue }
            return false
        }
        return true
    }

    /// Lowercase, no diacritics, đ → d, typographic quotes and dashes as ASCII; one scalar per
    /// scalar, so an offset in the folded text is the same offset in the original.
    /// "Ngoại trưởng Đức" → "ngoai truong duc".
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(scalar.folded) }
        return String(out)
    }

    /// The key two spellings of a name or phrase share: folded, spaces collapsed, and a lone "y"
    /// after consonants as "i" ("Lý Cường" and "Lí Cường" agree). For comparing names, not
    /// offsets: its length may differ from the text's.
    public static func matchKey(_ text: String) -> String {
        // One pass over the scalars: fold, cut at spaces, rewrite a word's lone final "y".
        var key = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            if !key.isEmpty { key.append(" ") }
            if word.count > 1, word[word.count - 1] == "y", word.dropLast().allSatisfy(\.isVietConsonant) {
                word[word.count - 1] = "i"
            }
            key.append(contentsOf: word)
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let f = scalar.folded
            if f == " " { flush() } else { word.append(f) }
        }
        flush()
        return String(key)
    }
}
