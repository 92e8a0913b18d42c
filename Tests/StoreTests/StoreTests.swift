import Chronicle
import Foundation
import Testing
import VietText
import PostgresStore
@testable import Store

/// The engines the store's tests run on: SQLite always, PostgreSQL when a test server is
/// configured (`BIENNIEN_TEST_DATABASE_URL`; `.ci/run` starts one).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [Backend] { TemporaryPostgresDatabase.server == nil ? [.sqlite] : [.sqlite, .postgres] }
    var testDescription: String { rawValue }
}

/// A fresh database, removed afterwards: a SQLite file in a temporary folder, or a new
/// PostgreSQL database on the test server.
final class TemporaryStore {
    let backend: Backend
    let folder: URL
    let path: String
    private let postgres: TemporaryPostgresDatabase?

    init(_ backend: Backend = .sqlite) throws {
        self.backend = backend
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("biennien-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        postgres = backend == .postgres ? try TemporaryPostgresDatabase() : nil
        path = postgres?.url ?? folder.appendingPathComponent("test.sqlite").path
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func open(writing: Bool) throws -> any ChronicleBackend {
        switch backend {
        case .sqlite: return writing ? try ChronicleStore(writingTo: path) : try ChronicleStore(readingFrom: path)
        case .postgres: return try PostgresChronicleStore(url: path, writing: writing)
        }
    }

    func ingest(_ articles: [(id: String, date: String, text: String)]) throws -> any ChronicleBackend {
        let store = try open(writing: true)
        let analyzer = Analyzer()
        try store.store(articles.map { a in
            analyzer.analyze(Article(id: a.id, date: CivilDate(iso: a.date)!, text: a.text, origin: a.id))
        })
        return store
    }
}

@Suite("Store: the chronicle database")
struct StoreTests {
    static let callA = (id: "a", date: "2025-10-17", text: """
        Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Donald Trump hôm 16/10. \
        Hai nhà lãnh đạo thảo luận về xung đột Ukraine.
        """)
    static let callB = (id: "b", date: "2025-10-18", text: """
        Điện Kremlin cho biết cuộc điện đàm giữa Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin \
        diễn ra ngày 16/10 và kéo dài hơn hai giờ.
        """)

    @Test("two articles reporting the same call give one event with two mentions in two articles", arguments: Backend.available)
    func mergedAcrossArticles(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.callA, Self.callB])
        var calls: [EventRow] = []
        try store.events(filter: QueryFilter(code: "041")) { calls.append($0) }
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        // The call in both articles, and the talks the two leaders held in it ("thảo luận").
        #expect(call.date == "2025-10-16" && call.articles == 2 && call.mentions == 3, "\(call)")
        #expect(Set([call.source?.name, call.target?.name]) == ["Vladimir Putin", "Donald Trump"])
        #expect(call.firstSeen == "2025-10-17" && call.lastSeen == "2025-10-18")
        let reports = try store.mentions(of: [call.id])
        #expect(Set(reports.map(\.article)) == ["a", "b"])
        #expect(reports.allSatisfy { $0.sentence.contains("điện đàm") || $0.sentence.contains("thảo luận") })
        // One actor row per person across articles, with both articles counted.
        let putin = try store.actors(country: "RUS", kind: "person", name: nil, limit: 5)
        #expect(putin.map(\.name) == ["Vladimir Putin"] && putin.first?.articles == 2)
    }

    @Test("an undated event sorts by its earliest report, whichever article came first", arguments: Backend.available)
    func undatedOrder(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let later = (id: "late", date: "2025-10-20", text: "Tổng thống Nga Vladimir Putin từng chỉ trích Liên minh châu Âu.")
        let earlier = (id: "early", date: "2025-08-07", text: "Tổng thống Nga Vladimir Putin từng chỉ trích Liên minh châu Âu, theo hãng tin TASS.")
        _ = try tmp.ingest([later])
        let store = try tmp.ingest([earlier])
        var rows: [EventRow] = []
        try store.events(filter: QueryFilter(code: "11")) { rows.append($0) }
        #expect(rows.map { "\($0.date ?? "-") \($0.day) \($0.firstSeen) \($0.articles)" } == ["- 2025-08-07 2025-08-07 2"])
    }

    @Test("ingesting the same articles again changes nothing", arguments: Backend.available)
    func idempotent(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let first = try tmp.ingest([Self.callA, Self.callB]).counts()
        let store = try tmp.ingest([Self.callB, Self.callA, Self.callA])
        #expect(try store.counts() == first)
        #expect(try store.store([Analyzer().analyze(Article(id: "other-name", date: CivilDate(iso: Self.callA.date)!, text: "\n  " + Self.callA.text + "\n", origin: "x"))]) == 0)
    }

    @Test("searches with and without diacritics, đ included, find the same articles", arguments: Backend.available)
    func diacritics(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.callA, Self.callB, (id: "c", date: "2025-10-19", text: "Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Đức tại Berlin.")])
        for (accented, plain) in [("điện đàm", "dien dam"), ("Ngoại trưởng Nga", "ngoai truong nga"), ("\"Tổng thống Nga\"", "\"tong thong nga\""), ("Đức", "duc")] {
            let a = try store.search(accented, filter: QueryFilter()).map(\.article)
            let b = try store.search(plain, filter: QueryFilter()).map(\.article)
            #expect(!a.isEmpty && a == b, "\(accented): \(a) vs \(plain): \(b)")
        }
        let hit = try #require(try store.search("dien dam", filter: QueryFilter()).first)
        #expect(hit.snippet.contains("**điện** **đàm**"), "\(hit.snippet)")
    }

    @Test("filters: dates, actor and code narrow a search", arguments: Backend.available)
    func filters(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.callA, Self.callB, (id: "c", date: "2025-10-19", text: "Ngoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Đức Johann Wadephul.")])
        #expect(try store.search("điện đàm", filter: QueryFilter(from: "2025-10-18")).map(\.article).sorted() == ["b", "c"])
        #expect(try store.search("điện đàm", filter: QueryFilter(actor: "lavrov")).map(\.article) == ["c"])
        #expect(try store.search("điện đàm", filter: QueryFilter(code: "041")).count == 3)
        #expect(throws: StoreError.self) { try store.search("điện đàm", filter: QueryFilter(actor: "Nobody Atall")) }
    }

    @Test("any query text gives results or a clear error, never an engine error", arguments: [
        "\"", "\"\"", "AND", "OR", "NOT", "NEAR(a b)", "a OR", "OR b", "-", "--", "-điện", "*", "đ*", "(", ")", "title:nga",
        "^nga", "nga + my", "'; DROP TABLE articles; --", "\u{0}", "🙂", "điện \"đàm", "a AND OR NOT b", "x -y -z", "“Tổng thống”",
        "<->", "!nga", "nga & !", "'nga'", "a:*", "\\", "nga | ", "(nga", "a <2> b",
    ], Backend.available)
    func anyQuery(text: String, backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.callA])
        do {
            _ = try store.search(text, filter: QueryFilter())
        } catch let error as StoreError {
            #expect(error.description.contains("nothing to search for"), "\(error)")
        }
        #expect(try store.counts().articles == 1)
    }

    @Test("a planned meeting and the meeting that took place are linked", arguments: Backend.available)
    func plannedThenHeld(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([
            (id: "plan", date: "2025-10-20", text: "Tổng thống Nga Vladimir Putin sẽ gặp Tổng thống Mỹ Donald Trump tại Budapest vào ngày 23/10."),
            (id: "held", date: "2025-10-24", text: "Tổng thống Nga Vladimir Putin đã gặp Tổng thống Mỹ Donald Trump tại Budapest hôm qua."),
        ])
        var rows: [EventRow] = []
        try store.events(filter: QueryFilter(actor: "Putin")) { rows.append($0) }
        let plan = try #require(rows.first { $0.code == "036" })
        let held = try #require(rows.first { $0.code.hasPrefix("04") })
        #expect(held.plannedID == plan.id && held.date == "2025-10-23", "\(rows.map { ($0.code, $0.date ?? "-", $0.plannedID ?? 0) })")
    }

    @Test("query commands open read-only: a missing database is a clear error and is not created", arguments: Backend.available)
    func readOnly(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        #expect(throws: StoreError.self) { try tmp.open(writing: false) }
        #expect(!FileManager.default.fileExists(atPath: tmp.path))
        _ = try tmp.ingest([Self.callA])
        let reader = try tmp.open(writing: false)
        #expect(throws: StoreError.self) { try reader.store([]) }
        #expect(try reader.counts().articles == 1)
    }

    @Test("exports: GDELT lines have GDELT's 61 columns, CAMEO scales, GDELT country codes; CSV quotes its fields", arguments: Backend.available)
    func exports(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.callA, (id: "r", date: "2025-10-19", text: "Romania chỉ trích Nga, cho rằng Moscow vi phạm luật pháp quốc tế.")])
        var rows: [EventRow] = []
        try store.events(filter: QueryFilter()) { rows.append($0) }
        let call = try #require(rows.first { $0.code == "041" })
        let columns = EventExport.gdeltLine(call, added: "20251020000000").split(separator: "\t", omittingEmptySubsequences: false)
        #expect(columns.count == 61)
        #expect(columns[1] == "20251016" && columns[26] == "041" && columns[27] == "041" && columns[28] == "04")
        #expect(columns[29] == "1" && columns[30] == "1.0")  // QuadClass, GoldsteinScale of 041
        let criticism = try #require(rows.first { $0.code.hasPrefix("11") })
        let c = EventExport.gdeltLine(criticism, added: "x").split(separator: "\t", omittingEmptySubsequences: false)
        #expect(c[7] == "ROM" && c[29] == "3", "\(c)")
        let csv = EventExport.csvLine(criticism)
        #expect(csv.contains("\"Romania chỉ trích Nga, cho rằng Moscow vi phạm luật pháp quốc tế.\""))
        #expect(EventExport.csvHeader.split(separator: ",").count == 22)
    }

    @Test("first days of TIMEX3 values", arguments: [
        ("2025", "2025-01-01"), ("2025-10", "2025-10-01"), ("2025-10-16", "2025-10-16"), ("2025-W43", "2025-10-20"),
        ("2026-W01", "2025-12-29"), ("2025-Q2", "2025-04-01"), ("2025-SU", "2025-06-01"), ("P2W", nil), ("PRESENT_REF", nil),
    ] as [(String, String?)])
    func firstDays(value: String, expected: String?) {
        #expect(firstDay(of: value) == expected)
    }
}

@Suite("Store: search query syntax")
struct SearchQueryTests {
    @Test("words, phrases, OR and exclusion become a quoted FTS5 expression over folded words", arguments: [
        ("điện đàm", "\"dien\" AND \"dam\""),
        ("\"Ngoại trưởng Nga\"", "\"ngoai truong nga\""),
        ("Putin OR Trump", "(\"putin\" OR \"trump\")"),
        ("Nga -Ukraine", "\"nga\" NOT \"ukraine\""),
        ("al-Burhan", "\"al burhan\""),
        ("NEAR(a b)", "\"near a\" AND \"b\""),
        ("Đà Nẵng", "\"da\" AND \"nang\""),
    ])
    func syntax(text: String, match: String) {
        #expect(SearchQuery(text).match == match)
    }

    @Test("a query with nothing to find is empty", arguments: ["", "   ", "-nga", "\"\"", "*", "OR"])
    func empty(text: String) {
        #expect(SearchQuery(text).isEmpty)
    }
}
