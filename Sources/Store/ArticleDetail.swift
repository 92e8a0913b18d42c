import Foundation
import GRDB
import VietText

/// One stored article with everything extracted from it, as scalar offsets into `body`
/// (an article page highlights them; the API returns them).
public struct ArticleDetail: Sendable {
    public let id: Int64
    /// The input's id (file name or JSON `id`): what search results and URLs name.
    public let source: String
    public let date: String
    public let url: String?
    public let title: String?
    public let body: String
    public let timexes: [Timex]
    public let actors: [Actor]
    public let events: [EventReport]
    public let quotes: [Quote]

    package init(id: Int64, source: String, date: String, url: String?, title: String?, body: String,
                 timexes: [Timex], actors: [Actor], events: [EventReport], quotes: [Quote]) {
        self.id = id
        self.source = source
        self.date = date
        self.url = url
        self.title = title
        self.body = body
        self.timexes = timexes
        self.actors = actors
        self.events = events
        self.quotes = quotes
    }

    /// A normalized time expression.
    public struct Timex: Sendable {
        public let span: Span
        public let type: String
        public let value: String

        package init(span: Span, type: String, value: String) {
            self.span = span
            self.type = type
            self.value = value
        }
    }

    /// An actor the article names, with every place it does.
    public struct Actor: Sendable {
        public let actor: ActorRef
        public let role: String?
        public let spans: [Span]

        package init(actor: ActorRef, role: String?, spans: [Span]) {
            self.actor = actor
            self.role = role
            self.spans = spans
        }
    }

    /// One report of an event in this article.
    public struct EventReport: Sendable {
        public let eventID: Int64
        public let code: String
        public let description: String
        public let modality: String
        public let date: String?
        public let trigger: Span
        public let sentence: Span
        public let source: ActorRef?
        public let target: ActorRef?

        package init(eventID: Int64, code: String, description: String, modality: String, date: String?, trigger: Span, sentence: Span,
                     source: ActorRef?, target: ActorRef?) {
            self.eventID = eventID
            self.code = code
            self.description = description
            self.modality = modality
            self.date = date
            self.trigger = trigger
            self.sentence = sentence
            self.source = source
            self.target = target
        }
    }

    /// A direct quotation and its speaker.
    public struct Quote: Sendable {
        public let span: Span
        public let text: String
        public let speaker: ActorRef?

        package init(span: Span, text: String, speaker: ActorRef?) {
            self.span = span
            self.text = text
            self.speaker = speaker
        }
    }
}

extension ChronicleStore {
    /// The article with this id (the input's id; the latest stored when several share it), or
    /// nil.
    public func article(_ source: String) throws -> ArticleDetail? {
        try reader.read { db in
            guard let a = try Row.fetchOne(db, sql: "SELECT id, source_id, date, url, title, body_text(body_z) AS body, timexes FROM articles WHERE source_id = ? ORDER BY id DESC LIMIT 1",
                                           arguments: [source]) else { return nil }
            let id: Int64 = a["id"]
            let body: String = a["body"]
            let timexes = TimexList.timexes((a["timexes"] as Data?).map { [UInt8]($0) }).map {
                ArticleDetail.Timex(span: Span($0.start, $0.end), type: $0.type, value: $0.value)
            }
            let actors = try Row.fetchAll(db, sql: """
                SELECT x.actor_id, x.spans, r.name, r.kind, r.country, r.role FROM article_actors x JOIN actors r ON r.id = x.actor_id
                WHERE x.article_id = ? ORDER BY x.mentions DESC, r.name
                """, arguments: [id]).compactMap { row -> ArticleDetail.Actor? in
                let actorID: Int64 = row["actor_id"]
                guard let actor = ActorRef(row: row, id: actorID) else { return nil }
                let spans = SpanList.spans((row["spans"] as Data?).map { [UInt8]($0) })
                return ArticleDetail.Actor(actor: actor, role: row["role"], spans: spans.map { Span($0.start, $0.end) })
            }
            let events = try Row.fetchAll(db, sql: """
                SELECT m.event_id, m.code, m.modality, m.trigger_start, m.trigger_end, m.sentence_start, m.sentence_end, e.date,
                       e.source_id, s.name AS s_name, s.kind AS s_kind, s.country AS s_country,
                       e.target_id, t.name AS t_name, t.kind AS t_kind, t.country AS t_country
                FROM event_mentions m JOIN events e ON e.id = m.event_id
                LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id
                WHERE m.article_id = ? ORDER BY m.trigger_start
                """, arguments: [id]).map { row in
                let code: String = row["code"]
                return ArticleDetail.EventReport(
                    eventID: row["event_id"], code: code, description: Cameo.standard.entry(code)?.description ?? "",
                    modality: row["modality"], date: row["date"], trigger: Span(row["trigger_start"], row["trigger_end"]),
                    sentence: Span(row["sentence_start"], row["sentence_end"]),
                    source: ActorRef(row: row, prefix: "s_", id: row["source_id"]), target: ActorRef(row: row, prefix: "t_", id: row["target_id"]))
            }
            let quotes = try Row.fetchAll(db, sql: """
                SELECT q.start, q."end", q.text, q.speaker_id, s.name AS s_name, s.kind AS s_kind, s.country AS s_country
                FROM quotes q LEFT JOIN actors s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.start
                """, arguments: [id]).map { row in
                let span = Span(row["start"], row["end"])
                return ArticleDetail.Quote(span: span, text: row["text"] ?? Self.text(of: span, in: body),
                                    speaker: ActorRef(row: row, prefix: "s_", id: row["speaker_id"]))
            }
            return ArticleDetail(id: id, source: a["source_id"], date: a["date"], url: a["url"], title: a["title"], body: body,
                                 timexes: timexes, actors: actors, events: events, quotes: quotes)
        }
    }
}

extension ChronicleStore {
    /// The text of a span of a body (a quote stored without its text, v3).
    static func text(of span: Span, in body: String) -> String {
        let scalars = body.unicodeScalars
        let n = scalars.count
        let a = min(max(0, span.start), n), b = min(max(a, span.end), n)
        let start = scalars.index(scalars.startIndex, offsetBy: a)
        return String(scalars[start..<scalars.index(start, offsetBy: b - a)])
    }
}

extension ActorRef {
    /// An actor from a row's `PREFIXname`, `PREFIXkind` and `PREFIXcountry` columns; nil
    /// without an id.
    init?(row: Row, prefix: String = "", id: Int64?) {
        guard let id else { return nil }
        let country: String? = row[prefix + "country"]
        self.init(id: id, name: row[prefix + "name"], kind: row[prefix + "kind"], country: country?.isEmpty == false ? country : nil)
    }
}

extension ActorRow {
    /// An actor row from `actors.*` and an `aliases` column (joined with |).
    init(row: Row) {
        let country: String? = row["country"]
        let aliases: String? = row["aliases"]
        self.init(id: row["id"], name: row["name"], kind: row["kind"], country: country?.isEmpty == false ? country : nil,
                  role: row["role"], mentions: row["mentions"], articles: row["articles"],
                  aliases: aliases.map { $0.split(separator: "|").map(String.init) } ?? [],
                  firstSeen: row["first_seen"], lastSeen: row["last_seen"])
    }
}
