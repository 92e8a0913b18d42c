import Actors
import Events
import Foundation
import Temporal
import VietText

extension ArticleAnalysis {
    /// The analysis as one JSON line with the article's body as an extra field `text`, so that
    /// another machine can store it without analyzing again (`analyze --with-text`, then
    /// `ingest --analyzed`).
    public var jsonLineWithText: String {
        var w = JSONWriter(capacity: document.body.utf8.count + 16)
        w.string(document.body)
        return String(jsonLine.dropLast()) + ",\"text\":" + w.text + "}"
    }

    /// Reads back a line of `jsonLineWithText`: the document is rebuilt from `text` and `date`
    /// (normalization and sentences only, no analysis), the annotations are taken as they are.
    /// Throws a message for a line that is not such an analysis or whose offsets do not fit.
    public init(jsonLine bytes: some Collection<UInt8>, origin: String) throws {
        let line: Line
        do {
            line = try JSONDecoder().decode(Line.self, from: Data(bytes))
        } catch {
            throw InputFailure(origin: origin, reason: "not an analysis line: \(Self.reason(error))")
        }
        guard let date = CivilDate(iso: line.date) else { throw InputFailure(origin: origin, reason: "bad date '\(line.date)'") }
        guard let text = line.text else {
            throw InputFailure(origin: origin, reason: "the analysis of \(line.id) has no \"text\": make it with 'biennien analyze --with-text'")
        }
        let document = Document(text: text, date: date)
        let length = document.scalars.count
        if let expected = line.length, expected != length {
            throw InputFailure(origin: origin, reason: "the analysis of \(line.id) was made on a text of \(expected) scalars, \"text\" has \(length)")
        }
        func span(_ start: Int, _ end: Int) throws -> Span {
            guard 0 <= start, start <= end, end <= length else {
                throw InputFailure(origin: origin, reason: "offsets \(start)–\(end) outside the text of \(line.id)")
            }
            return Span(start, end)
        }
        func pair(_ p: [Int]) throws -> Span {
            guard p.count == 2 else { throw InputFailure(origin: origin, reason: "an offset pair of \(p.count) numbers in \(line.id)") }
            return try span(p[0], p[1])
        }
        func value<T: RawRepresentable>(_ raw: String, as: T.Type) throws -> T where T.RawValue == String {
            guard let v = T(rawValue: raw) else { throw InputFailure(origin: origin, reason: "unknown value '\(raw)' in \(line.id)") }
            return v
        }
        let timexes = try line.timexes.map {
            Timex(span: try span($0.start, $0.end), text: $0.text, type: try value($0.type, as: Timex.Kind.self), value: $0.value, rule: 0)
        }
        let actors = try line.actors.map {
            Actor(id: $0.id, name: $0.name, kind: try value($0.kind, as: Actor.Kind.self), country: $0.country, role: $0.role,
                  aliases: $0.aliases ?? [], mentions: try $0.mentions.map(pair))
        }
        let events = try line.events.map { e in
            Event(code: e.code, source: e.source, target: e.target, date: e.date, location: e.location,
                  modality: try value(e.modality, as: Event.Modality.self), trigger: e.trigger,
                  mentions: try e.mentions.map {
                      Event.Mention(trigger: try span($0.start, $0.end), sentence: try pair($0.sentence),
                                    modality: try value($0.modality, as: Event.Modality.self))
                  })
        }
        let quotes = try line.quotes.map { Quote(speaker: $0.speaker, text: $0.text, span: try span($0.start, $0.end)) }
        self.init(article: Article(id: line.id, date: date, text: text, url: line.url, title: line.title, origin: origin),
                  document: document, timexes: timexes, actors: actors, events: events, quotes: quotes)
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "malformed JSON"
        default: return "\(error)"
        }
    }

    /// The FORMAT.md object, as far as storing it needs.
    private struct Line: Decodable {
        struct TimexLine: Decodable { let text: String; let start, end: Int; let type, value: String }
        struct ActorLine: Decodable {
            let name, kind: String
            let country, role: String?
            let id: Int
            let aliases: [String]?
            let mentions: [[Int]]
        }
        struct MentionLine: Decodable { let start, end: Int; let sentence: [Int]; let modality: String }
        struct EventLine: Decodable {
            let code: String
            let source, target, date, location: String?
            let modality, trigger: String
            let mentions: [MentionLine]
        }
        struct QuoteLine: Decodable { let speaker: String?; let text: String; let start, end: Int }
        let id, date: String
        let url, title, text: String?
        let length: Int?
        let timexes: [TimexLine]
        let actors: [ActorLine]
        let events: [EventLine]
        let quotes: [QuoteLine]
    }
}
