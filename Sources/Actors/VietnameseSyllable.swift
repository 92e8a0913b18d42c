import VietText

/// Whether a word can be one Vietnamese syllable: an onset (b, ch, gh, ngh, qu, tr …), vowels,
/// and a coda from c, ch, m, n, ng, nh, p, t. Foreign names fail it ("John", "Roberts",
/// "Medinsky"), which tells where a Vietnamese organization's name ends and a foreign person's
/// name begins ("Tòa án Tối cao John Roberts").
enum VietnameseSyllable {
    static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                         "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    static let codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// `folded` is lower case without diacritics (đ already d).
    static func accepts(_ folded: String) -> Bool {
        var rest = Substring(folded)
        if let onset = onsets.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(onset.count) }
        var nucleus = 0
        while let c = rest.first, vowels.contains(c) {
            nucleus += 1
            rest = rest.dropFirst()
        }
        guard (1...3).contains(nucleus) else { return false }
        return rest.isEmpty || codas.contains(String(rest))
    }
}
