import ArgumentParser
import Server
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
          biennien serve --db postgres://biennien@db.example:5432/chronicle
        """
    )

    @Option(help: "The database, opened read-only: a SQLite file, or postgres://USER@HOST:PORT/DATABASE (default: $BIENNIEN_DATABASE_URL, else biennien.sqlite).")
    var db: String?

    @Option(help: "Address to listen on: 127.0.0.1 (this machine only) unless you mean to share it, e.g. 0.0.0.0.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "Requests served from the database at once (on SQLite, also its read-only connections).")
    var readers: Int = 8

    @Option(help: "Seconds a request may wait for the database before it is cut off with a 503.")
    var timeout: Int = 10

    func validate() throws {
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
        let store = try DatabaseChoice.open(db, writing: false, readers: readers)
        do {
            try await ChronicleServer.run(store: store, options: options) { StandardStreams.err($0 + "\n") }
        } catch let error as StoreError {
            StandardStreams.err("biennien: \(error)\n")
            throw ExitCode(1)
        }
    }
}
