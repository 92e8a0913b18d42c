import Chronicle

/// A chronicle database, whatever engine keeps it: SQLite (`ChronicleStore`, one file) or
/// PostgreSQL (`PostgresChronicleStore` in the `PostgresStore` module, many writers). The
/// commands, the ingest pipeline and any server speak only to this interface, so the query
/// semantics are the same on both.
///
/// Calls block the calling thread until the database answers; call them from threads of your
/// own (the CLI's, the ingest pipeline's), not from an executor that the answer itself needs.
public protocol ChronicleBackend: AnyObject, Sendable {
    /// Where the database is, for messages (a path, or a URL without its password).
    var location: String { get }

    /// Whether an article with this content hash is already stored.
    func contains(hash: String) throws -> Bool

    /// Stores analyzed articles, each with its content hash (`ContentHash.of`), in one
    /// transaction; those already stored are skipped. Returns how many were new.
    @discardableResult
    func store(hashed items: [(analysis: ArticleAnalysis, hash: String)], ingestedAt: String) throws -> Int

    /// Counts of the main tables.
    func counts() throws -> ChronicleStore.Counts

    /// Articles matching a query with snippets, best first or newest first (`SearchResults`).
    func results(for text: String, filter: QueryFilter) throws -> SearchResults

    /// Events in date order, filtered, each with its reports when `withReports`.
    func events(filter: QueryFilter, withReports: Bool, _ each: (EventRow, [MentionRow]?) throws -> Void) throws

    /// Every report of the given events, in order.
    func mentions(of eventIDs: [Int64]) throws -> [MentionRow]

    /// Actors ranked by mentions, from the `offset`-th.
    func actors(country: String?, kind: String?, name: String?, limit: Int, offset: Int) throws -> [ActorRow]

    /// Makes what was written durable and compact after a run (SQLite: folds the write-ahead
    /// log into the file); nothing to do where the server takes care of it.
    func checkpoint() throws
}

extension ChronicleBackend {
    /// Stores analyzed articles (hashing each one); returns how many were new.
    @discardableResult
    public func store(_ analyses: [ArticleAnalysis], ingestedAt: String = ChronicleStore.timestamp()) throws -> Int {
        try store(hashed: analyses.map { (analysis: $0, hash: ContentHash.of(date: $0.date, body: $0.document.body)) }, ingestedAt: ingestedAt)
    }

    /// Articles matching a query, best first, with snippets.
    public func search(_ text: String, filter: QueryFilter) throws -> [SearchHit] {
        try results(for: text, filter: filter).hits
    }

    /// Actors ranked by mentions.
    public func actors(country: String?, kind: String?, name: String?, limit: Int) throws -> [ActorRow] {
        try actors(country: country, kind: kind, name: name, limit: limit, offset: 0)
    }

    /// Events in date order, filtered, streamed one at a time.
    public func events(filter: QueryFilter, _ each: (EventRow) throws -> Void) throws {
        try events(filter: filter, withReports: false) { e, _ in try each(e) }
    }
}

extension ChronicleStore: ChronicleBackend {
    public var location: String { path }
}
