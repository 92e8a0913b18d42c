import Chronicle
import Foundation
import GRDB
import VietText

/// A problem with the database, worded for the user.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The chronicle's SQLite database, opened for ingesting (read-write, WAL, migrated to the
/// current schema) or for queries (read-only).
public final class ChronicleStore: Sendable {
    /// The default file name, in the current folder.
    public static let defaultPath = "biennien.sqlite"

    let writer: DatabasePool?
    let reader: any DatabaseReader
    public let path: String

    /// Opens `path` for writing, creating it and applying any pending migration.
    public init(writingTo path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // WAL with NORMAL: a killed process loses nothing committed. A 64 MB page cache
            // keeps the indexes' upper levels in memory as the database grows. A new file gets
            // 8 KB pages: an article row (compressed body and packed lists, ~1.5 KB) wastes a
            // quarter of a 4 KB page, a tenth of an 8 KB one.
            try db.execute(sql: "PRAGMA page_size = 8192; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 16384")
            db.add(function: SchemaV3.bodyText)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
            writer = pool
            reader = pool
        } catch let error as DatabaseError {
            throw StoreError("cannot open \(path) for writing: \(error.message ?? "\(error)")")
        }
    }

    /// Opens an existing database read-only, for queries: one connection, or a pool of
    /// `readers` connections that serve concurrent queries (a server).
    public init(readingFrom path: String, readers: Int = 1) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError("no database at \(path): run 'biennien ingest ARTICLES' first, or give --db FILE")
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        config.maximumReaderCount = max(1, readers)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456")
            db.add(function: SchemaV3.bodyText)
        }
        do {
            let queue: any DatabaseReader = readers > 1
                ? try DatabasePool(path: path, configuration: config) : try DatabaseQueue(path: path, configuration: config)
            let current = try queue.read { db in try Schema.migrator.hasCompletedMigrations(db) }
            guard current else {
                throw StoreError("\(path) was written by another version of BienNien: run 'biennien ingest' on it to migrate it")
            }
            writer = nil
            reader = queue
        } catch let error as DatabaseError {
            throw StoreError("cannot read \(path): \(error.message ?? "\(error)") (is it a BienNien database?)")
        }
    }

    /// Whether an article with this content hash is already stored.
    public func contains(hash: String) throws -> Bool {
        try reader.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM articles WHERE hash = ?", arguments: [hash]) ?? false
        }
    }

    /// The same, with each article's content hash already computed (`ContentHash.of`).
    @discardableResult
    public func store(hashed items: [(analysis: ArticleAnalysis, hash: String)], ingestedAt: String = ChronicleStore.timestamp()) throws -> Int {
        guard let writer else { throw StoreError("\(path) is open read-only") }
        return try writer.write { db in
            let writer = ArticleWriter(db)
            var added = 0
            for item in items where try writer.store(item.analysis, hash: item.hash, ingestedAt: ingestedAt) {
                added += 1
            }
            try writer.finish()
            return added
        }
    }

    /// Counts of the main tables, for reports and tests.
    public func counts() throws -> Counts {
        try reader.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return Counts(articles: try count("articles"), actors: try count("actors"), events: try count("events"),
                          mentions: try count("event_mentions"), quotes: try count("quotes"))
        }
    }

    public struct Counts: Equatable, Sendable, CustomStringConvertible {
        public let articles, actors, events, mentions, quotes: Int

        package init(articles: Int, actors: Int, events: Int, mentions: Int, quotes: Int) {
            (self.articles, self.actors, self.events, self.mentions, self.quotes) = (articles, actors, events, mentions, quotes)
        }

        public var description: String {
            "\(articles) articles, \(actors) actors, \(events) events (\(mentions) mentions), \(quotes) quotes"
        }
    }

    /// Now as an ISO 8601 UTC timestamp.
    public static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
