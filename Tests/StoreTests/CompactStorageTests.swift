import Chronicle
import Foundation
import GRDB
import Testing
import VietText
@testable import Store

/// Schema v3 keeps bodies compressed, actor spans packed and trigger texts derived: every query
/// must give what the analyses held, and a v2 database must migrate to the same answers.
@Suite("Store: compact storage (schema v3) and its migration")
struct CompactStorageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The analyses of Examples/.
    static func examples() throws -> [ArticleAnalysis] {
        let folder = packageRoot.appendingPathComponent("Examples").path
        let analyzer = Analyzer()
        return try ArticleStream(paths: [folder], options: InputOptions()).map { try analyzer.analyze($0.get()) }
    }

    @Test("bodies round-trip through compression, long and short, any script", arguments: [
        "", "a", "Ngoại trưởng Nga Sergey Lavrov điện đàm với người đồng cấp Trung Quốc.",
        String(repeating: "Hà Nội – Thủ đô 🇻🇳 ", count: 5000), "\u{0}\u{1}ÿ",
    ])
    func roundTrip(text: String) throws {
        let stored = BodyCompression.Deflater().compress(text)
        #expect(BodyCompression.decompress(stored) == text)
        #expect(BodyCompression.decompress(Array(stored.dropLast())) == nil || text.isEmpty)
        #expect(BodyCompression.decompress([7, 1, 2]) == nil && BodyCompression.decompress([]) == nil)
    }

    @Test("a Vietnamese article takes less than three quarters of its size (the short Examples/; 3 KB ones about half)")
    func ratio() throws {
        let analyses = try Self.examples()
        let plain = analyses.reduce(0) { $0 + $1.document.body.utf8.count }
        let deflater = BodyCompression.Deflater()
        let packed = analyses.reduce(0) { $0 + deflater.compress($1.document.body).count }
        #expect(plain > 0 && packed * 4 < plain * 3)
    }

    @Test("packed time expressions come back in order, any type", arguments: [
        [(3, 10, "DATE", "2025-10-16"), (12, 12, "SET", "P1W"), (400, 420, "TEMPORAL", "PRESENT_REF"), (70_000, 70_001, "TIME", "")], [],
    ])
    func timexList(list: [(Int, Int, String, String)]) {
        var packed = TimexList()
        for (s, e, t, v) in list { packed.append(start: s, end: e, type: t, value: v) }
        #expect(TimexList.timexes(packed.bytes).map { "\($0.start) \($0.end) \($0.type) \($0.value)" } == list.map { "\($0.0) \($0.1) \($0.2) \($0.3)" })
        #expect(TimexList.timexes(Array(packed.bytes.dropLast())).count == max(0, list.count - 1))
    }

    @Test("packed spans come back in order", arguments: [[(0, 3)], [(5, 9), (5, 7), (300, 420), (70_000, 70_012)], []])
    func spans(list: [(Int, Int)]) {
        var packed = SpanList()
        for (s, e) in list { packed.append(start: s, end: e) }
        #expect(SpanList.spans(packed.bytes).map { [$0.start, $0.end] } == list.map { [$0.0, $0.1] })
    }

    @Test("what the store gives back is what the analyses held: bodies, actor spans, triggers, sentences")
    func storedAsAnalyzed() throws {
        let tmp = try TemporaryStore()
        let analyses = try Self.examples()
        #expect(analyses.count >= 5)
        let store = try tmp.open(writing: true)
        try store.store(analyses)
        for a in analyses {
            let d = try #require(try store.article(a.id))
            #expect(d.body == a.document.body)
            var owner: [Int: String] = [:]  // an offset belongs to the first actor named there
            for actor in a.actors { for m in actor.mentions where owner[m.start] == nil { owner[m.start] = actor.name } }
            let stored = Set(d.actors.flatMap { x in x.spans.map { "\(x.actor.name)@\($0.start)-\($0.end)" } })
            let analyzed = Set(a.actors.flatMap { x in x.mentions.filter { owner[$0.start] == x.name }.map { "\(x.name)@\($0.start)-\($0.end)" } })
            #expect(stored == analyzed, "\(a.id)")
            var starts = Set<Int>()
            let timexes = a.timexes.filter { starts.insert($0.span.start).inserted }.sorted { $0.span.start < $1.span.start }
            #expect(d.timexes.map { "\($0.span) \($0.type) \($0.value)" } == timexes.map { "\($0.span) \($0.type.rawValue) \($0.value)" })
        }
        var reports = 0
        try store.events(filter: QueryFilter(), withReports: true) { _, mentions in
            for m in mentions ?? [] {
                let a = try #require(analyses.first { $0.id == m.article })
                #expect(m.trigger == a.document.text(m.triggerSpan) && m.sentence == a.document.text(m.sentenceSpan))
                reports += 1
            }
        }
        #expect(reports == analyses.reduce(0) { $0 + $1.events.reduce(0) { $0 + $1.mentions.count } })
    }

    @Test("a v2 database migrates to v3 and answers every query as a v3 database of the same articles does")
    func migration() throws {
        let analyses = try Self.examples()
        let fresh = try TemporaryStore()
        let store = try fresh.open(writing: true)
        try store.store(analyses)
        try store.checkpoint()

        // The same content as v2 kept it: plain bodies, one actor_mentions row per span,
        // trigger texts.
        let old = try TemporaryStore()
        var config = Configuration()
        config.foreignKeysEnabled = false  // rows are copied table by table
        let queue = try DatabaseQueue(path: old.path, configuration: config)
        try Schema.migrator.migrate(queue, upTo: "v2: actor spans, roles, article ids")
        try queue.writeWithoutTransaction { db in
            db.add(function: SchemaV3.bodyText)
            try db.execute(sql: "ATTACH DATABASE ? AS v3", arguments: [fresh.path])
            try db.inTransaction {
                try db.execute(sql: """
                    INSERT INTO articles SELECT id, hash, source_id, date, url, title, body_text(body_z), ingested_at FROM v3.articles;
                    INSERT INTO actors SELECT * FROM v3.actors;
                    INSERT INTO actor_aliases SELECT * FROM v3.actor_aliases;
                    INSERT INTO actor_roles SELECT * FROM v3.actor_roles;
                    INSERT INTO article_actors SELECT article_id, actor_id, mentions FROM v3.article_actors;
                    INSERT INTO events SELECT * FROM v3.events;
                    INSERT INTO event_mentions SELECT m.id, m.event_id, m.article_id, m.code, m.modality,
                        substr(body_text(a.body_z), m.trigger_start + 1, m.trigger_end - m.trigger_start),
                        m.trigger_start, m.trigger_end, m.sentence_start, m.sentence_end
                        FROM v3.event_mentions m JOIN v3.articles a ON a.id = m.article_id;
                    INSERT INTO quotes SELECT q.id, q.article_id, q.speaker_id,
                        coalesce(q.text, substr(body_text(a.body_z), q.start + 1, q."end" - q.start)), q.start, q."end"
                        FROM v3.quotes q JOIN v3.articles a ON a.id = q.article_id;
                    """)
                for row in try Row.fetchAll(db, sql: "SELECT id, title, body_text(body_z) AS body FROM v3.articles") {
                    try db.execute(sql: "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", arguments: [
                        row["id"] as Int64, (row["title"] as String?).map(VietNormalizer.fold) ?? "", VietNormalizer.fold(row["body"] as String),
                    ])
                }
                for row in try Row.fetchAll(db, sql: "SELECT id, timexes FROM v3.articles") {
                    for t in TimexList.timexes((row["timexes"] as Data?).map { [UInt8]($0) }) {
                        try db.execute(sql: #"INSERT INTO timexes (article_id, start, "end", type, value) VALUES (?, ?, ?, ?, ?)"#,
                                       arguments: [row["id"] as Int64, t.start, t.end, t.type, t.value])
                    }
                }
                for row in try Row.fetchAll(db, sql: "SELECT article_id, actor_id, spans FROM v3.article_actors") {
                    for s in SpanList.spans((row["spans"] as Data?).map { [UInt8]($0) }) {
                        try db.execute(sql: #"INSERT INTO actor_mentions (article_id, actor_id, start, "end") VALUES (?, ?, ?, ?)"#,
                                       arguments: [row["article_id"] as Int64, row["actor_id"] as Int64, s.start, s.end])
                    }
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE v3")
        }
        let spansBefore = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM actor_mentions") ?? 0 }
        #expect(spansBefore > 20)
        try queue.close()

        let migrated = try old.open(writing: true)
        #expect(try Self.answers(migrated, analyses) == Self.answers(store, analyses))
        #expect(try migrated.counts() == store.counts())
        // Read-only opening works on the migrated file, and the old tables are gone.
        let reader = try ChronicleStore(readingFrom: old.path)
        #expect(try reader.article(analyses[0].id)?.body == analyses[0].document.body)
    }

    /// Every query's answer over the stored articles, as text: searches with snippets, events
    /// with their reports, article pages, actors.
    static func answers(_ store: any ChronicleBackend, _ analyses: [ArticleAnalysis]) throws -> [String] {
        var out: [String] = []
        for q in ["nga", "dien dam", "\"bộ ngoại giao\"", "Ukraine OR Israel", "bắt giữ -nga", "tổng thống"] {
            for h in try store.results(for: q, filter: QueryFilter()).hits {
                out.append("search \(q): \(h.article) \(h.date) \(h.title ?? "") \(h.score) \(h.snippet) \(h.hits)")
            }
        }
        try store.events(filter: QueryFilter(), withReports: true) { e, mentions in
            out.append(EventExport.jsonLine(e, mentions: mentions))
        }
        for a in analyses {
            guard let d = try store.article(a.id) else { out.append("missing \(a.id)"); continue }
            out.append("article \(d.source) \(d.date) \(d.title ?? "") \(d.body.count)")
            out += d.timexes.map { "timex \($0.span) \($0.type) \($0.value)" }
            out += d.actors.map { "actor \($0.actor.name) \($0.role ?? "") \($0.spans)" }
            out += d.events.map { "event \($0.eventID) \($0.code) \($0.modality) \($0.trigger) \($0.sentence)" }
            out += d.quotes.map { "quote \($0.span) \($0.text) \($0.speaker?.name ?? "")" }
        }
        out += try store.actors(country: nil, kind: nil, name: nil, limit: 1000).map { "\($0.name) \($0.mentions) \($0.articles) \($0.aliases)" }
        return out
    }
}
