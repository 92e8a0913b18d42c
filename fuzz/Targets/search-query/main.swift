import Foundation
import FuzzDriver
import Store

/// Any text as a search query: compiled without a crash into an FTS5 expression whose every
/// term is a quoted string (an even number of quotes, so no input is FTS5 syntax).
exit(biennien_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let query = SearchQuery(String(decoding: bytes, as: UTF8.self))
    let match = query.match
    if match.unicodeScalars.filter({ $0 == "\"" }).count % 2 != 0 { fatalError("unbalanced quotes in \(match)") }
    if !query.isEmpty && match.isEmpty { fatalError("a query with terms compiles to nothing") }
    _ = query.highlightTerms
    return 0
})
