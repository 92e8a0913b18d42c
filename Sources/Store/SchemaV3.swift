import Foundation
import GRDB

/// Migration step v3: the same facts in about half the bytes, nothing lost.
/// - `articles.body` (plain text) becomes `articles.body_z`, the body compressed
///   (`BodyCompression`); SQL reads it as `body_text(body_z)`, a function every connection of
///   `ChronicleStore` registers. Offsets still count the scalars of the text it gives.
/// - `actor_mentions` (one row per span) is folded into `article_actors.spans`, the article's
///   spans of that actor packed in order (`SpanList`).
/// - `timexes` (one row per expression) becomes `articles.timexes`, packed (`TimexList`).
/// - `quotes.text` is NULL when the quote is the body's text at its span (always, so far).
/// - `event_mentions.trigger` is dropped: the trigger's text is the body's text at
///   `trigger_start..<trigger_end`.
enum SchemaV3 {
    static func migrate(_ db: Database) throws {
        db.add(function: compress)
        db.add(function: bodyText)
        defer { db.remove(function: compress) }
        try db.execute(sql: """
            CREATE TABLE articles_v3 (
                id INTEGER PRIMARY KEY,
                hash TEXT NOT NULL UNIQUE,
                source_id TEXT NOT NULL,
                date TEXT NOT NULL,
                url TEXT,
                title TEXT,
                body_z BLOB NOT NULL,
                ingested_at TEXT NOT NULL,
                timexes BLOB
            );
            INSERT INTO articles_v3 (id, hash, source_id, date, url, title, body_z, ingested_at)
                SELECT id, hash, source_id, date, url, title, body_compress(body), ingested_at FROM articles ORDER BY id;
            DROP TABLE articles;
            ALTER TABLE articles_v3 RENAME TO articles;
            CREATE INDEX articles_date ON articles(date);
            CREATE INDEX articles_source ON articles(source_id);
            CREATE TABLE quotes_v3 (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id),
                speaker_id INTEGER REFERENCES actors(id),
                text TEXT,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            INSERT INTO quotes_v3 (id, article_id, speaker_id, text, start, "end")
                SELECT q.id, q.article_id, q.speaker_id,
                    CASE WHEN q.text = substr(body_text(a.body_z), q.start + 1, q."end" - q.start) THEN NULL ELSE q.text END, q.start, q."end"
                FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id;
            DROP TABLE quotes;
            ALTER TABLE quotes_v3 RENAME TO quotes;
            CREATE INDEX quotes_speaker ON quotes(speaker_id);
            CREATE INDEX quotes_article ON quotes(article_id);
            ALTER TABLE article_actors ADD COLUMN spans BLOB;
            ALTER TABLE event_mentions DROP COLUMN trigger;
            """)
        // Each (article, actor)'s spans, packed: SQLite has no aggregate for it, so here.
        let rows = try Row.fetchCursor(db, sql: #"SELECT article_id, actor_id, start, "end" FROM actor_mentions ORDER BY article_id, actor_id, start"#)
        var current: (article: Int64, actor: Int64)?
        var spans = SpanList()
        let update = try db.makeStatement(sql: "UPDATE article_actors SET spans = ? WHERE article_id = ? AND actor_id = ?")
        while let row = try rows.next() {
            let key = (article: row[0] as Int64, actor: row[1] as Int64)
            if let c = current, c != key {
                try update.execute(arguments: [Data(spans.bytes), c.article, c.actor])
                spans = SpanList()
            }
            current = key
            spans.append(start: row[2], end: row[3])
        }
        if let c = current { try update.execute(arguments: [Data(spans.bytes), c.article, c.actor]) }
        try db.execute(sql: "DROP TABLE actor_mentions")

        let timexes = try Row.fetchCursor(db, sql: #"SELECT article_id, start, "end", type, value FROM timexes ORDER BY article_id, start"#)
        let setTimexes = try db.makeStatement(sql: "UPDATE articles SET timexes = ? WHERE id = ?")
        var article: Int64?
        var list = TimexList()
        while let row = try timexes.next() {
            let id: Int64 = row[0]
            if let a = article, a != id {
                try setTimexes.execute(arguments: [Data(list.bytes), a])
                list = TimexList()
            }
            article = id
            list.append(start: row[1], end: row[2], type: row[3], value: row[4])
        }
        if let a = article { try setTimexes.execute(arguments: [Data(list.bytes), a]) }
        try db.execute(sql: "DROP TABLE timexes")
    }

    /// `body_compress(text)`: the stored form of a body, for the migration.
    private static let compress = DatabaseFunction("body_compress", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return Data(BodyCompression.Deflater().compress(text))
    }

    /// `body_text(body_z)`: the text of a stored body, registered on every connection.
    static let bodyText = DatabaseFunction("body_text", argumentCount: 1, pure: true) { values in
        guard case .blob(let data) = values[0].storage else { return nil }
        return data.withUnsafeBytes { raw in
            BodyCompression.decompress(raw.bindMemory(to: UInt8.self))
        }
    }
}
