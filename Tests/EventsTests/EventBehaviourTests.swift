import Actors
import Temporal
import Testing
import VietText
@testable import Events

@Suite("Events and quotes")
struct EventBehaviourTests {
    static func analyze(_ text: String, on date: String = "2025-10-20") -> ([Event], [Quote]) {
        let doc = Document(text: text, date: CivilDate(iso: date)!)
        let actors = ActorTagger.standard.tag(doc)
        let events = EventTagger.standard.tag(doc, timexes: TemporalTagger.standard.tag(doc), actors: actors)
        return (events, QuoteTagger.tag(doc, actors: actors, mentions: EventTagger.outermost(actors), events: events))
    }

    static func brief(_ e: Event) -> String { "\(e.code) \(e.source ?? "-")→\(e.target ?? "-") @\(e.date ?? "nil") \(e.modality.rawValue)" }

    @Test("a call with its own date, and a background meeting that keeps its own")
    func dates() {
        let (events, _) = Self.analyze("""
        Bộ Ngoại giao Nga ngày 20/10 thông báo Ngoại trưởng Nga Sergey Lavrov đã có cuộc điện đàm với Ngoại trưởng Mỹ Marco Rubio. \
        Hai ông từng gặp nhau tại Riyadh vào tháng 2.
        """)
        let briefs = events.map(Self.brief)
        #expect(briefs.contains("041 Sergey Lavrov→Marco Rubio @2025-10-20 asserted"), "\(briefs)")
    }

    @Test("a planned meeting is 036 with the date of its own clause")
    func planned() {
        let (events, _) = Self.analyze("Tổng thống Nga Vladimir Putin sẽ gặp Tổng thống Mỹ Donald Trump tại Budapest vào ngày 23/10.")
        #expect(events.map(Self.brief) == ["036 Vladimir Putin→Donald Trump @2025-10-23 planned"])
        #expect(events.first?.location == "Budapest")
    }

    @Test("repeated mentions merge into one event with every mention kept")
    func merging() throws {
        let (events, _) = Self.analyze("Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Donald Trump hôm 16/10. Trong cuộc điện đàm, hai bên thảo luận về Ukraine.")
        let call = try #require(events.first { $0.code == "041" })
        // The call, "cuộc điện đàm" and the talks the two sides held in it ("thảo luận").
        #expect(call.mentions.count == 3)
        #expect(events.filter { $0.code.hasPrefix("04") }.count == 1)
    }

    @Test("passive and coordinated participants", arguments: [
        ("Ukraine bị Nga tấn công dữ dội.", ["190 Nga→Ukraine"]),
        ("Mỹ và Anh không kích Houthi.", ["195 Mỹ→Houthi", "195 Anh→Houthi"]),
        ("Chủ tịch Trung Quốc Tập Cận Bình hội kiến Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn.",
         ["043 Tập Cận Bình→Phạm Minh Chính", "043 Tập Cận Bình→Trần Thanh Mẫn"]),
    ])
    func participants(text: String, expected: [String]) {
        let found = Self.analyze(text).0.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" }
        #expect(Set(found) == Set(expected), "\(found)")
    }

    @Test("a negated meeting")
    func negated() {
        let (events, _) = Self.analyze("Tổng thống Mỹ Joe Biden không gặp Tổng thống Palestine Mahmoud Abbas.", on: "2023-10-19")
        #expect(events.map(Self.brief) == ["036 Joe Biden→Mahmoud Abbas @nil negated"])
    }

    @Test("quotes go to the actor after the closing mark or the sentence's speaker", arguments: [
        ("“Chúng tôi sẵn sàng đối thoại”, Người phát ngôn Điện Kremlin Dmitry Peskov nói.", "Dmitry Peskov", "Chúng tôi sẵn sàng đối thoại"),
        ("Ngoại trưởng Nga Sergey Lavrov nhấn mạnh: \"Moscow không chấp nhận tối hậu thư\".", "Sergey Lavrov", "Moscow không chấp nhận tối hậu thư"),
        ("Tổng thống Mỹ Donald Trump gọi Nga là “hổ giấy”.", "Donald Trump", "hổ giấy"),
        ("Ông Biden gặp bà Yulia Navalnaya. «Chúng tôi sẽ hành động», bà nói.", "Yulia Navalnaya", "Chúng tôi sẽ hành động"),
        ("“Chúng tôi sẽ không lùi bước”, Tổng thống Pháp Emmanuel Macron, người vừa tái đắc cử, nhấn mạnh.", "Emmanuel Macron", "Chúng tôi sẽ không lùi bước"),
        // The one an appeal is aimed at does not speak: who appeals does.
        ("Tổng thư ký NATO Mark Rutte kêu gọi Tổng thống Nga Vladimir Putin rút quân “vì an ninh của cả lục địa”.", "Mark Rutte", "vì an ninh của cả lục địa"),
    ])
    func quotes(text: String, speaker: String, quote: String) {
        let quotes = Self.analyze(text, on: "2024-02-24").1
        #expect(quotes.map { "\($0.speaker ?? "-"): \($0.text)" } == ["\(speaker): \(quote)"])
    }

    @Test("clause grammar: purpose clauses, own-country complements, glossed places, country pairs", arguments: [
        ("Tổng thống Ukraine Volodymyr Zelensky cho biết ông đã điện đàm với Thủ tướng Đức Olaf Scholz để cảm ơn Đức.",
         "051 Volodymyr Zelensky→Đức"),
        ("Ngoại trưởng Mỹ Antony Blinken chỉ trích Washington sẽ áp đặt trừng phạt.", nil),
        ("Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau tại Busan (Hàn Quốc) và đạt được thỏa thuận thương mại.",
         "057 Donald Trump→Tập Cận Bình"),
        ("Thủ tướng Ấn Độ Narendra Modi hội đàm với Chủ tịch Trung Quốc Tập Cận Bình. Hai nước đã đạt được thỏa thuận về tuần tra biên giới.",
         "057 Ấn Độ→Trung Quốc"),
        ("Đoàn cứu hộ của Bộ Quốc phòng Việt Nam đã tới tỉnh Hatay, miền Nam Thổ Nhĩ Kỳ.", "073 Bộ Quốc phòng Việt Nam→Thổ Nhĩ Kỳ"),
        ("Lực lượng cứu hộ Việt Nam tìm kiếm nạn nhân tại tỉnh Hatay, Thổ Nhĩ Kỳ.", "073 Việt Nam→Thổ Nhĩ Kỳ"),
        // A verb of saying after a classifier is a noun, not a reported clause.
        ("Trung Quốc bác bỏ những tuyên bố của Ngoại trưởng Mỹ Marco Rubio về Biển Đông.", "120 Trung Quốc→Marco Rubio"),
    ] as [(String, String?)])
    func clauseGrammar(text: String, expected: String?) {
        let found = Self.analyze(text).0.filter { !$0.code.hasPrefix("04") }.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" }
        #expect(found == (expected.map { [$0] } ?? []), "\(found)")
    }

    @Test("a list of names closed by 'và' gives one event each; a comma alone may start a new clause")
    func lists() {
        #expect(Self.analyze("Liên minh châu Âu trừng phạt Iran, Belarus và Triều Tiên.").0.map(Self.brief) == [
            "163 Liên minh châu Âu→Iran @2025-10-20 asserted", "163 Liên minh châu Âu→Belarus @2025-10-20 asserted",
            "163 Liên minh châu Âu→Triều Tiên @2025-10-20 asserted",
        ])
        #expect(Set(Self.analyze("Đức, Pháp và Ý lên án Belarus.").0.map(Self.brief)) == [
            "111 Đức→Belarus @2025-10-20 asserted", "111 Pháp→Belarus @2025-10-20 asserted", "111 Italy→Belarus @2025-10-20 asserted",
        ])
        #expect(Self.analyze("Israel không kích Liban, Iran lên án Israel.").0.map(Self.brief) == [
            "195 Israel→Liban @2025-10-20 asserted", "111 Iran→Israel @2025-10-20 asserted",
        ])
    }

    @Test("what a cut or a rejection is aimed at is no event of its own")
    func objectOfACut() {
        #expect(Self.analyze("Nhật Bản đình chỉ toàn bộ viện trợ cho Myanmar.").0.map(Self.brief) == ["160 Nhật Bản→Myanmar @2025-10-20 asserted"])
        #expect(Self.analyze("Iran bác bỏ mọi lời kêu gọi của Pháp.").0.map(Self.brief) == ["120 Iran→Pháp @2025-10-20 asserted"])
        let joined = Self.analyze("Nhật Bản đình chỉ toàn bộ viện trợ nhân đạo và hỗ trợ kỹ thuật cho Myanmar.").0
        #expect(!joined.contains { $0.code.hasPrefix("07") }, "\(joined.map(Self.brief))")
    }

    @Test("'A và B' fight each other; an appeal to 'hai nước' goes to each of them")
    func twoSides() {
        let (events, _) = Self.analyze("Thái Lan và Campuchia giao tranh ở biên giới. Ngoại trưởng Mỹ Marco Rubio kêu gọi hai nước ngừng bắn.")
        #expect(Set(events.filter { ["19", "02"].contains(String($0.code.prefix(2))) }.map(Self.brief)) == [
            "190 Thái Lan→Campuchia @2025-10-20 asserted", "190 Campuchia→Thái Lan @2025-10-20 asserted",
            "020 Marco Rubio→Thái Lan @2025-10-20 asserted", "020 Marco Rubio→Campuchia @2025-10-20 asserted",
        ], "\(events.map(Self.brief))")
    }

    @Test("one act told with and without its object in one sentence is one event")
    func sameActTwice() {
        let (events, _) = Self.analyze("Bộ Công an khởi tố, bắt giữ ông Trần Văn Nam.")
        #expect(events.map(Self.brief) == ["173 Bộ Công an→Trần Văn Nam @2025-10-20 asserted"])
        #expect(events.first?.mentions.count == 2)
    }

    @Test("the object of a purpose clause is not the subject of what follows it")
    func purposeObject() {
        let (events, _) = Self.analyze("Bộ Công an có 48 giờ để thẩm vấn ông Trương Văn Nam trước khi đề nghị Tòa án Nhân dân Tối cao phê chuẩn lệnh bắt.")
        let sources = events.map { $0.source ?? "-" }
        #expect(!sources.contains("Trương Văn Nam") && sources.contains("Bộ Công an"), "\(events.map(Self.brief))")
    }

    @Test("'hai nhà lãnh đạo', 'hai ngoại trưởng' name the sides of the latest meeting of such people")
    func pairNouns() {
        let (events, _) = Self.analyze("""
        Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Donald Trump hôm 16/10.         Ngoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Mỹ Marco Rubio hôm 20/10.         Moscow và Washington nhất trí chuẩn bị cho một cuộc gặp mới giữa hai nhà lãnh đạo.         Hai ngoại trưởng có thể gặp mặt trong tuần này.
        """)
        let briefs = Set(events.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-") \($0.modality.rawValue)" })
        #expect(briefs.contains("036 Vladimir Putin→Donald Trump planned"), "\(briefs)")
        #expect(briefs.contains("036 Sergey Lavrov→Marco Rubio possible"), "\(briefs)")
        #expect(!briefs.contains { $0.hasPrefix("036 Nga") }, "\(briefs)")
    }

    @Test("a scene-setting date holds until the next one, across paragraphs; an earlier framed event keeps no borrowed date")
    func dateScopes() {
        let (events, _) = Self.analyze("""
        Hôm nay, Thủ tướng Israel Benjamin Netanyahu chỉ trích Iran.

        Ngày 9/1, Houthi tấn công tàu chiến Mỹ. Houthi cũng cảnh báo Mỹ.

        Phong trào Hamas lên án Mỹ.

        Sáng 11/1, Iran phản đối Anh. Phong trào Hezbollah chỉ trích Anh.

        Tổng thống Nga Vladimir Putin tới Hà Nội sáng nay, ngay sau chuyến thăm Triều Tiên.
        """, on: "2024-01-12")
        let briefs = Set(events.map(Self.brief))
        #expect(briefs.contains("130 Houthi→Mỹ @2024-01-09 asserted"), "\(briefs)")
        #expect(briefs.contains("111 Benjamin Netanyahu→Iran @2024-01-12 asserted"), "\(briefs)")
        #expect(briefs.contains("111 Hamas→Mỹ @2024-01-09 asserted"), "\(briefs)")
        #expect(briefs.contains("111 Hezbollah→Anh @2024-01-11 asserted"), "\(briefs)")
        #expect(briefs.contains("042 Vladimir Putin→Triều Tiên @nil reported_past"), "\(briefs)")
    }

    @Test("a rejection answers what was aimed at its subject's country; 'bác bỏ cáo buộc' answers the accusation")
    func rejectionAnswers() {
        let (events, _) = Self.analyze("""
        Thủ tướng Ba Lan Donald Tusk cáo buộc Nga. Thủ tướng Anh Keir Starmer phê phán Nga. \
        Bộ Ngoại giao Nga lập tức bác bỏ cáo buộc. Trung Quốc chỉ trích Nhật Bản, nhưng Tokyo bác bỏ.
        """)
        let briefs = Set(events.map(Self.brief))
        #expect(briefs.contains("120 Bộ Ngoại giao Nga→Donald Tusk @2025-10-20 asserted"), "\(briefs)")
        #expect(briefs.contains("120 Nhật Bản→Trung Quốc @2025-10-20 asserted"), "\(briefs)")
    }

    @Test("a date of the reported clause dates the event, the one before the reporting verb the report")
    func reportedClauseDate() {
        let (events, _) = Self.analyze("Quân đội Israel hôm nay cho biết lực lượng Hezbollah đã tấn công Israel trong đêm 9/1, khiến hai binh sĩ bị thương.", on: "2024-01-12")
        #expect(events.map(Self.brief) == ["190 Hezbollah→Israel @2024-01-09 asserted"])
    }

    @Test("force used at a foreign city hits its country; at a city of one's own country it hits no country")
    func forceAtPlaces() {
        let (events, _) = Self.analyze("Ukraine báo động phòng không trên cả nước. Nga tấn công Odesa bằng 40 máy bay không người lái.")
        #expect(events.map(Self.brief).contains("190 Nga→Ukraine @2025-10-20 asserted"), "\(events.map(Self.brief))")
        let (own, _) = Self.analyze("Quân đội Sudan tổ chức phòng thủ. Lực lượng Hỗ trợ Nhanh tấn công El Fasher.")
        #expect(!own.contains { $0.target == "Sudan" }, "\(own.map(Self.brief))")
    }

    @Test("an event's place: a gazetteer place with its class noun, a country's whole name")
    func places() {
        let (events, _) = Self.analyze("Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Marco Rubio tại thành phố Đà Nẵng. Tổng thống Pháp gặp Thủ tướng Anh tại Ả rập Xê út.")
        #expect(events.compactMap(\.location) == ["thành phố Đà Nẵng", "Ả rập Xê út"], "\(events.map { ($0.code, $0.location) })")
    }

    @Test("a date after 'trước' or 'kể từ' bounds a period and dates no event")
    func boundDates() {
        let (events, _) = Self.analyze("Chiều 10/3, Tổng thống Indonesia cảm ơn Việt Nam. Tổng Bí thư Tô Lâm đề nghị Indonesia tăng kim ngạch thương mại lên 18 tỷ USD trước năm 2028.", on: "2025-03-11")
        #expect(events.map(Self.brief).contains("020 Tô Lâm→Indonesia @2025-03-10 asserted"), "\(events.map(Self.brief))")
    }

    @Test("one of the two sides proposing to 'hai bên' speaks for both and aims at no one")
    func sideSpeaksForBoth() {
        let (events, _) = Self.analyze("Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Ấn Độ Narendra Modi. Ông Macron đề nghị hai bên tăng cường hợp tác quốc phòng.")
        #expect(events.contains { $0.code.hasPrefix("02") } && !events.contains { $0.code.hasPrefix("02") && $0.target != nil }, "\(events.map(Self.brief))")
    }

    @Test("an event five or more days old is background; two days old is news")
    func background() {
        let (events, _) = Self.analyze("Hôm 15/10, Iran chỉ trích Israel. Hôm 18/10, Nga chỉ trích Mỹ.")
        #expect(Set(events.map(Self.brief)) == ["111 Iran→Israel @2025-10-15 reported_past", "111 Nga→Mỹ @2025-10-18 asserted"], "\(events.map(Self.brief))")
    }

    @Test("a trigger that names an intended meeting is planned")
    func intendedMeeting() {
        let (events, _) = Self.analyze("Chiều nay, Thủ tướng Nhật Bản Ishiba Shigeru dự kiến gặp Tổng thống Hàn Quốc Lee Jae-myung.")
        #expect(events.map(Self.brief) == ["036 Ishiba Shigeru→Lee Jae-myung @2025-10-20 planned"], "\(events.map(Self.brief))")
    }

    @Test("a list at the head of its sentence, 'A cùng B và C', acts as one subject past an apposition")
    func headList() {
        let (events, _) = Self.analyze("Mali cùng Niger và Chad, ba nước láng giềng, đã tuyên bố rút khỏi Liên minh châu Phi.")
        #expect(Set(events.map { "\($0.source ?? "-")→\($0.target ?? "-")" }) == ["Mali→Liên minh châu Phi", "Niger→Liên minh châu Phi", "Chad→Liên minh châu Phi"], "\(events.map(Self.brief))")
    }

    @Test("'Y bị [an agent no actor names] + verb': Y undergoes the act, so it is no source")
    func passiveUnknownAgent() {
        #expect(Self.analyze("Tổng thống Mohamed Bazoum bị lực lượng cận vệ bắt giữ tại dinh thự.").0.isEmpty)
        #expect(Self.analyze("Tổng thống Mohamed Bazoum bị bắt giữ bởi Quân đội Niger.").0.map(Self.brief) == ["173 Quân đội Niger→Mohamed Bazoum @2025-10-20 asserted"])
    }

    @Test("'giữa hai bên' later in the clause names the sides an appeal is aimed at")
    func betweenBothSides() {
        let (events, _) = Self.analyze("Israel và Hamas giao tranh ác liệt. Ả rập Xê út kêu gọi nhanh chóng hạ nhiệt căng thẳng giữa hai bên.")
        #expect(Set(events.filter { $0.code.hasPrefix("02") }.map(Self.brief)) == ["020 Ả rập Xê út→Israel @2025-10-20 asserted", "020 Ả rập Xê út→Hamas @2025-10-20 asserted"], "\(events.map(Self.brief))")
    }

    @Test("a capitalized trigger that runs on into capitalized words is part of a name")
    func triggerInAName() {
        let (events, _) = Self.analyze("Tuần trước, Hàn Quốc bàn giao hai tàu tuần tra cho Indonesia theo chương trình Hỗ trợ Phát triển Chính thức (ODA).")
        #expect(!events.contains { $0.trigger == "Hỗ trợ" }, "\(events.map(Self.brief))")
        let (plain, _) = Self.analyze("Hàn Quốc hỗ trợ Indonesia hai tàu tuần tra.")
        #expect(plain.contains { $0.code.hasPrefix("07") }, "\(plain.map(Self.brief))")
    }

    @Test("a verb that decides an event's fate after a reporting verb makes the event the reporter's own")
    func fateAfterReportingVerb() {
        let (events, _) = Self.analyze("Bộ Ngoại giao Philippines thông báo hủy cuộc tham vấn với Trung Quốc.")
        #expect(events.map(Self.brief) == ["036 Bộ Ngoại giao Philippines→Trung Quốc @nil negated"], "\(events.map(Self.brief))")
    }

    @Test("a week the sentence then narrows to a day dates the event by the day")
    func narrowedDate() {
        let (events, _) = Self.analyze("Ngoại trưởng Nga Sergey Lavrov và Ngoại trưởng Mỹ Marco Rubio có thể gặp mặt trong tuần này, sớm nhất là vào ngày 23/10.")
        #expect(events.map(Self.brief) == ["036 Sergey Lavrov→Marco Rubio @2025-10-23 possible"])
    }

    @Test("noun events: an agent with 'của', the fate that follows them, a rejection that answers an accusation")
    func nounEvents() {
        let (events, _) = Self.analyze("""
        Chuyến thăm của Tổng thống Ukraine Volodymyr Zelensky tới Ả rập Xê út đã bị hoãn.         Cuộc gặp giữa Tổng thống Mỹ Joe Biden và Tổng thống Palestine Mahmoud Abbas đã bị hủy.         Phong trào Hamas cáo buộc Israel, trong khi Tel Aviv bác bỏ và cho rằng vụ nổ do nhóm Thánh chiến Hồi giáo gây ra.         Đoàn cứu hộ của Bộ Công an và Bộ Quốc phòng Việt Nam đã tới Thổ Nhĩ Kỳ.
        """, on: "2025-02-19")
        let briefs = Set(events.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-") \($0.modality.rawValue)" })
        #expect(briefs.contains("036 Volodymyr Zelensky→Ả rập Xê út planned"), "\(briefs)")
        #expect(briefs.contains("036 Joe Biden→Mahmoud Abbas negated"), "\(briefs)")
        #expect(briefs.contains("120 Israel→Hamas asserted"), "\(briefs)")
        let (sanctions, _) = Self.analyze("Liên minh châu Âu thông qua gói trừng phạt nhằm vào Nga. Moscow bác bỏ và gọi các biện pháp này là “bất hợp pháp”.")
        #expect(sanctions.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" }.contains("120 Nga→Liên minh châu Âu"), "\(sanctions.map(Self.brief))")
        #expect(briefs.contains("073 Bộ Công an→Thổ Nhĩ Kỳ asserted"), "\(briefs)")
        #expect(!briefs.contains { $0.contains("→Bộ Quốc phòng") || $0.contains("→Thánh chiến") }, "\(briefs)")
    }

    @Test("reciprocal fighting goes both ways; 'mà hai nước' and an earlier 'hai nước' name the sides")
    func reciprocalFighting() {
        let (events, _) = Self.analyze("""
        Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Campuchia Hun Manet đã ký tuyên bố chung hôm nay.         Văn kiện mở rộng thỏa thuận ngừng bắn mà hai nước đạt được hồi cuối tháng 7, sau 5 ngày giao tranh dọc biên giới.
        """, on: "2025-10-26")
        let briefs = Set(events.map(Self.brief))
        #expect(briefs.contains("057 Thái Lan→Campuchia @2025-07 reported_past"), "\(briefs)")
        #expect(briefs.contains("190 Thái Lan→Campuchia @2025-07 reported_past"), "\(briefs)")
        #expect(briefs.contains("190 Campuchia→Thái Lan @2025-07 reported_past"), "\(briefs)")
    }

    @Test("a visit to a capital visits its country; 'và' before a verb ends the first verb's objects")
    func capitalVisit() {
        let (events, _) = Self.analyze("""
        Tổng thống Ukraine Volodymyr Zelensky kêu gọi hỗ trợ.         Thủ tướng Đức Friedrich Merz dự kiến thăm Kiev vào đầu tháng 12 và có thể gặp Tổng thống Zelensky.
        """, on: "2025-11-20")
        let briefs = Set(events.map(Self.brief))
        #expect(briefs.contains("036 Friedrich Merz→Ukraine @2025-12 planned"), "\(briefs)")
        #expect(briefs.contains("036 Friedrich Merz→Volodymyr Zelensky @2025-12 possible"), "\(briefs)")
    }

    @Test("an object pronoun is not its clause's subject")
    func objectPronoun() {
        let (events, _) = Self.analyze("Thủ tướng Ấn Độ Narendra Modi tới Moscow. Tổng thống Nga Vladimir Putin trao tặng ông Huân chương Thánh Andrew.", on: "2024-07-10")
        #expect(events.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" }.contains("051 Vladimir Putin→Narendra Modi"), "\(events.map(Self.brief))")
    }

    @Test("a trailing frame shares the sentence's subject")
    func trailingFrame() {
        let (events, _) = Self.analyze("Tổng thống Nga Vladimir Putin đã tới Hà Nội, bắt đầu chuyến thăm Việt Nam, ngay sau chuyến thăm Triều Tiên.", on: "2024-06-20")
        #expect(events.map { "\($0.code) \($0.source ?? "-")→\($0.target ?? "-")" }.contains("042 Vladimir Putin→Triều Tiên"))
    }

    @Test("a later mention that dates an event more precisely refines it instead of adding one")
    func refinedDate() {
        let (events, _) = Self.analyze("""
        Hồi tháng 11 năm ngoái, Tổng thống Mỹ Donald Trump điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.         Tổng thống Mỹ Donald Trump điện đàm với Chủ tịch Trung Quốc Tập Cận Bình hôm 24/11.
        """, on: "2026-01-10")
        #expect(events.map(Self.brief) == ["041 Donald Trump→Tập Cận Bình @2025-11-24 reported_past"])
    }
}
