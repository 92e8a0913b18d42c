import Actors
import Chronicle
import Events
import PostgresNIO
import Store
import VietText

/// Writes analyzed articles in one transaction of `PostgresChronicleStore`, as `ArticleWriter`
/// does for SQLite: the article claimed by its hash, actors unified, events merged with the
/// same real-world events. Counts are added (`mentions + n`, `least`, `greatest`) rather than
/// set, so concurrent writers add up.
final class PostgresArticleWriter {
    private let store: PostgresChronicleStore
    private var actorIDs: [String: Int64] = [:]
    private var actorChanges: [Int64: ActorChange] = [:]
    private var aliasesStored: Set<String> = []
    /// What this transaction adds to each (actor, role): articles, first and last dates.
    private var roleChanges: [RoleKey: (articles: Int, first: String, last: String)] = [:]
    private var events: [String: Int64] = [:]
    private var eventStates: [Int64: EventState] = [:]
    /// Actor and event keys met in this transaction, with their ids: published to the store's
    /// cache of committed ids once the transaction commits.
    private(set) var seenIDs: [String: Int64] = [:]

    private struct RoleKey: Hashable {
        let actor: Int64
        let role: String
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

    init(store: PostgresChronicleStore) {
        self.store = store
    }

    /// Statements sent and not yet answered: the connection runs them in order, so a writer
    /// waits only when it needs an answer (ids), and at the end of the transaction.
    private var pending: [EventLoopFuture<PostgresQueryResult>] = []
    /// The first error of a statement that was sent, thrown at the next wait (a failed
    /// statement aborts the transaction, so everything after it fails too).
    private var sentError: Error?

    /// Sends a statement whose answer is not needed now.
    private func send(_ query: PostgresQuery) {
        pending.append(store.writer.query(query, logger: store.logger))
        if pending.count >= 256 {
            for f in pending.prefix(128) {
                do { _ = try f.wait() } catch { sentError = sentError ?? error }
            }
            pending.removeFirst(128)
        }
    }

    /// Runs a statement and waits for its rows (and for every statement sent before it).
    @discardableResult
    private func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        let result = try store.run(query, on: store.writer)
        try waitForPending()
        return result
    }

    /// Waits for every statement sent; the first error is thrown.
    func waitForPending() throws {
        let futures = pending
        pending.removeAll()
        var firstError = sentError
        for f in futures {
            do { _ = try f.wait() } catch { firstError = firstError ?? error }
        }
        if let firstError { throw firstError }
    }

    private func firstID(_ query: PostgresQuery) throws -> Int64? {
        try run(query).rows.first?.decode(Int64.self)
    }

    /// Writes the counts gathered for actors and events, in id order (so two writers lock rows
    /// in the same order).
    func finish() throws {
        for (id, c) in actorChanges.sorted(by: { $0.key < $1.key }) {
            let (mentions, articles) = (Int64(c.mentions), Int64(c.articles))
            send("""
                UPDATE actors SET mentions = mentions + \(mentions), articles = articles + \(articles), role = coalesce(\(c.role), role),
                    first_seen = least(first_seen, \(c.first)), last_seen = greatest(last_seen, \(c.last)) WHERE id = \(id)
                """)
        }
        for (key, r) in roleChanges.sorted(by: { ($0.key.actor, $0.key.role) < ($1.key.actor, $1.key.role) }) {
            // As SQLite's v2: the earliest and latest article dates, one more article each time.
            send("""
                INSERT INTO actor_roles (actor_id, role, first_seen, last_seen, articles) VALUES (\(key.actor), \(key.role), \(r.first), \(r.last), \(Int64(r.articles)))
                ON CONFLICT (actor_id, role) DO UPDATE SET first_seen = least(actor_roles.first_seen, excluded.first_seen),
                    last_seen = greatest(actor_roles.last_seen, excluded.last_seen), articles = actor_roles.articles + excluded.articles
                """)
        }
        for (id, e) in eventStates.sorted(by: { $0.key < $1.key }) {
            let (mentions, articles) = (Int64(e.mentions), Int64(e.articles))
            send("""
                UPDATE events SET mentions = mentions + \(mentions), articles = articles + \(articles),
                    modality = CASE WHEN biennien_strength(\(e.modality)) > biennien_strength(modality) THEN \(e.modality) ELSE modality END,
                    code = CASE WHEN length(\(e.code)) > length(code) THEN \(e.code) ELSE code END,
                    location = coalesce(location, \(e.location)),
                    day = CASE WHEN date IS NULL THEN least(first_seen, \(e.first)) ELSE day END,
                    first_seen = least(first_seen, \(e.first)), last_seen = greatest(last_seen, \(e.last))
                WHERE id = \(id)
                """)
        }
        try waitForPending()
    }

    /// Stores the article unless its content hash is claimed; true when it was new.
    /// Claims the articles of this transaction in one statement; returns the ids of those that
    /// were new, by hash (a hash stored before, or by another writer, is not among them).
    func claim(_ hashes: [String]) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try run("INSERT INTO article_keys (hash) SELECT unnest(\(hashes)::text[]) ON CONFLICT (hash) DO NOTHING RETURNING hash, article_id").rows {
            let (hash, id) = try row.decode((String, Int64).self)
            ids[hash] = id
        }
        return ids
    }

    /// Stores an article that `claim` gave the id `article`.
    func store(_ a: ArticleAnalysis, hash: String, article: Int64, ingestedAt: String) throws {
        let doc = a.document
        let day = a.date.description
        let words = PostgresSearch.words(title: a.title, folded: doc.folded)
        send("""
            INSERT INTO articles (id, hash, source_id, date, url, title, body, ingested_at, search)
            VALUES (\(article), \(hash), \(a.id), \(day), \(a.url), \(a.title), \(doc.body), \(ingestedAt), to_tsvector('simple', \(words)))
            """)
        var ids: [String: Int64] = [:]
        for actor in a.actors {
            let id = try actorID(actor, day: day)
            ids[actor.name] = id
            let count = Int64(actor.mentions.count)
            send("""
                INSERT INTO article_actors (article_id, actor_id, mentions) VALUES (\(article), \(id), \(count))
                ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = article_actors.mentions + excluded.mentions
                """)
            storeSpansAndRole(actor, id: id, article: article, day: day)
            for alias in Set(actor.aliases).sorted() where VietNormalizer.fold(alias) != VietNormalizer.fold(actor.name)
                && aliasesStored.insert("\(id)|\(alias)").inserted {
                send("INSERT INTO actor_aliases (actor_id, alias, folded) VALUES (\(id), \(alias), \(VietNormalizer.fold(alias))) ON CONFLICT DO NOTHING")
            }
        }
        for event in a.events {
            let source = event.source.flatMap { ids[$0] }
            let target = event.target.flatMap { ids[$0] }
            let id = try eventID(event, source: source, target: target, day: day, article: article)
            for m in event.mentions {
                send("""
                    INSERT INTO event_mentions (event_id, article_id, code, modality, trigger, trigger_start, trigger_end, sentence_start, sentence_end)
                    VALUES (\(id), \(article), \(event.code), \(m.modality.rawValue), \(doc.text(m.trigger)),
                            \(m.trigger.start), \(m.trigger.end), \(m.sentence.start), \(m.sentence.end))
                    """)
            }
        }
        for q in a.quotes {
            let speaker = q.speaker.flatMap { ids[$0] }
            send(#"INSERT INTO quotes (article_id, speaker_id, text, start, "end") VALUES (\#(article), \#(speaker), \#(q.text), \#(q.span.start), \#(q.span.end))"#)
        }
        for t in a.timexes {
            send(#"""
                INSERT INTO timexes (article_id, start, "end", type, value) VALUES (\#(article), \#(t.span.start), \#(t.span.end), \#(t.type.rawValue), \#(t.value))
                ON CONFLICT DO NOTHING
                """#)
        }
    }

    /// An actor's spans in the article (the first actor at an offset keeps it, as on SQLite)
    /// and its role, gathered for `finish`.
    private func storeSpansAndRole(_ actor: Actor, id: Int64, article: Int64, day: String) {
        if !actor.mentions.isEmpty {
            let starts = actor.mentions.map { Int64($0.start) }, ends = actor.mentions.map { Int64($0.end) }
            send(#"""
                INSERT INTO actor_mentions (article_id, actor_id, start, "end")
                SELECT \#(article), \#(id), s, e FROM unnest(\#(starts)::int8[], \#(ends)::int8[]) AS u(s, e) ON CONFLICT DO NOTHING
                """#)
        }
        if let role = actor.role, !role.isEmpty {
            let key = RoleKey(actor: id, role: role)
            var r = roleChanges[key] ?? (0, day, day)
            r.articles += 1
            r.first = min(r.first, day)
            r.last = max(r.last, day)
            roleChanges[key] = r
        }
    }

    /// The row of an actor: found, else inserted; when another writer inserts it at the same
    /// time, this one waits for its commit and then finds it.
    private func actorID(_ actor: Actor, day: String) throws -> Int64 {
        let folded = VietNormalizer.fold(actor.name)
        let country = actor.country ?? ""
        let key = "\(actor.kind.rawValue)|\(folded)|\(country)"
        let id: Int64
        if let known = actorIDs[key] {
            id = known
        } else if let committed = store.committedIDs.get("a|" + key) {
            id = committed
            actorIDs[key] = id
            seenIDs["a|" + key] = id
        } else {
            let find: PostgresQuery = "SELECT id FROM actors WHERE kind = \(actor.kind.rawValue) AND folded = \(folded) AND country = \(country)"
            if let found = try firstID(find) {
                id = found
            } else if let inserted = try firstID("""
                INSERT INTO actors (kind, name, folded, country, role, first_seen, last_seen)
                VALUES (\(actor.kind.rawValue), \(actor.name), \(folded), \(country), \(actor.role), \(day), \(day))
                ON CONFLICT (kind, folded, country) DO NOTHING RETURNING id
                """) {
                id = inserted
            } else if let found = try firstID(find) {
                id = found
            } else {
                throw StoreError("actor \(actor.name) could not be stored")
            }
            actorIDs[key] = id
            seenIDs["a|" + key] = id
        }
        actorChanges[id, default: ActorChange(day: day)].add(actor, day: day)
        return id
    }

    /// The row of a real-world event, by the same key as SQLite's (code root, sides, date),
    /// claimed in `event_keys`.
    private func eventID(_ e: Event, source: Int64?, target: Int64?, day: String, article: Int64) throws -> Int64 {
        let key = ArticleWriter.eventKey(e, source: source, target: target), root = String(e.code.prefix(2))
        let modality = e.modality.rawValue
        // An event already stored needs only its id: the counts, modality, code and dates
        // this transaction brings are merged with the row's by the UPDATE of `finish`.
        let id: Int64
        if let known = events[key] {
            id = known
        } else {
            if let committed = store.committedIDs.get("e|" + key) {
                id = committed
            } else if let row = try run("""
                WITH claimed AS (INSERT INTO event_keys (key) VALUES (\(key)) ON CONFLICT (key) DO NOTHING RETURNING event_id)
                SELECT event_id, true FROM claimed UNION ALL SELECT event_id, false FROM event_keys WHERE key = \(key)
                """).rows.first {
                let (found, claimed) = try row.decode((Int64, Bool).self)
                id = found
                if claimed {
                    let first = e.date.flatMap(firstDay(of:)) ?? day
                    send("""
                        INSERT INTO events (id, key, code, root, source_id, target_id, date, day, location, modality, first_seen, last_seen)
                        VALUES (\(id), \(key), \(e.code), \(root), \(source), \(target), \(e.date), \(first), \(e.location), \(modality), \(day), \(day))
                        """)
                    try link(id, code: e.code, a: source, b: target, date: e.date)
                }
            } else if let found = try firstID("SELECT event_id FROM event_keys WHERE key = \(key)") {
                // Claimed by a writer that committed while this statement waited for it.
                id = found
            } else {
                throw StoreError("event \(key) could not be stored")
            }
            eventStates[id] = EventState(modality: modality, code: e.code, location: e.location, first: day, last: day)
            seenIDs["e|" + key] = id
        }
        events[key] = id
        if var state = eventStates[id] {
            state.mentions += e.mentions.count
            if state.lastArticle != article {
                state.articles += 1
                state.lastArticle = article
            }
            if (ArticleWriter.strength[modality] ?? 0) > (ArticleWriter.strength[state.modality] ?? 0) { state.modality = modality }
            if e.code.count > state.code.count { state.code = e.code }
            state.location = state.location ?? e.location
            state.first = min(state.first, day)
            state.last = max(state.last, day)
            eventStates[id] = state
        }
        return id
    }

    /// Links a planned meeting (036) and the meeting that took place (04x), as SQLite does.
    private func link(_ id: Int64, code: String, a: Int64?, b: Int64?, date: String?) throws {
        guard let a, let b, code == "036" || code.hasPrefix("04") else { return }
        for (s, t) in [(a, b), (b, a)] {
            if code == "036" {
                guard let date else { return }
                try run("""
                    UPDATE events SET planned_id = \(id) WHERE source_id = \(s) AND target_id = \(t) AND root = '04'
                        AND date BETWEEN \(date) AND \(date) || '.' AND (date = \(date) OR date LIKE \(date) || '-%') AND planned_id IS NULL
                    """)
            } else {
                let d = date ?? ""
                let (day, month, year) = (d, String(d.prefix(7)), String(d.prefix(4)))
                if let plan = try firstID("""
                    SELECT id FROM events WHERE source_id = \(s) AND target_id = \(t) AND root = '03' AND code = '036'
                        AND (date IS NULL OR date IN (\(day), \(month), \(year))) ORDER BY id DESC LIMIT 1
                    """) {
                    try run("UPDATE events SET planned_id = \(plan) WHERE id = \(id)")
                    return
                }
            }
        }
    }
}
