import VietText

/// A pre-Unicode 8-bit Vietnamese encoding. Tables live in `Resources/legacy-encodings.tsv`.
public enum LegacyEncoding: String, Sendable, CaseIterable {
    /// TCVN 5712:1993 (the ABC / ".Vn" fonts; VN1, a superset of VN3).
    case tcvn3
    /// VNI-Windows (the "VNI-" fonts): a diacritic byte after an ASCII vowel.
    case vni
    /// VISCII 1.1.
    case viscii
    /// VPS (Vietnamese Professionals Society).
    case vps
    /// Windows-1258: precomposed base letters and combining tone marks.
    case cp1258

    /// Names a user may write after `--encoding` (case-insensitive).
    public init?(name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "tcvn3", "tcvn", "abc", "tcvn5712", "tcvn57121", "vn3": self = .tcvn3
        case "vni", "vniwindows": self = .vni
        case "viscii": self = .viscii
        case "vps": self = .vps
        case "cp1258", "windows1258": self = .cp1258
        default: return nil
        }
    }

    /// The bytes decoded to Unicode NFC. A byte the encoding leaves undefined becomes U+FFFD.
    public func decode(_ bytes: some Collection<UInt8>) -> String {
        let table = LegacyEncodingTables.shared.decoding[self] ?? LegacyEncodingTables.identity
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if let mapped = table[Int(byte)] {
                scalars.append(contentsOf: mapped)
            } else {
                scalars.append("\u{FFFD}")
            }
        }
        return VietNormalizer.nfc(String(scalars))
    }

    /// The text in this encoding, or nil when some character has no encoding in it. The inverse
    /// of `decode` for Vietnamese text (used by tests and to write fixtures).
    public func encode(_ text: String) -> [UInt8]? {
        let table = LegacyEncoderTables.shared.encoding[self] ?? [:]
        var bytes: [UInt8] = []
        for character in VietNormalizer.nfc(text) {
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
                continue
            }
            let key = String(character)
            guard let encoded = table[key] else { return nil }
            bytes += encoded
        }
        return bytes
    }
}

/// The decoding tables of every legacy encoding, read once from the embedded resource.
struct LegacyEncodingTables: Sendable {
    static let shared = LegacyEncodingTables()
    static let identity: [[Unicode.Scalar]?] = (0..<256).map { [Unicode.Scalar(UInt8($0))] }

    /// Per encoding, 256 entries: the scalars a byte decodes to, nil when undefined.
    let decoding: [LegacyEncoding: [[Unicode.Scalar]?]]

    init() {
        var decoding: [LegacyEncoding: [[Unicode.Scalar]?]] = [:]
        for encoding in LegacyEncoding.allCases { decoding[encoding] = Self.identity }
        if let text = EmbeddedResources.files["legacy-encodings.tsv"] {
            let table = DataTable(name: "legacy-encodings.tsv", text: text)
            for row in table.rows {
                guard let byte = UInt8(row[0], radix: 16) else { continue }
                for encoding in LegacyEncoding.allCases {
                    guard let column = table.column(encoding.rawValue) else { continue }
                    let cell = row[column]
                    if cell == "-" {
                        decoding[encoding]?[Int(byte)] = nil
                    } else {
                        let scalars = cell.split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
                        if !scalars.isEmpty { decoding[encoding]?[Int(byte)] = scalars }
                    }
                }
            }
        }
        self.decoding = decoding
    }
}

/// Encoding tables derived from the decoding ones: every one- and two-byte sequence whose
/// decoding is one character (the shortest wins). Built on first use; only encoding needs it.
struct LegacyEncoderTables: Sendable {
    static let shared = LegacyEncoderTables()

    let encoding: [LegacyEncoding: [String: [UInt8]]]

    init() {
        var encoding: [LegacyEncoding: [String: [UInt8]]] = [:]
        for (name, table) in LegacyEncodingTables.shared.decoding {
            var reverse: [String: [UInt8]] = [:]
            func text(_ bytes: [UInt8]) -> String? {
                var scalars = String.UnicodeScalarView()
                for byte in bytes {
                    guard let mapped = table[Int(byte)] else { return nil }
                    scalars.append(contentsOf: mapped)
                }
                let composed = VietNormalizer.nfc(String(scalars))
                return composed.count == 1 ? composed : nil
            }
            for first in 0..<256 {
                if let key = text([UInt8(first)]), reverse[key] == nil { reverse[key] = [UInt8(first)] }
            }
            // Two bytes only where one does not do: an ASCII or single-byte letter, then marks.
            for first in 0..<256 {
                for second in 0x80..<256 {
                    if let key = text([UInt8(first), UInt8(second)]), reverse[key] == nil {
                        reverse[key] = [UInt8(first), UInt8(second)]
                    }
                }
            }
            encoding[name] = reverse
        }
        self.encoding = encoding
    }
}
