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

    /// The FORMAT.md object, fields in a fixed order: id, date, (url, title), timexes, actors,
    /// events, quotes, then the extra `sentences` (count) and `length` (scalars).
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(id)), ("date", .string(date.description))]
        if let url { fields.append(("url", .string(url))) }
        if let title { fields.append(("title", .string(title))) }
        fields += [
            ("timexes", .array(timexes.map(\.json))),
            ("actors", .array(actors.map(\.json))),
            ("events", .array(events.map { $0.json(document) })),
            ("quotes", .array(quotes.map(\.json))),
            ("sentences", .int(document.sentences.count)),
            ("length", .int(document.scalars.count)),
        ]
        return .object(fields)
    }
}

extension Timex {
    /// FORMAT.md's timex object: text, start, end, type, value.
    public var json: JSONValue {
        .object([
            ("text", .string(text)), ("start", .int(span.start)), ("end", .int(span.end)),
            ("type", .string(type.rawValue)), ("value", .string(value)),
        ])
    }
}

extension Actor {
    /// FORMAT.md's actor object: name, kind, country, role, then id, aliases and mentions.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("name", .string(name)), ("kind", .string(kind.rawValue)), ("country", .optional(country)),
        ]
        if kind == .person { fields.append(("role", .optional(role))) }
        fields.append(("id", .int(id)))
        if !aliases.isEmpty { fields.append(("aliases", .array(aliases.map(JSONValue.string)))) }
        fields.append(("mentions", .array(mentions.map { .array([.int($0.start), .int($0.end)]) })))
        return .object(fields)
    }
}

extension Event {
    /// FORMAT.md's event: code, source, target, date, location, modality, trigger, then the
    /// evidence sentence and every mention with its offsets.
    public func json(_ document: Document) -> JSONValue {
        .object([
            ("code", .string(code)), ("source", .optional(source)), ("target", .optional(target)),
            ("date", .optional(date)), ("location", .optional(location)), ("modality", .string(modality.rawValue)),
            ("trigger", .string(trigger)),
            ("sentence", .string(mentions.first.map { document.text($0.sentence) } ?? "")),
            ("mentions", .array(mentions.map { m in
                .object([("start", .int(m.trigger.start)), ("end", .int(m.trigger.end)),
                         ("sentence", .array([.int(m.sentence.start), .int(m.sentence.end)])),
                         ("modality", .string(m.modality.rawValue))])
            })),
        ])
    }
}

extension Quote {
    /// FORMAT.md's quote: speaker, text, start, end.
    public var json: JSONValue {
        .object([("speaker", .optional(speaker)), ("text", .string(text)), ("start", .int(span.start)), ("end", .int(span.end))])
    }
}
