import ArgumentParser
import Chronicle
import Foundation
import VietText

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze articles and print one result per article.",
        discussion: """
        Inputs are raw article files ('date YYYY-MM-DD', then the body), saved HTML pages \
        (.html, .htm, or sniffed), directories (walked recursively for *.txt, *.html, *.htm, in \
        sorted order), JSON Lines files of {"id","date","text"} or of a crawler (news-please, \
        trafilatura; .jsonl, .ndjson, .json), or - for standard input. Files in TCVN3, VNI, \
        VISCII, VPS or Windows-1258 are detected (--encoding). Results stream in input order.

        A bad input (not UTF-8 nor a legacy Vietnamese encoding, binary, empty, no or malformed date, malformed JSON line, too \
        large, unreadable) is reported on stderr as 'biennien: FILE[:LINE]: REASON' and skipped; \
        the rest of the batch goes on.

        Exit status: 0 when every article was analyzed; 1 when some input failed (each one \
        reported on stderr); 64 for a usage error; 65 for a bad row of the --lexicon folder.

        Examples:
          biennien analyze Examples/
          biennien analyze --format text Examples/hanoi-apec.txt
          biennien analyze ../shared/gold/dev.jsonl > out.jsonl
          biennien analyze saved-page.html crawl.jsonl archive-tcvn3.txt
          cat article.txt | biennien analyze --input text --date 2025-10-20 -
          biennien analyze --lexicon ~/biennien-lexicon Examples/
          biennien analyze --chunks --format text Examples/01-dien-dam-viet-nhat.txt
        """
    )

    @OptionGroup var inputs: InputArguments

    @Option(help: "Output format: jsonl (one object per line), json (pretty array), text (report).")
    var format: OutputFormat = .jsonl

    @OptionGroup var lexicon: LexiconArguments

    @Flag(help: "jsonl: add each article's body as \"text\", so 'ingest --analyzed' can store the analyses elsewhere.")
    var withText = false

    @Option(help: "Articles analyzed at once (default: the number of processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Say why each event is there: its trigger row and the argument rules that gave its participants (an \"explain\" list in JSON, indented lines in text).")
    var explain = false

    @Flag(help: "Show the phrase structure the event grammar reads: each sentence's chunks (noun phrases, verb groups with their markers, prepositions, clause boundaries), as a \"chunks\" member in JSON, a line per sentence in text.")
    var chunks = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if chunks && withText { throw ValidationError("--chunks and --with-text cannot be combined.") }
    }

    func run() throws {
        let options = try inputs.options()
        let analyzer = try makeAnalyzer()
        let report = BatchReport()
        let format = self.format
        let withText = self.withText
        let chunks = self.chunks
        if format == .json { StandardStreams.out("[") }
        // Each worker also renders its article's output, so that the thread that reads the
        // input and writes the results does no per-article work of its own.
        OrderedParallelMap.run(
            ArticleStream(paths: inputs.paths, options: options),
            workers: jobs,
            transform: { item in
                item.map { article -> [UInt8] in
                    let analysis = analyzer.analyze(article)
                    switch format {
                    case .jsonl where chunks: return Array((analysis.jsonLineWithChunks + "\n").utf8)
                    case .jsonl: return analysis.jsonLineBytes(withText: withText)
                    case .json: return Array((chunks ? analysis.jsonWithChunks : analysis.json).pretty.utf8)
                    case .text: return Array((TextReport.render(analysis) + (chunks ? analysis.chunkText : "")).utf8)
                    }
                }
            },
            emit: { result in
                switch result {
                case .success(let rendered):
                    let first = report.succeeded()
                    switch format {
                    case .jsonl: break
                    case .json: StandardStreams.out(first ? "\n" : ",\n")
                    case .text: if !first { StandardStreams.out("\n") }
                    }
                    StandardStreams.out(rendered)
                case .failure(let failure):
                    report.failed()
                    StandardStreams.err("biennien: \(failure)\n")
                }
            }
        )
        if format == .json { StandardStreams.out(report.analyzed == 0 ? "]\n" : "\n]\n") }
        if report.failures > 0 {
            StandardStreams.err("biennien: \(report.failures) input(s) failed, \(report.analyzed) article(s) analyzed\n")
            throw ExitCode(1)
        }
    }
}

extension Analyze {
    func makeAnalyzer() throws -> Analyzer { try lexicon.analyzer(explain: explain) }
}

/// Counts of a batch, updated from the emitting thread.
final class BatchReport: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var analyzed = 0
    private(set) var failures = 0

    /// Counts a success; true for the first one.
    func succeeded() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        analyzed += 1
        return analyzed == 1
    }

    func failed() {
        lock.lock()
        failures += 1
        lock.unlock()
    }
}
