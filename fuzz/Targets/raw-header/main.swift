import Chronicle
import Foundation
import FuzzDriver

/// Any bytes as a raw article file: decoded (UTF-8 or a detected legacy encoding) and split into
/// date and body, or refused with a reason; a body is never empty.
exit(biennien_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let parsed = RawArticleParser.decode(bytes, encoding: .auto).flatMap {
        RawArticleParser.parse($0, fallbackDate: nil)
    }
    switch parsed {
    case .success(let (_, body)): if body.isEmpty { fatalError("an empty body") }
    case .failure(let reason): if reason.message.isEmpty { fatalError("a failure without a reason") }
    }
    return 0
})
