import Foundation
import VietText

/// Reads one JSON Lines article: `{"id","date","text"}` with optional `url` and `title`; any
/// other field is ignored, so a gold file is valid input.
public enum JSONLineParser {
    public static func parse(_ bytes: some Collection<UInt8>, origin: String, defaultID: String) -> Result<Article, InputFailure> {
        func fail(_ reason: String) -> Result<Article, InputFailure> {
            .failure(InputFailure(origin: origin, reason: reason))
        }
        let decoded = RawArticleParser.decodeUTF8(bytes)
        guard case .success(let line) = decoded else {
            if case .failure(let reason) = decoded { return fail(reason.message) }
            return fail("unreadable line")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            return fail("malformed JSON line (\(shortReason(error)))")
        }
        guard let fields = object as? [String: Any] else {
            return fail("malformed JSON line: an object {\"id\",\"date\",\"text\"} was expected")
        }
        guard let dateValue = fields["date"] else { return fail("no \"date\" field") }
        guard let dateText = dateValue as? String else { return fail("\"date\" is not a string") }
        guard let date = CivilDate(iso: dateText) else {
            return fail("\"date\" is \"\(dateText.prefix(40))\", not a real date YYYY-MM-DD")
        }
        guard let textValue = fields["text"] else { return fail("no \"text\" field") }
        guard let text = textValue as? String else { return fail("\"text\" is not a string") }
        if text.trimmingWhitespace().isEmpty { return fail("\"text\" is empty") }
        let id: String
        switch fields["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = defaultID
        }
        return .success(Article(
            id: id, date: date, text: text,
            url: fields["url"] as? String, title: fields["title"] as? String, origin: origin
        ))
    }

    private static func shortReason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}
