/// Lists kept as one blob per row instead of one row per item (schema v3): a row costs SQLite
/// about ten bytes before its first value, an item packed here two to twelve.
///
/// An article's spans of one actor, packed: for each span in order, the distance from the
/// previous span's start and the span's length, as LEB128 varints (two bytes a span, mostly).
package struct SpanList {
    private(set) var bytes: [UInt8] = []
    private var lastStart = 0

    package init() {}

    /// Appends a span; spans come in order of their start.
    package mutating func append(start: Int, end: Int) {
        BodyCompression.appendVarint(UInt64(max(0, start - lastStart)), to: &bytes)
        BodyCompression.appendVarint(UInt64(max(0, end - start)), to: &bytes)
        lastStart = start
    }

    /// The spans of packed bytes (none for nil or bad bytes).
    package static func spans(_ bytes: [UInt8]?) -> [(start: Int, end: Int)] {
        guard let bytes else { return [] }
        return bytes.withUnsafeBufferPointer { buffer in
            var out: [(Int, Int)] = []
            var i = 0, start = 0
            while i < buffer.count {
                guard let delta = BodyCompression.readVarint(buffer, &i), let length = BodyCompression.readVarint(buffer, &i),
                      delta < 1 << 40, length < 1 << 40 else { break }
                start += Int(delta)
                out.append((start, start + Int(length)))
            }
            return out
        }
    }
}

/// An article's time expressions, packed: for each in order of start, the distance from the
/// previous start and the length (varints), the type (one byte: an index into `types`, or 255
/// followed by the type's text) and the value's UTF-8 text after its byte count.
package struct TimexList {
    private(set) var bytes: [UInt8] = []
    private var lastStart = 0
    static let types = ["DATE", "TIME", "DURATION", "SET"]

    package init() {}

    /// Appends a time expression; they come in order of their start.
    package mutating func append(start: Int, end: Int, type: String, value: String) {
        BodyCompression.appendVarint(UInt64(max(0, start - lastStart)), to: &bytes)
        BodyCompression.appendVarint(UInt64(max(0, end - start)), to: &bytes)
        if let k = Self.types.firstIndex(of: type) {
            bytes.append(UInt8(k))
        } else {
            bytes.append(255)
            Self.appendText(type, to: &bytes)
        }
        Self.appendText(value, to: &bytes)
        lastStart = start
    }

    private static func appendText(_ text: String, to bytes: inout [UInt8]) {
        BodyCompression.appendVarint(UInt64(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    /// The time expressions of packed bytes (none for nil; those before the first bad byte).
    package static func timexes(_ bytes: [UInt8]?) -> [(start: Int, end: Int, type: String, value: String)] {
        guard let bytes else { return [] }
        return bytes.withUnsafeBufferPointer { buffer in
            var out: [(Int, Int, String, String)] = []
            var i = 0, start = 0
            func text() -> String? {
                guard let n = BodyCompression.readVarint(buffer, &i), n <= buffer.count - i else { return nil }
                defer { i += Int(n) }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[i..<(i + Int(n))]), as: UTF8.self)
            }
            while i < buffer.count {
                guard let delta = BodyCompression.readVarint(buffer, &i), let length = BodyCompression.readVarint(buffer, &i),
                      delta < 1 << 40, length < 1 << 40, i < buffer.count else { break }
                let code = buffer[i]
                i += 1
                let type: String
                if Int(code) < types.count { type = types[Int(code)] } else if code == 255, let t = text() { type = t } else { break }
                guard let value = text() else { break }
                start += Int(delta)
                out.append((start, start + Int(length), type, value))
            }
            return out
        }
    }
}
