import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Store

/// How `biennien serve` runs.
public struct ServerOptions: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Threads serving database queries at once (and, on SQLite, read-only connections).
    public var readers = 8
    /// The longest a request waits for the database before a 503.
    public var timeLimit: Duration = .seconds(10)
    /// Largest request target (path and query) and body accepted.
    public var maxTargetBytes = 8192
    public var maxBodyBytes = 16384

    public init() {}
}

/// The HTTP server over a chronicle: web pages and a JSON API under /api/, both calling the
/// store's query functions, the ones the CLI calls.
public enum ChronicleServer {
    /// The application: routes, middleware, the bound address. `onRunning` gets the port
    /// actually bound (useful with port 0).
    public static func application(store: any ChronicleBackend, options: ServerOptions, log: @escaping @Sendable (String) -> Void,
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self)
        router.middlewares.add(RequestLogMiddleware(log: log))
        router.middlewares.add(ProblemMiddleware(maxTargetBytes: options.maxTargetBytes, maxBodyBytes: options.maxBodyBytes))
        let handlers = Handlers(store: store, runner: QueryRunner(timeLimit: options.timeLimit, threads: options.readers))
        PageRoutes.add(to: router, handlers)
        APIRoutes.add(to: router, handlers)
        StaticAssets.add(to: router)
        var logger = Logger(label: "biennien")
        logger.logLevel = .warning
        // Idle connections are closed after a minute; request heads are limited (16 KiB a field,
        // 32 KiB in all, 100 fields).
        let http1 = HTTP1Channel.Configuration(
            idleTimeout: .seconds(60),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 16 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100))
        return Application(responder: HeadAsGet(inner: router.buildResponder()), server: .http1(configuration: http1), configuration: .init(address: .hostname(options.host, port: options.port), serverName: "biennien", backlog: 4096),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? options.port) },
                           logger: logger)
    }

    /// Serves an open database (SQLite opened read-only with `options.readers` connections, or
    /// PostgreSQL) until SIGINT or SIGTERM, then finishes
    /// the requests in flight and returns.
    public static func run(store: any ChronicleBackend, options: ServerOptions, log: @escaping @Sendable (String) -> Void) async throws {
        let app = application(store: store, options: options, log: log) { port in
            log("biennien: serving \(store.location) on http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)/ (Ctrl-C stops)")
        }
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        log("biennien: stopped")
    }
}

/// What every handler shares: the store and the runner that calls it off the async threads.
struct Handlers: Sendable {
    let store: any ChronicleBackend
    let runner: QueryRunner

    func query<T: Sendable>(_ work: @escaping @Sendable (any ChronicleBackend) throws -> T) async throws -> T {
        let store = self.store
        do {
            return try await runner.run { try work(store) }
        } catch let error as StoreError {
            throw Problem.badRequest(error.description)
        }
    }
}
