import Foundation
import Testing
@testable import Chronicle

@Suite("Streaming line reader")
struct LineReaderTests {
    /// Writes `content` to a temporary file and reads it back with a tiny chunk size, so that
    /// lines cross chunk boundaries.
    static func lines(_ content: String, max: Int = 100, chunk: Int = 3) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lr-\(UUID().uuidString)")
        try Data(content.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_RDONLY)
        let reader = LineReader(fd: fd, ownsDescriptor: true, maxLineBytes: max, chunkSize: chunk)
        var out: [String] = []
        while let line = reader.next() {
            switch line {
            case .text(let n, let bytes): out.append("\(n):" + String(decoding: bytes, as: UTF8.self))
            case .tooLong(let n, let size): out.append("\(n):too long \(size)")
            case .readError(let n, let m): out.append("\(n):error \(m)")
            }
        }
        return out
    }

    @Test("lines across chunk boundaries, CRLF, and a last line without newline")
    func basics() throws {
        #expect(try Self.lines("một\r\nhai\n\nbốn") == ["1:một", "2:hai", "3:", "4:bốn"])
        #expect(try Self.lines("") == [])
        #expect(try Self.lines("a\n") == ["1:a"])
    }

    @Test("an over-long line is reported by size, not buffered, and reading goes on")
    func tooLong() throws {
        let long = String(repeating: "x", count: 250)
        #expect(try Self.lines("a\n\(long)\nb\n\(long)", max: 10) == ["1:a", "2:too long 250", "3:b", "4:too long 250"])
    }
}
