import Chronicle
import Foundation
import Testing
import VietText
@testable import Store
import PostgresNIO
@testable import PostgresStore

/// Whether a PostgreSQL test server is configured (`BIENNIEN_TEST_DATABASE_URL`).
let postgresConfigured = TemporaryPostgresDatabase.server != nil

@Suite("PostgreSQL store: URLs")
struct PostgresURLTests {
    @Test("a URL gives user, host, port and database; a path is not a URL")
    func parse() throws {
        let url = try PostgresURL("postgres://ana:s%40cret@db.local:6543/news")
        #expect(url.user == "ana" && url.password == "s@cret" && url.host == "db.local" && url.port == 6543 && url.database == "news")
        #expect(url.redacted == "postgres://ana@db.local:6543/news")
        #expect(try PostgresURL("postgresql://ana@localhost/news").port == 5432)
        #expect(!PostgresChronicleStore.isURL("biennien.sqlite") && !PostgresChronicleStore.isURL("/tmp/postgres://x"))
        #expect(throws: StoreError.self) { try PostgresURL("postgres://") }
        #expect(throws: StoreError.self) { try PostgresURL("postgres://a@h/db?sslmode=verify-full") }
    }

    @Test("a server that is not there is a clear error")
    func unreachable() {
        #expect(throws: StoreError.self) { try PostgresChronicleStore(url: "postgres://nobody@127.0.0.1:1/none", writing: true) }
    }

    @Test("a query becomes a tsquery of quoted lexemes: & between groups, | inside, <-> in phrases, ! for exclusions", arguments: [
        ("điện đàm", "'dien' & 'dam'"),
        ("\"Ngoại trưởng Nga\"", "('ngoai' <-> 'truong' <-> 'nga')"),
        ("Putin OR Trump", "('putin' | 'trump')"),
        ("Nga -Ukraine", "'nga' & !'ukraine'"),
        ("al-Burhan", "('al' <-> 'burhan')"),
    ])
    func tsquery(text: String, expected: String) {
        #expect(PostgresSearch.tsquery(SearchQuery(text)) == expected)
    }
}

@Suite("PostgreSQL store: many writers", .enabled(if: postgresConfigured, "BIENNIEN_TEST_DATABASE_URL names no PostgreSQL server"))
struct PostgresConcurrencyTests {
    /// Articles in which the same few people call and visit each other, so that many articles
    /// report the same events and name the same actors.
    static func articles(_ range: Range<Int>) -> [ArticleAnalysis] {
        let people = ["Ngoại trưởng Nga Sergey Lavrov", "Ngoại trưởng Mỹ Marco Rubio", "Thủ tướng Phạm Minh Chính", "Tổng thống Pháp Emmanuel Macron"]
        let analyzer = Analyzer()
        return range.map { n in
            let a = people[n % people.count], b = people[(n / people.count + n + 1) % people.count]
            let text = "\(a) ngày \(1 + n % 5)/10 đã điện đàm với \(b). Hai bên thảo luận về hợp tác, bản tin số \(n)."
            return analyzer.analyze(Article(id: "n\(n)", date: CivilDate(year: 2025, month: 10, day: 10 + n % 5)!, text: text, origin: "test"))
        }
    }

    @Test("two writers on overlapping articles at once end with each article and each event once, with all mentions")
    func overlappingWriters() throws {
        let together = try TemporaryPostgresDatabase(), alone = try TemporaryPostgresDatabase()
        let first = Self.articles(0..<60), second = Self.articles(30..<90)
        let errors = LockedErrors()
        let group = DispatchGroup()
        for batch in [first, second.reversed()] {
            let store = try PostgresChronicleStore(url: together.url, writing: true)
            DispatchQueue.global().async(group: group) {
                do {
                    for chunk in stride(from: 0, to: batch.count, by: 10) {
                        try store.store(Array(batch[chunk..<min(batch.count, chunk + 10)]))
                    }
                } catch {
                    errors.append(error)
                }
            }
        }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        let reference = try PostgresChronicleStore(url: alone.url, writing: true)
        try reference.store(Self.articles(0..<90))
        let store = try PostgresChronicleStore(url: together.url, writing: false)
        #expect(try store.counts() == reference.counts())
        #expect(try store.counts().articles == 90)
        func summary(_ s: PostgresChronicleStore) throws -> [String] {
            var rows: [String] = []
            try s.events(filter: QueryFilter()) { e in
                // A call has no direction: its sides are those of whichever report came first.
                let sides = [e.source?.name ?? "-", e.target?.name ?? "-"]
                rows.append("\(e.code) \(e.date ?? "-") \(ArticleWriter.isSymmetric(e.code) ? sides.sorted() : sides) \(e.mentions) \(e.articles) \(e.modality) \(e.firstSeen) \(e.lastSeen)")
            }
            return rows.sorted()
        }
        let (got, expected) = (try summary(store), try summary(reference))
        #expect(got == expected, "\(Set(got).symmetricDifference(expected).sorted())")
        let duplicates = try store.run("SELECT count(*) - count(DISTINCT (kind, folded, country)) FROM actors").rows.first?.decode(Int64.self)
        #expect(duplicates == 0)
        let mentionsCounted = try store.run("SELECT count(*) FROM events e WHERE e.mentions <> (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id)")
            .rows.first?.decode(Int64.self)
        #expect(mentionsCounted == 0)
    }

    @Test("migrations run once, however many writers open the database; the Citus calls do nothing without Citus")
    func migrations() throws {
        let db = try TemporaryPostgresDatabase()
        let stores = try (0..<3).map { _ in try PostgresChronicleStore(url: db.url, writing: true) }
        let applied = try stores[0].run("SELECT count(*) FROM biennien_migrations").rows.first?.decode(Int64.self)
        #expect(applied == Int64(PostgresSchema.migrations.count))
        try stores[0].run(PostgresQuery(unsafeSQL: PostgresSchema.distribute))
        try stores[0].run(PostgresQuery(unsafeSQL: PostgresSchema.distributeV2))
        #expect(try stores[1].counts().articles == 0)
    }

    @Test("a database of the first version is migrated to v2 (the pages' actor spans and roles) when a writer opens it")
    func upgradeFromV1() throws {
        let db = try TemporaryPostgresDatabase()
        do {
            let store = try PostgresChronicleStore(url: db.url, writing: true)
            for statement in PostgresSchema.statements(PostgresSchema.v2).reversed() {
                guard let table = statement.firstMatch(of: /^CREATE (?:TABLE|INDEX) (\w+)/)?.1 else { continue }
                try store.run(PostgresQuery(unsafeSQL: statement.hasPrefix("CREATE TABLE") ? "DROP TABLE \(table)" : "DROP INDEX \(table)"))
            }
            try store.run("DELETE FROM biennien_migrations WHERE name = 'v2'")
            store.close()
        }
        #expect(throws: StoreError.self) { try PostgresChronicleStore(url: db.url, writing: false) }
        let writer = try PostgresChronicleStore(url: db.url, writing: true)
        let tables = try writer.run("SELECT count(*) FROM pg_tables WHERE tablename IN ('actor_mentions', 'actor_roles')").rows.first?.decode(Int64.self)
        #expect(tables == 2)
        #expect(try PostgresChronicleStore(url: db.url, writing: false).counts().articles == 0)
    }
}

/// Errors gathered from several threads.
final class LockedErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func append(_ e: Error) { lock.withLock { errors.append(e) } }
    var all: [Error] { lock.withLock { errors } }
}
