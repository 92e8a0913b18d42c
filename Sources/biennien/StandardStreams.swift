import Foundation

/// Writes to standard output and standard error without buffering surprises: each call is one
/// write, so output streams article by article and interleaves correctly with messages.
enum StandardStreams {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Bytes as they are (a JSON line), with no copy into `Data`; a failed write (a closed
    /// pipe) drops the rest, as `FileHandle` would.
    static func out(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = write(1, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
