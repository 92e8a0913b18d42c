import VietText

/// Parties, movements, armed groups and news outlets found by their shape (see the `outlet` and
/// `group` rows of name-words.tsv): a lower-case noun, then a capitalized name ("báo Jakarta
/// Globe", "phong trào Hồi giáo Mindanao", "lực lượng Quds"). Known ones are rows of
/// groups.tsv, with their country.
extension ActorTagger {
    /// The organization a lower-case group or outlet noun at `i` introduces; the token after it.
    func shapedGroup(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        guard !t.capitalized(i) || startsSentence(t, i), let (_, j) = lexicon.groupNouns.match(t, at: i, limit: limit), t.isNameWord(j) else { return nil }
        // A known body ("hãng tin Reuters", "phong trào Hamas") or a country ("lực lượng Nga").
        // A capital may open an outlet's name ("báo Jakarta Globe"), not end it.
        if let (c, after) = lexicon.countries.match(t, at: j, limit: limit), !c.isCapital || !t.isNameWord(after) { return nil }
        if let org = organization(t, at: j, limit: limit, &r) { return org.end }
        if lexicon.titles.match(t, at: j, limit: limit) != nil || lexicon.surnames.match(t, at: j, limit: j + 1) != nil { return nil }
        var end = j
        var country: String?
        while end < limit, end - j < 6 {
            if end > j, let (c, after) = lexicon.countries.match(t, at: end, limit: limit), c.code != "-" {
                if !c.isCapital { country = c.code }
                r.country(c.code, span: t.span(end, after))
                end = after
                break
            }
            if t.isNameWord(end) {
                end += 1
                continue
            }
            if t.isMark(end, "-"), t.adjacent(end), t.isNameWord(end + 1) {
                end += 1
                continue
            }
            // "Hồi giáo Mindanao": a lower-case syllable between capitalized words.
            if end > j, t.tokens[end].kind == .word, !Words.isClauseWord(t, end), t.isNameWord(end + 1) {
                end += 1
                continue
            }
            break
        }
        guard end > j else { return nil }
        let name = t.text(j, end)
        var after = end
        var aliases: [String] = []
        if let (abbreviation, close) = bracketed(t, at: end, limit: limit) {
            aliases.append(abbreviation)
            after = close
        }
        r.organization(name, country: country, aliases: aliases, span: t.span(j, end))
        return after
    }
}
