import Foundation

/// Analyses made elsewhere (`biennien analyze --with-text`), read back line by line from JSON
/// Lines files or standard input ("-"); a bad line is a failure naming its file and line, and
/// the stream goes on.
public final class AnalysisStream: IteratorProtocol, Sequence {
    private var pending: [String]
    private var current: (reader: LineReader, origin: String)?
    private let maxLineBytes: Int

    public init(paths: [String], maxLineBytes: Int = 64 << 20) {
        pending = paths.reversed()
        self.maxLineBytes = maxLineBytes
    }

    public func next() -> Result<ArticleAnalysis, InputFailure>? {
        while true {
            if let (reader, origin) = current {
                guard let line = reader.next() else { current = nil; continue }
                switch line {
                case .text(let number, let bytes):
                    guard bytes.contains(where: { $0 != 32 && $0 != 9 }) else { continue }
                    do {
                        return .success(try ArticleAnalysis(jsonLine: bytes, origin: "\(origin):\(number)"))
                    } catch let failure as InputFailure {
                        return .failure(failure)
                    } catch {
                        return .failure(InputFailure(origin: "\(origin):\(number)", reason: "\(error)"))
                    }
                case .tooLong(let number, let bytes):
                    return .failure(InputFailure(origin: "\(origin):\(number)", reason: "line of \(bytes) bytes is too large"))
                case .readError(let number, let message):
                    return .failure(InputFailure(origin: "\(origin):\(number)", reason: message))
                }
            }
            guard let path = pending.popLast() else { return nil }
            if path == "-" {
                current = (LineReader(fd: 0, ownsDescriptor: false, maxLineBytes: maxLineBytes), "<stdin>")
                continue
            }
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return .failure(InputFailure(origin: path, reason: "cannot open: \(String(cString: strerror(errno)))")) }
            current = (LineReader(fd: fd, ownsDescriptor: true, maxLineBytes: maxLineBytes), path)
        }
    }
}
