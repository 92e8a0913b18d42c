import ArticleFormats
import Foundation
import FuzzDriver

/// Any bytes through the encoding detector and every legacy decoder: no crash, and what a
/// decoder's text encodes back to decodes to the same text.
exit(biennien_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = EncodingDetector.detect(bytes)
    _ = TextDecoding.decode(bytes, encoding: .auto)
    for encoding in LegacyEncoding.allCases {
        let text = encoding.decode(bytes)
        if let again = encoding.encode(text) {
            if encoding.decode(again) != text { fatalError("\(encoding) does not read back what it wrote") }
        }
    }
    return 0
})
