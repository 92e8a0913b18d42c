import ArgumentParser
import Chronicle
import Foundation
import Store

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search of the stored articles, best matches first.",
        discussion: """
        Words must all appear; "quoted words" must appear together; OR between two words accepts \
        either; -word excludes. Diacritics are optional: 'dien dam' finds 'điện đàm', \
        'ngoai truong nga' finds 'Ngoại trưởng Nga'. Any text is a valid query.

        Examples:
          biennien search điện đàm --actor Lavrov
          biennien search '"ngoai truong nga"' --from 2025-10-01 --format jsonl
        """
    )

    @Argument(help: "The query.")
    var query: [String]

    @OptionGroup var range: DateRange

    @Option(help: "Only articles that name this actor.")
    var actor: String?

    @Option(help: "Only articles that report an event with this CAMEO code or prefix.")
    var code: String?

    @Option(help: "Number of results.")
    var limit: Int = 20

    @OptionGroup var common: QueryArguments

    func run() throws {
        let store = try common.open()
        let filter = QueryFilter(from: range.from, to: range.to, actor: actor, code: code, limit: limit)
        let results = try reportingStoreErrors { try store.results(for: query.joined(separator: " "), filter: filter) }
        let hits = results.hits
        if !results.byRelevance, common.format == .text {
            StandardStreams.err("biennien: a word of the query is in more than 2,000 articles: newest matches first; use rarer words or \"phrases\" to rank by relevance\n")
        }
        var out = BufferedOutput()
        for (n, hit) in hits.enumerated() {
            switch common.format {
            case .jsonl: out.line(hit.jsonLine(rank: n + 1, ordered: results.byRelevance ? "relevance" : "newest"))
            case .text:
                out.line("\(n + 1). \(hit.date)  \(hit.article)\(hit.title.map { "  " + $0 } ?? "")")
                out.line("   " + hit.snippet)
            }
        }
        if hits.isEmpty, common.format == .text { out.line("No article matches.") }
        out.flush()
    }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "An actor's events in date order.",
        discussion: """
        Each event once, however many articles report it: date, CAMEO code and description, the \
        other actor, modality, number of articles, and the sentence that is its evidence.

        Examples:
          biennien timeline --actor "Sergey Lavrov"
          biennien timeline --actor putin --with trump --code 04
        """
    )

    @Option(help: "The actor (name or alias, diacritics optional).")
    var actor: String

    @Option(help: "Only events that also involve this actor.")
    var with: String?

    @OptionGroup var range: DateRange

    @Option(help: "Only events with this CAMEO code or prefix.")
    var code: String?

    @Option(help: "Largest number of events.")
    var limit: Int = 1000

    @OptionGroup var common: QueryArguments

    func run() throws {
        let store = try common.open()
        let filter = QueryFilter(from: range.from, to: range.to, actor: actor, with: with, code: code, limit: limit)
        var out = BufferedOutput()
        var count = 0
        try reportingStoreErrors {
            try store.events(filter: filter) { e in
                count += 1
                switch common.format {
                case .jsonl: out.line(EventExport.jsonLine(e))
                case .text:
                    let who = "\(e.source?.name ?? "?") → \(e.target?.name ?? "—")"
                    let date = e.date ?? "(\(e.firstSeen), undated)"
                    out.line("\(date)  \(e.code) \(e.description)")
                    out.line("    \(who) · \(e.modality.replacingOccurrences(of: "_", with: " ")) · \(e.articles) article\(e.articles == 1 ? "" : "s")\(e.location.map { " · " + $0 } ?? "")")
                    out.line("    “\(e.evidence)” (\(e.article))")
                }
            }
        }
        if count == 0, common.format == .text { out.line("No events.") }
        out.flush()
    }
}

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Actors ranked by mentions, with roles, countries and aliases.",
        discussion: """
        Examples:
          biennien actors
          biennien actors --country RUS --kind person
        """
    )

    @Option(help: "Only actors of this country (ISO 3166-1 alpha-3, e.g. VNM, RUS).")
    var country: String?

    @Option(help: "Only people, organizations or countries (person, organization, country).")
    var kind: String?

    @Option(help: "Only actors with this name or alias.")
    var name: String?

    @Option(help: "Number of actors.")
    var limit: Int = 50

    @OptionGroup var common: QueryArguments

    func validate() throws {
        if let kind, !["person", "organization", "country"].contains(kind) {
            throw ValidationError("--kind must be person, organization or country.")
        }
    }

    func run() throws {
        let store = try common.open()
        let rows = try reportingStoreErrors { try store.actors(country: country, kind: kind, name: name, limit: limit) }
        var out = BufferedOutput()
        for (n, a) in rows.enumerated() {
            switch common.format {
            case .jsonl: out.line(a.jsonLine(rank: n + 1))
            case .text:
                let details = [a.kind, a.country, a.role].compactMap { $0 }.joined(separator: ", ")
                let aliases = a.aliases.isEmpty ? "" : "  (also: \(a.aliases.joined(separator: ", ")))"
                out.line("\(String(n + 1).leftPadded(3)). \(a.name) [\(details)]  \(a.mentions) mentions in \(a.articles) article\(a.articles == 1 ? "" : "s")\(aliases)")
            }
        }
        if rows.isEmpty, common.format == .text { out.line("No actors.") }
        out.flush()
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the events, with their reports, as JSON Lines, CSV or GDELT 2.0 TSV.",
        discussion: """
        jsonl: one event per line with every report (article, offsets, sentence, modality). \
        csv: one event per row with a header. gdelt: the 61 columns of the GDELT 2.0 event table \
        (no header), GoldsteinScale and QuadClass from CAMEO, GDELT country codes, the event's \
        own date as SQLDATE. --table mentions writes one line per report of an event instead \
        (gdelt: the 16 columns of GDELT 2.0's mentions table).

        Examples:
          biennien export --format gdelt > events.tsv
          biennien export --format gdelt --table mentions > mentions.tsv
          biennien export --format csv --from 2025-01-01 --to 2025-12-31 > 2025.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, gdelt }

    @Option(help: "jsonl, csv or gdelt.")
    var format: Format = .jsonl

    enum Table: String, ExpressibleByArgument, CaseIterable { case events, mentions }

    @Option(help: "events (one line per event) or mentions (one line per report of an event; gdelt: GDELT 2.0's mentions table).")
    var table: Table = .events

    @OptionGroup var range: DateRange

    @Option(help: "Only events with this CAMEO code or prefix.")
    var code: String?

    @Option(help: "The database: a SQLite file, or postgres://USER@HOST:PORT/DATABASE (default: $BIENNIEN_DATABASE_URL, else biennien.sqlite).")
    var db: String?

    func run() throws {
        let store = try DatabaseChoice.open(db, writing: false)
        let filter = QueryFilter(from: range.from, to: range.to, code: code)
        var out = BufferedOutput()
        if format == .csv { out.line(table == .events ? EventExport.csvHeader : MentionExport.csvHeader) }
        let added = ChronicleStore.timestamp().filter(\.isNumber).prefix(14)
        try reportingStoreErrors {
            try store.events(filter: filter, withReports: format == .jsonl || table == .mentions) { e, reports in
                switch (table, format) {
                case (.events, .jsonl): out.line(EventExport.jsonLine(e, mentions: reports))
                case (.events, .csv): out.line(EventExport.csvLine(e))
                case (.events, .gdelt): out.line(EventExport.gdeltLine(e, added: String(added)))
                case (.mentions, .jsonl): for m in reports ?? [] { out.line(MentionExport.jsonLine(m, event: e)) }
                case (.mentions, .csv): for m in reports ?? [] { out.line(MentionExport.csvLine(m, event: e)) }
                case (.mentions, .gdelt): for m in reports ?? [] { out.line(MentionExport.gdeltLine(m, event: e)) }
                }
            }
        }
        out.flush()
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
