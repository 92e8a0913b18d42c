import Testing
import VietText
@testable import Actors

@Suite("Actor recognition and resolution")
struct ActorResolutionTests {
    static func actors(_ text: String, on date: String = "2025-10-20") -> [Actor] {
        ActorTagger.standard.tag(Document(text: text, date: CivilDate(iso: date)!))
    }

    static func person(_ actors: [Actor], _ name: String) -> Actor? {
        actors.first { $0.kind == .person && $0.name == name }
    }

    @Test("a title, a country and a name give a person with role and country")
    func titled() throws {
        let a = Self.actors("Ngoại trưởng Nga Sergey Lavrov đã có cuộc điện đàm với Ngoại trưởng Mỹ Marco Rubio.")
        let lavrov = try #require(Self.person(a, "Sergey Lavrov"))
        #expect(lavrov.role == "Ngoại trưởng" && lavrov.country == "RUS")
        #expect(Self.person(a, "Marco Rubio")?.country == "USA")
        #expect(Set(a.filter { $0.kind == .country }.compactMap(\.country)) == ["RUS", "USA"])
    }

    @Test("a title can name whom it serves with 'của' before the name, or 'là' after it")
    func possessedTitles() {
        let a = Self.actors("Đặc phái viên của ông Trump là Steve Witkoff tới Moscow. Thứ trưởng Ngoại giao của chính quyền Houthi Hussein al-Ezzi cảnh báo Mỹ.", on: "2025-08-07")
        #expect(Self.person(a, "Steve Witkoff")?.country == "USA")
        #expect(Self.person(a, "Donald Trump") != nil)
        #expect(Self.person(a, "Hussein al-Ezzi")?.role == "Thứ trưởng Ngoại giao")
        #expect(a.contains { $0.kind == .organization && $0.name == "Houthi" })
    }

    @Test("later mentions resolve to the person: ông X, title + surname, Chinese surname first")
    func shortNames() throws {
        let text = """
        Ngoại trưởng Nga Sergey Lavrov tới Bắc Kinh. Ông Lavrov gặp Chủ tịch Trung Quốc Tập Cận Bình. \
        Ngoại trưởng Lavrov nói ông Tập ủng hộ. Thủ tướng Phạm Minh Chính tiếp đoàn, ông Chính nhấn mạnh hợp tác.
        """
        let a = Self.actors(text)
        #expect(Self.person(a, "Sergey Lavrov")?.mentions.count == 3)
        #expect(Self.person(a, "Tập Cận Bình")?.mentions.count == 2)
        #expect(Self.person(a, "Phạm Minh Chính")?.mentions.count == 2)
        #expect(a.filter { $0.kind == .person }.count == 3)
    }

    @Test("a bare 'ông' or 'bà' refers to the latest person of that gender")
    func pronouns() {
        let a = Self.actors("Ông Biden đã gặp bà Yulia Navalnaya. Bà kêu gọi trừng phạt, còn ông hứa sẽ hành động.", on: "2024-02-24")
        #expect(Self.person(a, "Yulia Navalnaya")?.mentions.count == 2)
        #expect(Self.person(a, "Joe Biden")?.mentions.count == 2)
    }

    @Test("offices without a name resolve to the holder on the article's date")
    func knowledgeBase() {
        let in2024 = Self.actors("Tổng thống Mỹ cảnh báo Iran. Nhà lãnh đạo Nga đáp trả.", on: "2024-06-01")
        #expect(Self.person(in2024, "Joe Biden") != nil)
        #expect(Self.person(in2024, "Vladimir Putin") != nil)
        let in2025 = Self.actors("Tổng thống Mỹ cảnh báo Iran. Moscow bác bỏ những tuyên bố của chủ nhân Nhà Trắng.", on: "2025-10-20")
        #expect(Self.person(in2025, "Donald Trump")?.mentions.count == 2)
        #expect(in2025.contains { $0.kind == .country && $0.country == "RUS" })
    }

    @Test("a capital acts for its government, but is a place after a locative word")
    func capitals() {
        let acting = Self.actors("Moscow và Washington nhất trí tiếp tục đối thoại.")
        #expect(Set(acting.compactMap(\.country)) == ["RUS", "USA"])
        let place = Self.actors("Hai bên gặp nhau tại Budapest.")
        #expect(place.isEmpty)
    }

    @Test("organizations keep their country; a lower-case armed force stands for its country")
    func organizations() throws {
        let a = Self.actors("Bộ Ngoại giao Nga thông báo. Đại sứ quán Mỹ tại Hà Nội chỉ trích chuyến thăm. Quân đội Israel tuyên bố. Theo quân đội Nga, Bộ Công an khởi tố vụ án.")
        let names = a.filter { $0.kind == .organization }.map { "\($0.name)=\($0.country ?? "-")" }
        #expect(names.contains("Bộ Ngoại giao Nga=RUS"))
        #expect(names.contains("Đại sứ quán Mỹ tại Hà Nội=USA"))
        #expect(names.contains("Quân đội Israel=ISR"))
        #expect(names.contains("Bộ Công an=VNM"))
        #expect(!names.contains { $0.hasPrefix("quân đội") })
        #expect(a.contains { $0.kind == .country && $0.country == "RUS" })
    }

    @Test("a photo credit names no actor; a cited source does")
    func credits() {
        let a = Self.actors("Hai ngoại trưởng bắt tay (Ảnh: Reuters). Theo AFP, cuộc gặp kéo dài một giờ.")
        #expect(a.map(\.name) == ["AFP"])
    }

    @Test("the fullest written form names an organization, its abbreviation is an alias")
    func abbreviations() throws {
        let a = Self.actors("Liên minh châu Âu (EU) thông qua gói trừng phạt. EU cũng kêu gọi đàm phán.")
        let eu = try #require(a.first { $0.kind == .organization })
        #expect(eu.name == "Liên minh châu Âu" && eu.aliases.contains("EU") && eu.mentions.count == 2)
    }

    @Test("lower-case words up to the abbreviation that closes a name belong to it, a predicate between does not")
    func nameRunsToAbbreviation() throws {
        let a = Self.actors("Hội đồng Hợp tác các quốc gia vùng Vịnh (GCC) họp khẩn. GCC kêu gọi đối thoại.")
        let gcc = try #require(a.first { $0.kind == .organization })
        #expect(gcc.name == "Hội đồng Hợp tác các quốc gia vùng Vịnh" && gcc.aliases.contains("GCC") && gcc.mentions.count == 2)
        let c = Self.actors("Cơ quan Quan hệ công chúng quân đội (ABC) ra thông cáo.")
        #expect(c.first?.name == "Cơ quan Quan hệ công chúng quân đội", "\(c.map(\.name))")
        let b = Self.actors("Ủy ban Bầu cử đã công bố kết quả cuộc bầu cử (CEC).")
        #expect(b.contains { $0.name == "Ủy ban Bầu cử" }, "\(b.map(\.name))")
    }

    @Test("a bare capitalized title refers to the latest person with that title; a plural to no one")
    func bareTitles() throws {
        let a = Self.actors("Thủ tướng Nhật Bản Ishiba Shigeru tiếp Ngoại trưởng Úc Penny Wong. Thủ tướng đề nghị hai nước tăng cường hợp tác. Các Ngoại trưởng ASEAN sẽ họp vào tuần tới.")
        let ishiba = try #require(Self.person(a, "Ishiba Shigeru"))
        #expect(ishiba.mentions.count == 2)
        #expect(Self.person(a, "Penny Wong")?.mentions.count == 1)
    }

    @Test("a one-word body name that ends a foreign person's name is the family name")
    func familyNameLikeBody() {
        let a = Self.actors("Ngoại trưởng Pháp Anne-Claire Marie Wagner gặp Ngoại trưởng Đức. Tập đoàn Wagner rút quân khỏi Mali.")
        #expect(Self.person(a, "Anne-Claire Marie Wagner") != nil, "\(a.map(\.name))")
        #expect(a.contains { $0.kind == .organization && $0.name == "Wagner" })
    }

    @Test("a place after a title is part of the title and gives the person's country")
    func placeInTitle() throws {
        let a = Self.actors("Thị trưởng Osaka Yokoyama Hideyuki tiếp đoàn doanh nghiệp Việt Nam.")
        let mayor = try #require(a.first { $0.kind == .person })
        #expect(mayor.name == "Yokoyama Hideyuki" && mayor.role == "Thị trưởng Osaka" && mayor.country == "JPN", "\(a.map { ($0.name, $0.role) })")
    }

    @Test("a department's fields joined by 'và' stay one name; 'và' before another actor ends it")
    func joinedFields() {
        let a = Self.actors("Sở Công thương và Du lịch tỉnh Nghệ An kiểm tra thị trường. Hội đồng Bảo an và Nga họp.")
        #expect(a.contains { $0.name == "Sở Công thương và Du lịch tỉnh Nghệ An" }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Nga" } && !a.contains { $0.name.hasSuffix("và Nga") }, "\(a.map(\.name))")
    }

    @Test("an all-capital unit after an amount is no organization")
    func unitsAfterAmounts() {
        let a = Self.actors("Singapore cam kết 5 triệu SGD, còn nhà máy mới có công suất 300 MWE. ASEAN hoan nghênh.")
        #expect(a.filter { $0.kind == .organization }.map(\.name) == ["ASEAN"], "\(a.map(\.name))")
    }

    @Test("every mention is a span of the body")
    func mentions() {
        let text = "Tổng thống Nga Vladimir Putin và người đồng cấp Mỹ Donald Trump đã điện đàm. Điện Kremlin cho biết ông Putin hài lòng."
        let doc = Document(text: text, date: CivilDate(iso: "2025-10-20")!)
        for actor in ActorTagger.standard.tag(doc) {
            for m in actor.mentions { #expect(!doc.text(m).isEmpty && m.end <= doc.scalars.count) }
        }
    }
}
