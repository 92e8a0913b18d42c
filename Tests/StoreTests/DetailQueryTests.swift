import Chronicle
import Foundation
import Testing
import VietText
@testable import Store

@Suite("Store: the queries behind article, event and actor pages")
struct DetailQueryTests {
    static let plan = (id: "plan", date: "2025-10-20", text: "Tổng thống Nga Vladimir Putin sẽ gặp Tổng thống Mỹ Donald Trump tại Budapest vào ngày 23/10.")
    static let held = (id: "held", date: "2025-10-24", text: "Tổng thống Nga Vladimir Putin đã gặp Tổng thống Mỹ Donald Trump tại Budapest hôm qua.")

    @Test("an article comes back with its items as offsets into its text", arguments: Backend.available)
    func article(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.plan])
        let a = try #require(try store.article("plan"))
        let text = Array(a.body.unicodeScalars)
        func slice(_ s: Span) -> String { String(String.UnicodeScalarView(text[s.start..<s.end])) }
        let putin = try #require(a.actors.first { $0.actor.name == "Vladimir Putin" })
        #expect(!putin.spans.isEmpty && putin.spans.allSatisfy { slice($0).contains("Putin") })
        #expect(a.timexes.map { slice($0.span) } == ["ngày 23/10"] && a.timexes.first?.value == "2025-10-23")
        let meeting = try #require(a.events.first)
        #expect(slice(meeting.trigger) == "gặp" && meeting.code == "036")
        #expect(Set([meeting.source?.name, meeting.target?.name]) == ["Vladimir Putin", "Donald Trump"])
        #expect(try store.article("no-such-article") == nil)
    }

    @Test("an event lists every report and links plan and meeting both ways", arguments: Backend.available)
    func eventLinks(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.plan, Self.held])
        let heldRow = try #require(try store.latestEvents(limit: 10).first { $0.code.hasPrefix("04") })
        let held = try #require(try store.event(heldRow.id))
        let plan = try #require(held.plan)
        #expect(plan.code == "036" && held.reports.map(\.article) == ["held"])
        let planDetail = try #require(try store.event(plan.id))
        #expect(planDetail.heldAs.map(\.id) == [heldRow.id] && planDetail.plan == nil)
        #expect(try store.event(999_999) == nil)
    }

    @Test("an actor has dated roles, weekly counts by quad class and co-actors", arguments: Backend.available)
    func actor(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.plan, Self.held])
        let putinRow = try #require(try store.actors(country: "RUS", kind: "person", name: nil, limit: 1).first)
        let putin = try #require(try store.actor(putinRow.id))
        #expect(putin.roles.map(\.role) == ["Tổng thống"] && putin.roles.first?.firstSeen == "2025-10-20" && putin.roles.first?.lastSeen == "2025-10-24")
        #expect(putin.coActors.map(\.actor.name) == ["Donald Trump"] && putin.coActors.first?.events == putin.eventCount)
        #expect(putin.weeks.map(\.total).reduce(0, +) == putin.eventCount && putin.eventCount == 2)
        // A plan to meet and a meeting are both verbal cooperation (GDELT's quad class 1: roots 01–05).
        #expect(putin.weeks.reduce([0, 0, 0, 0]) { zip($0, $1.counts).map { $0 + $1 } } == [2, 0, 0, 0])
        #expect(putin.events.count == 2 && putin.events.first?.day ?? "" >= putin.events.last?.day ?? "")
    }

    @Test("weeks run Monday to Monday without gaps, and only the last two years are drawn")
    func weeks() {
        let weeks = ChronicleStore.weeks([(day: "2025-10-22", code: "073", count: 2), (day: "2025-11-05", code: "190", count: 1)])
        #expect(weeks.map(\.monday) == ["2025-10-20", "2025-10-27", "2025-11-03"])
        #expect(weeks.map(\.counts) == [[0, 2, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1]])  // 073 provide aid: material cooperation; 190 use force
        let long = ChronicleStore.weeks([(day: "2020-01-01", code: "042", count: 1), (day: "2025-11-05", code: "042", count: 1)])
        #expect(long.count == ChronicleStore.chartWeeks && long.last?.monday == "2025-11-03")
    }

    @Test("lists page with offset: pages do not overlap", arguments: Backend.available)
    func offsets(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.plan, Self.held])
        let all = try store.actors(country: nil, kind: nil, name: nil, limit: 10)
        let second = try store.actors(country: nil, kind: nil, name: nil, limit: 1, offset: 1)
        #expect(all.count >= 2 && second.map(\.id) == [all[1].id])
        let hits = try store.search("putin", filter: QueryFilter(limit: 1, offset: 1))
        let first = try store.search("putin", filter: QueryFilter(limit: 1))
        #expect(hits.count == 1 && hits.first?.article != first.first?.article)
    }

    @Test("stats count what the database holds", arguments: Backend.available)
    func stats(backend: Backend) throws {
        let tmp = try TemporaryStore(backend)
        let store = try tmp.ingest([Self.plan, Self.held])
        let s = try store.stats()
        #expect(s.counts.articles == 2 && s.firstArticle == "2025-10-20" && s.lastArticle == "2025-10-24")
        #expect(s.roots.reduce(0) { $0 + $1.events } == s.counts.events && s.roots.map(\.root).contains("04"))
    }
}
