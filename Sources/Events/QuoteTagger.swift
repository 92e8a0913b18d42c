import Actors
import VietText

/// Finds direct quotations (text inside “…”, "…", «…», across sentences too) and attributes each
/// to its speaker: the actor right after the closing mark (“…”, ông Peskov nói), else the
/// speaker the sentence opens with before the quotation (X nói: “…”; theo X, “…”; X gọi đây là
/// “…”), people and organizations before countries.
public enum QuoteTagger {
    public static func tag(_ doc: Document, actors: [Actor]) -> [Quote] {
        let mentions = EventTagger.outermost(actors)
        let s = doc.scalars
        var quotes: [Quote] = []
        var i = 0
        while i < s.count {
            let open = s[i]
            let close: Unicode.Scalar
            switch open {
            case "\u{201C}": close = "\u{201D}"
            case "\u{00AB}": close = "\u{00BB}"
            case "\"": close = "\""
            default:
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count, s[j] != close, j - i < 3000 {
                if open == "\"", s[j] == "\n" { break }
                j += 1
            }
            guard j < s.count, s[j] == close, j > i + 1 else {
                i += 1
                continue
            }
            let span = Span(i + 1, j)
            let speaker = Self.speaker(doc, mentions, actors, quote: Span(i, j + 1))
            quotes.append(Quote(speaker: speaker.map { actors[$0].name }, text: doc.text(span), span: span))
            i = j + 1
        }
        return quotes
    }

    private static func speaker(_ doc: Document, _ mentions: [EventTagger.Mention], _ actors: [Actor], quote: Span) -> Int? {
        // After the quote: ", X nói …" up to the end of the sentence.
        if let k = doc.sentenceIndex(containing: max(quote.end - 1, 0)) {
            let sentence = doc.sentences[k].span
            let tail = doc.foldedText(Span(quote.end, min(quote.end + 3, sentence.end)))
            if tail.hasPrefix(",") || tail.hasPrefix(" ,") {
                if let m = mentions.first(where: { $0.span.start >= quote.end && $0.span.end <= sentence.end }) { return m.actor }
            }
        }
        // Before it: the first person or organization of its sentence, else the nearest actor.
        if let k = doc.sentenceIndex(containing: quote.start) {
            let sentence = doc.sentences[k].span
            let before = mentions.filter { $0.span.start >= sentence.start && $0.span.end <= quote.start }
            if let m = before.first(where: { actors[$0.actor].kind != .country }) ?? before.last { return m.actor }
            // A quotation that opens its sentence continues the previous speaker's words.
            if k > 0 {
                let previous = doc.sentences[k - 1].span
                let earlier = mentions.filter { previous.contains($0.span) }
                if let m = earlier.first(where: { actors[$0.actor].kind != .country }) { return m.actor }
            }
        }
        return nil
    }
}
