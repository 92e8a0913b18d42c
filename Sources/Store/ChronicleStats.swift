import GRDB

/// What the database holds, for a home page and `/api/stats`.
public struct ChronicleStats: Sendable {
    public let counts: ChronicleStore.Counts
    /// The first and last article dates.
    public let firstArticle: String?
    public let lastArticle: String?
    /// Events by CAMEO root, most first: root, its description, count.
    public let roots: [(root: String, description: String, events: Int)]

    package init(counts: ChronicleStore.Counts, firstArticle: String?, lastArticle: String?, roots: [(root: String, description: String, events: Int)]) {
        self.counts = counts
        self.firstArticle = firstArticle
        self.lastArticle = lastArticle
        self.roots = roots
    }
}

extension ChronicleStore {
    /// Counts, article date range and events by CAMEO root.
    public func stats() throws -> ChronicleStats {
        let counts = try counts()
        return try reader.read { db in
            let range = try Row.fetchOne(db, sql: "SELECT min(date) AS first, max(date) AS last FROM articles")
            let roots = try Row.fetchAll(db, sql: "SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY n DESC, root").map {
                (root: $0["root"] as String, description: Cameo.standard.entry($0["root"])?.description ?? "", events: $0["n"] as Int)
            }
            return ChronicleStats(counts: counts, firstArticle: range?["first"], lastArticle: range?["last"], roots: roots)
        }
    }
}
