import Foundation
import PostgresNIO
import Store

/// The PostgreSQL schema, versioned: each migration runs once, in order, in its own
/// transaction, and is recorded in `biennien_migrations`.
///
/// The tables are SQLite's (see `Schema` in the Store module) with three changes, all so that
/// many writers agree and so that the layout distributes with Citus (docs/scaling.md):
/// - The claim tables `article_keys (hash → article_id)` and `event_keys (key → event_id)`
///   hold the uniqueness of articles and events. A writer claims a hash or key with `INSERT …
///   ON CONFLICT DO NOTHING`; a second writer waits for the first one's commit and then finds
///   the row. Each unique constraint is on its table's distribution column.
/// - Tables keyed by an article or an event have that id first in their primary key, and no
///   foreign keys between tables that Citus would place on different shards.
/// - Text that is sorted or compared (dates, names, keys) has the "C" collation, so it orders
///   by code point as SQLite does, whatever the database's locale.
/// - Search is a `tsvector` column of the folded title and body (`simple` configuration:
///   no stemming, no stop words) with a GIN index, instead of FTS5.
enum PostgresSchema {
    /// Migrations by name, in order.
    static let migrations: [(name: String, sql: String)] = [("v1", v1), ("v2", v2)]

    static let v1 = """
        CREATE FUNCTION biennien_strength(modality text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE modality WHEN 'negated' THEN 0 WHEN 'possible' THEN 1 WHEN 'planned' THEN 2
                WHEN 'reported_past' THEN 3 WHEN 'asserted' THEN 4 ELSE 0 END
        $$;
        CREATE SEQUENCE articles_id_seq;
        CREATE SEQUENCE events_id_seq;
        CREATE TABLE article_keys (
            hash text COLLATE "C" PRIMARY KEY,
            article_id bigint NOT NULL DEFAULT nextval('articles_id_seq')
        );
        CREATE TABLE articles (
            id bigint PRIMARY KEY,
            hash text COLLATE "C" NOT NULL,
            source_id text NOT NULL,
            date text COLLATE "C" NOT NULL,
            url text,
            title text,
            body text NOT NULL,
            ingested_at text NOT NULL,
            search tsvector NOT NULL
        );
        CREATE INDEX articles_date ON articles (date);
        CREATE INDEX articles_search ON articles USING gin (search);
        CREATE TABLE actors (
            id bigserial PRIMARY KEY,
            kind text NOT NULL,
            name text COLLATE "C" NOT NULL,
            folded text COLLATE "C" NOT NULL,
            country text NOT NULL DEFAULT '',
            role text,
            mentions bigint NOT NULL DEFAULT 0,
            articles bigint NOT NULL DEFAULT 0,
            first_seen text COLLATE "C",
            last_seen text COLLATE "C",
            UNIQUE (kind, folded, country)
        );
        CREATE INDEX actors_folded ON actors (folded);
        CREATE INDEX actors_mentions ON actors (mentions DESC);
        CREATE TABLE actor_aliases (
            actor_id bigint NOT NULL REFERENCES actors (id),
            alias text NOT NULL,
            folded text COLLATE "C" NOT NULL,
            PRIMARY KEY (actor_id, folded)
        );
        CREATE INDEX actor_aliases_folded ON actor_aliases (folded);
        CREATE TABLE article_actors (
            article_id bigint NOT NULL REFERENCES articles (id),
            actor_id bigint NOT NULL REFERENCES actors (id),
            mentions int NOT NULL,
            PRIMARY KEY (article_id, actor_id)
        );
        CREATE INDEX article_actors_actor ON article_actors (actor_id, article_id);
        CREATE TABLE event_keys (
            key text COLLATE "C" PRIMARY KEY,
            event_id bigint NOT NULL DEFAULT nextval('events_id_seq')
        );
        CREATE TABLE events (
            id bigint PRIMARY KEY,
            key text COLLATE "C" NOT NULL,
            code text NOT NULL,
            root text NOT NULL,
            source_id bigint REFERENCES actors (id),
            target_id bigint REFERENCES actors (id),
            date text COLLATE "C",
            day text COLLATE "C" NOT NULL,
            location text,
            modality text NOT NULL,
            mentions int NOT NULL DEFAULT 0,
            articles int NOT NULL DEFAULT 0,
            first_seen text COLLATE "C" NOT NULL,
            last_seen text COLLATE "C" NOT NULL,
            planned_id bigint
        );
        CREATE INDEX events_source ON events (source_id, day);
        CREATE INDEX events_pair ON events (source_id, target_id, root, date);
        CREATE INDEX events_target ON events (target_id, day);
        CREATE INDEX events_day ON events (day, id);
        CREATE TABLE event_mentions (
            event_id bigint NOT NULL REFERENCES events (id),
            id bigserial NOT NULL,
            article_id bigint NOT NULL,
            code text NOT NULL,
            modality text NOT NULL,
            trigger text NOT NULL,
            trigger_start int NOT NULL,
            trigger_end int NOT NULL,
            sentence_start int NOT NULL,
            sentence_end int NOT NULL,
            PRIMARY KEY (event_id, id)
        );
        CREATE INDEX event_mentions_article ON event_mentions (article_id);
        CREATE TABLE quotes (
            article_id bigint NOT NULL REFERENCES articles (id),
            id bigserial NOT NULL,
            speaker_id bigint REFERENCES actors (id),
            text text NOT NULL,
            start int NOT NULL,
            "end" int NOT NULL,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX quotes_speaker ON quotes (speaker_id);
        CREATE TABLE timexes (
            article_id bigint NOT NULL REFERENCES articles (id),
            start int NOT NULL,
            "end" int NOT NULL,
            type text NOT NULL,
            value text NOT NULL,
            PRIMARY KEY (article_id, start)
        );
        """

    /// What article and actor pages need that v1 did not keep, as SQLite's v2 (`SchemaV2`):
    /// each actor's spans in an article, and the roles articles gave an actor with their first
    /// and last dates. Articles stored before it have neither.
    static let v2 = """
        CREATE TABLE actor_mentions (
            article_id bigint NOT NULL REFERENCES articles (id),
            actor_id bigint NOT NULL REFERENCES actors (id),
            start int NOT NULL,
            "end" int NOT NULL,
            PRIMARY KEY (article_id, start)
        );
        CREATE TABLE actor_roles (
            actor_id bigint NOT NULL REFERENCES actors (id),
            role text COLLATE "C" NOT NULL,
            first_seen text COLLATE "C" NOT NULL,
            last_seen text COLLATE "C" NOT NULL,
            articles bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (actor_id, role)
        );
        CREATE INDEX articles_source ON articles (source_id);
        CREATE INDEX events_planned ON events (planned_id) WHERE planned_id IS NOT NULL;
        """

    /// The Citus layout of docs/scaling.md. Runs only where the citus extension is installed
    /// (elsewhere it does nothing), so it is checked on plain PostgreSQL too.
    static let distribute = """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
                PERFORM create_reference_table('actors');
                PERFORM create_reference_table('actor_aliases');
                PERFORM create_distributed_table('article_keys', 'hash');
                PERFORM create_distributed_table('event_keys', 'key');
                PERFORM create_distributed_table('articles', 'id');
                PERFORM create_distributed_table('article_actors', 'article_id', colocate_with => 'articles');
                PERFORM create_distributed_table('quotes', 'article_id', colocate_with => 'articles');
                PERFORM create_distributed_table('timexes', 'article_id', colocate_with => 'articles');
                PERFORM create_distributed_table('events', 'id', colocate_with => 'none');
                PERFORM create_distributed_table('event_mentions', 'event_id', colocate_with => 'events');
            END IF;
        END
        $$;
        """

    /// v2's tables in the Citus layout: spans with their article's shard, roles beside the
    /// actors (a reference table).
    static let distributeV2 = """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
                PERFORM create_distributed_table('actor_mentions', 'article_id', colocate_with => 'articles');
                PERFORM create_reference_table('actor_roles');
            END IF;
        END
        $$;
        """

    /// Applies pending migrations under a transaction-level advisory lock.
    static func migrate(_ connection: PostgresConnection, logger: Logger) throws {
        func run(_ q: PostgresQuery) throws -> PostgresQueryResult { try connection.query(q, logger: logger).wait() }
        _ = try run("BEGIN")
        do {
            _ = try run("SELECT pg_advisory_xact_lock(7285501)")
            _ = try run("CREATE TABLE IF NOT EXISTS biennien_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            let done = Set(try run("SELECT name FROM biennien_migrations").rows.map { try $0.decode(String.self) })
            for m in migrations where !done.contains(m.name) {
                for statement in statements(m.sql) { _ = try run(PostgresQuery(unsafeSQL: statement)) }
                _ = try run("INSERT INTO biennien_migrations (name) VALUES (\(m.name))")
                if m.name == "v1" { _ = try run(PostgresQuery(unsafeSQL: distribute)) }
                if m.name == "v2" { _ = try run(PostgresQuery(unsafeSQL: distributeV2)) }
            }
            _ = try run("COMMIT")
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    /// A migration's statements (the extended protocol takes one at a time): split where a line
    /// ends with a semicolon, which no statement here has inside it.
    static func statements(_ sql: String) -> [String] {
        sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Checks, for a reader, that every migration has been applied.
    static func check(_ connection: PostgresConnection, logger: Logger, location: String) throws {
        let exists = try connection.query("SELECT to_regclass('biennien_migrations') IS NOT NULL", logger: logger).wait()
            .rows.first?.decode(Bool.self) ?? false
        guard exists else {
            throw StoreError("no chronicle in \(location): run 'biennien ingest --db \(location) ARTICLES' first")
        }
        let done = Set(try connection.query("SELECT name FROM biennien_migrations", logger: logger).wait().rows.map { try $0.decode(String.self) })
        guard migrations.allSatisfy({ done.contains($0.name) }) else {
            throw StoreError("\(location) was written by another version of BienNien: run 'biennien ingest' on it to migrate it")
        }
    }
}
