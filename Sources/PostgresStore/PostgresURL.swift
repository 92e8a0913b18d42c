import Foundation
import PostgresNIO
import Store

/// A `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|require]` URL, parsed.
struct PostgresURL {
    let host: String
    let port: Int
    let user: String
    let password: String?
    let database: String
    let requireTLS: Bool

    init(_ text: String) throws {
        guard PostgresChronicleStore.isURL(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw StoreError("'\(text)' is not a PostgreSQL URL: give postgres://USER@HOST:PORT/DATABASE")
        }
        self.host = host
        port = url.port ?? 5432
        user = url.user?.removingPercentEncoding ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = url.password?.removingPercentEncoding
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        let mode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        guard mode == "disable" || mode == "require" else {
            throw StoreError("sslmode=\(mode) is not supported: use disable or require")
        }
        requireTLS = mode == "require"
    }

    /// The URL as the user may see it: no password.
    var redacted: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS = requireTLS
            ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }
}
