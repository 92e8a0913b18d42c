import VietText

/// Whether a written word can be one Vietnamese syllable, diacritics included: only Vietnamese
/// letters, at most one tone mark, an onset, one to three vowels, a coda. What tells a text
/// decoded in the right legacy encoding ("Việt") from one decoded in a wrong one ("ViÖt").
/// Works on NFC scalars and bytes: detection runs it on every word of a file, five times.
struct VietnameseWordCheck: Sendable {
    static let shared = VietnameseWordCheck()

    private static let onsets: [[UInt8]] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                            "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"].map { Array($0.utf8) }
    private static let codas: Set<[UInt8]> = Set(["", "ng", "nh", "ch", "c", "m", "n", "p", "t"].map { Array($0.utf8) })

    /// Each Vietnamese letter outside ASCII, both cases: its plain lowercase vowel (or `d`), and
    /// whether it carries a tone mark.
    private let letters: [UInt32: (plain: UInt8, toned: Bool)]

    init() {
        var letters: [UInt32: (plain: UInt8, toned: Bool)] = [0x111: (UInt8(ascii: "d"), false), 0x110: (UInt8(ascii: "d"), false)]
        let vowels: [(String, Character)] = [("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"),
                                             ("o", "o"), ("ô", "o"), ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y")]
        let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        for (vowel, plain) in vowels {
            for tone in tones {
                let letter = VietNormalizer.nfc(vowel + tone)
                for form in [letter, letter.uppercased()] {
                    guard form.unicodeScalars.count == 1, let scalar = form.unicodeScalars.first, scalar.value >= 0x80,
                          let byte = plain.asciiValue else { continue }
                    letters[scalar.value] = (byte, !tone.isEmpty)
                }
            }
        }
        self.letters = letters
    }

    /// Whether the NFC scalars of one word (letters and marks) can be one Vietnamese syllable.
    func accepts(_ word: some Collection<Unicode.Scalar>) -> Bool {
        var plain: [UInt8] = []
        plain.reserveCapacity(word.count)
        var tones = 0
        for scalar in word {
            let v = scalar.value
            if v < 0x80 {
                let byte = UInt8(v)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): plain.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): plain.append(byte + 32)
                default: return false
                }
            } else if let letter = letters[v] {
                plain.append(letter.plain)
                if letter.toned { tones += 1 }
            } else {
                return false
            }
        }
        guard tones <= 1 else { return false }
        return Self.isSyllable(plain)
    }

    private static func isSyllable(_ plain: [UInt8]) -> Bool {
        func isVowel(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i")
                || c == UInt8(ascii: "o") || c == UInt8(ascii: "u") || c == UInt8(ascii: "y")
        }
        func rest(after onset: Int) -> Bool {
            var k = onset
            while k < plain.count, isVowel(plain[k]) { k += 1 }
            return (1...3).contains(k - onset) && codas.contains(Array(plain[k...]))
        }
        let onset = onsets.first(where: { plain.starts(with: $0) }) ?? []
        // "gì", "gìn": the i of "gi" is the vowel when nothing else is.
        return rest(after: onset.count) || (onset == Array("gi".utf8) && rest(after: 1))
    }
}
