import Testing
import Foundation
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

/// Every row of state-bodies.tsv: its example yields the expected body (by name or alias,
/// compared folded).
@Suite("State body rows")
struct StateBodyRowTests {
    @Test("every state body row's example finds the body it expects", arguments: ActorRowTests.rows("state-bodies.tsv"))
    func stateBody(row: [String]) {
        let orgs = ActorRowTests.actors(row[3]).filter { $0.kind == .organization }
        let names = orgs.flatMap { [$0.name] + $0.aliases }.map(VietNormalizer.fold)
        #expect(names.contains(VietNormalizer.fold(row[4])), "\(row[0]): \(row[3]) → \(orgs.map { [$0.name] + $0.aliases })")
        #expect(orgs.allSatisfy { $0.country == "VNM" })
    }

    @Test("an abbreviation and the full name in one article are one actor named by the full form")
    func abbreviationMerges() {
        let text = "Tòa án nhân dân TP Hà Nội mở phiên tòa. Sau ba ngày, TAND TP Hà Nội tuyên án."
        let orgs = ActorRowTests.actors(text).filter { $0.kind == .organization }
        #expect(orgs.count == 1)
        #expect(orgs.first?.name == "Tòa án nhân dân TP Hà Nội")
        #expect(orgs.first?.aliases.contains("TAND TP Hà Nội") == true)
    }

    @Test("an outlet's tag before the lead is no actor")
    func outletTag() {
        for text in ["(PLO)- Công an tỉnh Hà Tĩnh bắt giữ hai người.", "TPO - Công an tỉnh Hà Tĩnh bắt giữ hai người."] {
            let names = ActorRowTests.actors(text).map(\.name)
            #expect(names == ["Công an tỉnh Hà Tĩnh"], "\(text) → \(names)")
        }
    }

    @Test("a level and a place complete a department's name; a person's name after the place is the person's")
    func levelPlaceAndName() {
        let actors = ActorRowTests.actors("Giám đốc Sở Y tế tỉnh Quảng Bình Hoàng Minh Tuệ và Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn dự họp.")
        #expect(actors.filter { $0.kind == .organization }.map(\.name) == ["Sở Y tế tỉnh Quảng Bình", "UBND tỉnh Hà Giang"])
        #expect(actors.filter { $0.kind == .person }.map(\.name) == ["Hoàng Minh Tuệ", "Nguyễn Văn Sơn"])
        #expect(actors.allSatisfy { $0.country == "VNM" })
    }

    @Test("a head with a level and a place is an organization; a foreign place gives no Vietnamese country")
    func headLevelPlace() {
        let orgs = ActorRowTests.actors("Tòa án quận Meshchansky ở Moscow ra lệnh bắt giữ. Sở Tư pháp tỉnh Lào Cai vào cuộc.").filter { $0.kind == .organization }
        #expect(orgs.map(\.name) == ["Tòa án quận Meshchansky", "Sở Tư pháp tỉnh Lào Cai"])
        #expect(orgs.map(\.country) == [nil, "VNM"])
    }

    @Test("an investigation agency names its parent body, which is an actor too")
    func parentBody() {
        let orgs = ActorRowTests.actors("Cơ quan CSĐT Công an tỉnh Phú Yên đã khởi tố bị can.").filter { $0.kind == .organization }
        #expect(orgs.map(\.name).contains("Cơ quan CSĐT Công an tỉnh Phú Yên"))
        #expect(orgs.map(\.name).contains("Công an tỉnh Phú Yên"))
    }
}

/// Every row of groups.tsv: its example yields the organization with its country.
@Suite("Group rows")
struct GroupRowTests {
    @Test("every party, armed group and outlet row's example finds it with its country", arguments: ActorRowTests.rows("groups.tsv"))
    func group(row: [String]) {
        let orgs = ActorRowTests.actors(row[4]).filter { $0.kind == .organization }
        let names = [row[0]] + row[3].split(separator: "|").map(String.init)
        let found = orgs.first { o in ([o.name] + o.aliases).contains { names.contains($0) } }
        #expect(found != nil, "\(row[0]): \(row[4]) → \(orgs.map(\.name))")
        #expect(found?.country == (row[2] == "-" ? nil : row[2]), "\(row[0]): \(found?.country ?? "nil")")
    }
}

/// Every row of name-words.tsv about people and places: its example finds the person it
/// introduces (or, for a place noun, no person).
@Suite("Name word rows")
struct NameWordRowTests {
    static func rows(_ classes: Set<String>) -> [[String]] { ActorRowTests.rows("name-words.tsv").filter { classes.contains($0[1]) } }

    @Test("a family name, an introducer or a kinship word finds the person of its example", arguments: rows(["surname", "introducer", "kin"]))
    func person(row: [String]) {
        let people = ActorRowTests.actors(row[2]).filter { $0.kind == .person }
        #expect(people.count == 1, "\(row[0]): \(row[2]) → \(people.map(\.name))")
        #expect(people.allSatisfy { $0.name.split(separator: " ").count >= 2 && $0.country == "VNM" })
    }

    @Test("an outlet or group noun finds the organization named after it", arguments: rows(["outlet", "group"]))
    func group(row: [String]) {
        let orgs = ActorRowTests.actors(row[2]).filter { $0.kind == .organization }
        #expect(!orgs.isEmpty, "\(row[0]): \(row[2])")
        #expect(ActorRowTests.actors(row[2]).filter { $0.kind == .person }.isEmpty)
    }

    @Test("a byline, a name alone on its line, is no actor")
    func byline() {
        let people = ActorRowTests.actors("Bão số 5 đổ bộ vào Thanh Hóa.\n\nNguyễn Minh Quân (theo AFP)").filter { $0.kind == .person }
        #expect(people.isEmpty, "\(people.map(\.name))")
    }

    @Test("a name after a place noun is no person", arguments: rows(["place"]))
    func place(row: [String]) {
        let people = ActorRowTests.actors(row[2]).filter { $0.kind == .person }
        #expect(people.isEmpty, "\(row[0]): \(row[2]) → \(people.map(\.name))")
    }

    @Test("a list of defendants with birth years and posts gives each person, the post as role")
    func defendants() {
        let text = "Tòa tuyên phạt các bị cáo Hà Văn Tân (SN 1968, cựu Chủ tịch UBND tỉnh Bình Phước), Lý Thị Hoa (SN 1975) và Kha Minh Đức 8 năm tù."
        let people = ActorRowTests.actors(text).filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Hà Văn Tân", "Lý Thị Hoa", "Kha Minh Đức"])
        #expect(people.first?.role == "cựu Chủ tịch UBND tỉnh Bình Phước")
        let orgs = ActorRowTests.actors(text).filter { $0.kind == .organization }.map(\.name)
        #expect(orgs.contains("UBND tỉnh Bình Phước"))
    }

    @Test("a foreign name without a title is a person when it speaks or has an apposition")
    func foreignBare() {
        let people = ActorRowTests.actors("Kaja Kallas cho biết EU sẽ hỗ trợ. Rồi Johan Pettersson, người đứng đầu nhóm, phát biểu.").filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Kaja Kallas", "Johan Pettersson"])
        let none = ActorRowTests.actors("Đoàn xe đi qua Los Angeles và San Francisco.").filter { $0.kind == .person }
        #expect(none.isEmpty)
    }
}

/// Every row of transliterations.tsv: its two spellings in one article are one person.
@Suite("Transliteration rows")
struct TransliterationRowTests {
    @Test("both spellings of a row's example are one person, each kept as a name or alias", arguments: ActorRowTests.rows("transliterations.tsv"))
    func oneActor(row: [String]) {
        let people = ActorRowTests.actors(row[2]).filter { $0.kind == .person }
        #expect(people.count == 1, "\(row[0]): \(row[2]) → \(people.map(\.name))")
    }

    @Test("two foreign names that differ in one word spelled almost alike are one actor; Vietnamese ones are not")
    func oneSyllable() {
        let merged = ActorRowTests.actors("Ông Sviatoslav Grigoriev tới Minsk. Ông Svyatoslav Grigoriev hội đàm.").filter { $0.kind == .person }
        #expect(merged.count == 1)
        #expect(merged.first?.aliases.contains("Svyatoslav Grigoriev") == true)
        let apart = ActorRowTests.actors("Ông Nguyễn Văn Long phát biểu. Ông Nguyễn Văn Lương phản đối.").filter { $0.kind == .person }
        #expect(apart.count == 2)
    }
}

/// A user's rows extend the compiled tables; a bad row is refused with its file and line.
@Suite("User lexicon")
struct UserLexiconTests {
    static let header = "name\tclass\tcountry\taliases\texample\n"

    @Test("a user's group row is read without rebuilding")
    func userRow() throws {
        let user = UserLexicon(files: ["groups.tsv": "# my parties\n" + Self.header + "Partido Verde Unido\tparty\tBRA\tPVU\tPVU ủng hộ dự luật.\n"])
        let tagger = try ActorTagger(lexicon: user)
        let orgs = tagger.tag(Document(text: "Đảng PVU chỉ trích chính phủ. PVU ủng hộ dự luật.", date: ActorRowTests.date)).filter { $0.kind == .organization }
        #expect(orgs.contains { $0.country == "BRA" })
        #expect(ActorTagger.standard.tag(Document(text: "PVU ủng hộ dự luật.", date: ActorRowTests.date)).allSatisfy { $0.country != "BRA" })
    }

    @Test("a bad row is refused with its file and line", arguments: [
        ("Partido Verde\tparty\tBrasil\t\tPV ủng hộ.\n", 3, "country code"),
        ("Partido Verde\tparty\tBRA\t\t\n", 3, "example"),
        ("Partido Verde\tclub\tBRA\t\tPV ủng hộ.\n", 3, "class"),
        ("Partido Verde\tparty\tBRA\t\tPV ủng hộ.\textra\n", 3, "more cells"),
    ])
    func badRow(row: String, line: Int, reason: String) {
        let user = UserLexicon(files: ["groups.tsv": "# comment\n" + Self.header + row], directory: "/tmp/lex")
        do {
            _ = try ActorTagger(lexicon: user)
            Issue.record("accepted a bad row: \(row)")
        } catch {
            #expect(error.file == "/tmp/lex/groups.tsv")
            #expect(error.line == line)
            #expect(error.message.contains(reason), "\(error)")
        }
    }

    @Test("a header that is not the table's is refused on its line")
    func badHeader() {
        let user = UserLexicon(files: ["people.tsv": "name\ttitle\nAna Silva\tBộ trưởng\n"], directory: "/tmp/lex")
        #expect(throws: LexiconError.self) { try ActorTagger(lexicon: user) }
    }
}

/// Every row of places.tsv: the gazetteer finds the row's place where its example writes it.
@Suite("Places (places.tsv)")
struct PlaceRowTests {
    @Test("every row's example yields its place and country")
    func rows() throws {
        let table = try #require(ActorResources.table("places.tsv"))
        #expect(table.rows.count > 300)
        var failures: [String] = []
        for row in table.rows {
            let doc = Document(text: row[4], date: CivilDate(iso: "2025-10-20")!)
            let found = (0..<doc.tokens.count).compactMap { Gazetteer.standard.place(doc, at: $0, limit: doc.tokens.count)?.0 }
            if !found.contains(where: { $0.name == row[0] && $0.country == (row[1].isEmpty ? nil : row[1]) }) {
                failures.append("\(row[0]): \(found.map { "\($0.name) \($0.country ?? "-")" })")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) rows: \(failures.prefix(20))")
    }
}

