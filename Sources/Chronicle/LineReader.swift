#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in fixed-size chunks, so memory stays flat however
/// large the file. A line longer than `maxLineBytes` is skipped (not buffered) and reported.
public final class LineReader {
    public enum Line {
        case text(number: Int, bytes: ArraySlice<UInt8>)
        case tooLong(number: Int, bytes: Int)
        case readError(number: Int, message: String)
    }

    private let fd: Int32
    private let ownsDescriptor: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var chunk: [UInt8]
    private var atEOF = false
    private var lineNumber = 0
    private var pushedBack: Line?

    /// Reads `fd`; closes it at the end when `ownsDescriptor`.
    public init(fd: Int32, ownsDescriptor: Bool, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.maxLineBytes = maxLineBytes
        self.chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Makes `line` the next one `next()` returns (one line of look-ahead).
    public func pushBack(_ line: Line) { pushedBack = line }

    /// The next line without its `\n` (and `\r`), or nil at the end.
    public func next() -> Line? {
        if let line = pushedBack {
            pushedBack = nil
            return line
        }
        var skipping = 0  // bytes of an over-long line thrown away so far
        while true {
            if let nl = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                lineNumber += 1
                var line = buffer[position..<nl]
                position = nl + 1
                if skipping > 0 || line.count > maxLineBytes {
                    return .tooLong(number: lineNumber, bytes: skipping + line.count)
                }
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                return .text(number: lineNumber, bytes: line)
            }
            if atEOF {
                guard position < buffer.count || skipping > 0 else { return nil }
                lineNumber += 1
                let line = buffer[position...]
                position = buffer.count
                if skipping > 0 || line.count > maxLineBytes {
                    return .tooLong(number: lineNumber, bytes: skipping + line.count)
                }
                return .text(number: lineNumber, bytes: line)
            }
            // Compact, then drop what an over-long line has accumulated.
            buffer.removeSubrange(0..<position)
            position = 0
            if buffer.count > maxLineBytes {
                skipping += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                atEOF = true
                return .readError(number: lineNumber + 1, message: String(cString: strerror(errno)))
            }
            if n == 0 { atEOF = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
