import ArgumentParser
import ArticleFormats
import Chronicle
import VietText

/// The input options every article-reading command shares.
struct InputArguments: ParsableArguments {
    @Argument(help: "Article files, saved HTML pages, directories, JSON Lines files, or - for standard input.")
    var paths: [String] = []

    @Option(help: "Read inputs as 'text' (raw articles), 'jsonl' or 'html'; default: by extension, else by content.")
    var input: InputFormat?

    @Option(help: "Character encoding of raw files and pages: auto (UTF-8, else a detected legacy Vietnamese one), utf8, tcvn3, vni, viscii, vps or cp1258.")
    var encoding: String = "auto"

    @Option(help: "Publication date (YYYY-MM-DD) for raw articles that have no date header.")
    var date: String?

    @Option(help: "Largest article (raw file or JSON line) in bytes; larger ones are reported and skipped.")
    var maxArticleBytes: Int = 16 << 20

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give article files, directories, JSON Lines files, or - for standard input.") }
        if let date, CivilDate(iso: date) == nil { throw ValidationError("--date '\(date)' is not a real date YYYY-MM-DD.") }
        if InputEncoding(name: encoding) == nil {
            throw ValidationError("--encoding '\(encoding)' is none of auto, utf8, tcvn3, vni, viscii, vps, cp1258.")
        }
        if maxArticleBytes < 1 { throw ValidationError("--max-article-bytes must be positive.") }
    }

    func options() throws -> InputOptions {
        InputOptions(format: input, fallbackDate: date.flatMap { CivilDate(iso: $0) }, maxArticleBytes: maxArticleBytes,
                     encoding: InputEncoding(name: encoding) ?? .auto)
    }
}
