import ArticleFormats
import Foundation
import VietText

/// Reads one JSON Lines article, recognised by its field names: the project's own
/// `{"id","date","text"}` (optional `url`, `title`; any other field is ignored, so a gold file is
/// valid input), news-please's `maintext` and `date_publish`, trafilatura's `text`, `date` and
/// `source`. A timestamp with a zone gives the local date in Vietnam; a naive one is local.
public enum JSONLineParser {
    /// The fields a body, a date and a URL are read from, first present first.
    static let textFields = ["text", "maintext"]
    static let dateFields = ["date", "date_publish"]
    static let urlFields = ["url", "source"]

    public static func parse(_ bytes: some Collection<UInt8>, origin: String, defaultID: String,
                             fallbackDate: CivilDate? = nil) -> Result<Article, InputFailure> {
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
        /// The first of `names` present with a value that is not null (else the first present).
        func field(_ names: [String]) -> (name: String, value: Any)? {
            let present = names.compactMap { name in fields[name].map { (name, $0) } }
            return present.first { !($0.1 is NSNull) } ?? present.first
        }
        let date: CivilDate
        if let (name, value) = field(dateFields) {
            guard let dateText = value as? String else { return fail("\"\(name)\" is not a string") }
            guard let parsed = NewsTimestamp.localDate(dateText) else {
                return fail("\"\(name)\" is \"\(dateText.prefix(40))\", not a real date YYYY-MM-DD or timestamp")
            }
            date = parsed
        } else if let fallbackDate {
            date = fallbackDate
        } else {
            return fail("no \"date\" field (nor news-please's \"date_publish\"; or pass --date)")
        }
        guard let (textName, textValue) = field(textFields) else { return fail("no \"text\" field (nor news-please's \"maintext\")") }
        guard let text = textValue as? String else { return fail("\"\(textName)\" is not a string") }
        if text.trimmingWhitespace().isEmpty { return fail("\"\(textName)\" is empty") }
        let id: String
        switch fields["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = defaultID
        }
        return .success(Article(
            id: id, date: date, text: text,
            url: field(urlFields)?.value as? String, title: fields["title"] as? String, origin: origin
        ))
    }

    private static func shortReason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}
