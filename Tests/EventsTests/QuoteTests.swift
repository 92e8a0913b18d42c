import Actors
import Testing
import VietText
@testable import Events

/// Quotations as news writes them, on sentences written for these tests.
@Suite("Quotes")
struct QuoteTests {
    static func quotes(_ text: String) -> [String] {
        EventBehaviourTests.analyze(text).1.map { "\($0.speaker ?? "-"): \($0.text)" }
    }

    /// The last quotation of `text` is `speaker`'s.
    static func expectLast(_ text: String, by speaker: String) {
        let found = quotes(text)
        #expect(found.last?.hasPrefix("\(speaker): ") == true, "\(found)")
    }

    @Test("a quotation across paragraphs is one quotation, re-opened at each paragraph or not")
    func paragraphs() {
        let reopened = Self.quotes("Ngoại trưởng Nga Sergey Lavrov cho biết:\n\n“Chúng tôi sẵn sàng nói chuyện với mọi bên.\n\n“Nhưng Moscow sẽ không nhận tối hậu thư”.")
        #expect(reopened == ["Sergey Lavrov: Chúng tôi sẵn sàng nói chuyện với mọi bên.\n\n“Nhưng Moscow sẽ không nhận tối hậu thư"])
        let bare = Self.quotes("Tổng thống Pháp Emmanuel Macron nói: “Châu Âu phải tự đứng vững.\nChúng tôi sẽ tăng ngân sách quốc phòng”.")
        #expect(bare == ["Emmanuel Macron: Châu Âu phải tự đứng vững.\nChúng tôi sẽ tăng ngân sách quốc phòng"])
        // A mark left open does not swallow the next paragraph's own quotation.
        let unclosed = Self.quotes("Ông Lê Văn Hùng viết “một ngày dài.\n\nThủ tướng Anh Keir Starmer nói: “Chúng tôi ủng hộ hòa bình”.")
        #expect(unclosed == ["Keir Starmer: Chúng tôi ủng hộ hòa bình"])
    }

    @Test("a quotation inside a quotation belongs to the outer one", arguments: [
        "Ngoại trưởng Mỹ Marco Rubio nói: “Họ gọi đó là ‘hòa bình’, nhưng chúng tôi thì không”.",
        "Ngoại trưởng Mỹ Marco Rubio nói: “Họ gọi đó là \"hòa bình\", nhưng chúng tôi thì không”.",
        "Ngoại trưởng Mỹ Marco Rubio nói: “Họ gọi đó là “hòa bình”, nhưng chúng tôi thì không”.",
    ])
    func nested(text: String) {
        let found = Self.quotes(text)
        #expect(found.count == 1 && found.first?.hasPrefix("Marco Rubio: Họ gọi đó là") == true && found.first?.hasSuffix("chúng tôi thì không") == true, "\(found)")
    }

    @Test("the speaker named after the quotation: after a dash, or in the short sentence that follows", arguments: [
        ("“Chúng tôi đứng cùng Ukraine” – Tổng thống Pháp Emmanuel Macron nói.", "Emmanuel Macron"),
        ("Thủ tướng Anh Keir Starmer gặp Tổng thống Pháp Emmanuel Macron. “Chúng tôi đứng cùng Ukraine”. Ông Macron nói thêm như vậy.", "Emmanuel Macron"),
        ("Thủ tướng Anh Keir Starmer gặp Tổng thống Pháp Emmanuel Macron. “Chúng tôi đứng cùng Ukraine!” Ông Macron nói với báo giới.", "Emmanuel Macron"),
        // A sentence that goes on to a statement of its own does not attribute the quotation.
        ("Thủ tướng Anh Keir Starmer cho biết: “Chúng tôi đứng cùng Ukraine”. Ông Macron cho biết Pháp sẽ gửi thêm viện trợ.", "Keir Starmer"),
    ])
    func after(text: String, speaker: String) {
        #expect(Self.quotes(text).count == 1)
        Self.expectLast(text, by: speaker)
    }

    @Test("the subject of the verb of saying speaks, not the actors its clause names", arguments: [
        ("Tổng thống Nga Vladimir Putin thông báo với Tổng thống Mỹ Donald Trump rằng quân đội Nga “đang giữ thế chủ động”.", "Vladimir Putin"),
        ("Thủ tướng Canada Mark Carney hôm qua đã gặp Tổng thống Mexico Claudia Sheinbaum, khẳng định hai nước “sẽ cùng vượt qua sóng gió”.", "Mark Carney"),
        ("Thủ tướng Nhật Bản Ishiba Shigeru sáng nay cho biết quan hệ với Tổng thống Hàn Quốc Lee Jae-myung vẫn “rất vững chắc”.", "Ishiba Shigeru"),
        ("Tổng thống Mỹ Donald Trump gọi đây là “một thỏa thuận lớn”, trong khi Chủ tịch Trung Quốc Tập Cận Bình gửi thư, chỉ trích Mỹ “thiếu thiện chí”.", "Tập Cận Bình"),
        ("Ông Nguyễn Văn Tài chỉ trích dự án mà bà Lê Thị Hạnh gọi là “bước tiến” và khẳng định nó “quá lãng phí”.", "Nguyễn Văn Tài"),
        ("Tại cuộc họp của Liên hợp quốc, Ngoại trưởng Pháp Jean-Noël Barrot cáo buộc Nga có hành động “khiêu khích”.", "Jean-Noël Barrot"),
    ])
    func subject(text: String, speaker: String) { Self.expectLast(text, by: speaker) }

    @Test("a pronoun speaks for the last person of its gender; a bench for its court; a document for its body", arguments: [
        ("Tổng thống Mỹ Donald Trump tiếp bà Ursula von der Leyen. Bà ấy nói: “Chúng tôi sẽ đáp trả”.", "Ursula von der Leyen"),
        ("Tổng thống Mỹ Donald Trump tiếp bà Ursula von der Leyen. “Chúng tôi sẽ đáp trả”, ông ấy nói.", "Donald Trump"),
        ("Ngoại trưởng Anh David Lammy đến Kiev. Người này cho biết: “Chúng tôi sẽ ở lại”.", "David Lammy"),
        ("Viện Kiểm sát nhân dân tối cao truy tố ông Trần Văn Cường. Theo cáo trạng, ông Cường đã “lợi dụng vị trí công tác để trục lợi”.", "Viện Kiểm sát nhân dân tối cao"),
        ("Theo Bộ Ngoại giao Nhật Bản, Thủ tướng Ishiba Shigeru “rất lấy làm tiếc” về vụ việc.", "Bộ Ngoại giao Nhật Bản"),
        ("Ngoại trưởng Iran Abbas Araghchi gặp Tổng thư ký NATO Mark Rutte. “Đối thoại là con đường duy nhất”, Tổng thư ký nhấn mạnh.", "Mark Rutte"),
        ("Tòa án nhân dân tỉnh Nghệ An xử phạt Nguyễn Văn Bình 5 năm tù giam. Hội đồng xét xử nhận định việc làm của bị cáo là “rất nguy hiểm”.", "Tòa án nhân dân tỉnh Nghệ An"),
    ])
    func standIns(text: String, speaker: String) { Self.expectLast(text, by: speaker) }

    @Test("words nobody named said give no quote", arguments: [
        "Một quan chức giấu tên nói: “Chúng tôi chưa quyết định”.",
        "Người biểu tình hô vang: “Hòa bình ngay bây giờ”.",
    ])
    func unnamed(text: String) {
        #expect(Self.quotes(text).isEmpty, "\(Self.quotes(text))")
    }

    @Test("every quote-words row's example contains its words", arguments: EventRowTests.rows("quote-words.tsv"))
    func quoteWords(row: [String]) {
        let example = VietNormalizer.fold(row[3])
        for word in row[1].split(separator: "|") {
            #expect(example.contains(VietNormalizer.fold(String(word))), "\(row[0]): \(word) not in \(row[3])")
        }
        #expect(!QuoteWords.standard.phrases(row[0]).isEmpty)
    }
}
