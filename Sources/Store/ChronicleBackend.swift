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

    /// The article with this input id (the latest stored when several share it), or nil:
    /// its text with every extracted item as offsets (an article page).
    func article(_ source: String) throws -> ArticleDetail?

    /// The event with this id, its reports and planned → held links, or nil.
    func event(_ id: Int64) throws -> EventDetail?

    /// The newest events first (a home page's latest events).
    func latestEvents(limit: Int) throws -> [EventRow]

    /// The actor with this id, or nil; with its roles, weekly chart, co-actors and at most
    /// `limit` of its events, newest first.
    func actor(_ id: Int64, events limit: Int) throws -> ActorDetail?

    /// Counts, article date range and events by CAMEO root.
    func stats() throws -> ChronicleStats

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

    /// The actor with this id and at most 100 of its events, or nil.
    public func actor(_ id: Int64) throws -> ActorDetail? {
        try actor(id, events: 100)
    }

    /// Events by id, in date order (the timeline query, narrowed to these ids).
    package func eventRows(_ ids: [Int64]) throws -> [EventRow] {
        guard !ids.isEmpty else { return [] }
        var filter = QueryFilter()
        filter.eventIDs = ids
        return try eventList(filter)
    }

    /// Every event a filter selects, in a list.
    package func eventList(_ filter: QueryFilter) throws -> [EventRow] {
        var rows: [EventRow] = []
        try events(filter: filter) { rows.append($0) }
        return rows
    }

    /// An actor's events, newest first, at most `limit` (an actor page's list).
    package func latestEvents(ofActor id: Int64, limit: Int) throws -> [EventRow] {
        var filter = QueryFilter(limit: max(1, limit))
        filter.actorID = id
        filter.newestFirst = true
        return try eventList(filter)
    }

    /// Events in date order, filtered, streamed one at a time.
    public func events(filter: QueryFilter, _ each: (EventRow) throws -> Void) throws {
        try events(filter: filter, withReports: false) { e, _ in try each(e) }
    }
}

extension ChronicleStore: ChronicleBackend {
    public var location: String { path }
}
