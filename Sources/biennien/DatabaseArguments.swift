import ArgumentParser
import Store
import VietText

/// How query commands print: text for people, jsonl (one result per line) for scripts.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case jsonl
}

/// Options every query command shares.
struct QueryArguments: ParsableArguments {
    @Option(help: "The database file.")
    var db: String = ChronicleStore.defaultPath

    @Option(help: "Output: text (for people) or jsonl (one result per line).")
    var format: QueryFormat = .text

    /// Opens the database read-only, or exits with a clear message.
    func open() throws -> ChronicleStore {
        do {
            return try ChronicleStore(readingFrom: db)
        } catch let error as StoreError {
            StandardStreams.err("biennien: \(error)\n")
            throw ExitCode(1)
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
