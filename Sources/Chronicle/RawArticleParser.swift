import Foundation
import VietText

/// Reads the raw article format: an optional `date YYYY-MM-DD` header (leading white space
/// allowed, `date:` too), then the body, on the same line or the next ones.
public enum RawArticleParser {
    /// Decodes bytes as UTF-8 text, or says clearly why they are not (binary, UTF-16, bad byte).
    public static func decodeUTF8(_ bytes: some Collection<UInt8>) -> Result<String, InputFailureReason> {
        if bytes.isEmpty { return .failure(.init("empty file")) }
        var body = Array(bytes)
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return .failure(.init("UTF-16 text, not UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)"))
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            return .failure(.init("binary data, not text (NUL byte at offset \(nul))"))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            guard let offset = firstInvalidUTF8Offset(body) else { return .failure(.init("not UTF-8")) }
            let byte = String(body[offset], radix: 16, uppercase: true)
            return .failure(.init("not UTF-8 (invalid byte 0x\(byte) at offset \(offset))"))
        }
        return .success(text)
    }

    /// Splits a raw article into its date and body. `fallbackDate` dates a file without header.
    public static func parse(_ text: String, fallbackDate: CivilDate?) -> Result<(CivilDate, String), InputFailureReason> {
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex, scalars[i].properties.isWhitespace { i = scalars.index(after: i) }
        if i == scalars.endIndex { return .failure(.init("empty article (only white space)")) }
        let rest = String(scalars[i...])
        guard let header = headerWord(rest) else {
            guard let date = fallbackDate else {
                return .failure(.init("no date header (the first line must be 'date YYYY-MM-DD', or pass --date)"))
            }
            return body(rest, date: date)
        }
        let value = header.value
        guard let date = CivilDate(iso: value) else {
            if value.count == 10, value.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 45 }) {
                return .failure(.init("impossible date '\(value)' in the date header"))
            }
            let shown = value.isEmpty ? "nothing" : "'\(value.prefix(40))'"
            return .failure(.init("malformed date header: \(shown) where YYYY-MM-DD was expected"))
        }
        return body(String(rest.dropFirst(header.length)), date: date)
    }

    private static func body(_ text: String, date: CivilDate) -> Result<(CivilDate, String), InputFailureReason> {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? .failure(.init("empty article body after the date header")) : .success((date, trimmed))
    }

    /// `date` (any case), an optional colon, blanks, then the next blank-free word.
    private static func headerWord(_ text: String) -> (value: String, length: Int)? {
        let chars = Array(text.prefix(64))
        guard chars.count >= 4, String(chars[0..<4]).lowercased() == "date" else { return nil }
        var k = 4
        if k < chars.count, chars[k] == ":" { k += 1 }
        guard k < chars.count, chars[k] == " " || chars[k] == "\t" else {
            // "date" alone on its line is a header without its date; "Dateline…" is prose.
            return chars.count == k || chars[k].isNewline ? ("", k) : nil
        }
        while k < chars.count, chars[k] == " " || chars[k] == "\t" { k += 1 }
        let start = k
        while k < chars.count, !chars[k].isWhitespace { k += 1 }
        return (String(chars[start..<k]), k)
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
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

/// The reason part of an `InputFailure`, before it is given its origin.
public struct InputFailureReason: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
