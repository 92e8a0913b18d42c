import Testing
import VietText
@testable import Temporal

/// Behaviours beyond single rows: year inference, weekdays, anaphora, false friends.
@Suite("Temporal behaviour")
struct TemporalBehaviourTests {
    static func tag(_ text: String, on date: String) -> [Timex] {
        TemporalTagger.standard.tag(Document(text: text, date: CivilDate(iso: date)!))
    }

    static func values(_ text: String, on date: String) -> [String] {
        tag(text, on: date).map { "\($0.text)=\($0.value)" }
    }

    @Test("a day and month without a year take the reading nearest the article date, by tense", arguments: [
        ("Hai bên đã gặp nhau ngày 28/12.", "2026-01-03", "ngày 28/12=2025-12-28"),
        ("Hai bên gặp nhau ngày 28/12.", "2026-01-03", "ngày 28/12=2025-12-28"),
        ("Hai bên sẽ gặp nhau vào ngày 28/12.", "2026-01-03", "ngày 28/12=2026-12-28"),
        ("Hội nghị sẽ khai mạc ngày 5/1.", "2025-12-20", "ngày 5/1=2026-01-05"),
        ("Hội nghị khai mạc ngày 15/11 tại Lima.", "2025-10-20", "ngày 15/11=2025-11-15"),
        ("Cuộc gặp tại Ả rập Xê út vào tháng 2.", "2025-10-20", "tháng 2=2025-02"),
        ("Ông Trump sẽ thăm Trung Quốc vào tháng 4.", "2026-01-08", "tháng 4=2026-04"),
        ("Quan hệ bị cắt đứt từ tháng 11.", "2026-01-08", "tháng 11=2025-11"),
    ])
    func yearInference(text: String, date: String, expected: String) {
        #expect(Self.values(text, on: date).contains(expected), "\(Self.values(text, on: date))")
    }

    @Test("a far cue in another clause does not move a date a year away")
    func farCue() {
        let text = "Cũng trong ngày 25-1, Tổng thống Mỹ thông báo Washington sẽ chuyển 31 xe tăng cho Kiev."
        #expect(Self.values(text, on: "2023-01-26") == ["ngày 25-1=2023-01-25"])
    }

    @Test("a tense cue inside a reported clause does not move the date of the report")
    func reportedClause() {
        let text = "Người phát ngôn Bộ Ngoại giao Mỹ ngày 15/7 cảnh báo Washington có thể áp đặt thêm trừng phạt."
        #expect(Self.values(text, on: "2025-07-16") == ["ngày 15/7=2025-07-15"])
    }

    @Test("digit weekdays need a day context; otherwise 'thứ 3' is an ordinal")
    func digitWeekdays() {
        #expect(Self.values("Đây là vụ án thứ 3 được khởi tố trong tháng.", on: "2024-12-09") == [])
        #expect(Self.values("Phiên tòa mở hôm thứ 3.", on: "2024-12-12") == ["hôm thứ 3=2024-12-10"])
        #expect(Self.values("Đoàn sẽ lên đường thứ 5 tuần tới.", on: "2024-12-09") == ["thứ 5 tuần tới=2024-12-19"])
    }

    @Test("weekdays resolve in the article's week, by tense", arguments: [
        ("Thượng viện thông qua dự luật hôm thứ Ba.", "2024-04-25", "hôm thứ Ba=2024-04-23"),
        ("Hội nghị diễn ra từ thứ Ba đến thứ Năm.", "2024-10-24", "thứ Năm=2024-10-24"),
        ("Dự luật được thông qua hôm thứ Bảy tuần trước.", "2024-04-25", "hôm thứ Bảy tuần trước=2024-04-20"),
        ("Ông sẽ tới Paris vào thứ Hai.", "2025-10-22", "thứ Hai=2025-10-27"),
        ("Ký kết tại Jeddah hôm thứ Bảy (20/5).", "2023-05-22", "20/5=2023-05-20"),
    ])
    func weekdays(text: String, date: String, expected: String) {
        #expect(Self.values(text, on: date).contains(expected), "\(Self.values(text, on: date))")
    }

    @Test("'cùng ngày' refers to the date that anchors the narrative, clock times to the last date")
    func anaphora() {
        let text = """
        Mỹ hôm qua công bố các biện pháp trừng phạt mới liên quan đến cái chết của ông Navalny hôm 16/2.
        Cùng ngày, EU thông qua gói trừng phạt thứ 13. Cây cầu sập vào sáng 9/2. Khoảng 10h, xe cứu hộ tới nơi.
        """
        let values = Self.values(text, on: "2024-02-24")
        #expect(values.contains("Cùng ngày=2024-02-23"), "\(values)")
        #expect(values.contains("10h=2024-02-09T10:00"), "\(values)")
    }

    @Test("false friends are not timexes", arguments: [
        "Nga đã kiểm soát được 3.500km² lãnh thổ.",
        "Israel có 149 khu định cư ở Bờ Tây.",
        "Đây là cuộc điện đàm lần thứ 8 trong năm.",
        "Thành phố bị tàn phá trong Thế chiến II.",
        "Tổng đài hoạt động 24/7.",
        "Ông Navalny qua đời ở tuổi 47, ông 72 tuổi khi nhậm chức.",
        "Đội tuyển thắng 2-1 trong trận chung kết.",
        "GDP tăng 8,23%, lạm phát ở mức 3,5%.",
        "Tiêm kích Su-27 và F-16 đã xuất kích.",
        "Gọi đường dây nóng 0912.345.678 để được hỗ trợ.",
        "Hơn 2/3 số phiếu ủng hộ nghị quyết.",
        "Ngày thứ năm của cuộc giao tranh, hai bên vẫn chưa ngừng bắn.",
        "Ông đã tới Việt Nam lần thứ năm.",
        "Tập đoàn sang nhượng cổ phần cho đối tác.",
        "Máy bay hạ cánh tại sân bay Nội Bài.",
    ])
    func falseFriends(text: String) {
        let found = Self.tag(text, on: "2025-10-20").filter { !["năm", "trong năm"].contains($0.text) }
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test("text typed without diacritics is still read")
    func unaccented() {
        let values = Self.values("Ngoai truong Nga hom qua dien dam voi Ngoai truong My. Hai ben se gap nhau vao ngay 23/10.", on: "2025-10-20")
        #expect(values == ["hom qua=2025-10-19", "ngay 23/10=2025-10-23"])
    }

    @Test("every span is the body's text and timexes come in order without overlap")
    func spans() {
        let text = "Sáng 7/8, hai bên hội đàm trong 4,5 giờ. Hằng năm, thương mại tăng. Tuần này và tháng tới, hai bên sẽ gặp lại."
        let doc = Document(text: text, date: CivilDate(iso: "2025-10-20")!)
        let timexes = TemporalTagger.standard.tag(doc)
        #expect(timexes.count == 5)
        for (a, b) in zip(timexes, timexes.dropFirst()) { #expect(a.span.end <= b.span.start) }
        for t in timexes { #expect(doc.text(t.span) == t.text) }
        #expect(timexes.first?.value == "2025-08-07TMO")
    }

    @Test("numerals in words", arguments: [
        ("Chiến dịch kéo dài mười lăm ngày.", "P15D"),
        ("Xung đột kéo dài hai mươi mốt ngày.", "P21D"),
        ("Hiệp định có hiệu lực trong mười năm.", "P10Y"),
        ("Hai bên đàm phán trong ba tháng.", "P3M"),
        ("Ông bị kết án hai mươi năm tù.", "P20Y"),
    ])
    func numerals(text: String, value: String) {
        #expect(Self.tag(text, on: "2025-10-20").map(\.value) == [value])
    }
}
