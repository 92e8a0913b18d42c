import Actors
import Chronicle
import Events
import Foundation
import GRDB
import VietText

/// Writes one analyzed article into the cross-article model: the article and its search
/// entry, its actors unified with those already known, its events merged with the same
/// real-world events of other articles (GDELT's split of events and mentions), its quotes and
/// time expressions.
package final class ArticleWriter {
    let db: Database
    /// Actor rows met in this transaction, by kind, name and country as the analysis gave them.
    private var actorIDs: [ActorKey: Int64] = [:]
    /// What this transaction adds to each actor's counts, written once at the end.
    private var actorChanges: [Int64: ActorChange] = [:]
    private var aliasesStored: Set<AliasKey> = []
    private let deflater = BodyCompression.Deflater()
    // Rows nothing in the transaction reads back, inserted many at a time.
    private let searchRows, actorRows, mentionRows, quoteRows, aliasRows: RowBatch

    /// A writer for one transaction on `db`; call `finish` before it commits.
    init(_ db: Database) {
        self.db = db
        searchRows = RowBatch(db, "INSERT INTO article_search (rowid, title, body)", columns: 3, rowsPerStatement: 16)
        actorRows = RowBatch(db, "INSERT INTO article_actors (article_id, actor_id, mentions, spans)", columns: 4)
        mentionRows = RowBatch(db, """
            INSERT INTO event_mentions (event_id, article_id, code, modality, trigger_start, trigger_end, sentence_start, sentence_end)
            """, columns: 8)
        quoteRows = RowBatch(db, #"INSERT INTO quotes (article_id, speaker_id, text, start, "end")"#, columns: 5)
        aliasRows = RowBatch(db, "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded)", columns: 3)
    }

    /// Writes the rows gathered and the counts gathered for actors and events.
    func finish() throws {
        for batch in [searchRows, actorRows, mentionRows, quoteRows, aliasRows] { try batch.flush() }
        let actorUpdate = try db.cachedStatement(sql: """
            UPDATE actors SET mentions = mentions + ?, articles = articles + ?, role = coalesce(?, role),
                first_seen = min(first_seen, ?), last_seen = max(last_seen, ?) WHERE id = ?
            """)
        for (id, c) in actorChanges {
            try actorUpdate.execute(arguments: [c.mentions, c.articles, c.role, c.first, c.last, id])
        }
        actorChanges.removeAll()
        let eventUpdate = try db.cachedStatement(sql: """
            UPDATE events SET mentions = mentions + ?, articles = articles + ?, modality = ?, code = ?, location = ?,
                first_seen = ?, last_seen = ?, day = CASE WHEN date IS NULL THEN ? ELSE day END WHERE id = ?
            """)
        for (id, e) in eventStates {
            try eventUpdate.execute(arguments: [e.mentions, e.articles, e.modality, e.code, e.location, e.first, e.last, e.first, id])
        }
        eventStates.removeAll()
        events.removeAll()
    }

    /// Stores the article unless its content hash is known; true when it was new.
    func store(_ a: ArticleAnalysis, hash: String, ingestedAt: String) throws -> Bool {
        let doc = a.document
        let day = a.date.description
        // Time expressions packed in order of start; of two at one offset, the first.
        var starts = Set<Int>()
        var timexes = TimexList()
        for t in a.timexes.filter({ starts.insert($0.span.start).inserted }).sorted(by: { $0.span.start < $1.span.start }) {
            timexes.append(start: t.span.start, end: t.span.end, type: t.type.rawValue, value: t.value)
        }
        try db.cachedStatement(sql: """
            INSERT INTO articles (hash, source_id, date, url, title, body_z, ingested_at, timexes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (hash) DO NOTHING
            """).execute(arguments: [hash, a.id, day, a.url, a.title, Data(deflater.compress(doc.body)), ingestedAt, Data(timexes.bytes)])
        guard db.changesCount > 0 else { return false }
        let article = db.lastInsertedRowID
        let articleValue = article.databaseValue
        try searchRows.append(articleValue, (a.title.map(VietNormalizer.fold) ?? "").databaseValue, Document.string(doc.folded[...]).databaseValue)

        // Actors: one row per kind, folded canonical name and country; an offset belongs to
        // the first actor named there.
        var ids: [String: Int64] = [:]
        var named: [(id: Int64, mentions: Int, spans: [Span])] = []
        var row: [Int64: Int] = [:]
        var taken = Set<Int>()
        for actor in a.actors {
            let id = try actorID(actor, day: day)
            ids[actor.name] = id
            let k = row[id] ?? named.count
            if k == named.count {
                row[id] = k
                named.append((id, 0, []))
            }
            named[k].mentions += actor.mentions.count
            for m in actor.mentions where taken.insert(m.start).inserted {
                named[k].spans.append(Span(m.start, m.end))
            }
            try SchemaV2.store(actor: id, role: actor.role, day: day, in: db)
            if !actor.aliases.isEmpty {
                let name = VietNormalizer.fold(actor.name)
                for alias in Set(actor.aliases).sorted() where aliasesStored.insert(AliasKey(actor: id, alias: alias)).inserted {
                    let folded = VietNormalizer.fold(alias)
                    if folded != name { try aliasRows.append(id.databaseValue, alias.databaseValue, folded.databaseValue) }
                }
            }
        }
        for n in named {
            var spans = SpanList()
            for span in n.spans.sorted(by: { $0.start < $1.start }) { spans.append(start: span.start, end: span.end) }
            try actorRows.append(articleValue, n.id.databaseValue, n.mentions.databaseValue, Data(spans.bytes).databaseValue)
        }

        for event in a.events {
            let source = event.source.flatMap { ids[$0] }
            let target = event.target.flatMap { ids[$0] }
            let id = try eventID(event, source: source, target: target, day: day, article: article).databaseValue
            let code = event.code.databaseValue
            for m in event.mentions {
                try mentionRows.append(id, articleValue, code, m.modality.rawValue.databaseValue, m.trigger.start.databaseValue,
                                       m.trigger.end.databaseValue, m.sentence.start.databaseValue, m.sentence.end.databaseValue)
            }
        }
        // A quote's text is kept only when it is not the body's text at its span (v3).
        for q in a.quotes {
            try quoteRows.append(articleValue, q.speaker.flatMap { ids[$0] }.map(\.databaseValue) ?? .null,
                                 q.text == doc.text(q.span) ? .null : q.text.databaseValue, q.span.start.databaseValue, q.span.end.databaseValue)
        }
        return true
    }

    /// An actor as an analysis names it: the cache key that spares folding a name seen before.
    private struct ActorKey: Hashable {
        let kind: Actor.Kind, name: String, country: String?
    }

    private struct AliasKey: Hashable {
        let actor: Int64, alias: String
    }

    /// The row of an actor, created or updated with this article's mentions and role.
    private func actorID(_ actor: Actor, day: String) throws -> Int64 {
        let key = ActorKey(kind: actor.kind, name: actor.name, country: actor.country)
        let id: Int64
        if let known = actorIDs[key] {
            id = known
        } else {
            let folded = VietNormalizer.fold(actor.name)
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
        } else if let (stored, state) = try storedEvent(key) {
            id = stored
            eventStates[id] = state
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

    /// The row of an event stored by an earlier transaction, read in place (no copied row).
    private func storedEvent(_ key: String) throws -> (Int64, EventState)? {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, modality, code, location, first_seen, last_seen FROM events WHERE key = ?"),
                                         arguments: [key])
        return try withExtendedLifetime(cursor) {
            guard let row = try cursor.next() else { return nil }
            return (row[0], EventState(modality: row[1], code: row[2], location: row[3], first: row[4], last: row[5]))
        }
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
                if let plan = try Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT id FROM events WHERE source_id = ? AND target_id = ? AND root = '03' AND code = '036'
                        AND (date IS NULL OR date IN (?, ?, ?)) ORDER BY id DESC LIMIT 1
                    """), arguments: [s, t, d, String(d.prefix(7)), String(d.prefix(4))]) {
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
