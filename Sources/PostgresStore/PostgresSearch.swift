import PostgresNIO
import Store
import VietText

/// Full-text search on PostgreSQL: the folded words of each article in a `tsvector` (`simple`
/// configuration), and `SearchQuery` turned into a `tsquery`: `&` between groups, `|` inside
/// one, `<->` between the words of a phrase, `!` for exclusions. Every word is a quoted lexeme
/// of letters and digits, so no user text can be a tsquery syntax error.
enum PostgresSearch {
    /// Words beyond this many are not indexed (a tsvector holds at most 1 MB).
    static let maxWords = 100_000

    /// The folded title and body as words separated by spaces: runs of letters and digits, cut
    /// as `SearchQuery` cuts a query, so the parser meets nothing it would split differently.
    static func words(title: String?, folded body: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        var inWord = false
        func add<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
            for s in scalars where count < maxWords {
                if s.properties.isAlphabetic || s.properties.numericType != nil {
                    if !inWord, !out.isEmpty { out.append(" ") }
                    out.append(s)
                    inWord = true
                } else if inWord {
                    inWord = false
                    count += 1
                }
            }
            if inWord { count += 1 }
            inWord = false
        }
        if let title { add(VietNormalizer.fold(title).unicodeScalars) }
        add(body)
        return String(out)
    }

    /// The tsquery text of a parsed query.
    static func tsquery(_ query: SearchQuery) -> String {
        func term(_ t: SearchQuery.Term) -> String {
            let phrase = t.words.map(lexeme).joined(separator: " <-> ")
            return t.words.count > 1 ? "(" + phrase + ")" : phrase
        }
        var included: [String] = [], excluded: [String] = []
        for group in query.groups {
            let parts = group.map(term)
            if group.allSatisfy(\.excluded) { excluded += parts } else {
                included.append(parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " | ") + ")")
            }
        }
        return (included + excluded.map { "!" + $0 }).joined(separator: " & ")
    }

    /// One phrase as a tsquery.
    static func tsquery(phrase words: [String]) -> String {
        words.map(lexeme).joined(separator: " <-> ")
    }

    /// A word as a quoted lexeme (words hold letters and digits only; quotes doubled anyway).
    static func lexeme(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// SQL text with numbered parameters, for queries assembled from optional filters.
struct SQLBuilder {
    var sql = ""
    var binds = PostgresBindings()

    /// Appends a value and returns its placeholder ("$3").
    mutating func bind<T: PostgresDynamicTypeEncodable>(_ value: T) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}
