import Chronicle
import Foundation
import FuzzDriver

/// Any bytes as one JSON line: an article or a reason, never a crash; an article has a body.
exit(biennien_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch JSONLineParser.parse(bytes, origin: "fuzz:1", defaultID: "fuzz:1") {
    case .success(let article): if article.text.isEmpty { fatalError("an article without text") }
    case .failure(let failure): if failure.reason.isEmpty { fatalError("a failure without a reason") }
    }
    return 0
})
