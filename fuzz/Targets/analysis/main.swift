import Chronicle
import Foundation
import FuzzDriver
import VietText

/// The whole analysis of (text, date): the first two bytes pick the article date (within ±90
/// years of 2025), the rest is the text (invalid UTF-8 repaired). Never crashes; every span
/// lies inside the text.
enum Shared {
    static let analyzer = Analyzer()
    static let anchor = CivilDate(year: 2025, month: 1, day: 1)!
}

exit(biennien_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    guard let data, size >= 2 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let offset = (Int(bytes[0]) << 8 | Int(bytes[1])) - 32768
    let date = Shared.anchor.adding(days: offset)
    let text = String(decoding: bytes[2...], as: UTF8.self)
    let analysis = Shared.analyzer.analyze(Article(id: "fuzz", date: date, text: text, origin: "fuzz"))
    let length = analysis.document.scalars.count
    for timex in analysis.timexes {
        guard timex.span.start >= 0 && timex.span.end <= length && timex.span.start <= timex.span.end else { fatalError("timex span out of the text") }
    }
    _ = analysis.jsonLine
    return 0
})
