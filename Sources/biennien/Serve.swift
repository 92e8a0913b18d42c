import ArgumentParser
import Server
import PostgresStore
import Store

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the chronicle as web pages and a JSON API (read-only).",
        discussion: """
        Pages: / (search box, latest events), /search?q=…, /articles/ID, /actors/ID, /events/ID, \
        /timeline?actor=…&with=…. The JSON API is under /api/ and described at /api/openapi.json. \
        Binds loopback unless --host says otherwise; one line per request on stderr; Ctrl-C or \
        SIGTERM stops it after the requests in flight.

        Examples:
          biennien serve
          biennien serve --db chronicle.sqlite --port 9000
        """
    )

    @Option(help: "The database file (opened read-only).")
    var db: String = ChronicleStore.defaultPath

    @Option(help: "Address to listen on: 127.0.0.1 (this machine only) unless you mean to share it, e.g. 0.0.0.0.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "Database connections serving requests at once.")
    var readers: Int = 8

    @Option(help: "Seconds a request may wait for the database before it is cut off with a 503.")
    var timeout: Int = 10

    func validate() throws {
        // The pages' detail queries exist for SQLite only so far (the PostgreSQL backend answers
        // the CLI's queries): say so instead of looking for a file named like the URL.
        if PostgresChronicleStore.isURL(db) {
            throw ValidationError("serve reads a SQLite chronicle for now; the PostgreSQL backend answers ingest, search, timeline, actors and export.")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
        guard (1...64).contains(readers) else { throw ValidationError("--readers must be 1 to 64.") }
        guard (1...600).contains(timeout) else { throw ValidationError("--timeout must be 1 to 600 seconds.") }
    }

    func run() async throws {
        var options = ServerOptions()
        options.host = host
        options.port = port
        options.readers = readers
        options.timeLimit = .seconds(timeout)
        do {
            try await ChronicleServer.run(databasePath: db, options: options) { StandardStreams.err($0 + "\n") }
        } catch let error as StoreError {
            StandardStreams.err("biennien: \(error)\n")
            throw ExitCode(1)
        }
    }
}
