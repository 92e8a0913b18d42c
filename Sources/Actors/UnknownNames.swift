import VietText

/// People the knowledge base has never seen, named without a title: after a noun that
/// introduces them ("bị cáo Nguyễn Văn An", "đối tượng Lê Thị Bình"), in comma lists ("các bị
/// cáo Trần Văn A, Lê Văn B và Phạm Thị C"), with a bracketed birth year or post ("(SN 1970,
/// cựu Giám đốc Sở Y tế)") that gives the role; a Vietnamese full name by its family name
/// and syllable shape; a foreign name by capitalized words that are not Vietnamese syllables,
/// followed by a verb of saying or an apposition.
extension ActorTagger {
    /// An introducer and the names it introduces; the token after them.
    func introduced(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        guard let (kin, j) = lexicon.introducers.match(t, at: i, limit: limit) else { return nil }
        if kin, t.capitalized(i), !isSentenceStart(t, i) { return nil }
        // "các bị cáo", "bị cáo" then the name; "cựu" before a post is the role's, not the name's.
        guard let end = personName(t, at: j, limit: limit, minimumWords: 2, r) else { return nil }
        return list(t, first: j, end: end, limit: limit, &r)
    }

    /// A Vietnamese full name without an introducer: a family name and two more capitalized
    /// syllables ("Nguyễn Thị Minh Khai"), or two with a birth year after it ("Lê Văn Bình (SN
    /// 1980)"); not after a place noun ("đường Nguyễn Văn Linh") or inside a capitalized run.
    func bareVietnameseName(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        guard t.capitalized(i), lexicon.surnames.match(t, at: i, limit: i + 1) != nil, !afterPlaceNoun(t, i),
              !continuesCapitals(t, i) else { return nil }
        guard let end = personName(t, at: i, limit: limit, minimumWords: 2, r) else { return nil }
        let words = end - i
        guard words >= 3 || birthBracket(t, at: end, limit: limit) != nil else { return nil }
        // A byline: the name alone on its line ("Nguyễn Minh Anh", "Trần Hà (theo AFP)").
        if isSentenceStart(t, i), end == limit || t.isMark(end, "(") || (end..<limit).allSatisfy({ t.tokens[$0].kind == .punctuation }) {
            return end
        }
        return list(t, first: i, end: end, limit: limit, &r)
    }

    /// A foreign name without a title: two to four capitalized words, at least one of them not
    /// a Vietnamese syllable, followed by a verb of saying ("Arnon Bar-David cho biết") or by a
    /// comma and an apposition ("Josep Borrell, Đại diện cấp cao …").
    func bareForeignName(_ t: ActorTokens, at i: Int, limit: Int, _ r: inout ActorRegistry) -> Int? {
        guard t.capitalized(i), !hasVietnameseLetter(t, i), !afterPlaceNoun(t, i), !continuesCapitals(t, i),
              !Words.locatives.contains(where: { t.isWord(i - 1, $0) }),
              let end = name(t, at: i, limit: limit), (2...4).contains(end - i) else { return nil }
        let tokens = i..<end
        // "Rồi Johan …": a word spelled with Vietnamese letters is no part of a foreign name.
        guard !tokens.contains(where: { hasVietnameseLetter(t, $0) }),
              tokens.contains(where: { t.tokens[$0].kind == .word && !isVietnamese(t, $0) }),
              tokens.allSatisfy({ t.tokens[$0].kind == .word || t.isMark($0, "-") }) else { return nil }
        let says = Words.saying.contains { t.sequence(end, $0) != nil }
        let apposition = t.isMark(end, ",") && (lexicon.titles.match(t, at: end + 1, limit: limit) != nil
            || Words.appositions.contains { t.isWord(end + 1, $0) })
        guard says || apposition else { return nil }
        r.person(t.text(i, end), role: nil, country: nil, span: t.span(i, end))
        return end
    }

    /// The person named at `first..<end` and the names listed after it with commas or "và",
    /// each with its bracket; the token after the list.
    private func list(_ t: ActorTokens, first: Int, end: Int, limit: Int, _ r: inout ActorRegistry) -> Int {
        var start = first, stop = end
        while true {
            var after = stop
            var role: String?
            if let (close, post) = birthBracket(t, at: stop, limit: limit) {
                role = post
                after = close
            }
            r.person(t.text(start, stop), role: role, country: nil, span: t.span(start, stop))
            if after > stop { scan(t, from: stop + 1, to: after - 1, &r) }
            // ", Trần Văn B" / "và Lê Thị C": another name of the list.
            guard t.isMark(after, ",") || t.isWord(after, Words.và) else { return after }
            let next = after + 1
            guard let nextEnd = personName(t, at: next, limit: limit, minimumWords: 2, r),
                  lexicon.surnames.match(t, at: next, limit: next + 1) != nil
                    || (nextEnd - next >= 3 && (next..<nextEnd).allSatisfy { isVietnamese(t, $0) }) else { return after }
            start = next
            stop = nextEnd
        }
    }

    /// A name of at least `minimumWords` capitalized words at `j` (a known person's one-word
    /// name will do); its end.
    private func personName(_ t: ActorTokens, at j: Int, limit: Int, minimumWords: Int, _ r: ActorRegistry) -> Int? {
        guard t.isNameWord(j), t.tokens[j].kind == .word, let end = name(t, at: j, limit: limit) else { return nil }
        if end - j >= minimumWords { return end }
        return r.personNamed(t.text(j, end)) != nil ? end : nil
    }

    /// "(SN 1970)", "(sinh năm 1970, cựu Giám đốc …)", "(45 tuổi, trú tại …)": the token after
    /// ")" and the post after the comma, if the bracket gives one (a title or "cựu" + title).
    func birthBracket(_ t: ActorTokens, at k: Int, limit: Int) -> (end: Int, post: String?)? {
        guard t.isMark(k, "(") else { return nil }
        var close = k + 1
        while close < limit, !t.isMark(close, ")"), close - k < 40 { close += 1 }
        guard close < limit, t.isMark(close, ")") else { return nil }
        let opens = Words.birth.contains { t.sequence(k + 1, $0) != nil } || t.tokens[k + 1].kind == .number
        guard opens else { return nil }
        var post: String?
        if let comma = (k + 1..<close).first(where: { t.isMark($0, ",") }), comma + 1 < close {
            var p = comma + 1
            if t.isWord(p, Words.cựu) { p += 1 }
            if t.isWord(p, Words.phó) { p += 1 }
            if lexicon.titles.match(t, at: p, limit: close) != nil { post = t.text(comma + 1, close) }
        }
        return (close + 1, post)
    }

    /// Reads the actors of `from..<to` (inside a bracket) as the main pass does.
    private func scan(_ t: ActorTokens, from: Int, to: Int, _ r: inout ActorRegistry) {
        var k = from
        while k < to { k = step(t, at: k, limit: to, &r) ?? k + 1 }
    }

    /// The token holds a letter only Vietnamese spelling uses (ơ, ư, đ, ạ, ả, ế …).
    private func hasVietnameseLetter(_ t: ActorTokens, _ k: Int) -> Bool {
        t.document.scalars[t.tokens[k].span.range].contains { s in
            (0x1EA0...0x1EF9).contains(s.value) || "ăâêôơưđĂÂÊÔƠƯĐ".unicodeScalars.contains(s)
        }
    }

    private func afterPlaceNoun(_ t: ActorTokens, _ i: Int) -> Bool {
        for n in 1...2 where i - n >= 0 {
            if let (_, end) = lexicon.placeNouns.match(t, at: i - n, limit: i), end == i { return true }
        }
        return false
    }

    /// Token `i` continues a run of capitalized words (not counting a sentence's first word,
    /// capitalized for its place: "Rồi Johan Pettersson").
    private func continuesCapitals(_ t: ActorTokens, _ i: Int) -> Bool {
        t.isNameWord(i - 1) && !isSentenceStart(t, i) && !isSentenceStart(t, i - 1)
    }

    func startsSentence(_ t: ActorTokens, _ i: Int) -> Bool { isSentenceStart(t, i) }

    private func isSentenceStart(_ t: ActorTokens, _ i: Int) -> Bool {
        i == 0 || t.document.sentenceIndex(containing: t.tokens[i].span.start) != t.document.sentenceIndex(containing: t.tokens[i - 1].span.start)
    }
}
