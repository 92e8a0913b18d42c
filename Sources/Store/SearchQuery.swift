import VietText

/// A user's search text turned into a safe FTS5 query over the folded index.
///
/// The syntax is a small one people already know: words (all must appear), "quoted phrases",
/// OR between two alternatives, and -word to exclude. Everything is folded like the index
/// (lower case, no diacritics, đ → d), so "ngoai truong nga" finds "Ngoại trưởng Nga". Every
/// term reaches FTS5 as a quoted string, so no input can be an FTS5 syntax error: characters
/// FTS5 would read as operators (* : ^ ( ) + NEAR AND NOT) are plain text here.
public struct SearchQuery: Sendable, Equatable {
    /// A word or phrase: its folded words.
    public struct Term: Sendable, Equatable {
        public let words: [String]
        public let excluded: Bool
    }

    /// Alternatives joined by OR; all groups must match.
    public let groups: [[Term]]

    /// The folded words of every included term, to mark hits in a snippet.
    public var highlightTerms: [[String]] { groups.flatMap { $0.filter { !$0.excluded }.map(\.words) } }

    public init(_ text: String) {
        var groups: [[Term]] = []
        var pendingOr = false
        for token in Self.tokens(text) {
            if token == .or {
                pendingOr = !groups.isEmpty
                continue
            }
            guard case let .term(words, excluded) = token, !words.isEmpty else { continue }
            let term = Term(words: words, excluded: excluded)
            if pendingOr, !excluded, var last = groups.popLast(), !last.contains(where: \.excluded) {
                last.append(term)
                groups.append(last)
            } else {
                groups.append([term])
            }
            pendingOr = false
        }
        self.groups = groups
    }

    /// Whether the query has something to look for (a query of exclusions alone has not).
    public var isEmpty: Bool { !groups.contains { $0.contains { !$0.excluded } } }

    /// The FTS5 MATCH expression: quoted terms, AND between groups, OR inside, NOT for exclusions.
    public var match: String {
        var included: [String] = [], excluded: [String] = []
        for group in groups {
            let parts = group.map { "\"" + $0.words.joined(separator: " ") + "\"" }
            if group.allSatisfy(\.excluded) { excluded += parts } else {
                included.append(parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")")
            }
        }
        var text = included.joined(separator: " AND ")
        for e in excluded { text += " NOT " + e }
        return text
    }

    private enum Token: Equatable {
        case term([String], excluded: Bool)
        case or
    }

    /// Words (letters and digits of the folded text) and quoted phrases; "OR" in capitals.
    private static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func words(_ s: ArraySlice<Unicode.Scalar>) -> [String] {
            var out: [String] = [], current = String.UnicodeScalarView()
            for c in s {
                let f = c.folded
                if f.properties.isAlphabetic || f.properties.numericType != nil {
                    current.append(f)
                } else if !current.isEmpty {
                    out.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { out.append(String(current)) }
            return out
        }
        let quotes: Set<Unicode.Scalar> = ["\"", "“", "”", "«", "»"]
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isWhitespace { i += 1; continue }
            var excluded = false
            var start = i
            if c == "-", i + 1 < scalars.count, !scalars[i + 1].properties.isWhitespace {
                excluded = true
                start = i + 1
            }
            if start < scalars.count, quotes.contains(scalars[start]) {
                var end = start + 1
                while end < scalars.count, !quotes.contains(scalars[end]) { end += 1 }
                tokens.append(.term(words(scalars[(start + 1)..<end]), excluded: excluded))
                i = end + 1
                continue
            }
            var end = start
            while end < scalars.count, !scalars[end].properties.isWhitespace, !quotes.contains(scalars[end]) { end += 1 }
            let raw = String(String.UnicodeScalarView(scalars[start..<end]))
            if raw == "OR", !excluded {
                tokens.append(.or)
            } else {
                // A word with inner punctuation ("al-Burhan", "16/10") is a phrase of its parts.
                tokens.append(.term(words(scalars[start..<end]), excluded: excluded))
            }
            i = end
        }
        return tokens
    }
}
