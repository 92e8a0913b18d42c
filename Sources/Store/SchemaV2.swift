import GRDB

/// Migration step v2: what article and actor pages need that v1 did not keep. Articles stored
/// before it have no actor spans or dated roles (ingest them into a new database to get them).
enum SchemaV2 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE actor_mentions (
                article_id INTEGER NOT NULL REFERENCES articles(id),
                actor_id INTEGER NOT NULL REFERENCES actors(id),
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_id, start)
            ) WITHOUT ROWID;
            CREATE TABLE actor_roles (
                actor_id INTEGER NOT NULL REFERENCES actors(id),
                role TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                articles INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (actor_id, role)
            ) WITHOUT ROWID;
            CREATE INDEX articles_source ON articles(source_id);
            CREATE INDEX events_planned ON events(planned_id) WHERE planned_id IS NOT NULL;
            CREATE INDEX quotes_article ON quotes(article_id);
            """)
    }

    /// Writes the role an article gives an actor (its spans go into `article_actors` from v3).
    static func store(actor: Int64, role: String?, day: String, in db: Database) throws {
        if let role, !role.isEmpty {
            try db.cachedStatement(sql: """
                INSERT INTO actor_roles (actor_id, role, first_seen, last_seen, articles) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (actor_id, role) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen),
                    last_seen = max(last_seen, excluded.last_seen), articles = articles + 1
                """).execute(arguments: [actor, role, day, day])
        }
    }
}
