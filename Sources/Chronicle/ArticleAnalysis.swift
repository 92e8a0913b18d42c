import Actors
import Events
import Temporal
import VietText

/// Everything BienNien found in one article, ready to print or store.
///
/// The annotation arrays fill up as the stages arrive (Temporal, Actors, Events); until a stage
/// exists its array is empty, as FORMAT.md allows.
public struct ArticleAnalysis: Sendable {
    public let id: String
    public let date: CivilDate
    public let url: String?
    public let title: String?
    public let document: Document
    public let timexes: [Timex]
    public let actors: [Actor]
    public let events: [Event]
    public let quotes: [Quote]

    public init(article: Article, document: Document, timexes: [Timex], actors: [Actor], events: [Event], quotes: [Quote]) {
        self.id = article.id
        self.date = article.date
        self.url = article.url
        self.title = article.title
        self.document = document
        self.timexes = timexes
        self.actors = actors
        self.events = events
        self.quotes = quotes
    }

    /// The FORMAT.md object as one compact line, written without building a tree.
    public var jsonLine: String {
        var w = JSONWriter(capacity: document.scalars.count * 2)
        encode(into: &w)
        return w.text
    }

    /// `jsonLine` (or `jsonLineWithText`) and a newline as UTF-8 bytes, what `analyze` writes:
    /// no String is made of a line that can be megabytes long.
    public func jsonLineBytes(withText: Bool = false) -> [UInt8] {
        // A line is about 1.8 times its body's UTF-8 (more for text dense in names and dates):
        // room for it at once, so that a long article's buffer is not outgrown and copied.
        var w = JSONWriter(capacity: document.body.utf8.count * (withText ? 3 : 2) + 4096)
        encode(into: &w)
        var bytes = w.takeBytes()
        if withText, bytes.last == UInt8(ascii: "}") {
            bytes.removeLast()
            bytes += #","text":"#.utf8
            JSONValue.writeString(document.body, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The FORMAT.md object as a tree (for pretty output).
    public var json: JSONValue {
        var b = JSONTreeBuilder()
        encode(into: &b)
        return b.result
    }

    /// The sentence that is a mention's evidence; of a run-on sentence (text without
    /// punctuation), the `evidenceReach` scalars on each side of the trigger, marked "…", so that
    /// the output does not grow with the square of such a text.
    static func evidence(_ m: Event.Mention, in document: Document) -> String {
        let s = m.sentence
        guard s.length > 4 * evidenceReach else { return document.text(s) }
        let window = Span(max(s.start, m.trigger.start - evidenceReach), min(s.end, m.trigger.end + evidenceReach))
        return (window.start > s.start ? "…" : "") + document.text(window) + (window.end < s.end ? "…" : "")
    }

    static let evidenceReach = 250

    /// The FORMAT.md object, fields in a fixed order: id, date, (url, title), timexes, actors,
    /// events, quotes, then the extra `sentences` (count) and `length` (scalars). Actors carry
    /// `id`, `aliases` and `mentions`; events their evidence `sentence` and every mention.
    public func encode<Sink: JSONSink>(into w: inout Sink) {
        w.beginObject()
        w.field("id"); w.string(id)
        w.field("date"); w.string(date.description)
        if let url { w.field("url"); w.string(url) }
        if let title { w.field("title"); w.string(title) }
        w.field("timexes"); w.beginArray()
        for t in timexes {
            w.element(); w.beginObject()
            w.field("text"); w.string(t.text)
            w.field("start"); w.int(t.span.start)
            w.field("end"); w.int(t.span.end)
            w.field("type"); w.string(t.type.rawValue)
            w.field("value"); w.string(t.value)
            w.endObject()
        }
        w.endArray()
        w.field("actors"); w.beginArray()
        for a in actors {
            w.element(); w.beginObject()
            w.field("name"); w.string(a.name)
            w.field("kind"); w.string(a.kind.rawValue)
            w.field("country"); w.optional(a.country)
            if a.kind == .person { w.field("role"); w.optional(a.role) }
            w.field("id"); w.int(a.id)
            if !a.aliases.isEmpty {
                w.field("aliases"); w.beginArray()
                for alias in a.aliases { w.element(); w.string(alias) }
                w.endArray()
            }
            w.field("mentions"); w.beginArray()
            for m in a.mentions { w.element(); w.pair(m.start, m.end) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.field("events"); w.beginArray()
        for e in events {
            w.element(); w.beginObject()
            w.field("code"); w.string(e.code)
            w.field("source"); w.optional(e.source)
            w.field("target"); w.optional(e.target)
            w.field("date"); w.optional(e.date)
            w.field("location"); w.optional(e.location)
            w.field("modality"); w.string(e.modality.rawValue)
            w.field("trigger"); w.string(e.trigger)
            w.field("sentence"); w.string(e.mentions.first.map { Self.evidence($0, in: document) } ?? "")
            w.field("mentions"); w.beginArray()
            for m in e.mentions {
                w.element(); w.beginObject()
                w.field("start"); w.int(m.trigger.start)
                w.field("end"); w.int(m.trigger.end)
                w.field("sentence"); w.pair(m.sentence.start, m.sentence.end)
                w.field("modality"); w.string(m.modality.rawValue)
                w.endObject()
            }
            w.endArray()
            if !e.explanation.isEmpty {
                w.field("explain"); w.beginArray()
                for line in e.explanation { w.element(); w.string(line) }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
        w.field("quotes"); w.beginArray()
        for q in quotes {
            w.element(); w.beginObject()
            w.field("speaker"); w.optional(q.speaker)
            w.field("text"); w.string(q.text)
            w.field("start"); w.int(q.span.start)
            w.field("end"); w.int(q.span.end)
            w.endObject()
        }
        w.endArray()
        w.field("sentences"); w.int(document.sentences.count)
        w.field("length"); w.int(document.scalars.count)
        w.endObject()
    }
}
