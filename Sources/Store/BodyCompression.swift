import CZlib

/// Article bodies as the SQLite store keeps them (schema v3): a format byte (1: raw deflate,
/// RFC 1951, zlib without header or checksum; 0: stored as is), the UTF-8 byte count as a
/// LEB128 varint, then the bytes.
/// A 3 KB Vietnamese article takes a third to a half of its size. SQL reads the text with the
/// function `body_text(body)`, which every connection of `ChronicleStore` registers.
package enum BodyCompression {
    /// Compresses `text`; one `Deflater` serves many calls on one thread.
    package final class Deflater {
        private var stream = z_stream()
        private var ready = false
        private var output: [UInt8] = []

        package init() {
            ready = deflateInit2_(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                  zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        }

        deinit {
            if ready { deflateEnd(&stream) }
        }

        /// The stored form of `text`.
        package func compress(_ text: String) -> [UInt8] {
            var text = text
            return text.withUTF8 { utf8 in compress(utf8) }
        }

        private func compress(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            var out: [UInt8] = [1]
            BodyCompression.appendVarint(UInt64(utf8.count), to: &out)
            guard ready, deflateReset(&stream) == Z_OK, let input = utf8.baseAddress else {
                out[0] = 0
                out.append(contentsOf: utf8)
                return out
            }
            let bound = Int(deflateBound(&stream, UInt(utf8.count)))
            if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
            let written: Int = output.withUnsafeMutableBufferPointer { buffer in
                stream.next_in = UnsafeMutablePointer(mutating: input)
                stream.avail_in = UInt32(utf8.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                _ = deflate(&stream, Z_FINISH)
                return buffer.count - Int(stream.avail_out)
            }
            out.append(contentsOf: output[0..<written])
            return out
        }
    }

    /// The text of a stored body; nil when the bytes are not one.
    package static func decompress(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { decompress($0) }
    }

    /// The same over a borrowed buffer (SQLite's blob, without copying it).
    package static func decompress(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.isEmpty, let base = bytes.baseAddress, bytes[0] <= 1 else { return nil }
        var i = 1
        guard let count = readVarint(bytes, &i), count < 1 << 34 else { return nil }
        if bytes[0] == 0 {
            guard bytes.count - i == Int(count) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[i...]), as: UTF8.self)
        }
        if count == 0 { return "" }
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var failed = false
        let text = String(unsafeUninitializedCapacity: Int(count)) { out in
            stream.next_in = UnsafeMutablePointer(mutating: base + i)
            stream.avail_in = UInt32(bytes.count - i)
            stream.next_out = out.baseAddress
            stream.avail_out = UInt32(out.count)
            let status = inflate(&stream, Z_FINISH)
            failed = status != Z_STREAM_END || stream.avail_out != 0
            return failed ? 0 : out.count
        }
        return failed ? nil : text
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while i < bytes.count, shift < 63 {
            let b = bytes[i]
            i += 1
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
