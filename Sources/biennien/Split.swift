import ArgumentParser
import Chronicle
import Foundation
import VietText

struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each article's sentences, one per line, with their offsets.",
        discussion: """
        Shows how the body was normalized and split: 'ID START END SENTENCE', tab-separated; \
        with --tokens, the syllable tokens of each sentence follow it, separated by '|'.
        Reads the same inputs as 'analyze'.

        Example: biennien split Examples/
        """
    )

    @OptionGroup var inputs: InputArguments

    @Flag(help: "Also print the tokens of each sentence.")
    var tokens = false

    func run() throws {
        var failures = 0
        for item in ArticleStream(paths: inputs.paths, options: try inputs.options()) {
            switch item {
            case .success(let article):
                let doc = Document(text: article.text, date: article.date)
                var out = ""
                for sentence in doc.sentences {
                    out += "\(article.id)\t\(sentence.span.start)\t\(sentence.span.end)\t\(doc.text(sentence.span))\n"
                    if tokens {
                        out += "\t\t\t" + doc.tokens[sentence.tokens].map { doc.text($0.span) }.joined(separator: "|") + "\n"
                    }
                }
                StandardStreams.out(out)
            case .failure(let failure):
                failures += 1
                StandardStreams.err("biennien: \(failure)\n")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
