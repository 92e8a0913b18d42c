/// Which character encoding input bytes are read in (`--encoding`).
public enum InputEncoding: Sendable, Equatable, CustomStringConvertible {
    /// UTF-8 when the bytes are valid UTF-8, else the legacy Vietnamese encoding that reads them.
    case auto
    /// UTF-8 only.
    case utf8
    /// This legacy encoding, whatever the bytes look like.
    case legacy(LegacyEncoding)

    /// `auto`, `utf8`, or a legacy encoding's name (`tcvn3`, `vni`, `viscii`, `vps`, `cp1258`).
    public init?(name: String) {
        switch name.lowercased() {
        case "auto": self = .auto
        case "utf8", "utf-8": self = .utf8
        default:
            guard let legacy = LegacyEncoding(name: name) else { return nil }
            self = .legacy(legacy)
        }
    }

    public var description: String {
        switch self {
        case .auto: "auto"
        case .utf8: "utf8"
        case .legacy(let encoding): encoding.rawValue
        }
    }
}

/// Bytes to text: UTF-8, or a legacy Vietnamese encoding detected or forced; a clear reason when
/// they are neither (binary, UTF-16, or the offset of the first byte that is not UTF-8).
public enum TextDecoding {
    /// The decoded text (NFC for a legacy encoding) and the legacy encoding used, if any.
    public static func decode(_ bytes: some Collection<UInt8>, encoding: InputEncoding) -> Result<(text: String, legacy: LegacyEncoding?), DecodingFailure> {
        if bytes.isEmpty { return .failure(.init("empty file")) }
        var body = Array(bytes)
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return .failure(.init("UTF-16 text, not UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)"))
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            return .failure(.init("binary data, not text (NUL byte at offset \(nul))"))
        }
        if case .legacy(let legacy) = encoding { return .success((legacy.decode(body), legacy)) }
        if let text = String(validating: body, as: UTF8.self) { return .success((text, nil)) }
        let offset = firstInvalidUTF8Offset(body)
        if encoding == .auto, let legacy = EncodingDetector.detect(body) {
            return .success((legacy.decode(body), legacy))
        }
        guard let offset else { return .failure(.init("not UTF-8")) }
        let byte = String(body[offset], radix: 16, uppercase: true)
        let legacyNote = encoding == .auto ? "; nor TCVN3, VNI, VISCII, VPS or CP1258 Vietnamese (--encoding forces one)" : ""
        return .failure(.init("not UTF-8 (invalid byte 0x\(byte) at offset \(offset))\(legacyNote)"))
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let need: Int
            switch b {
            case 0x00...0x7F: need = 0
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            case 0xF0...0xF4: need = 3
            default: return i
            }
            if i + need >= bytes.count && need > 0 { return i }
            for k in 0..<need where bytes[i + 1 + k] & 0xC0 != 0x80 { return i }
            i += need + 1
        }
        return nil
    }
}

/// Why bytes could not be read as text.
public struct DecodingFailure: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
