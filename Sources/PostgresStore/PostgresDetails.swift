import PostgresNIO
import Store
import VietText

/// The queries behind the article, event and actor pages and `/api/stats`, with the semantics
/// of the SQLite store's (ArticleDetail.swift, EventDetail.swift, ActorDetail.swift,
/// ChronicleStats.swift in the Store module).
extension PostgresChronicleStore {
    public func article(_ source: String) throws -> ArticleDetail? {
        do {
            guard let a = try run("SELECT id, source_id, date, url, title, body FROM articles WHERE source_id = \(source) ORDER BY id DESC LIMIT 1").rows.first
            else { return nil }
            let (id, sourceID, date, url, title, body) = try a.decode((Int64, String, String, String?, String?, String).self)
            let timexes = try run(#"SELECT start, "end", type, value FROM timexes WHERE article_id = \#(id) ORDER BY start"#).rows.map { row in
                let (start, end, type, value) = try row.decode((Int32, Int32, String, String).self)
                return ArticleDetail.Timex(span: Span(Int(start), Int(end)), type: type, value: value)
            }
            var spans: [Int64: [Span]] = [:]
            for row in try run(#"SELECT actor_id, start, "end" FROM actor_mentions WHERE article_id = \#(id) ORDER BY start"#).rows {
                let (actor, start, end) = try row.decode((Int64, Int32, Int32).self)
                spans[actor, default: []].append(Span(Int(start), Int(end)))
            }
            let actors = try run("""
                SELECT x.actor_id, r.name, r.kind, r.country, r.role FROM article_actors x JOIN actors r ON r.id = x.actor_id
                WHERE x.article_id = \(id) ORDER BY x.mentions DESC, r.name
                """).rows.map { row in
                let (actorID, name, kind, country, role) = try row.decode((Int64, String, String, String, String?).self)
                return ArticleDetail.Actor(actor: Self.ref(actorID, name, kind, country), role: role, spans: spans[actorID] ?? [])
            }
            let events = try run("""
                SELECT m.event_id, m.code, m.modality, m.trigger_start, m.trigger_end, m.sentence_start, m.sentence_end, e.date,
                       e.source_id, s.name, s.kind, s.country, e.target_id, t.name, t.kind, t.country
                FROM event_mentions m JOIN events e ON e.id = m.event_id
                LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id
                WHERE m.article_id = \(id) ORDER BY m.trigger_start, m.id
                """).rows.map { row in
                let c = row.makeRandomAccess()
                let code = try c[1].decode(String.self)
                func span(_ at: Int) throws -> Span { Span(Int(try c[at].decode(Int32.self)), Int(try c[at + 1].decode(Int32.self))) }
                return ArticleDetail.EventReport(
                    eventID: try c[0].decode(Int64.self), code: code, description: Cameo.standard.entry(code)?.description ?? "",
                    modality: try c[2].decode(String.self), date: try c[7].decode(String?.self), trigger: try span(3), sentence: try span(5),
                    source: try Self.ref(c, at: 8), target: try Self.ref(c, at: 12))
            }
            let quotes = try run("""
                SELECT q.start, q."end", q.text, q.speaker_id, s.name, s.kind, s.country
                FROM quotes q LEFT JOIN actors s ON s.id = q.speaker_id WHERE q.article_id = \(id) ORDER BY q.start, q.id
                """).rows.map { row in
                let c = row.makeRandomAccess()
                return ArticleDetail.Quote(span: Span(Int(try c[0].decode(Int32.self)), Int(try c[1].decode(Int32.self))),
                                           text: try c[2].decode(String.self), speaker: try Self.ref(c, at: 3))
            }
            return ArticleDetail(id: id, source: sourceID, date: date, url: url, title: title, body: body,
                                 timexes: timexes, actors: actors, events: events, quotes: quotes)
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    public func event(_ id: Int64) throws -> EventDetail? {
        try eventDetail(id) { id in
            do {
                return try run("SELECT id FROM events WHERE planned_id = \(id) ORDER BY day, id LIMIT 100").rows.map { try $0.decode(Int64.self) }
            } catch {
                throw Self.describe(error, location: location)
            }
        }
    }

    public func actor(_ id: Int64, events limit: Int) throws -> ActorDetail? {
        do {
            guard let row = try run(PostgresQuery(unsafeSQL: "SELECT \(Self.actorColumns) FROM actors WHERE id = $1", binds: Self.binds(id))).rows.first
            else { return nil }
            let roles = try run("SELECT role, first_seen, last_seen, articles FROM actor_roles WHERE actor_id = \(id) ORDER BY first_seen, role").rows.map { r in
                let (role, first, last, articles) = try r.decode((String, String, String, Int64).self)
                return ActorDetail.Role(role: role, firstSeen: first, lastSeen: last, articles: Int(articles))
            }
            let days = try run("SELECT day, code, count(*) FROM events WHERE source_id = \(id) OR target_id = \(id) GROUP BY day, code").rows.map { r in
                let (day, code, count) = try r.decode((String, String, Int64).self)
                return (day: day, code: code, count: Int(count))
            }
            let coActors = try run("""
                SELECT o.other, count(*) AS n, a.name, a.kind, a.country FROM
                    (SELECT CASE WHEN source_id = \(id) THEN target_id ELSE source_id END AS other
                     FROM events WHERE source_id = \(id) OR target_id = \(id)) o
                JOIN actors a ON a.id = o.other WHERE o.other <> \(id)
                GROUP BY o.other, a.name, a.kind, a.country ORDER BY n DESC, a.name LIMIT 20
                """).rows.map { r in
                let (other, n, name, kind, country) = try r.decode((Int64, Int64, String, String, String).self)
                return ActorDetail.CoActor(actor: Self.ref(other, name, kind, country), events: Int(n))
            }
            return ActorDetail(actor: try Self.actorRow(row), roles: roles, weeks: ChronicleStore.weeks(days), coActors: coActors,
                               events: try latestEvents(ofActor: id, limit: limit), eventCount: days.reduce(0) { $0 + $1.count })
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    public func stats() throws -> ChronicleStats {
        let counts = try counts()
        do {
            let range = try run("SELECT min(date), max(date) FROM articles").rows.first?.decode((String?, String?).self)
            let roots = try run("SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY n DESC, root").rows.map { r in
                let (root, n) = try r.decode((String, Int64).self)
                return (root: root, description: Cameo.standard.entry(root)?.description ?? "", events: Int(n))
            }
            return ChronicleStats(counts: counts, firstArticle: range?.0, lastArticle: range?.1, roots: roots)
        } catch {
            throw Self.describe(error, location: location)
        }
    }

    private static func binds(_ id: Int64) -> PostgresBindings {
        var b = PostgresBindings()
        b.append(id)
        return b
    }

    /// An actor reference; no country when it is empty (as on SQLite).
    static func ref(_ id: Int64, _ name: String, _ kind: String, _ country: String?) -> ActorRef {
        ActorRef(id: id, name: name, kind: kind, country: country?.isEmpty == false ? country : nil)
    }

    /// The actor whose id, name, kind and country are the columns from `at`; nil without an id.
    static func ref(_ c: PostgresRandomAccessRow, at: Int) throws -> ActorRef? {
        guard let id = try c[at].decode(Int64?.self) else { return nil }
        return ref(id, try c[at + 1].decode(String.self), try c[at + 2].decode(String.self), try c[at + 3].decode(String?.self))
    }
}
