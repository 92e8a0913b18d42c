import Foundation
import Store
import VietText

/// Request parameters checked and turned into the store's typed queries; anything wrong is a
/// 400 problem naming the parameter.
public enum Parameters {
    /// Largest page of results any list answers.
    public static let maxLimit = 200

    static func date(_ q: QueryString, _ name: String) throws -> String? {
        guard let value = q[name] else { return nil }
        guard CivilDate(iso: value) != nil, value.count == 10 else {
            throw Problem.badRequest("'\(name)' must be a real date YYYY-MM-DD, not '\(value)'")
        }
        return value
    }

    static func int(_ q: QueryString, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = q[name] else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw Problem.badRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return n
    }

    /// limit (1 … maxLimit) and offset (0 … 1,000,000).
    static func page(_ q: QueryString, defaultLimit: Int) throws -> (limit: Int, offset: Int) {
        (try int(q, "limit", default: defaultLimit, range: 1...maxLimit), try int(q, "offset", default: 0, range: 0...1_000_000))
    }

    static func code(_ q: QueryString) throws -> String? {
        guard let code = q["code"] else { return nil }
        guard (1...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw Problem.badRequest("'code' must be a CAMEO code or prefix of 1 to 4 digits, not '\(code)'")
        }
        return code
    }

    static func text(_ q: QueryString, _ name: String, maxLength: Int = 200) throws -> String? {
        guard let value = q[name] else { return nil }
        guard value.count <= maxLength, !value.contains("\u{FFFD}") else {
            throw Problem.badRequest("'\(name)' must be text of at most \(maxLength) characters")
        }
        return value
    }

    /// A search: q and the filters from, to, actor, code, limit, offset.
    public static func search(_ q: QueryString) throws -> (text: String, filter: QueryFilter) {
        guard let text = try text(q, "q", maxLength: 500) else { throw Problem.badRequest("'q' is required: the words to search for") }
        let (limit, offset) = try page(q, defaultLimit: 20)
        let filter = QueryFilter(from: try date(q, "from"), to: try date(q, "to"), actor: try self.text(q, "actor"),
                                 code: try code(q), limit: limit, offset: offset)
        try checkRange(filter)
        return (text, filter)
    }

    /// A timeline: actor (required), with, from, to, code, limit, offset.
    public static func timeline(_ q: QueryString, defaultLimit: Int = 100) throws -> QueryFilter {
        guard let actor = try text(q, "actor") else { throw Problem.badRequest("'actor' is required: a name or alias") }
        let (limit, offset) = try page(q, defaultLimit: defaultLimit)
        let filter = QueryFilter(from: try date(q, "from"), to: try date(q, "to"), actor: actor, with: try text(q, "with"),
                                 code: try code(q), limit: limit, offset: offset)
        try checkRange(filter)
        return filter
    }

    /// An actor list: country, kind, name, limit, offset.
    public static func actors(_ q: QueryString) throws -> (country: String?, kind: String?, name: String?, limit: Int, offset: Int) {
        let country = q["country"]
        if let country, !(country.count == 3 && country.allSatisfy { $0.isASCII && $0.isLetter }) {
            throw Problem.badRequest("'country' must be an ISO 3166-1 alpha-3 code such as VNM, not '\(country)'")
        }
        let kind = q["kind"]
        if let kind, !["person", "organization", "country"].contains(kind) {
            throw Problem.badRequest("'kind' must be person, organization or country, not '\(kind)'")
        }
        let (limit, offset) = try page(q, defaultLimit: 50)
        return (country?.uppercased(), kind, try text(q, "name"), limit, offset)
    }

    /// A path component as text (the router gives it still percent-encoded).
    public static func pathText(_ raw: String?) -> String {
        raw.map { $0.removingPercentEncoding ?? $0 } ?? ""
    }

    /// A numeric id from a path.
    public static func id(_ text: String, _ what: String) throws -> Int64 {
        guard let id = Int64(text), id > 0 else { throw Problem.notFound("no \(what) has the id '\(text)'") }
        return id
    }

    static func checkRange(_ filter: QueryFilter) throws {
        if let from = filter.from, let to = filter.to, from > to { throw Problem.badRequest("'from' \(from) is after 'to' \(to)") }
    }
}
