import Testing
import VietText
@testable import Actors

/// Every row of the actor data files carries an example: each row is a test.
@Suite("Actor data rows")
struct ActorRowTests {
    static let tagger = ActorTagger.standard
    static let date = CivilDate(year: 2025, month: 10, day: 20)!

    static func actors(_ text: String, on date: CivilDate = date) -> [Actor] {
        tagger.tag(Document(text: text, date: date))
    }

    static func rows(_ file: String) -> [[String]] { ActorResources.table(file)?.rows ?? [] }

    @Test("every country row's example names that country", arguments: rows("countries.tsv").filter { $0[0] != "-" })
    func country(row: [String]) {
        let found = Self.actors(row[4]).filter { $0.kind == .country }.map(\.country)
        #expect(found.contains(row[0]), "\(row[0]): \(row[4]) → \(found)")
    }

    @Test("a name that contains a country's name but is not it names no country", arguments: rows("countries.tsv").filter { $0[0] == "-" })
    func blocker(row: [String]) {
        let found = Self.actors(row[4]).filter { $0.kind == .country }.map(\.name)
        #expect(found.isEmpty, "\(row[1]) → \(found)")
    }

    @Test("every title row's example finds a person", arguments: rows("titles.tsv"))
    func title(row: [String]) {
        let people = Self.actors(row[2]).filter { $0.kind == .person }
        #expect(!people.isEmpty, "\(row[0]): \(row[2])")
    }

    @Test("every body, seat and ministry row's example finds the organization", arguments: rows("organizations.tsv").filter { ["body", "seat", "ministry"].contains($0[1]) })
    func organization(row: [String]) {
        let orgs = Self.actors(row[4]).filter { $0.kind == .organization }
        let names = orgs.flatMap { [$0.name] + $0.aliases }
        let expected = row[1] == "ministry" ? "Bộ " + row[0] : row[0]
        #expect(names.contains { $0.hasPrefix(expected) || expected.hasPrefix($0) && $0.count > 1 }, "\(row[0]): \(row[4]) → \(names)")
    }

    @Test("every head row's example finds an organization opening with the head", arguments: rows("organizations.tsv").filter { $0[1] == "head" })
    func head(row: [String]) {
        let orgs = Self.actors(row[4]).filter { $0.kind == .organization }
        #expect(orgs.contains { $0.name.hasPrefix(row[0] + " ") }, "\(row[0]): \(row[4]) → \(orgs.map(\.name))")
    }

    @Test("abbreviations that are not organizations are not taken for one", arguments: rows("organizations.tsv").filter { $0[1] == "notorg" })
    func notOrganization(row: [String]) {
        #expect(Self.actors(row[4]).filter { $0.kind == .organization }.isEmpty)
    }

    @Test("every anaphor row's phrase refers back to the actor its example names", arguments: rows("anaphors.tsv"))
    func anaphor(row: [String]) throws {
        let text = row[2]
        let actors = Self.actors(text)
        let phrase = try #require(text.range(of: row[0], options: [.caseInsensitive, .backwards]))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: phrase.lowerBound)
        let referent = actors.first { a in a.mentions.contains { $0.start == start } }
        #expect(referent?.name == row[3], "\(row[0]) → \(referent?.name ?? "nothing")")
    }
}
