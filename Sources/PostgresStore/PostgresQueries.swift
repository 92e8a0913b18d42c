import Chronicle
import PostgresNIO
import Store
import VietText

extension PostgresChronicleStore {
    // MARK: Search

    public func results(for text: String, filter: QueryFilter) throws -> SearchResults {
        let query = SearchQuery(text)
        guard !query.isEmpty else {
            throw StoreError("nothing to search for in '\(text)': give at least one word (letters or digits) that is not excluded with -")
        }
        do {
            // As on SQLite: ranked by relevance (ts_rank_cd) when every phrase of the query is
            // in at most `broad` articles; otherwise newest stored first, which the index
            // answers without ranking every match.
            var byRelevance = true
            for phrase in query.highlightTerms where byRelevance {
                let q = PostgresSearch.tsquery(phrase: phrase)
                let count = try run("SELECT count(*) FROM (SELECT 1 FROM articles WHERE search @@ \(q)::tsquery LIMIT \(Int64(ChronicleStore.broad + 1))) m")
                    .rows.first?.decode(Int64.self) ?? 0
                byRelevance = count <= ChronicleStore.broad
            }
            var b = SQLBuilder()
            let q = b.bind(PostgresSearch.tsquery(query))
            let conditions = try articleFilters(filter, &b)
            b.sql = """
                SELECT a.id, \(byRelevance ? "ts_rank_cd(a.search, \(q)::tsquery)" : "0.0::real") AS score, a.source_id, a.date, a.title, a.body
                FROM articles a WHERE a.search @@ \(q)::tsquery \(conditions.map { "AND " + $0 }.joined(separator: " "))
                ORDER BY \(byRelevance ? "score DESC, a.id" : "a.id DESC") LIMIT \(max(1, filter.limit ?? 20)) OFFSET \(max(0, filter.offset))
                """
            let hits = try run(b.query).rows.map { row -> SearchHit in
                let (_, score, article, date, title, body) = try row.decode((Int64, Float, String, String, String?, String).self)
                let (snippet, spans) = Snippet.make(body: body, terms: query.highlightTerms)
                // Negated, so that smaller is better as with SQLite's BM25.
                return SearchHit(article: article, date: date, title: title, score: -Double(score), snippet: snippet, hits: spans)
            }
            return SearchResults(hits: hits, byRelevance: byRelevance)
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    private func articleFilters(_ filter: QueryFilter, _ b: inout SQLBuilder) throws -> [String] {
        var conditions: [String] = []
        if let from = filter.from { conditions.append("a.date >= \(b.bind(from))") }
        if let to = filter.to { conditions.append("a.date <= \(b.bind(to))") }
        if let name = filter.actor {
            let ids = try actorIDs(name).map(String.init).joined(separator: ",")
            conditions.append("EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id AND x.actor_id IN (\(ids)))")
        }
        if let code = filter.code {
            conditions.append("EXISTS (SELECT 1 FROM event_mentions m WHERE m.article_id = a.id AND m.code LIKE \(b.bind(ChronicleStore.likePrefix(code))) ESCAPE '\\')")
        }
        return conditions
    }

    /// The actors a name given by a user means: exact (folded) name or alias, else every actor
    /// whose name contains it (as on SQLite).
    func actorIDs(_ name: String) throws -> [Int64] {
        let folded = VietNormalizer.fold(name).trimmingWhitespace()
        guard !folded.isEmpty else { throw StoreError("an empty actor name") }
        var ids = try run("SELECT id FROM actors WHERE folded = \(folded) UNION SELECT actor_id FROM actor_aliases WHERE folded = \(folded)")
            .rows.map { try $0.decode(Int64.self) }
        if ids.isEmpty {
            let pattern = "%" + ChronicleStore.escapeLike(folded) + "%"
            ids = try run("SELECT id FROM actors WHERE folded LIKE \(pattern) ESCAPE '\\' ORDER BY mentions DESC LIMIT 50")
                .rows.map { try $0.decode(Int64.self) }
        }
        guard !ids.isEmpty else { throw StoreError("no actor is named '\(name)': 'biennien actors' lists them") }
        return ids.sorted()
    }

    // MARK: Timelines and exports

    /// Events in date order, read 1,000 at a time (keyset pages on day and id), so memory stays
    /// flat however many there are.
    public func events(filter: QueryFilter, withReports: Bool, _ each: (EventRow, [MentionRow]?) throws -> Void) throws {
        var base = SQLBuilder()
        var conditions: [String] = []
        do {
            for name in [filter.actor, filter.with].compactMap({ $0 }) {
                let list = try actorIDs(name).map(String.init).joined(separator: ",")
                conditions.append("(e.source_id IN (\(list)) OR e.target_id IN (\(list)))")
            }
        } catch {
            throw Self.describe(error, location: location)
        }
        if let from = filter.from { conditions.append("e.day >= \(base.bind(from))") }
        if let to = filter.to { conditions.append("e.day <= \(base.bind(to))") }
        if let code = filter.code { conditions.append("e.code LIKE \(base.bind(ChronicleStore.likePrefix(code))) ESCAPE '\\'") }
        // Pages' own narrowing: one actor row's events, events by id, newest first.
        if let id = filter.actorID { conditions.append("(e.source_id = \(base.bind(id)) OR e.target_id = \(base.bind(id)))") }
        if let ids = filter.eventIDs { conditions.append("e.id = ANY(\(base.bind(ids)))") }
        let (order, next) = filter.newestFirst ? ("e.day DESC, e.id DESC", "<") : ("e.day, e.id", ">")
        var remaining = filter.limit.map { max(1, $0) } ?? Int.max
        var after: (day: String, id: Int64)?
        while remaining > 0 {
            var b = base
            var page = conditions
            if let after { page.append("(e.day, e.id) \(next) (\(b.bind(after.day)), \(b.bind(after.id)))") }
            b.sql = """
                SELECT e.id, e.code, e.date, e.day, e.source_id, e.target_id, e.location, e.modality, e.mentions, e.articles,
                       e.first_seen, e.last_seen, e.planned_id,
                       s.name, s.kind, s.country, t.name, t.kind, t.country,
                       a.source_id, a.url, substr(a.body, m.sentence_start + 1, m.sentence_end - m.sentence_start)
                FROM events e
                LEFT JOIN actors s ON s.id = e.source_id
                LEFT JOIN actors t ON t.id = e.target_id
                JOIN LATERAL (SELECT article_id, sentence_start, sentence_end FROM event_mentions WHERE event_id = e.id ORDER BY id LIMIT 1) m ON true
                JOIN articles a ON a.id = m.article_id
                \(page.isEmpty ? "" : "WHERE " + page.joined(separator: " AND "))
                ORDER BY \(order) LIMIT \(min(remaining, 1000))\(after == nil && filter.offset > 0 ? " OFFSET \(filter.offset)" : "")
                """
            let rows: [EventRow]
            do {
                rows = try run(b.query).rows.map(Self.eventRow)
            } catch {
                throw Self.describe(error, location: location)
            }
            let reports = withReports ? Dictionary(grouping: try mentions(of: rows.map(\.id)), by: \.eventID) : [:]
            for e in rows { try each(e, withReports ? reports[e.id] ?? [] : nil) }
            guard let last = rows.last, rows.count == min(remaining, 1000) else { break }
            remaining -= rows.count
            after = (last.day, last.id)
        }
    }

    private static func eventRow(_ row: PostgresRow) throws -> EventRow {
        let c = row.makeRandomAccess()
        func ref(_ id: Int64?, _ at: Int) throws -> ActorRef? {
            guard let id else { return nil }
            let country = try c[at + 2].decode(String?.self)
            return ActorRef(id: id, name: try c[at].decode(String.self), kind: try c[at + 1].decode(String.self),
                            country: country?.isEmpty == false ? country : nil)
        }
        let code = try c[1].decode(String.self)
        return EventRow(
            id: try c[0].decode(Int64.self), code: code, description: Cameo.standard.entry(code)?.description ?? "",
            date: try c[2].decode(String?.self), day: try c[3].decode(String.self),
            source: try ref(c[4].decode(Int64?.self), 13), target: try ref(c[5].decode(Int64?.self), 16),
            location: try c[6].decode(String?.self), modality: try c[7].decode(String.self),
            mentions: Int(try c[8].decode(Int32.self)), articles: Int(try c[9].decode(Int32.self)),
            firstSeen: try c[10].decode(String.self), lastSeen: try c[11].decode(String.self), plannedID: try c[12].decode(Int64?.self),
            evidence: try c[21].decode(String.self), article: try c[19].decode(String.self), url: try c[20].decode(String?.self)
        )
    }

    public func mentions(of eventIDs: [Int64]) throws -> [MentionRow] {
        guard !eventIDs.isEmpty else { return [] }
        do {
            return try run("""
                SELECT m.event_id, a.source_id, a.date, a.url, m.code, m.modality, m.trigger, m.trigger_start, m.trigger_end,
                       m.sentence_start, m.sentence_end, substr(a.body, m.sentence_start + 1, m.sentence_end - m.sentence_start)
                FROM event_mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.event_id = ANY(\(eventIDs))
                ORDER BY m.event_id, m.id
                """).rows.map { row in
                let c = row.makeRandomAccess()
                return MentionRow(
                    eventID: try c[0].decode(Int64.self), article: try c[1].decode(String.self), articleDate: try c[2].decode(String.self),
                    url: try c[3].decode(String?.self), code: try c[4].decode(String.self), modality: try c[5].decode(String.self),
                    trigger: try c[6].decode(String.self),
                    triggerSpan: Span(Int(try c[7].decode(Int32.self)), Int(try c[8].decode(Int32.self))),
                    sentenceSpan: Span(Int(try c[9].decode(Int32.self)), Int(try c[10].decode(Int32.self))),
                    sentence: try c[11].decode(String.self))
            }
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    // MARK: Actors

    /// The columns `actorRow` decodes, from `actors`.
    static let actorColumns = """
        id, name, kind, country, role, mentions, articles, first_seen, last_seen,
        (SELECT string_agg(alias, '|' ORDER BY folded) FROM actor_aliases WHERE actor_id = actors.id)
        """

    public func actors(country: String?, kind: String?, name: String?, limit: Int, offset: Int) throws -> [ActorRow] {
        do {
            var b = SQLBuilder()
            var conditions: [String] = []
            if let country { conditions.append("country = \(b.bind(country.uppercased()))") }
            if let kind { conditions.append("kind = \(b.bind(kind))") }
            if let name { conditions.append("id IN (\(try actorIDs(name).map(String.init).joined(separator: ",")))") }
            b.sql = """
                SELECT \(Self.actorColumns)
                FROM actors \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY mentions DESC, name LIMIT \(b.bind(Int64(max(1, limit)))) OFFSET \(b.bind(Int64(max(0, offset))))
                """
            return try run(b.query).rows.map(Self.actorRow)
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    /// An actor row from `id, name, kind, country, role, mentions, articles, first_seen,
    /// last_seen, aliases` (joined with |).
    static func actorRow(_ row: PostgresRow) throws -> ActorRow {
        let (id, name, kind, country, role, mentions, articles, first, last, aliases) =
            try row.decode((Int64, String, String, String, String?, Int64, Int64, String?, String?, String?).self)
        return ActorRow(id: id, name: name, kind: kind, country: country.isEmpty ? nil : country, role: role,
                        mentions: Int(mentions), articles: Int(articles),
                        aliases: aliases.map { $0.split(separator: "|").map(String.init) } ?? [],
                        firstSeen: first, lastSeen: last)
    }
}
