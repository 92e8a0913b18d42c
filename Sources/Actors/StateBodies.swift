import VietText

/// Vietnamese state bodies (see `Resources/state-bodies.tsv`): a head ("Tòa án nhân dân",
/// "Công an", "UBND"), then levels and places ("tỉnh Đắk Lắk", "TP Hà Nội", "cấp cao tại Đà
/// Nẵng") or a parent body ("Bộ Công an", "Công an tỉnh Nghệ An"). Abbreviations are read as
/// what they stand for: "TAND TP Hà Nội" and "Tòa án nhân dân thành phố Hà Nội" are one actor,
/// named by the fullest form the article writes, the other forms aliases.
struct StateHead: Sendable {
    /// The head written out ("Tòa án nhân dân" for "TAND").
    let expansion: String
    /// Complete in itself ("Tòa án nhân dân tối cao", a department): nothing needs to follow.
    let complete: Bool
    /// A place follows directly ("Tỉnh ủy Bình Thuận", "Quân khu 7").
    var placed = false
    /// A department of the Ministry of Public Security: its code and full name are one actor.
    let department: Bool
    /// The form in the table ("C03", "TAND").
    let form: String
}

extension ActorTagger {
    /// A state body at `i`: its end and country (VNM), with the body (and any parent body)
    /// registered, and its name written out in full; nil when no state head starts here or
    /// nothing that completes it follows.
    func stateBody(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> (end: Int, country: String?, full: String)? {
        guard t.capitalized(i), let (head, afterHead) = lexicon.stateHeads.match(t, at: i, limit: limit) else { return nil }
        if head.department {
            let written = t.text(i, afterHead)
            var aliases = [head.expansion, head.form].filter { $0 != written }
            var end = afterHead
            if let (abbreviation, close) = bracketed(t, at: afterHead, limit: limit) {
                aliases.append(abbreviation)
                end = close
            }
            r.organization(written, country: "VNM", aliases: aliases, span: t.span(i, afterHead))
            return (end, "VNM", head.expansion)
        }
        var j = afterHead
        var expanded = [head.expansion]
        var parts = 0
        if head.placed {
            guard j < limit, let placeEnd = place(t, at: j, limit: limit, numbers: t.tokens[j].kind == .number) else { return nil }
            let written = t.text(i, placeEnd)
            r.organization(written, country: "VNM", span: t.span(i, placeEnd))
            return (placeEnd, "VNM", written)
        }
        for _ in 0..<3 {
            if let (level, next) = lexicon.levels.match(t, at: j, limit: limit) {
                var k = next
                if t.isMark(k, "."), t.adjacent(k) { k += 1 }  // "TP." / "TP.HCM"
                // "cấp cao tại Đà Nẵng"
                var at = ""
                if t.isWord(k, Words.tại), t.isNameWord(k + 1) {
                    at = " tại"
                    k += 1
                }
                guard let placeEnd = place(t, at: k, limit: limit) else {
                    // A level that is a rank needs no place ("tối cao").
                    if level == "tối cao" {
                        expanded.append(level)
                        j = next
                        parts += 1
                        continue
                    }
                    break
                }
                expanded.append(level + at + " " + t.text(k, placeEnd))
                j = placeEnd
                parts += 1
                continue
            }
            if parts == 0, let parent = stateBody(t, at: j, limit: limit, &r) {
                // "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An": the parent is an actor too.
                expanded.append(parent.full)
                j = parent.end
                parts += 1
                break
            }
            if parts == 0, t.isWord(j, Words.bộ), t.capitalized(j), let (_, next) = lexicon.ministries.match(t, at: j + 1, limit: limit) {
                r.organization(t.text(j, next), country: "VNM", span: t.span(j, next))
                expanded.append(t.text(j, next))
                j = next
                parts += 1
                break
            }
            if parts == 0, head.expansion.hasPrefix("Bộ") || head.expansion.hasPrefix("Tòa án quân sự") || head.expansion.hasPrefix("Viện kiểm sát quân sự"),
               let placeEnd = place(t, at: j, limit: limit, numbers: true) {
                // "Bộ Tư lệnh Vùng 3 Hải quân", "Tòa án quân sự Quân khu 9".
                expanded.append(t.text(j, placeEnd))
                j = placeEnd
                parts += 1
            }
            break
        }
        guard parts > 0 || head.complete else { return nil }
        if parts == 0, head.expansion != head.form, !head.complete { return nil }
        let written = t.text(i, j)
        let full = expanded.joined(separator: " ")
        var aliases = full != written ? [full] : []
        var end = j
        if let (abbreviation, close) = bracketed(t, at: j, limit: limit) {
            aliases.append(abbreviation)
            end = close
        }
        r.organization(written, country: "VNM", aliases: aliases, span: t.span(i, j))
        return (end, "VNM", full)
    }

    /// A level and a place after an organization's name ("tỉnh Vĩnh Phúc", "TP. Hải Phòng"):
    /// their end, or nil.
    func levelAndPlace(_ t: ActorTokens, at k: Int, limit: Int) -> Int? {
        guard let (level, next) = lexicon.levels.match(t, at: k, limit: limit), level != "tối cao", level != "cấp cao" else { return nil }
        var j = next
        if t.isMark(j, "."), t.adjacent(j) { j += 1 }
        return place(t, at: j, limit: limit)
    }

    /// The place of `from..<to` (a level and its place) is spelled in Vietnamese syllables:
    /// "tỉnh Vĩnh Phúc" is in Vietnam, "quận Basmanny" is not.
    func isVietnamesePlace(_ t: ActorTokens, _ from: Int, _ to: Int) -> Bool {
        (from..<to).allSatisfy { t.tokens[$0].kind != .word || isVietnamese(t, $0) }
    }

    /// A place name at `k`: capitalized words (and numbers when `numbers`, "Quân khu 9"), up to
    /// five, not a title, a state body or a clause word. The end, or nil.
    func place(_ t: ActorTokens, at k: Int, limit: Int, numbers: Bool = false) -> Int? {
        var end = k
        while end < limit, end - k < 5 {
            let token = t.tokens[end]
            if t.isNameWord(end) || (token.kind == .number && (numbers || end > k || isLevelNumber(t, end))) {
                if end > k, lexicon.titles.match(t, at: end, limit: limit) != nil || lexicon.stateHeads.match(t, at: end, limit: limit) != nil { break }
                end += 1
                // A unit's name: each capitalized word may bring one lower-case syllable
                // ("Quân khu 9", "Vùng 3 Hải quân").
                if numbers, token.kind != .number, end < limit, t.tokens[end].kind == .word, !t.tokens[end].isCapitalized,
                   !Words.isClauseWord(t, end), lexicon.levels.match(t, at: end, limit: limit) == nil {
                    end += 1
                }
                continue
            }
            // "TP.HCM"
            if end > k, t.isMark(end, "."), t.adjacent(end), t.adjacent(end + 1), t.isNameWord(end + 1) { end += 1; continue }
            // "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế"
            if end > k, t.isMark(end, "-"), t.isNameWord(end + 1), !t.adjacent(end) { end += 1; continue }
            break
        }
        guard end > k, !t.isMark(end - 1, "-") else { return nil }
        // "tỉnh Nghệ An Nguyễn Đức Trung": a person's name after the place is not the place's.
        // The name starts at a family name and runs two to four words to the end, three
        // preferred ("Hà Giang Nguyễn Văn Sơn" splits before Nguyễn, not Giang).
        let starts = (k + 1..<end).filter { p in
            (2...4).contains(end - p) && lexicon.surnames.match(t, at: p, limit: p + 1) != nil
                && (p..<end).allSatisfy { t.tokens[$0].kind == .word && t.isNameWord($0) }
                && lexicon.countries.match(t, at: p, limit: limit) == nil  // "khu vực 1 Hà Nội"
        }
        if let p = starts.first(where: { end - $0 == 3 }) ?? starts.first { return p }
        return end
    }

    /// "khu vực 1", "quận 3": a number right after a level is the place.
    private func isLevelNumber(_ t: ActorTokens, _ k: Int) -> Bool {
        k > 0 && lexicon.levels.match(t, at: k - 1, limit: k) != nil || (k > 1 && lexicon.levels.match(t, at: k - 2, limit: k) != nil)
    }
}
