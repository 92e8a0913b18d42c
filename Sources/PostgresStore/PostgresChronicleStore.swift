import Chronicle
import Foundation
import PostgresNIO
import Store

/// The chronicle in a PostgreSQL database: the same tables, query semantics and idempotence as
/// the SQLite `ChronicleStore`, for many ingesters writing at once (unique constraints with
/// `ON CONFLICT`, transactions retried on deadlocks) and many readers on other machines.
///
/// Opened by a URL `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]`. Calls
/// block the calling thread on the connection's event loop future, so this type is used from
/// ordinary threads (the CLI, the ingest pipeline), never from an event loop.
public final class PostgresChronicleStore: ChronicleBackend, @unchecked Sendable {
    /// The URL without its password, for messages.
    public let location: String
    /// Writes go through one connection, one transaction at a time (`writeLock`); reads through
    /// another, so `contains` checks from analysis threads never wait behind a chunk.
    let writer: PostgresConnection
    let reader: PostgresConnection
    let logger: Logger
    private let writeLock = NSLock()
    private let writable: Bool
    /// Ids of actors and events by key, from committed transactions (a committed row is never
    /// deleted, so its id stays right): most lookups of a long ingest need no round trip.
    let committedIDs = IDCache()

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Connects to the database at `url`; when `writing`, creates or migrates its tables (under
    /// an advisory lock, so ingesters starting together migrate once), else checks that they
    /// are there and current.
    public init(url: String, writing: Bool) throws {
        let target = try PostgresURL(url)
        location = target.redacted
        writable = writing
        var logger = Logger(label: "biennien.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let writer = try Self.connect(target, logger: logger)
        let reader: PostgresConnection
        do {
            reader = try Self.connect(target, logger: logger)
        } catch {
            try? writer.close().wait()
            throw error
        }
        self.writer = writer
        self.reader = reader
        do {
            if writing {
                try PostgresSchema.migrate(writer, logger: logger)
            } else {
                try PostgresSchema.check(reader, logger: logger, location: location)
            }
        } catch {
            close()
            throw Self.describe(error, location: location)
        }
    }

    deinit { close() }

    /// Closes both connections (also done when the store goes away); closing twice is harmless.
    public func close() {
        try? writer.close().wait()
        try? reader.close().wait()
    }

    private static func connect(_ target: PostgresURL, logger: Logger) throws -> PostgresConnection {
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: try target.configuration(), id: 1, logger: logger
            ).wait()
        } catch {
            throw StoreError("cannot connect to \(target.redacted): \(Self.message(error)) (is the server running, and the URL right?)")
        }
    }

    /// A PostgreSQL error as a `StoreError` with the server's message.
    static func describe(_ error: Error, location: String) -> Error {
        if error is StoreError { return error }
        return StoreError("\(location): \(message(error))")
    }

    static func message(_ error: Error) -> String {
        if let e = error as? PSQLError {
            if let text = e.serverInfo?[.message] { return text }
            if let underlying = e.underlying { return "\(underlying)" }
            return "\(e.code)"
        }
        return "\(error)"
    }

    /// The SQLSTATE of a server error ("40P01" for a deadlock).
    static func sqlState(_ error: Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Runs one statement and returns all its rows.
    @discardableResult
    func run(_ query: PostgresQuery, on connection: PostgresConnection? = nil) throws -> PostgresQueryResult {
        try (connection ?? reader).query(query, logger: logger).wait()
    }

    public func contains(hash: String) throws -> Bool {
        try !run("SELECT 1 FROM article_keys WHERE hash = \(hash)").rows.isEmpty
    }

    public func counts() throws -> ChronicleStore.Counts {
        let rows = try run("""
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM event_mentions), (SELECT count(*) FROM quotes)
            """).rows
        guard let row = rows.first else { throw StoreError("\(location): no counts") }
        let (a, b, c, d, e) = try row.decode((Int64, Int64, Int64, Int64, Int64).self)
        return ChronicleStore.Counts(articles: Int(a), actors: Int(b), events: Int(c), mentions: Int(d), quotes: Int(e))
    }

    /// Nothing to do: the server makes each commit durable.
    public func checkpoint() throws {}

    @discardableResult
    public func store(hashed items: [(analysis: ArticleAnalysis, hash: String)], ingestedAt: String) throws -> Int {
        guard writable else { throw StoreError("\(location) is open read-only") }
        // At most 100 articles per transaction: another writer waiting for a key this one
        // claimed waits for one short transaction, not for a whole chunk.
        var added = 0
        for start in stride(from: 0, to: items.count, by: 100) {
            added += try store(transaction: Array(items[start..<min(items.count, start + 100)]), ingestedAt: ingestedAt)
        }
        return added
    }

    private func store(transaction items: [(analysis: ArticleAnalysis, hash: String)], ingestedAt: String) throws -> Int {
        try writeLock.withLock {
            // Another ingester may hold rows this chunk needs in the opposite order: PostgreSQL
            // then aborts one transaction (deadlock, serialization failure); it is run again.
            var attempt = 0
            while true {
                attempt += 1
                do {
                    try run("BEGIN", on: writer)
                    let w = PostgresArticleWriter(store: self)
                    var claimed = try w.claim(items.map(\.hash))
                    var added = 0
                    for item in items {
                        // The same article twice in one batch is stored once.
                        guard let article = claimed.removeValue(forKey: item.hash) else { continue }
                        try w.store(item.analysis, hash: item.hash, article: article, ingestedAt: ingestedAt)
                        added += 1
                    }
                    try w.finish()
                    try run("COMMIT", on: writer)
                    committedIDs.add(w.seenIDs)
                    return added
                } catch {
                    _ = try? run("ROLLBACK", on: writer)
                    let state = Self.sqlState(error)
                    guard attempt < 20, state == "40P01" || state == "40001" else {
                        throw Self.describe(error, location: location)
                    }
                    usleep(UInt32.random(in: 5_000...(20_000 * UInt32(min(attempt, 10)))))
                }
            }
        }
    }
}

/// Ids by key, shared by the threads of one store.
final class IDCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: Int64] = [:]

    func get(_ key: String) -> Int64? { lock.withLock { ids[key] } }

    func add(_ more: [String: Int64]) {
        lock.withLock {
            if ids.count > 2_000_000 { ids.removeAll() }
            ids.merge(more) { $1 }
        }
    }
}
