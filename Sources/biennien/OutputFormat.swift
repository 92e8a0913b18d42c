import ArgumentParser
import Chronicle

/// How `analyze` prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per line (FORMAT.md), for scripts and the scorer.
    case jsonl
    /// One pretty-printed JSON array, for people.
    case json
    /// A short readable report per article.
    case text
}

extension InputFormat: ExpressibleByArgument {}
