import VietText

/// Whether a written word can be one Vietnamese syllable, diacritics included: only Vietnamese
/// letters, at most one tone mark, an onset, one to three vowels, a coda. What tells a text
/// decoded in the right legacy encoding ("Việt") from one decoded in a wrong one ("ViÖt").
struct VietnameseWordCheck: Sendable {
    static let shared = VietnameseWordCheck()

    private static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                 "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    private static let codas: Set<String> = ["", "ng", "nh", "ch", "c", "m", "n", "p", "t"]

    /// Each lowercase Vietnamese letter outside ASCII: its plain vowel (or `d`), and whether it
    /// carries a tone mark.
    private let letters: [Character: (plain: Character, toned: Bool)]

    init() {
        var letters: [Character: (plain: Character, toned: Bool)] = ["đ": ("d", false)]
        let vowels: [(String, Character)] = [("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"),
                                             ("o", "o"), ("ô", "o"), ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y")]
        let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        for (vowel, plain) in vowels {
            for tone in tones {
                let letter = Character(VietNormalizer.nfc(vowel + tone))
                if letter.isASCII { continue }
                letters[letter] = (plain, !tone.isEmpty)
            }
        }
        self.letters = letters
    }

    /// Whether `word` (letters only) is written entirely in ASCII.
    static func isASCII(_ word: Substring) -> Bool { word.utf8.allSatisfy { $0 < 0x80 } }

    /// Whether `word` can be one Vietnamese syllable (any case).
    func accepts(_ word: Substring) -> Bool {
        var plain = ""
        var tones = 0
        for character in word.lowercased() {
            if character.isASCII, character.isLetter {
                plain.append(character)
            } else if let letter = letters[character] {
                plain.append(letter.plain)
                if letter.toned { tones += 1 }
            } else {
                return false
            }
        }
        guard tones <= 1 else { return false }
        return Self.isSyllable(plain)
    }

    private static func isSyllable(_ plain: String) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        func rest(after onset: String) -> Bool {
            var rest = Substring(plain.dropFirst(onset.count))
            var nucleus = 0
            while let c = rest.first, vowels.contains(c) {
                nucleus += 1
                rest = rest.dropFirst()
            }
            return (1...3).contains(nucleus) && codas.contains(String(rest))
        }
        let onset = onsets.first(where: { plain.hasPrefix($0) }) ?? ""
        // "gì", "gìn": the i of "gi" is the vowel when nothing else is.
        return rest(after: onset) || (onset == "gi" && rest(after: "g"))
    }
}
