import ArgumentParser
import Foundation
import PostgresStore
import Store
import VietText

/// How query commands print: text for people, jsonl (one result per line) for scripts.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case jsonl
}

/// Options every query command shares.
struct QueryArguments: ParsableArguments {
    @Option(help: "The database: a SQLite file, or postgres://USER@HOST:PORT/DATABASE (default: $BIENNIEN_DATABASE_URL, else biennien.sqlite).")
    var db: String?

    @Option(help: "Output: text (for people) or jsonl (one result per line).")
    var format: QueryFormat = .text

    /// Opens the database for queries, or exits with a clear message.
    func open() throws -> any ChronicleBackend {
        try DatabaseChoice.open(db, writing: false)
    }
}

/// Which database --db (or BIENNIEN_DATABASE_URL) names, and opening it: a postgres:// URL is
/// PostgreSQL, anything else a SQLite file.
enum DatabaseChoice {
    static let environmentVariable = "BIENNIEN_DATABASE_URL"

    /// --db if given, else the environment variable, else the default SQLite file.
    static func resolve(_ db: String?) -> String {
        if let db { return db }
        if let url = ProcessInfo.processInfo.environment[environmentVariable], !url.isEmpty { return url }
        return ChronicleStore.defaultPath
    }

    /// Opens the database for writing (created or migrated) or for queries (read-only, with
    /// `readers` SQLite connections), or reports why it cannot and exits 1.
    static func open(_ db: String?, writing: Bool, readers: Int = 1) throws -> any ChronicleBackend {
        let target = resolve(db)
        return try reportingStoreErrors {
            if PostgresChronicleStore.isURL(target) { return try PostgresChronicleStore(url: target, writing: writing) }
            return writing ? try ChronicleStore(writingTo: target) : try ChronicleStore(readingFrom: target, readers: readers)
        }
    }
}

/// --from and --to, checked as real dates.
struct DateRange: ParsableArguments {
    @Option(help: "First day (YYYY-MM-DD), inclusive.")
    var from: String?

    @Option(help: "Last day (YYYY-MM-DD), inclusive.")
    var to: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CivilDate(iso: value) == nil { throw ValidationError("\(name) '\(value)' is not a real date YYYY-MM-DD.") }
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }
}

/// Runs a query, turning a database problem into a message and exit status 1.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        StandardStreams.err("biennien: \(error)\n")
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch {
        StandardStreams.err("biennien: database error: \(error)\n")
        throw ExitCode(1)
    }
}

/// Collects output and writes it in large pieces (an export can be millions of lines).
struct BufferedOutput {
    private var buffer = ""

    mutating func line(_ text: String) {
        buffer += text
        buffer += "\n"
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        if !buffer.isEmpty { StandardStreams.out(buffer) }
        buffer = ""
    }
}
