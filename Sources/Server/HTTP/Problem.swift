import Chronicle
import Foundation

/// An HTTP error as RFC 9457 problem details: the API answers it as
/// `application/problem+json`, the web pages as an HTML page saying the same.
public struct Problem: Error, Sendable, Equatable {
    public let status: Int
    public let title: String
    public let detail: String

    public init(status: Int, title: String, detail: String) {
        self.status = status
        self.title = title
        self.detail = detail
    }

    public static func badRequest(_ detail: String) -> Problem { Problem(status: 400, title: "Bad Request", detail: detail) }
    public static func notFound(_ detail: String) -> Problem { Problem(status: 404, title: "Not Found", detail: detail) }

    /// The problem document; `instance` is the request path.
    public func json(instance: String) -> String {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.field("type"); w.string("about:blank")
        w.field("title"); w.string(title)
        w.field("status"); w.int(status)
        w.field("detail"); w.string(detail)
        w.field("instance"); w.string(instance)
        w.endObject()
        return w.text
    }
}
