import ArgumentParser
import Chronicle
import Foundation
import VietText

/// `--lexicon DIR` (or `$BIENNIEN_LEXICON`): a folder of .tsv files that add rows to the language
/// tables, for `analyze` and `ingest` alike.
struct LexiconArguments: ParsableArguments {
    @Option(help: ArgumentHelp("A folder of .tsv files that add rows to the language tables (people.tsv, organizations.tsv, groups.tsv, triggers.tsv, modality.tsv …); default: $BIENNIEN_LEXICON when set.", valueName: "dir"))
    var lexicon: String?

    /// The analyzer, with the user lexicon if any; a bad row stops the command with
    /// 'biennien: FILE:LINE: REASON' (exit 65) before any article is read.
    func analyzer(explain: Bool = false) throws -> Analyzer {
        guard let directory = lexicon ?? ProcessInfo.processInfo.environment["BIENNIEN_LEXICON"], !directory.isEmpty else { return Analyzer(explain: explain) }
        do {
            return try Analyzer(lexicon: UserLexicon(directory: directory), explain: explain)
        } catch {
            StandardStreams.err("biennien: \(error)\n")
            throw ExitCode(65)
        }
    }
}
