/// HTML built piece by piece, escaped by default: text and attribute values always go through
/// `escape`, tag and attribute names are string literals, and markup that is not escaped must
/// be asked for by name with `unescaped(_:)`, which takes only a string literal.
public struct HTML: Sendable {
    public private(set) var output = ""

    public init() {}

    /// Text, escaped.
    public mutating func text(_ s: String) { output += Self.escape(s) }

    /// A string literal written as it is (markup the program itself wrote, never data).
    public mutating func unescaped(_ literal: StaticString) { output += literal.description }

    /// Markup already built by another `HTML` (itself escaped).
    public mutating func append(_ other: HTML) { output += other.output }

    /// An opening tag; attributes with a nil value are left out.
    public mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        output += "<" + tag.description
        for (name, value) in attributes {
            guard let value else { continue }
            output += " " + name.description + "=\"" + Self.escape(value) + "\""
        }
        output += ">"
    }

    public mutating func close(_ tag: StaticString) { output += "</" + tag.description + ">" }

    /// An element holding escaped text.
    public mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// An element whose content `body` writes.
    public mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], _ body: (inout HTML) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// A link to a page of this site (`Link` builds the path, escaped components).
    public mutating func link(_ href: Link, text: String, class className: String? = nil) {
        element("a", ["href": href.path, "class": className], text: text)
    }

    /// Escapes the five characters that matter in text and quoted attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\0": out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// A path on this site, with each variable part percent-encoded, so data never changes the
/// shape of a URL.
public struct Link: Sendable, Equatable {
    public let path: String

    public static let home = Link(path: "/")
    public static func article(_ id: String) -> Link { Link(path: "/articles/" + component(id)) }
    public static func actor(_ id: Int64) -> Link { Link(path: "/actors/\(id)") }
    public static func event(_ id: Int64) -> Link { Link(path: "/events/\(id)") }

    /// A page with query parameters (nil and empty values left out).
    public static func page(_ path: StaticString, _ query: [(String, String?)]) -> Link {
        let parts = query.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : component(key) + "=" + component($0) } }
        return Link(path: path.description + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&")))
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986).
    public static func component(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
