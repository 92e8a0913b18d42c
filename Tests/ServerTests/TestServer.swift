import Chronicle
import Foundation
import Hummingbird
import Store
import VietText
@testable import Server

/// A database built from articles and the server over it, on a free loopback port; `stop`
/// shuts it down and removes the database.
final class TestServer: @unchecked Sendable {
    let port: Int
    let folder: URL
    let log: LogLines
    private let task: Task<Void, any Error>

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The articles of `Examples/`, parsed as `biennien ingest` reads them.
    static func examples() throws -> [Article] {
        let folder = packageRoot.appendingPathComponent("Examples")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard case let .success((date, body)) = RawArticleParser.parse(text, fallbackDate: nil) else { return nil }
            return Article(id: String(name.dropLast(4)), date: date, text: body, origin: name)
        }
    }

    static func start(_ articles: [Article], options: ServerOptions = ServerOptions()) async throws -> TestServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("biennien-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("test.sqlite").path
        let analyzer = Analyzer()
        try ChronicleStore(writingTo: path).store(articles.map(analyzer.analyze))
        let store = try ChronicleStore(readingFrom: path, readers: 4)
        var options = options
        options.host = "127.0.0.1"
        options.port = 0
        let log = LogLines()
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = ChronicleServer.application(store: store, options: options, log: { log.append($0) }) { port in
            continuation.yield(port)
            continuation.finish()
        }
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var port = 0
        for await p in ports { port = p }
        return TestServer(port: port, folder: folder, log: log, task: task)
    }

    private init(port: Int, folder: URL, log: LogLines, task: Task<Void, any Error>) {
        self.port = port
        self.folder = folder
        self.log = log
        self.task = task
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        try? FileManager.default.removeItem(at: folder)
    }

    func get(_ target: String) async throws -> RawHTTP.Response {
        try await RawHTTP.get(port: port, target: target)
    }
}

/// Request log lines, collected.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

/// A minimal HTTP/1.1 client over a socket, so a request target reaches the server exactly
/// as written (no client cleans up `..` or encodings first).
enum RawHTTP {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    static func get(port: Int, target: String, extraHeaders: String = "") async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\(extraHeaders)\r\n", port: port) })
            }
        }
    }

    static func send(_ request: String, port: Int) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            data += chunk[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw POSIXError(.EBADMSG) }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: body)
    }

    /// The body of a chunked response (sizes are in bytes).
    static func dechunk(_ text: String) -> String {
        var bytes = Array(text.utf8)[...]
        var out = [UInt8]()
        while let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\r")) {
            let size = Int(String(decoding: bytes[bytes.startIndex..<lineEnd], as: UTF8.self), radix: 16) ?? 0
            let start = lineEnd + 2
            guard size > 0, start + size <= bytes.endIndex else { break }
            out += bytes[start..<(start + size)]
            bytes = bytes[(start + size + 2)...]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
