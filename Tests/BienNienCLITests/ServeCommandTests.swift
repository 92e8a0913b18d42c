import Foundation
import Testing

@Suite("biennien serve", .serialized)
struct ServeCommandTests {
    @Test("serves the database on loopback, logs each request, and stops cleanly on SIGTERM and SIGINT", arguments: [SIGTERM, SIGINT])
    func serveAndStop(signal: Int32) throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db, "Examples/"]).status == 0)

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line names the address it listens on.
        var text = ""
        while !text.contains("\n") {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let match = try #require(text.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), "\(text)")
        let port = try #require(Int(match.1))
        let stats = try fetch(port: port, path: "/api/stats")
        #expect(stats.contains("\"articles\":10"), "\(stats)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let rest = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(rest)")
        #expect(rest.contains(" GET /api/stats 200 "), "one log line per request: \(rest)")
        #expect(rest.contains("biennien: stopped"), "\(rest)")
    }

    @Test("a missing database is a clear error, and nothing is created")
    func missingDatabase() throws {
        let dir = try CLIRunner.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("none.sqlite").path
        let r = try CLIRunner.run(["serve", "--db", db, "--port", "0"])
        #expect(r.status == 1 && r.stderr.contains("no database at"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// GET over a plain socket: the body.
    func fetch(port: Int, path: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard ok == 0 else { return "" }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        var data = [UInt8](), chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            data += chunk[0..<n]
        }
        return String(decoding: data, as: UTF8.self)
    }
}
