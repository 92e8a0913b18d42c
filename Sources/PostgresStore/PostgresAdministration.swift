import Foundation
import PostgresNIO
import Store

extension PostgresChronicleStore {
    /// Runs statements outside a transaction on the server at `url` (CREATE or DROP DATABASE),
    /// for tests and tools that set up databases.
    package static func execute(_ sql: String, at url: String) throws {
        let target = try PostgresURL(url)
        var logger = Logger(label: "biennien.postgres.admin")
        logger.logLevel = .critical
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: try target.configuration(), id: 0, logger: logger
        ).wait()
        defer { try? connection.close().wait() }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
        } catch {
            throw describe(error, location: target.redacted)
        }
    }

    /// The same server URL with another database name.
    package static func url(_ url: String, database: String) throws -> String {
        guard var components = URLComponents(string: url) else { throw StoreError("'\(url)' is not a URL") }
        components.path = "/" + database
        guard let text = components.string else { throw StoreError("'\(url)' is not a URL") }
        return text
    }
}

/// A new, empty database on a test server, dropped when this goes away: what the PostgreSQL
/// tests use. The server is named by the environment variable `BIENNIEN_TEST_DATABASE_URL`
/// (`.ci/run` and `scripts/postgres-test-cluster` start one); without it the tests skip.
package final class TemporaryPostgresDatabase: Sendable {
    /// The environment variable that names the test server.
    package static let variable = "BIENNIEN_TEST_DATABASE_URL"

    /// The test server's URL, when one is configured.
    package static var server: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    package let name: String
    package let url: String
    private let server: String

    package init() throws {
        guard let server = Self.server else { throw StoreError("\(Self.variable) is not set") }
        self.server = server
        name = "biennien_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        url = try PostgresChronicleStore.url(server, database: name)
        try PostgresChronicleStore.execute("CREATE DATABASE \(name)", at: server)
    }

    deinit {
        try? PostgresChronicleStore.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", at: server)
    }
}
