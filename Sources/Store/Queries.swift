import Foundation
import Chronicle
import GRDB
import VietText

/// Filters shared by the query commands. Dates are YYYY-MM-DD, inclusive.
public struct QueryFilter: Sendable {
    public var from: String?
    public var to: String?
    /// An actor's name, with or without diacritics ("Lavrov", "ngoai truong nga" does not
    /// name one; "Sergey Lavrov", "lavrov" do).
    public var actor: String?
    /// A second actor the event must involve (timelines).
    public var with: String?
    /// A CAMEO code or prefix ("04", "041").
    public var code: String?
    /// At most this many results; nil: a search's 20, every event of a timeline or export.
    public var limit: Int?
    /// Results to skip before the first one returned (pagination).
    public var offset: Int = 0
    /// Pages' own narrowing (ChronicleDetails.swift): events of one actor row, events by id,
    /// newest first.
    package var actorID: Int64?
    package var eventIDs: [Int64]?
    package var newestFirst = false

    public init(from: String? = nil, to: String? = nil, actor: String? = nil, with: String? = nil, code: String? = nil, limit: Int? = nil, offset: Int = 0) {
        self.from = from
        self.to = to
        self.actor = actor
        self.with = with
        self.code = code
        self.limit = limit
        self.offset = max(0, offset)
    }
}

/// What a search found, and how it is ordered.
public struct SearchResults: Sendable {
    public let hits: [SearchHit]
    /// Best first (BM25); false: newest stored first, for a query with a very common word.
    public let byRelevance: Bool

    package init(hits: [SearchHit], byRelevance: Bool) {
        self.hits = hits
        self.byRelevance = byRelevance
    }
}

/// One article found by a search.
public struct SearchHit: Sendable {
    public let article: String
    public let date: String
    public let title: String?
    public let score: Double
    /// A window of the body around the first hits, hits marked with ** **.
    public let snippet: String
    /// Every hit as scalar offsets into the body.
    public let hits: [Span]

    package init(article: String, date: String, title: String?, score: Double, snippet: String, hits: [Span]) {
        self.article = article
        self.date = date
        self.title = title
        self.score = score
        self.snippet = snippet
        self.hits = hits
    }
}

/// One event of a timeline or an export.
public struct EventRow: Sendable {
    public let id: Int64
    public let code: String
    public let description: String
    public let date: String?
    public let day: String
    public let source: ActorRef?
    public let target: ActorRef?
    public let location: String?
    public let modality: String
    public let mentions: Int
    public let articles: Int
    public let firstSeen: String
    public let lastSeen: String
    public let plannedID: Int64?
    /// The sentence of its first report, and that article's id and url.
    public let evidence: String
    public let article: String
    public let url: String?

    package init(id: Int64, code: String, description: String, date: String?, day: String, source: ActorRef?, target: ActorRef?, location: String?, modality: String, mentions: Int, articles: Int, firstSeen: String, lastSeen: String, plannedID: Int64?, evidence: String, article: String, url: String?) {
        self.id = id
        self.code = code
        self.description = description
        self.date = date
        self.day = day
        self.source = source
        self.target = target
        self.location = location
        self.modality = modality
        self.mentions = mentions
        self.articles = articles
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.plannedID = plannedID
        self.evidence = evidence
        self.article = article
        self.url = url
    }
}

public struct ActorRef: Sendable {
    public let id: Int64
    public let name: String
    public let kind: String
    public let country: String?

    package init(id: Int64, name: String, kind: String, country: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
    }
}

/// One actor with its counts.
public struct ActorRow: Sendable {
    public let id: Int64
    public let name: String
    public let kind: String
    public let country: String?
    public let role: String?
    public let mentions: Int
    public let articles: Int
    public let aliases: [String]
    public let firstSeen: String?
    public let lastSeen: String?

    package init(id: Int64, name: String, kind: String, country: String?, role: String?, mentions: Int, articles: Int, aliases: [String], firstSeen: String?, lastSeen: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.role = role
        self.mentions = mentions
        self.articles = articles
        self.aliases = aliases
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}

/// One report of an event.
public struct MentionRow: Sendable {
    public let eventID: Int64
    public let article: String
    public let articleDate: String
    public let url: String?
    public let code: String
    public let modality: String
    public let trigger: String
    public let triggerSpan: Span
    public let sentenceSpan: Span
    public let sentence: String

    package init(eventID: Int64, article: String, articleDate: String, url: String?, code: String, modality: String, trigger: String, triggerSpan: Span, sentenceSpan: Span, sentence: String) {
        self.eventID = eventID
        self.article = article
        self.articleDate = articleDate
        self.url = url
        self.code = code
        self.modality = modality
        self.trigger = trigger
        self.triggerSpan = triggerSpan
        self.sentenceSpan = sentenceSpan
        self.sentence = sentence
    }
}

extension ChronicleStore {
    // MARK: Search

    /// Articles matching a query with snippets: best first (BM25), or, when a word or phrase
    /// of the query is found in more than `broad` articles, newest stored first.
    public func results(for text: String, filter: QueryFilter) throws -> SearchResults {
        let query = SearchQuery(text)
        guard !query.isEmpty else {
            throw StoreError("nothing to search for in '\(text)': give at least one word (letters or digits) that is not excluded with -")
        }
        return try reader.read { db in
            var conditions: [String] = []
            var args: [any DatabaseValueConvertible] = [query.match]
            try addArticleFilters(filter, to: &conditions, &args, db)
            let filters = conditions.map { "AND " + $0 }.joined(separator: " ")
            // BM25 needs each phrase's number of matching articles, which FTS5 counts by
            // reading all of them: cheap when every phrase of the query is found in at most
            // `broad` articles, and then results are ranked by relevance; otherwise ("nga",
            // "điện đàm" in a large archive) the newest stored matches come first, which FTS5
            // reads in rowid order and stops.
            var byRelevance = true
            for phrase in query.highlightTerms where byRelevance {
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT \(Self.broad + 1))",
                                             arguments: ["\"" + phrase.joined(separator: " ") + "\""]) ?? 0
                byRelevance = count <= Self.broad
            }
            let ranked = try Row.fetchAll(db, sql: """
                SELECT a.id, \(byRelevance ? "bm25(article_search)" : "0.0") AS score FROM article_search s JOIN articles a ON a.id = s.rowid
                WHERE article_search MATCH ? \(filters) ORDER BY \(byRelevance ? "score, a.id" : "s.rowid DESC") LIMIT \(max(1, filter.limit ?? 20)) OFFSET \(filter.offset)
                """, arguments: StatementArguments(args)).map { (id: $0["id"] as Int64, score: $0["score"] as Double) }
            let hits = try ranked.compactMap { hit -> SearchHit? in
                guard let row = try Row.fetchOne(db, sql: "SELECT source_id, date, title, body_text(body_z) AS body FROM articles WHERE id = ?", arguments: [hit.id]) else { return nil }
                let body: String = row["body"]
                let (snippet, hits) = Snippet.make(body: body, terms: query.highlightTerms)
                return SearchHit(article: row["source_id"], date: row["date"], title: row["title"], score: hit.score, snippet: snippet, hits: hits)
            }
            return SearchResults(hits: hits, byRelevance: byRelevance)
        }
    }

    /// How many matches a search ranks at most (see `search`).
    package static let broad = 2000

    private func addArticleFilters(_ filter: QueryFilter, to conditions: inout [String], _ args: inout [any DatabaseValueConvertible], _ db: Database) throws {
        if let from = filter.from { conditions.append("a.date >= ?"); args.append(from) }
        if let to = filter.to { conditions.append("a.date <= ?"); args.append(to) }
        if let name = filter.actor {
            let ids = try actorIDs(name, db)
            conditions.append("EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id AND x.actor_id IN (\(ids.map(String.init).joined(separator: ","))))")
        }
        if let code = filter.code {
            conditions.append("EXISTS (SELECT 1 FROM event_mentions m WHERE m.article_id = a.id AND m.code LIKE ? ESCAPE '\\')")
            args.append(Self.likePrefix(code))
        }
    }

    /// The actors a name given by a user means: exact (folded) name or alias, else every
    /// actor whose name contains it.
    func actorIDs(_ name: String, _ db: Database) throws -> [Int64] {
        let folded = VietNormalizer.fold(name).trimmingWhitespace()
        guard !folded.isEmpty else { throw StoreError("an empty actor name") }
        var ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM actors WHERE folded = ? UNION SELECT actor_id FROM actor_aliases WHERE folded = ?
            """, arguments: [folded, folded])
        if ids.isEmpty {
            ids = try Int64.fetchAll(db, sql: "SELECT id FROM actors WHERE folded LIKE ? ESCAPE '\\' ORDER BY mentions DESC LIMIT 50",
                                     arguments: ["%" + Self.escapeLike(folded) + "%"])
        }
        guard !ids.isEmpty else { throw StoreError("no actor is named '\(name)': 'biennien actors' lists them") }
        return ids
    }

    package static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    package static func likePrefix(_ code: String) -> String { escapeLike(code) + "%" }

    // MARK: Timelines and exports

    /// The same, each event with its reports when `withReports` (fetched for 500 events at a
    /// time, so memory stays flat).
    public func events(filter: QueryFilter, withReports: Bool, _ each: (EventRow, [MentionRow]?) throws -> Void) throws {
        try reader.read { db in
            var group: [EventRow] = []
            func drain() throws {
                let mentions = Dictionary(grouping: try Self.mentions(of: group.map(\.id), db), by: \.eventID)
                for e in group { try each(e, mentions[e.id] ?? []) }
                group.removeAll(keepingCapacity: true)
            }
            var conditions: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let name = filter.actor {
                let list = try actorIDs(name, db).map(String.init).joined(separator: ",")
                conditions.append("(e.source_id IN (\(list)) OR e.target_id IN (\(list)))")
            }
            if let name = filter.with {
                let list = try actorIDs(name, db).map(String.init).joined(separator: ",")
                conditions.append("(e.source_id IN (\(list)) OR e.target_id IN (\(list)))")
            }
            if let id = filter.actorID { conditions.append("(e.source_id = \(id) OR e.target_id = \(id))") }
            if let ids = filter.eventIDs { conditions.append("e.id IN (\(ids.map(String.init).joined(separator: ",")))") }
            if let from = filter.from { conditions.append("e.day >= ?"); args.append(from) }
            if let to = filter.to { conditions.append("e.day <= ?"); args.append(to) }
            if let code = filter.code { conditions.append("e.code LIKE ? ESCAPE '\\'"); args.append(Self.likePrefix(code)) }
            var sql = """
                SELECT e.*, s.name AS s_name, s.kind AS s_kind, s.country AS s_country, t.name AS t_name, t.kind AS t_kind, t.country AS t_country,
                       a.source_id AS article, a.url AS url, substr(body_text(a.body_z), m.sentence_start + 1, m.sentence_end - m.sentence_start) AS evidence
                FROM events e
                LEFT JOIN actors s ON s.id = e.source_id
                LEFT JOIN actors t ON t.id = e.target_id
                JOIN event_mentions m ON m.id = (SELECT min(id) FROM event_mentions WHERE event_id = e.id)
                JOIN articles a ON a.id = m.article_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY \(filter.newestFirst ? "e.day DESC, e.id DESC" : "e.day, e.id")
                """
            if let limit = filter.limit { sql += " LIMIT \(max(1, limit)) OFFSET \(filter.offset)" }
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
            while let row = try cursor.next() {
                func ref(_ prefix: String, _ id: Int64?) -> ActorRef? { ActorRef(row: row, prefix: prefix + "_", id: id) }
                let code: String = row["code"]
                let event = (EventRow(
                    id: row["id"], code: code, description: Cameo.standard.entry(code)?.description ?? "",
                    date: row["date"], day: row["day"], source: ref("s", row["source_id"]), target: ref("t", row["target_id"]),
                    location: row["location"], modality: row["modality"], mentions: row["mentions"], articles: row["articles"],
                    firstSeen: row["first_seen"], lastSeen: row["last_seen"], plannedID: row["planned_id"],
                    evidence: row["evidence"], article: row["article"], url: row["url"]
                ))
                if withReports {
                    group.append(event)
                    if group.count >= 500 { try drain() }
                } else {
                    try each(event, nil)
                }
            }
            if withReports { try drain() }
        }
    }

    /// Every report of the given events, in order.
    public func mentions(of eventIDs: [Int64]) throws -> [MentionRow] {
        try reader.read { db in try Self.mentions(of: eventIDs, db) }
    }

    static func mentions(of eventIDs: [Int64], _ db: Database) throws -> [MentionRow] {
        guard !eventIDs.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: """
                SELECT m.*, a.source_id AS article, a.date AS article_date, a.url AS url,
                       substr(a.body, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence,
                       substr(a.body, m.trigger_start + 1, m.trigger_end - m.trigger_start) AS trigger
                FROM event_mentions m JOIN (SELECT id, source_id, date, url, body_text(body_z) AS body FROM articles) a ON a.id = m.article_id
                WHERE m.event_id IN (\(eventIDs.map(String.init).joined(separator: ",")))
                ORDER BY m.event_id, m.id
                """).map { row in
                MentionRow(eventID: row["event_id"], article: row["article"], articleDate: row["article_date"], url: row["url"],
                           code: row["code"], modality: row["modality"], trigger: row["trigger"],
                           triggerSpan: Span(row["trigger_start"], row["trigger_end"]), sentenceSpan: Span(row["sentence_start"], row["sentence_end"]),
                           sentence: row["sentence"])
            }
    }

    // MARK: Actors

    /// Actors ranked by mentions.
    public func actors(country: String?, kind: String?, name: String?, limit: Int, offset: Int) throws -> [ActorRow] {
        try reader.read { db in
            var conditions: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let country { conditions.append("country = ?"); args.append(country.uppercased()) }
            if let kind { conditions.append("kind = ?"); args.append(kind) }
            if let name {
                let ids = try actorIDs(name, db)
                conditions.append("id IN (\(ids.map(String.init).joined(separator: ",")))")
            }
            args.append(max(1, limit))
            args.append(max(0, offset))
            return try Row.fetchAll(db, sql: """
                SELECT *, (SELECT group_concat(alias, '|') FROM actor_aliases WHERE actor_id = actors.id) AS aliases
                FROM actors \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY mentions DESC, name LIMIT ? OFFSET ?
                """, arguments: StatementArguments(args)).map(ActorRow.init(row:))
        }
    }

    /// Bytes of the database file and its write-ahead log.
    public func fileBytes() -> Int {
        [path, path + "-wal"].reduce(0) { total, p in
            total + ((try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? 0)
        }
    }
}
