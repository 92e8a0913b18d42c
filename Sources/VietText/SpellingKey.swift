/// The one spelling every lexicon lookup compares, whatever convention the text follows.
///
/// Vietnamese is written with the tone mark on either vowel of "oa", "oe", "uy" ("thỏa"/"thoả",
/// "Thụy"/"Thuỵ", "Ủy"/"Uỷ", "hòa"/"hoà") and with "i" or "y" after a consonant ("kỹ"/"kĩ",
/// "lý"/"lí"). The key of a word takes the tone off its vowel and adds it after the word, and
/// writes a lone "y" after consonants as "i": both conventions give one key. Only keys change;
/// the text and its offsets never do.
public enum SpellingKey {
    /// The key of a word given in lower case (diacritics kept): "thỏa", "thoả" → one key.
    public static func lowered(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 { key(scalars, tones: true) }

    /// The key of a word folded (no diacritics): only the i/y rule applies ("ky", "ki" → one key).
    public static func folded(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 { key(scalars, tones: false) }

    /// Hashes the scalars with each tone mark moved after the word (when `tones`) and a last
    /// "y" after consonants only read as "i".
    private static func key(_ scalars: some Sequence<Unicode.Scalar>, tones withTones: Bool) -> UInt64 {
        var h = Hasher64()
        var pending: Unicode.Scalar?
        var count = 0
        var consonantsOnly = true
        // A syllable carries one tone; a foreign word may carry more (kept in order, rare).
        var tone: Unicode.Scalar?
        var moreTones: [Unicode.Scalar] = []
        for s in scalars {
            var base = s
            if withTones {
                let split = s.toneSplit
                base = split.base
                if let t = split.tone {
                    if tone == nil { tone = t } else { moreTones.append(t) }
                }
            }
            if let p = pending {
                h.add(p)
                if !p.isVietConsonant { consonantsOnly = false }
            }
            pending = base
            count += 1
        }
        if let p = pending { h.add(p == "y" && count > 1 && consonantsOnly ? "i" : p) }
        if let tone { h.add(tone) }
        for t in moreTones { h.add(t) }
        return h.value
    }
}

/// FNV-1a, 64 bits, one scalar at a time (the hash `WordKey.hash` computes).
struct Hasher64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) mutating func add(_ s: Unicode.Scalar) {
        value = (value ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
    }
}

/// Converts text between the two tone conventions: a way to show (and test) that the analysis
/// of an article does not depend on the convention it was written in.
public enum ToneStyle {
    /// New style: the tone on the second vowel of an open "oa", "oe", "uy" ("hòa" → "hoà",
    /// "Thụy" → "Thuỵ", "Ủy" → "Uỷ"), and "i" for a lone "y" after a consonant ("kỹ" → "kĩ",
    /// "Mỹ" → "Mĩ"). Letters keep their case; the scalar count never changes.
    public static func newStyle(_ text: String) -> String { convert(text, toNew: true) }

    /// Old style: the tone on the first vowel ("hoà" → "hòa", "Thuỵ" → "Thụy").
    public static func oldStyle(_ text: String) -> String { convert(text, toNew: false) }

    private static func convert(_ text: String, toNew: Bool) -> String {
        var scalars = Array(VietNormalizer.nfc(text).unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i].textClass.contains(.letter) else {
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, scalars[j].textClass.contains(.letter) { j += 1 }
            convertWord(&scalars, i..<j, toNew: toNew)
            i = j
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// One word: onset + o|u + a|e|y and nothing after (an open syllable), not "qu" + vowel.
    private static func convertWord(_ s: inout [Unicode.Scalar], _ r: Range<Int>, toNew: Bool) {
        guard r.count >= 2 else { return }
        let last = r.upperBound - 1
        if toNew, s[last].lowered.toneSplit.base == "y",
           s[r.lowerBound..<last].allSatisfy({ $0.lowered.isVietConsonant }) {
            let (_, tone) = s[last].lowered.toneSplit
            s[last] = compose("i", tone, upper: s[last].textClass.contains(.upper))
            return
        }
        let a = r.upperBound - 2, b = r.upperBound - 1
        let (baseA, toneA) = s[a].lowered.toneSplit, (baseB, toneB) = s[b].lowered.toneSplit
        let pair = String(baseA) + String(baseB)
        guard ["oa", "oe", "uy"].contains(pair) else { return }
        // "qua", "quy": the u belongs to the onset; "gia": not a pair at all.
        if a > r.lowerBound, s[a - 1].lowered == "q" { return }
        for k in r.lowerBound..<a where !s[k].lowered.toneSplit.base.isVietConsonant { return }
        if toNew, let tone = toneA, toneB == nil {
            s[a] = compose(baseA, nil, upper: s[a].textClass.contains(.upper))
            s[b] = compose(baseB, tone, upper: s[b].textClass.contains(.upper))
        } else if !toNew, let tone = toneB, toneA == nil {
            s[a] = compose(baseA, tone, upper: s[a].textClass.contains(.upper))
            s[b] = compose(baseB, nil, upper: s[b].textClass.contains(.upper))
        }
    }

    private static func compose(_ base: Unicode.Scalar, _ tone: Unicode.Scalar?, upper: Bool) -> Unicode.Scalar {
        var text = String(base)
        if let tone { text.unicodeScalars.append(tone) }
        if upper { text = text.uppercased() }
        return VietNormalizer.nfc(text).unicodeScalars.first ?? base
    }
}

extension Unicode.Scalar {
    /// The scalar in lower case without its tone mark, and the tone mark (a combining scalar:
    /// grave, acute, tilde, hook, dot below) if it carries one. "ỏ" → ("o", U+0309); "ơ" → ("ơ", nil).
    var toneSplit: (base: Unicode.Scalar, tone: Unicode.Scalar?) {
        guard value >= 0xC0, value < ScalarTable.size else { return (self, nil) }
        let tone = ScalarTable.tones[Int(value)]
        return tone == 0 ? (self, nil) : (Unicode.Scalar(ScalarTable.toneBases[Int(value)]) ?? self, Unicode.Scalar(tone))
    }

    /// A consonant letter of Vietnamese spelling (lower case).
    var isVietConsonant: Bool {
        switch self {
        case "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x": true
        default: false
        }
    }
}
