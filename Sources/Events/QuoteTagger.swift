import Actors
import VietText

/// Finds direct quotations (text inside “…”, "…", «…», mixed marks and across sentences too) and
/// attributes each to its speaker: the actor right after the closing mark (“…”, ông Peskov nói),
/// else the nearest person before it in its sentence (X nói: “…”; X gọi đây là “…”), else the
/// nearest organization (theo X, “…”); a quotation that opens its sentence continues the
/// previous sentence's speaker.
public enum QuoteTagger {
    public static func tag(_ doc: Document, actors: [Actor]) -> [Quote] {
        tag(doc, actors: actors, mentions: EventTagger.outermost(actors))
    }

    /// `events`: the article's events, whose participants tell a speaker from the one spoken
    /// to or about ("X kêu gọi Y … “…”": X speaks).
    public static func tag(_ doc: Document, actors: [Actor], mentions: [EventTagger.Mention], events: [Event] = []) -> [Quote] {
        let s = doc.scalars
        var quotes: [Quote] = []
        var i = 0
        while i < s.count {
            // An opening mark: “ or «, or a straight quote after a space, a bracket or the start.
            let open = s[i]
            let opens = open == "\u{201C}" || open == "\u{00AB}"
                || (open == "\"" && (i == 0 || s[i - 1].properties.isWhitespace || "([:,".unicodeScalars.contains(s[i - 1])))
            guard opens else {
                i += 1
                continue
            }
            // Its closing mark: ”, » or a straight quote (writers mix them: “…").
            var j = i + 1
            while j < s.count, !(s[j] == "\u{201D}" || s[j] == "\u{00BB}" || s[j] == "\""), j - i < 3000 {
                if s[j] == "\u{201C}" || s[j] == "\u{00AB}" { break }
                if s[j] == "\n", j + 1 < s.count, s[j + 1] == "\n" { break }
                j += 1
            }
            guard j < s.count, s[j] == "\u{201D}" || s[j] == "\u{00BB}" || s[j] == "\"", j > i + 1 else {
                i += 1
                continue
            }
            let span = Span(i + 1, j)
            // A name, term or label ("chiến dịch mang tên “…”", "tội “…”") is no quotation.
            if isLabel(doc, before: i) {
                i = j + 1
                continue
            }
            let speaker = Self.speaker(doc, mentions, actors, events, quote: Span(i, j + 1))
            quotes.append(Quote(speaker: speaker.map { actors[$0].name }, text: doc.text(span), span: span))
            i = j + 1
        }
        return quotes
    }

    /// ", X, Chủ tịch luân phiên ECOWAS, nhấn mạnh": a verb of saying after an apposition set
    /// off by commas (at most 12 tokens) right after the speaker.
    static func sayingAfterApposition(_ doc: Document, after offset: Int, sentence: Span) -> Bool {
        guard let k = doc.tokenIndex(atOrAfter: offset), k < doc.tokens.count, doc.tokens[k].kind == .punctuation, doc.folded[doc.tokens[k].span.start] == "," else { return false }
        var c = k + 1
        while c < doc.tokens.count, c <= k + 12, doc.tokens[c].span.end <= sentence.end {
            if doc.tokens[c].kind == .punctuation, doc.folded[doc.tokens[c].span.start] == "," {
                return saying(doc, after: doc.tokens[c].span.end, within: 12)
            }
            c += 1
        }
        return false
    }

    /// Nouns that introduce a name or term in quotation marks (label-nouns.tsv), by folded keys.
    static let labelKeys: [[UInt64]] = (EventResources.table("label-nouns.tsv")?.rows ?? []).map {
        $0[0].split(separator: " ").map { WordKey.folded(String($0)) }
    }

    /// Whether the words right before offset `open` are a label noun.
    static func isLabel(_ doc: Document, before open: Int) -> Bool {
        let keys = doc.foldedTokenKeys
        let k = doc.tokenIndex(atOrAfter: open) ?? keys.count
        return labelKeys.contains { label in
            k >= label.count && (0..<label.count).allSatisfy { keys[k - label.count + $0] == label[$0] }
        }
    }

    /// Verbs of saying and of judging aloud by their folded keys (speech-verbs.tsv).
    static let sayingKeys = EventLexicon.standard.sayingVerbs

    /// Whether a verb of saying starts within `within` scalars after `offset` (after adverbs
    /// such as "cũng", "đã", "thêm"), compared by the tokens' folded keys.
    static func saying(_ doc: Document, after offset: Int, within: Int) -> Bool {
        let keys = doc.foldedTokenKeys
        guard var k = doc.tokenIndex(atOrAfter: offset) else { return false }
        while k < keys.count, skipped.contains(keys[k]) { k += 1 }
        guard k < keys.count, doc.tokens[k].span.start - offset <= within + 12 else { return false }
        return sayingKeys.contains { verb in k + verb.count <= keys.count && (0..<verb.count).allSatisfy { keys[k + $0] == verb[$0] } }
    }

    static let skipped: Set<UInt64> = Set(["cung", "da", "dang", "se", "van", "con", "thi", "lai", "vua", "tung"].map(WordKey.folded))

    private static func speaker(_ doc: Document, _ mentions: [EventTagger.Mention], _ actors: [Actor], _ events: [Event], quote: Span) -> Int? {
        // After the quote: ", X nói …" — an actor right after the comma, then a verb of saying.
        if let k = doc.sentenceIndex(containing: max(quote.end - 1, 0)) {
            let sentence = doc.sentences[k].span
            let tail = doc.foldedText(Span(quote.end, min(quote.end + 3, sentence.end)))
            if tail.hasPrefix(",") || tail.hasPrefix(" ,"),
               quote.end < sentence.end, let m = EventTagger.within(Span(quote.end, sentence.end), mentions, \.span).first,
               m.span.start - quote.end <= 4, saying(doc, after: m.span.end, within: 24) || sayingAfterApposition(doc, after: m.span.end, sentence: sentence) {
                return m.actor
            }
        }
        // Before it: the nearest person of its sentence (who "nhấn mạnh", "gọi … là"), else the
        // nearest organization ("Theo Bộ Ngoại giao, …"), else the nearest actor.
        if let k = doc.sentenceIndex(containing: quote.start) {
            let sentence = doc.sentences[k].span
            let before = sentence.start < quote.start ? EventTagger.within(Span(sentence.start, quote.start), mentions, \.span) : []
            // The subject of a verb of saying speaks ("Bộ Ngoại giao Ukraine chỉ trích …, gọi đó
            // là “…”"), whoever else the sentence names on the way; of several, the nearest
            // ("X kêu gọi “…”, trong khi Y cho rằng Z “…”": Y).
            if let m = before.last(where: { actors[$0.actor].kind != .country && saying(doc, after: $0.span.end, within: 12) })
                ?? before.last(where: { saying(doc, after: $0.span.end, within: 12) }) {
                // A country speaks through its government ("Iran đe dọa Israel về một “…”").
                return m.actor
            }
            if let m = before.last(where: { actors[$0.actor].kind == .person })
                ?? before.last(where: { actors[$0.actor].kind == .organization }) ?? before.last {
                // The one an event of this sentence is aimed at does not speak: its source does
                // ("Herzog kêu gọi Thủ tướng Netanyahu dừng … “…”").
                let name = actors[m.actor].name
                if let source = events.first(where: { e in
                    e.target == name && e.source != nil && e.mentions.contains { $0.sentence == sentence && $0.trigger.end <= m.span.start }
                })?.source, let s = before.first(where: { actors[$0.actor].name == source }) {
                    return s.actor
                }
                return m.actor
            }
            // A quotation that opens its sentence continues the previous speaker's words.
            if k > 0 {
                let previous = doc.sentences[k - 1].span
                let earlier = EventTagger.within(previous, mentions, \.span)
                if let m = earlier.first(where: { actors[$0.actor].kind != .country }) { return m.actor }
            }
        }
        return nil
    }
}
