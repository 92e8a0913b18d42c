import Foundation

/// A request's query parameters, decoded as a browser's form encodes them (+ is a space,
/// %XX bytes as UTF-8), the last value of a repeated name winning; empty values are absent.
public struct QueryString: Sendable {
    private var values: [String: String] = [:]

    public init(_ query: String?) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String? {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let key = parts.first.flatMap(decode) else { continue }
            let value = parts.count > 1 ? decode(parts[1]) : ""
            guard let value else {
                values[key] = "\u{FFFD}"  // undecodable: present, and rejected by validation
                continue
            }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { values[key] = nil } else { values[key] = trimmed }
        }
    }

    public subscript(_ name: String) -> String? { values[name] }
}
