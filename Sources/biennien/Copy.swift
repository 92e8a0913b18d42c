import ArgumentParser
import Foundation
import Store

struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a SQLite chronicle into another database (PostgreSQL).",
        discussion: """
        Reads every stored article back (id, date, url, title, body) and ingests it into --to: \
        the analysis is deterministic, so the target gets the same actors and events. Articles \
        the target already has are skipped, so a copy that was stopped can be run again.

        Example:
          biennien copy --from biennien.sqlite --to postgres://me@localhost:5432/news
        """
    )

    @Option(help: "The SQLite chronicle to copy.")
    var from: String

    @Option(help: "The database to copy into: postgres://USER@HOST:PORT/DATABASE (or another SQLite file).")
    var to: String

    @Option(help: "Articles analyzed at once (default: the number of processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if from == to { throw ValidationError("--from and --to are the same database.") }
    }

    func run() throws {
        let source = try reportingStoreErrors { try ChronicleStore(readingFrom: from) }
        let target = try DatabaseChoice.open(to, writing: true)
        let result = try reportingStoreErrors { try ChronicleCopy.run(from: source, to: target, jobs: jobs) }
        try? target.checkpoint()
        let counts = (try? target.counts()).map { "; \(target.location) has \($0)" } ?? ""
        StandardStreams.err("biennien: \(result.added) article(s) copied, \(result.known) already there\(counts)\n")
    }
}
