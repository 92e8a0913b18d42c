import VietText

/// One dated article as read from the input: what every analysis starts from.
public struct Article: Sendable {
    /// The file name without extension for a raw article; the `id` field of a JSON line.
    public let id: String
    /// The publication date, the anchor of every relative time expression.
    public let date: CivilDate
    /// The body as read (any normalization form); `Document` makes it NFC and trims it.
    public let text: String
    public let url: String?
    public let title: String?
    /// Where it came from, for messages: `path` or `path:line`.
    public let origin: String

    public init(id: String, date: CivilDate, text: String, url: String? = nil, title: String? = nil, origin: String) {
        self.id = id
        self.date = date
        self.text = text
        self.url = url
        self.title = title
        self.origin = origin
    }
}

/// Why one input (a file, or a line of a JSON Lines file) could not become an article.
public struct InputFailure: Error, Sendable, CustomStringConvertible {
    /// `path` or `path:line`.
    public let origin: String
    public let reason: String

    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    public var description: String { "\(origin): \(reason)" }
}

extension Article {
    /// The article as one JSON line of `analyze`'s input: `{"id","date","text"}`.
    public var inputLine: String {
        var w = JSONWriter(capacity: text.utf8.count + 64)
        w.beginObject()
        w.field("id"); w.string(id)
        w.field("date"); w.string(date.description)
        w.field("text"); w.string(text)
        w.endObject()
        return w.text
    }
}
