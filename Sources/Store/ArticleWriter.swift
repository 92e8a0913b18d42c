import Actors
import Chronicle
import Events
import GRDB
import VietText

/// Writes one analyzed article into the cross-article model: the article and its search
/// entry, its actors unified with those already known, its events merged with the same
/// real-world events of other articles (GDELT's split of events and mentions), its quotes and
/// time expressions.
enum ArticleWriter {
    /// Stores the article unless its content hash is known; true when it was new.
    static func store(_ a: ArticleAnalysis, ingestedAt: String, in db: Database) throws -> Bool {
        let doc = a.document
        let hash = ContentHash.of(date: a.date, body: doc.body)
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
            let id = try actorID(actor, day: day, in: db)
            ids[actor.name] = id
            try db.cachedStatement(sql: """
                INSERT INTO article_actors (article_id, actor_id, mentions) VALUES (?, ?, ?)
                ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions
                """).execute(arguments: [article, id, actor.mentions.count])
            for alias in Set(actor.aliases) where VietNormalizer.fold(alias) != VietNormalizer.fold(actor.name) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded) VALUES (?, ?, ?)")
                    .execute(arguments: [id, alias, VietNormalizer.fold(alias)])
            }
        }

        for event in a.events {
            let source = event.source.flatMap { ids[$0] }
            let target = event.target.flatMap { ids[$0] }
            let id = try eventID(event, source: source, target: target, day: day, article: article, in: db)
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
    private static func actorID(_ actor: Actor, day: String, in db: Database) throws -> Int64 {
        let folded = VietNormalizer.fold(actor.name)
        try db.cachedStatement(sql: """
            INSERT INTO actors (kind, name, folded, country, role, mentions, articles, first_seen, last_seen)
            VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
            ON CONFLICT (kind, folded, country) DO UPDATE SET
                mentions = mentions + excluded.mentions,
                articles = articles + 1,
                role = coalesce(excluded.role, role),
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen)
            """).execute(arguments: [actor.kind.rawValue, actor.name, folded, actor.country ?? "", actor.role,
                                     actor.mentions.count, day, day])
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM actors WHERE kind = ? AND folded = ? AND country = ?"),
                                          arguments: [actor.kind.rawValue, folded, actor.country ?? ""]) else {
            throw StoreError("actor \(actor.name) vanished while being stored")
        }
        return id
    }

    /// Modalities from the weakest to the strongest claim that the event happened.
    static let strength: [String: Int] = ["negated": 0, "possible": 1, "planned": 2, "reported_past": 3, "asserted": 4]

    /// Meetings, calls and agreements have no direction.
    static func isSymmetric(_ code: String) -> Bool {
        code.hasPrefix("04") || code == "036" || code.hasPrefix("057")
    }

    /// The row of a real-world event: same code root, same actors (either way for meetings,
    /// calls and agreements), same date. A planned meeting (036) and its occurrence (04x) of the
    /// same two sides at a compatible date are linked through `planned_id`.
    private static func eventID(_ e: Event, source: Int64?, target: Int64?, day: String, article: Int64, in db: Database) throws -> Int64 {
        let symmetric = isSymmetric(e.code)
        var (a, b) = (source ?? 0, target ?? 0)
        if symmetric, b != 0, b < a { (a, b) = (b, a) }
        let root = String(e.code.prefix(2))
        let key = "\(root)\(symmetric ? "s" : "")|\(a)|\(b)|\(e.date ?? "")"
        let modality = e.modality.rawValue
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, modality, code FROM events WHERE key = ?"), arguments: [key]) {
            let id: Int64 = row["id"]
            let old: String = row["modality"]
            let stronger = (strength[modality] ?? 0) > (strength[old] ?? 0)
            // The more specific code wins ("0233" over "020").
            let oldCode: String = row["code"]
            try db.cachedStatement(sql: """
                UPDATE events SET mentions = mentions + ?,
                    articles = articles + NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_id = events.id AND article_id = ?),
                    modality = ?, code = ?, location = coalesce(location, ?),
                    first_seen = min(first_seen, ?), last_seen = max(last_seen, ?)
                WHERE id = ?
                """).execute(arguments: [e.mentions.count, article, stronger ? modality : old, e.code.count > oldCode.count ? e.code : oldCode,
                                         e.location, day, day, id])
            return id
        }
        try db.cachedStatement(sql: """
            INSERT INTO events (key, code, root, source_id, target_id, date, day, location, modality, mentions, articles, first_seen, last_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """).execute(arguments: [key, e.code, root, source, target, e.date, e.date.flatMap(firstDay(of:)) ?? day, e.location, modality,
                                     e.mentions.count, day, day])
        let id = db.lastInsertedRowID
        try link(id, code: e.code, a: source, b: target, date: e.date, in: db)
        return id
    }

    /// Links a planned meeting and the meeting that took place, whichever is stored second.
    private static func link(_ id: Int64, code: String, a: Int64?, b: Int64?, date: String?, in db: Database) throws {
        guard let a, let b, code == "036" || code.hasPrefix("04") else { return }
        let pair = "((source_id = ? AND target_id = ?) OR (source_id = ? AND target_id = ?))"
        // Compatible dates: equal, one inside the other ("2025-10" and "2025-10-23"), or the
        // plan undated.
        let compatible = "(? IS NULL OR date IS NULL OR date = ? OR date LIKE ? || '-%' OR ? LIKE date || '-%')"
        let args: StatementArguments = [a, b, b, a, date, date, date, date]
        if code == "036" {
            try db.execute(sql: "UPDATE events SET planned_id = ? WHERE planned_id IS NULL AND root = '04' AND \(pair) AND \(compatible)",
                           arguments: [id] + args)
        } else if let plan = try Int64.fetchOne(db, sql: "SELECT id FROM events WHERE code = '036' AND \(pair) AND \(compatible) ORDER BY id DESC LIMIT 1",
                                                arguments: args) {
            try db.execute(sql: "UPDATE events SET planned_id = ? WHERE id = ?", arguments: [plan, id])
        }
    }
}
