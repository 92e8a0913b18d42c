import GRDB

/// The database schema, versioned by GRDB's migrator (applied migrations are listed in the
/// table `grdb_migrations`). The file is plain SQLite: any SQLite tool reads it.
///
/// Tables (offsets are Unicode scalar offsets into an article's body, which SQLite's `substr`
/// counts the same way; v3 compresses the body, so SQL reads it as `body_text(body_z)`):
/// - `articles`: one row per distinct article: `hash` (content hash of date and NFC body,
///   unique: ingesting the same article again changes nothing), `source_id` (the input's id),
///   `date`, `url`, `title`, `body_z` (v3; `body` before), `ingested_at`, `timexes` (v3).
/// - `article_search`: FTS5 index (contentless, rowid = `articles.id`) of the folded title and
///   body: lower case, no diacritics, đ → d, so queries match with or without diacritics.
/// - `actors`: people, organizations and countries unified across articles by kind, canonical
///   name (folded) and country; `mentions` and `articles` counts, `first_seen`, `last_seen`.
/// - `actor_aliases`: other names an actor was written under.
/// - `article_actors`: which article names which actor, how often.
/// - `events`: one row per real-world event however many articles report it: CAMEO `code`,
///   `root` (two digits), `source_id`, `target_id` (actors), `date` (TIMEX3, the event's own),
///   `day` (the first day `date` covers, else the first report's date: for sorting), `location`, `modality` (the strongest reported), counts, first and last seen (article
///   dates), `planned_id` (the announced 036 event an occurrence fulfils).
/// - `event_mentions`: each report of an event: article, trigger and sentence offsets, the
///   code and the modality as reported there (the trigger text too, before v3).
/// - `quotes`: direct quotations with their speaker (an actor) and offsets.
/// - `timexes`: the normalized time expressions of each article; from v3 packed into
///   `articles.timexes` instead (`TimexList`).
/// - `actor_mentions` (v2): where each article names each actor, as offsets, for article pages;
///   from v3 packed into `article_actors.spans` instead (`SpanList`).
/// - `actor_roles` (v2): each role an actor was given, with the first and last article dates.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                hash TEXT NOT NULL UNIQUE,
                source_id TEXT NOT NULL,
                date TEXT NOT NULL,
                url TEXT,
                title TEXT,
                body TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX articles_date ON articles(date);
            CREATE VIRTUAL TABLE article_search USING fts5(
                title, body, content = '', tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TABLE actors (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                folded TEXT NOT NULL,
                country TEXT,
                role TEXT,
                mentions INTEGER NOT NULL DEFAULT 0,
                articles INTEGER NOT NULL DEFAULT 0,
                first_seen TEXT,
                last_seen TEXT,
                UNIQUE (kind, folded, country)
            );
            CREATE INDEX actors_folded ON actors(folded);
            CREATE INDEX actors_mentions ON actors(mentions DESC);
            CREATE TABLE actor_aliases (
                actor_id INTEGER NOT NULL REFERENCES actors(id),
                alias TEXT NOT NULL,
                folded TEXT NOT NULL,
                PRIMARY KEY (actor_id, folded)
            ) WITHOUT ROWID;
            CREATE INDEX actor_aliases_folded ON actor_aliases(folded);
            CREATE TABLE article_actors (
                article_id INTEGER NOT NULL REFERENCES articles(id),
                actor_id INTEGER NOT NULL REFERENCES actors(id),
                mentions INTEGER NOT NULL,
                PRIMARY KEY (article_id, actor_id)
            ) WITHOUT ROWID;
            CREATE INDEX article_actors_actor ON article_actors(actor_id, article_id);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                code TEXT NOT NULL,
                root TEXT NOT NULL,
                source_id INTEGER REFERENCES actors(id),
                target_id INTEGER REFERENCES actors(id),
                date TEXT,
                day TEXT NOT NULL,
                location TEXT,
                modality TEXT NOT NULL,
                mentions INTEGER NOT NULL DEFAULT 0,
                articles INTEGER NOT NULL DEFAULT 0,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                planned_id INTEGER REFERENCES events(id)
            );
            CREATE INDEX events_source ON events(source_id, day);
            CREATE INDEX events_pair ON events(source_id, target_id, root, date);
            CREATE INDEX events_target ON events(target_id, day);
            CREATE INDEX events_day ON events(day);
            CREATE TABLE event_mentions (
                id INTEGER PRIMARY KEY,
                event_id INTEGER NOT NULL REFERENCES events(id),
                article_id INTEGER NOT NULL REFERENCES articles(id),
                code TEXT NOT NULL,
                modality TEXT NOT NULL,
                trigger TEXT NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                sentence_start INTEGER NOT NULL,
                sentence_end INTEGER NOT NULL
            );
            CREATE INDEX event_mentions_event ON event_mentions(event_id, article_id);
            CREATE INDEX event_mentions_article ON event_mentions(article_id);
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id),
                speaker_id INTEGER REFERENCES actors(id),
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            CREATE INDEX quotes_speaker ON quotes(speaker_id);
            CREATE TABLE timexes (
                article_id INTEGER NOT NULL REFERENCES articles(id),
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                type TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (article_id, start)
            ) WITHOUT ROWID;
            """)
        }
        migrator.registerMigration("v2: actor spans, roles, article ids", migrate: SchemaV2.migrate)
        migrator.registerMigration("v3: compressed bodies, packed actor spans", migrate: SchemaV3.migrate)
        return migrator
    }
}
