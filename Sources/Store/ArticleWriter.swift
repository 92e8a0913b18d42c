import Actors
import Chronicle
import Events
import GRDB
import VietText

/// Writes one analyzed article into the cross-article model: the article and its search
/// entry, its actors unified with those already known, its events merged with the same
/// real-world events of other articles (GDELT's split of events and mentions), its quotes and
/// time expressions.
package final class ArticleWriter {
    let db: Database
    /// Actor rows met in this transaction, by kind, folded name and country.
    private var actorIDs: [String: Int64] = [:]
    /// What this transaction adds to each actor's counts, written once at the end.
    private var actorChanges: [Int64: ActorChange] = [:]
    private var aliasesStored: Set<String> = []

    /// A writer for one transaction on `db`; call `finish` before it commits.
    init(_ db: Database) {
        self.db = db
    }

    /// Writes the counts gathered for actors.
    func finish() throws {
        for (id, c) in actorChanges {
            try db.cachedStatement(sql: """
                UPDATE actors SET mentions = mentions + ?, articles = articles + ?, role = coalesce(?, role),
                    first_seen = min(first_seen, ?), last_seen = max(last_seen, ?) WHERE id = ?
                """).execute(arguments: [c.mentions, c.articles, c.role, c.first, c.last, id])
        }
        actorChanges.removeAll()
        for (id, e) in eventStates {
            try db.cachedStatement(sql: """
                UPDATE events SET mentions = mentions + ?, articles = articles + ?, modality = ?, code = ?, location = ?,
                    first_seen = ?, last_seen = ?, day = CASE WHEN date IS NULL THEN ? ELSE day END WHERE id = ?
                """).execute(arguments: [e.mentions, e.articles, e.modality, e.code, e.location, e.first, e.last, e.first, id])
        }
        eventStates.removeAll()
        events.removeAll()
    }

    /// Stores the article unless its content hash is known; true when it was new.
    func store(_ a: ArticleAnalysis, hash: String, ingestedAt: String) throws -> Bool {
        let doc = a.document
        let day = a.date.description
        try db.cachedStatement(sql: """
            INSERT INTO articles (hash, source_id, date, url, title, body, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (hash) DO NOTHING
            """).execute(arguments: [hash, a.id, day, a.url, a.title, doc.body, ingestedAt])
        guard db.changesCount > 0 else { return false }
        let article = db.lastInsertedRowID
        var folded = String.UnicodeScalarView()
        folded.append(contentsOf: doc.folded)
        try db.cachedStatement(sql: "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [article, a.title.map(VietNormalizer.fold) ?? "", String(folded)])

        // Actors: one row per kind, folded canonical name and country.
        var ids: [String: Int64] = [:]
        for actor in a.actors {
            let id = try actorID(actor, day: day)
            ids[actor.name] = id
            try db.cachedStatement(sql: """
                INSERT INTO article_actors (article_id, actor_id, mentions) VALUES (?, ?, ?)
                ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
                """).execute(arguments: [article, id, actor.mentions.count])
            try SchemaV2.store(actor: id, article: article, spans: actor.mentions.map { ($0.start, $0.end) }, role: actor.role, day: day, in: db)
            for alias in Set(actor.aliases).sorted() where VietNormalizer.fold(alias) != VietNormalizer.fold(actor.name)
                && aliasesStored.insert("\(id)|\(alias)").inserted {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded) VALUES (?, ?, ?)")
                    .execute(arguments: [id, alias, VietNormalizer.fold(alias)])
            }
        }

        for event in a.events {
            let source = event.source.flatMap { ids[$0] }
            let target = event.target.flatMap { ids[$0] }
            let id = try eventID(event, source: source, target: target, day: day, article: article)
            for m in event.mentions {
                try db.cachedStatement(sql: """
                    INSERT INTO event_mentions (event_id, article_id, code, modality, trigger, trigger_start, trigger_end, sentence_start, sentence_end)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [id, article, event.code, m.modality.rawValue, doc.text(m.trigger),
                                             m.trigger.start, m.trigger.end, m.sentence.start, m.sentence.end])
            }
        }
        for q in a.quotes {
            try db.cachedStatement(sql: #"INSERT INTO quotes (article_id, speaker_id, text, start, "end") VALUES (?, ?, ?, ?, ?)"#)
                .execute(arguments: [article, q.speaker.flatMap { ids[$0] }, q.text, q.span.start, q.span.end])
        }
        for t in a.timexes {
            try db.cachedStatement(sql: #"INSERT OR IGNORE INTO timexes (article_id, start, "end", type, value) VALUES (?, ?, ?, ?, ?)"#)
                .execute(arguments: [article, t.span.start, t.span.end, t.type.rawValue, t.value])
        }
        return true
    }

    /// The row of an actor, created or updated with this article's mentions and role.
    private func actorID(_ actor: Actor, day: String) throws -> Int64 {
        let folded = VietNormalizer.fold(actor.name)
        let key = "\(actor.kind.rawValue)|\(folded)|\(actor.country ?? "")"
        let id: Int64
        if let known = actorIDs[key] {
            id = known
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO actors (kind, name, folded, country, role, mentions, articles, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?) ON CONFLICT (kind, folded, country) DO NOTHING
                """).execute(arguments: [actor.kind.rawValue, actor.name, folded, actor.country ?? "", actor.role, day, day])
            guard let found = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM actors WHERE kind = ? AND folded = ? AND country = ?"),
                                                 arguments: [actor.kind.rawValue, folded, actor.country ?? ""]) else {
                throw StoreError("actor \(actor.name) could not be stored")
            }
            id = found
            actorIDs[key] = id
        }
        actorChanges[id, default: ActorChange(day: day)].add(actor, day: day)
        return id
    }

    /// Modalities from the weakest to the strongest claim that the event happened.
    package static let strength: [String: Int] = ["negated": 0, "possible": 1, "planned": 2, "reported_past": 3, "asserted": 4]

    /// Meetings, calls and agreements have no direction.
    package static func isSymmetric(_ code: String) -> Bool {
        code.hasPrefix("04") || code == "036" || code.hasPrefix("057")
    }

    /// A real-world event's key on every engine: code root, the sides' actor ids (in id order
    /// for meetings, calls and agreements) and the date.
    package static func eventKey(_ e: Event, source: Int64?, target: Int64?) -> String {
        let symmetric = isSymmetric(e.code)
        var (a, b) = (source ?? 0, target ?? 0)
        if symmetric, b != 0, b < a { (a, b) = (b, a) }
        return "\(e.code.prefix(2))\(symmetric ? "s" : "")|\(a)|\(b)|\(e.date ?? "")"
    }

    /// An event row as this transaction leaves it.
    private struct EventState {
        var mentions = 0, articles = 0
        var modality: String
        var code: String
        var location: String?
        var first: String, last: String
        var lastArticle: Int64 = -1
    }

    private var events: [String: Int64] = [:]
    private var eventStates: [Int64: EventState] = [:]

    /// The row of a real-world event: same code root, same actors (either way for meetings,
    /// calls and agreements), same date. A planned meeting (036) and its occurrence (04x) of the
    /// same two sides at a compatible date are linked through `planned_id`.
    private func eventID(_ e: Event, source: Int64?, target: Int64?, day: String, article: Int64) throws -> Int64 {
        let key = Self.eventKey(e, source: source, target: target), root = String(e.code.prefix(2))
        let modality = e.modality.rawValue
        let id: Int64
        if let known = events[key] {
            id = known
        } else if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, modality, code, location, first_seen, last_seen FROM events WHERE key = ?"), arguments: [key]) {
            id = row["id"]
            eventStates[id] = EventState(modality: row["modality"], code: row["code"], location: row["location"], first: row["first_seen"], last: row["last_seen"])
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO events (key, code, root, source_id, target_id, date, day, location, modality, mentions, articles, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)
                """).execute(arguments: [key, e.code, root, source, target, e.date, e.date.flatMap(firstDay(of:)) ?? day, e.location, modality, day, day])
            id = db.lastInsertedRowID
            eventStates[id] = EventState(modality: modality, code: e.code, location: e.location, first: day, last: day)
            try Self.link(id, code: e.code, a: source, b: target, date: e.date, in: db)
        }
        events[key] = id
        if var state = eventStates[id] {
            state.mentions += e.mentions.count
            // An article is new in this transaction, so each article counts once.
            if state.lastArticle != article {
                state.articles += 1
                state.lastArticle = article
            }
            if (Self.strength[modality] ?? 0) > (Self.strength[state.modality] ?? 0) { state.modality = modality }
            if e.code.count > state.code.count { state.code = e.code }  // "0233" over "020"
            state.location = state.location ?? e.location
            state.first = min(state.first, day)
            state.last = max(state.last, day)
            eventStates[id] = state
        }
        return id
    }

    /// Links a planned meeting and the meeting that took place, whichever is stored second:
    /// the same two sides and compatible dates: a meeting on 2025-10-23 fulfils a plan for
    /// 2025-10-23, 2025-10, 2025 or an undated one; a plan for 2025-10 is fulfilled by a
    /// meeting dated inside it.
    private static func link(_ id: Int64, code: String, a: Int64?, b: Int64?, date: String?, in db: Database) throws {
        guard let a, let b, code == "036" || code.hasPrefix("04") else { return }
        for (s, t) in [(a, b), (b, a)] {
            if code == "036" {
                guard let date else { return }
                try db.cachedStatement(sql: """
                    UPDATE events SET planned_id = ? WHERE source_id = ? AND target_id = ? AND root = '04'
                        AND date BETWEEN ? AND ? || '.' AND (date = ? OR date LIKE ? || '-%') AND planned_id IS NULL
                    """).execute(arguments: [id, s, t, date, date, date, date])
            } else {
                let d = date ?? ""
                let forms = [d, String(d.prefix(7)), String(d.prefix(4))]
                if let plan = try Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT id FROM events WHERE source_id = ? AND target_id = ? AND root = '03' AND code = '036'
                        AND (date IS NULL OR date IN (?, ?, ?)) ORDER BY id DESC LIMIT 1
                    """), arguments: [s, t] + StatementArguments(forms)) {
                    try db.cachedStatement(sql: "UPDATE events SET planned_id = ? WHERE id = ?").execute(arguments: [plan, id])
                    return
                }
            }
        }
    }
}

/// What one transaction adds to an actor's row, on either engine: counts, the latest role, the
/// first and last day seen.
package struct ActorChange {
    package var mentions = 0, articles = 0
    package var role: String?
    package var first: String, last: String

    package init(day: String) { (first, last) = (day, day) }

    /// One more article that names the actor.
    package mutating func add(_ actor: Actor, day: String) {
        mentions += actor.mentions.count
        articles += 1
        role = actor.role ?? role
        first = min(first, day)
        last = max(last, day)
    }
}
