import ArticleFormats
import Foundation
import VietText

/// Reads the raw article format: an optional `date YYYY-MM-DD` header (leading white space
/// allowed, `date:` too), then the body, on the same line or the next ones.
public enum RawArticleParser {
    /// Decodes bytes as UTF-8 text, or says clearly why they are not (binary, UTF-16, bad byte).
    public static func decodeUTF8(_ bytes: some Collection<UInt8>) -> Result<String, InputFailureReason> {
        decode(bytes, encoding: .utf8)
    }

    /// Decodes bytes as UTF-8 or, when `encoding` allows, a legacy Vietnamese encoding.
    public static func decode(_ bytes: some Collection<UInt8>, encoding: InputEncoding) -> Result<String, InputFailureReason> {
        TextDecoding.decode(bytes, encoding: encoding).map(\.text).mapError { InputFailureReason($0.message) }
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
}

/// The reason part of an `InputFailure`, before it is given its origin.
public struct InputFailureReason: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
