import Actors
import VietText

/// Finds direct quotations (QuoteMarks: “…”, "…", «…», mixed marks, nested quotations and
/// quotations across paragraphs) and attributes each to its speaker (QuoteSpeaker: the actor
/// after the closing mark, the subject of the verb of saying before it, the short sentence
/// after it or the speaker of the sentence before it). A name, term or label in quotation
/// marks (label-nouns.tsv) is no quotation.
public enum QuoteTagger {
    public static func tag(_ doc: Document, actors: [Actor]) -> [Quote] {
        tag(doc, actors: actors, mentions: EventTagger.outermost(actors))
    }

    /// `events`: the article's events, whose participants tell a speaker from the one spoken
    /// to or about ("X kêu gọi Y … “…”": X speaks).
    public static func tag(_ doc: Document, actors: [Actor], mentions: [EventTagger.Mention], events: [Event] = []) -> [Quote] {
        let speakers = QuoteSpeaker(doc, mentions: mentions, actors: actors, events: events)
        var quotes: [Quote] = []
        var previous: (sentence: Int, speaker: Int?)?
        for (open, close) in QuoteMarks.quotations(doc.scalars) {
            // A name, term or label ("chiến dịch mang tên “…”", "tội “…”") is no quotation.
            if isLabel(doc, before: open) { continue }
            let speaker = speakers.speaker(open: open, close: close, previous: previous)
            let span = Span(open + 1, close)
            previous = doc.sentenceIndex(containing: close).map { ($0, speaker) }
            // Words nobody named said give no quote (FORMAT.md: unnamed speakers).
            guard let speaker else { continue }
            quotes.append(Quote(speaker: actors[speaker].name, text: doc.text(span), span: span))
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
    /// and time words such as "cũng", "đã", "hôm qua"), compared by the tokens' folded keys; a
    /// complementizer ("rằng") is no verb of saying of its own.
    static func saying(_ doc: Document, after offset: Int, within: Int) -> Bool {
        let keys = doc.foldedTokenKeys
        guard var k = doc.tokenIndex(atOrAfter: offset) else { return false }
        while k < keys.count, QuoteWords.between.contains(keys[k]) { k += 1 }
        guard k < keys.count, doc.tokens[k].span.start - offset <= within + 12, !QuoteWords.complementizers.contains(keys[k]) else { return false }
        return QuoteWords.match(sayingKeys, keys, at: k, limit: keys.count) != nil
    }
}
