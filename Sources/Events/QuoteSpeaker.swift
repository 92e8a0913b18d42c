import Actors
import VietText

/// Who said a quotation, read from the phrase structure around it. In order: the speaker named
/// right after the closing mark ("“…”, X nói", "“…” – X nói"); the subject of the verb of saying
/// that governs the quotation in its sentence ("X hôm qua cho biết Y “…”", "X gặp Y, khẳng định
/// “…”"); for a quotation that is a sentence of its own, the speaker named by the short sentence
/// after it ("“…”. Ông X nói thêm."), else the previous sentence's speaker ("X cho biết:" then
/// “…”); else the nearest person, organization or actor before it in its sentence. Pronouns
/// ("ông ấy", "người này") stand for the last person named before them.
struct QuoteSpeaker {
    let doc: Document
    let mentions: [EventTagger.Mention]
    let actors: [Actor]
    let events: [Event]
    private let keys: [UInt64]
    /// Each person's title by folded words ("Tổng Bí thư"), for a title standing alone.
    private let titles: [(actor: Int, words: [UInt64])]

    /// The farthest, in tokens, the tagger looks back from a quotation for its verb of saying.
    static let reach = 60

    init(_ doc: Document, mentions: [EventTagger.Mention], actors: [Actor], events: [Event]) {
        (self.doc, self.mentions, self.actors, self.events) = (doc, mentions, actors, events)
        keys = doc.foldedTokenKeys
        // A title in full ("Tổng thư ký Liên hợp quốc"), and without the body or country it
        // names ("Tổng thư ký"): its words before the next capitalized one.
        titles = actors.indices.flatMap { i -> [(actor: Int, words: [UInt64])] in
            guard actors[i].kind == .person, let role = actors[i].role else { return [] }
            let words = role.split(separator: " ")
            let head = words.prefix(1) + words.dropFirst().prefix { $0.first?.isUppercase == false }
            let full = (i, words.map { WordKey.folded(String($0)) })
            return head.count < words.count ? [full, (i, head.map { WordKey.folded(String($0)) })] : [full]
        }
    }

    /// The speaker of the quotation whose marks are at `open` and `close`, if any; `previous`
    /// is the sentence where the quotation before ended, and its speaker.
    func speaker(open: Int, close: Int, previous: (sentence: Int, speaker: Int?)?) -> Int? {
        let quote = Span(open, close + 1)
        if let m = after(quote) { return m }
        guard let k = doc.sentenceIndex(containing: open) else { return nil }
        let sentence = doc.sentences[k]
        let first = doc.tokenIndex(atOrAfter: open, in: sentence.tokens) ?? sentence.tokens.upperBound
        if let verb = governingVerb(before: first, floor: max(sentence.tokens.lowerBound, first - Self.reach)) {
            if let m = subject(of: verb, floor: max(sentence.tokens.lowerBound, verb - Self.reach)) { return m }
        }
        let opensSentence = (sentence.tokens.lowerBound..<first).allSatisfy { doc.tokens[$0].kind == .punctuation }
        if opensSentence {
            if let m = nextSentence(after: quote) { return m }
        } else {
            if let m = according(first: sentence.tokens.lowerBound, before: first) { return m }
            if let m = nearest(before: quote, in: sentence.span) { return m }
        }
        // No actor before the quotation in its sentence: the previous quotation's speaker, or
        // the previous sentence's, goes on.
        if let previous, previous.sentence == k - 1 || previous.sentence == k, let s = previous.speaker { return s }
        if k > 0, let m = speakerOf(sentence: k - 1) { return m }
        return nil
    }

    /// "Theo X, …": X, when its clause opens the sentence (past a fronted time phrase); "Theo
    /// cáo trạng (của X), …": X, else the last body named before — not the defendant the
    /// document is about.
    private func according(first: Int, before quote: Int) -> Int? {
        var t = first
        while t < quote, t < first + 6, !QuoteWords.according.contains(keys[t]) { t += 1 }
        guard t < quote, QuoteWords.according.contains(keys[t]) else { return nil }
        var k = t + 1
        let document = QuoteWords.match(QuoteWords.documents, keys, at: k, limit: quote)
        if let d = document { k = d }
        if k < quote, doc.tokenKeys[k] == EventTagger.của { k += 1 }
        if k < quote, quote < doc.tokens.count,
           let m = EventTagger.within(Span(doc.tokens[k].span.start, doc.tokens[quote].span.start), mentions, \.span).first,
           m.span.start == doc.tokens[k].span.start {
            return resolvedTitle(m)
        }
        guard document != nil else { return nil }
        return mentions.prefix { $0.span.end <= doc.tokens[t].span.start }.last { actors[$0.actor].kind == .organization }?.actor
    }

    // MARK: After the quotation

    /// ", X nói", "– X nói", ", ông ấy nói": an actor or a pronoun right after the closing mark
    /// (past a comma or a dash), then a verb of saying (past an apposition).
    private func after(_ quote: Span) -> Int? {
        guard let k = doc.sentenceIndex(containing: max(quote.end - 1, 0)) else { return nil }
        let sentence = doc.sentences[k]
        guard var t = doc.tokenIndex(atOrAfter: quote.end, in: sentence.tokens) else { return nil }
        var separated = false
        while t < sentence.tokens.upperBound, doc.tokens[t].kind == .punctuation, ",–—-".unicodeScalars.contains(doc.scalars[doc.tokens[t].span.start]) {
            separated = true
            t += 1
        }
        guard separated, t < sentence.tokens.upperBound else { return nil }
        let start = doc.tokens[t].span.start
        if let m = EventTagger.within(Span(start, sentence.span.end), mentions, \.span).first, m.span.start == start,
           QuoteTagger.saying(doc, after: m.span.end, within: 24) || QuoteTagger.sayingAfterApposition(doc, after: m.span.end, sentence: sentence.span) {
            return resolvedTitle(m)
        }
        if let (standIn, end) = standIn(at: t, limit: sentence.tokens.upperBound),
           QuoteTagger.saying(doc, after: doc.tokens[end - 1].span.end, within: 24) {
            return standIn
        }
        return nil
    }

    /// "“…”. Ông X nói thêm như vậy.": the sentence after a quotation that is a sentence of its
    /// own, when it is only a speaker, a verb of saying and what may close such a sentence.
    private func nextSentence(after quote: Span) -> Int? {
        guard let k = doc.sentenceIndex(containing: max(quote.end - 1, 0)) else { return nil }
        let sentence = doc.sentences[k]
        // Nothing but punctuation after the closing mark in its sentence.
        if let t = doc.tokenIndex(atOrAfter: quote.end, in: sentence.tokens),
           !(t..<sentence.tokens.upperBound).allSatisfy({ doc.tokens[$0].kind == .punctuation }) { return nil }
        guard k + 1 < doc.sentences.count, doc.sentences[k + 1].paragraph == sentence.paragraph else { return nil }
        let next = doc.sentences[k + 1]
        let t = next.tokens.lowerBound
        var speaker: Int?, end = t
        if let m = EventTagger.within(next.span, mentions, \.span).first, m.span.start == doc.tokens[t].span.start {
            speaker = resolvedTitle(m)
            end = doc.tokenIndex(atOrAfter: m.span.end, in: next.tokens) ?? next.tokens.upperBound
        } else if let (standIn, e) = standIn(at: t, limit: next.tokens.upperBound) {
            (speaker, end) = (standIn, e)
        }
        guard speaker != nil else { return nil }
        while end < next.tokens.upperBound, QuoteWords.between.contains(keys[end]) { end += 1 }
        guard let verbEnd = sayingVerb(at: end, limit: next.tokens.upperBound) else { return nil }
        // What follows the verb: nothing, or words that close such a sentence — not a new
        // statement ("Ông X cho biết Nga …", "Ông X nói: …").
        var rest = verbEnd
        while rest < next.tokens.upperBound, doc.tokens[rest].kind == .punctuation, doc.scalars[doc.tokens[rest].span.start] != ":" { rest += 1 }
        if rest == next.tokens.upperBound || QuoteWords.match(QuoteWords.afterwords, keys, at: rest, limit: next.tokens.upperBound) != nil {
            return speaker
        }
        return nil
    }

    // MARK: Before the quotation

    /// The nearest verb of saying before token `first` (a complementizer such as "rằng" is no
    /// verb of its own), outside actor mentions.
    private func governingVerb(before first: Int, floor: Int) -> Int? {
        var k = first - 1
        while k >= floor {
            if !QuoteWords.complementizers.contains(keys[k]), !insideMention(k), sayingVerb(at: k, limit: first) != nil { return k }
            k -= 1
        }
        return nil
    }

    /// The subject of the verb of saying at token `verb`: the actor or pronoun right before it
    /// (past adverbs and time words: "X hôm qua đã cho biết"; past an alias in brackets: "X
    /// (ABC) cho biết"); else, when the verb continues a predicate after a comma or "và" ("X
    /// lên án …, gọi …"), the subject of the verb of saying before it; else the subject of its
    /// clause.
    private func subject(of verb: Int, floor: Int, depth: Int = 0) -> Int? {
        var k = verb - 1
        var skipped = 0
        while k >= floor, skipped < 8, QuoteWords.between.contains(keys[k]) || isDatePart(k) {
            k -= 1
            skipped += 1
        }
        if k > floor, doc.tokens[k].kind == .punctuation, doc.scalars[doc.tokens[k].span.start] == ")" { k -= 1 }
        if k >= floor {
            let end = doc.tokens[k].span.end
            if let m = EventTagger.within(Span(doc.tokens[floor].span.start, end), mentions, \.span).last, m.span.end == end {
                return resolvedTitle(m)
            }
            if let start = QuoteWords.match(QuoteWords.pronouns, keys, endingBefore: k + 1, floor: floor) {
                return pronoun(at: start, end: k + 1)
            }
            if let start = QuoteWords.match(QuoteWords.courtStandIns, keys, endingBefore: k + 1, floor: floor) {
                return court(before: doc.tokens[start].span.start)
            }
            if let title = titles.filter({ QuoteWords.match([$0.words], keys, endingBefore: k + 1, floor: floor) != nil }).max(by: { $0.words.count < $1.words.count }),
               let (holder, _) = standIn(at: k + 1 - title.words.count, limit: k + 1) {
                return holder
            }
            let continues = (doc.tokens[k].kind == .punctuation && doc.scalars[doc.tokens[k].span.start] == ",")
                || QuoteWords.match(QuoteWords.links, keys, endingBefore: k + 1, floor: floor) != nil
            // The verb before it, in the same clause ("X gọi …, trong khi Y gửi …, lên án “…”": Y).
            var clause = floor
            for c in stride(from: k - 1, through: floor, by: -1) where QuoteWords.match(QuoteWords.clauseOpeners, keys, at: c, limit: k) != nil {
                clause = c
                break
            }
            // A verb inside a relative clause ("vùng biển mà Y gọi là …") is not that predicate.
            var before = k
            while continues, depth < 3, let earlier = governingVerb(before: before, floor: clause) {
                if relative(earlier, floor: floor) {
                    before = earlier
                    continue
                }
                if let m = subject(of: earlier, floor: floor, depth: depth + 1) { return m }
                break
            }
        }
        return clauseSubject(before: verb, floor: floor)
    }

    /// Whether the verb at token `verb` is in a relative clause: its subject, right before it
    /// past adverbs, follows "mà".
    private func relative(_ verb: Int, floor: Int) -> Bool {
        var k = verb - 1
        while k >= floor, QuoteWords.between.contains(keys[k]) { k -= 1 }
        guard k > floor else { return false }
        if QuoteWords.relatives.contains(keys[k]) { return true }
        let end = doc.tokens[k].span.end
        guard let m = EventTagger.within(Span(doc.tokens[floor].span.start, end), mentions, \.span).last, m.span.end == end,
              let t = doc.tokenIndex(atOrAfter: m.span.start), t > floor else { return false }
        return QuoteWords.relatives.contains(keys[t - 1])
    }

    /// The subject of the clause holding token `verb`: the first actor that opens a part of
    /// the clause (after the sentence start, a comma or "trong khi", "nhưng" …), not in
    /// brackets; the latest such after "trong khi", "nhưng" … when there is one.
    private func clauseSubject(before verb: Int, floor: Int) -> Int? {
        let span = Span(doc.tokens[floor].span.start, doc.tokens[verb].span.start)
        func opener(_ m: EventTagger.Mention) -> Bool {
            guard let t = doc.tokenIndex(atOrAfter: m.span.start), t > floor else { return true }
            return QuoteWords.match(QuoteWords.clauseOpeners, keys, endingBefore: t, floor: floor) != nil
        }
        let candidates = EventTagger.within(span, mentions, \.span).filter { m in
            if let after = doc.tokenIndex(atOrAfter: m.span.end), after < doc.tokens.count,
               doc.tokens[after].kind == .punctuation, doc.scalars[doc.tokens[after].span.start] == ")" { return false }
            guard let t = doc.tokenIndex(atOrAfter: m.span.start), t > floor else { return true }
            let before = doc.tokens[t - 1]
            return (before.kind == .punctuation && ",;:".unicodeScalars.contains(doc.scalars[before.span.start])) || opener(m)
        }
        return (candidates.last(where: opener) ?? candidates.first).map(resolvedTitle)
    }

    /// The speaker of sentence `k`, for a quotation that follows it: the subject of its last
    /// verb of saying, else its first actor that is not a country.
    private func speakerOf(sentence k: Int) -> Int? {
        let s = doc.sentences[k]
        guard !s.tokens.isEmpty else { return nil }
        if let verb = governingVerb(before: s.tokens.upperBound, floor: max(s.tokens.lowerBound, s.tokens.upperBound - Self.reach)),
           let m = subject(of: verb, floor: s.tokens.lowerBound) {
            return m
        }
        return EventTagger.within(s.span, mentions, \.span).first(where: { actors[$0.actor].kind != .country })?.actor
    }

    /// No verb of saying: the nearest person before the quotation in its sentence, else the
    /// nearest organization ("Theo Bộ Ngoại giao, “…”"), else the nearest actor — but not the
    /// one an event of the sentence is aimed at, whose source speaks.
    private func nearest(before quote: Span, in sentence: Span) -> Int? {
        let before = sentence.start < quote.start ? EventTagger.within(Span(sentence.start, quote.start), mentions, \.span) : []
        guard let m = before.last(where: { actors[$0.actor].kind == .person })
            ?? before.last(where: { actors[$0.actor].kind == .organization }) ?? before.last else { return nil }
        let name = actors[m.actor].name
        if let source = events.first(where: { e in
            e.target == name && e.source != nil && e.mentions.contains { $0.sentence == sentence && $0.trigger.end <= m.span.start }
        })?.source, let s = before.first(where: { actors[$0.actor].name == source }) {
            return s.actor
        }
        return m.actor
    }

    // MARK: Words

    /// The end of a verb of saying starting at token `k`, if one does.
    private func sayingVerb(at k: Int, limit: Int) -> Int? {
        QuoteWords.match(QuoteTagger.sayingKeys, keys, at: k, limit: min(limit, keys.count))
    }

    private func insideMention(_ k: Int) -> Bool {
        let span = doc.tokens[k].span
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && mentions[lo - 1].span.end >= span.end
    }

    /// Digits and the slash of a date ("ngày 5/3") between a speaker and its verb.
    private func isDatePart(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.kind == .number || (t.kind == .punctuation && doc.scalars[t.span.start] == "/")
    }

    /// A pronoun or a court's stand-in starting at token `t`: whom it stands for, and its end.
    private func standIn(at t: Int, limit: Int) -> (Int, Int)? {
        if let end = QuoteWords.match(QuoteWords.pronouns, keys, at: t, limit: limit), let p = pronoun(at: t, end: end) { return (p, end) }
        if let end = QuoteWords.match(QuoteWords.courtStandIns, keys, at: t, limit: limit), let c = court(before: doc.tokens[t].span.start) { return (c, end) }
        // A title alone ("Tổng Bí thư nhấn mạnh"): the person the article gave it, named last.
        let offset = doc.tokens[t].span.start
        let holders = titles.filter { QuoteWords.match([$0.words], keys, at: t, limit: limit) != nil }
        let latest = holders.max { a, b in
            (actors[a.actor].mentions.last { $0.end <= offset }?.start ?? -1) < (actors[b.actor].mentions.last { $0.end <= offset }?.start ?? -1)
        }
        if let h = latest, actors[h.actor].mentions.contains(where: { $0.end <= offset }) { return (h.actor, t + h.words.count) }
        return nil
    }

    /// The court named last before `offset` ("Tòa án nhân dân tỉnh …", "TAND …").
    private func court(before offset: Int) -> Int? {
        mentions.prefix { $0.span.end <= offset }.last { m in
            guard actors[m.actor].kind == .organization else { return false }
            let name = actors[m.actor].name.split(separator: " ").map { WordKey.folded(String($0)) }
            return QuoteWords.match(QuoteWords.courtNames, name, at: 0, limit: name.count) != nil
        }?.actor
    }

    /// "ông ấy", "người này", "bà" at tokens `start..<end`: the last person named before them,
    /// a woman for "bà", not a woman for "ông".
    private func pronoun(at start: Int, end: Int) -> Int? {
        let offset = doc.tokens[start].span.start
        let woman: Bool? = keys[start] == QuoteWords.bà ? true : keys[start] == QuoteWords.ông ? false : nil
        let earlier = mentions.prefix { $0.span.end <= offset }
        return earlier.last(where: { m in
            actors[m.actor].kind == .person && (woman == nil || isWoman(m.actor) == woman)
        })?.actor
    }

    /// Whether the article calls a person "bà".
    private func isWoman(_ actor: Int) -> Bool {
        actors[actor].mentions.contains { span in
            guard let t = doc.tokenIndex(atOrAfter: span.start) else { return false }
            return keys[t] == QuoteWords.bà || (t > 0 && keys[t - 1] == QuoteWords.bà)
        }
    }

    /// A body named after a title ("người phát ngôn Bộ Ngoại giao nói") stands for the person
    /// the article gave that title; any other actor stands for itself.
    private func resolvedTitle(_ m: EventTagger.Mention) -> Int {
        guard actors[m.actor].kind == .organization else { return m.actor }
        let holders = actors.indices.filter { i in
            guard actors[i].kind == .person, let role = actors[i].role, role.unicodeScalars.count > actors[m.actor].name.unicodeScalars.count else { return false }
            let n = role.unicodeScalars.count
            guard m.span.end - n >= 0 else { return false }
            return doc.foldedText(Span(m.span.end - n, m.span.end)) == VietNormalizer.fold(role)
        }
        // Of several holders, the one mentioned last before.
        return holders.max { a, b in
            (actors[a].mentions.last { $0.end <= m.span.start }?.start ?? -1) < (actors[b].mentions.last { $0.end <= m.span.start }?.start ?? -1)
        } ?? m.actor
    }
}
