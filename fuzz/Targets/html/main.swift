import ArticleFormats
import Foundation
import FuzzDriver

/// Any bytes as a saved page: extraction never crashes, and what it returns is clean text.
exit(biennien_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let page = HTMLArticleExtractor.extract(utf8: bytes)
    for paragraph in page.paragraphs {
        if paragraph.isEmpty || paragraph.first == " " || paragraph.last == " " { fatalError("untrimmed paragraph") }
        if paragraph.contains("\n") { fatalError("a paragraph holds a line break") }
    }
    _ = HTMLArticleExtractor.looksLikeHTML(bytes)
    return 0
})
