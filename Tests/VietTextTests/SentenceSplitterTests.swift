import Testing
@testable import VietText

@Suite("Sentences, paragraphs and tokens")
struct SentenceSplitterTests {
    static let date = CivilDate(year: 2025, month: 10, day: 20)!

    static func sentences(_ text: String) -> [String] {
        let doc = Document(text: text, date: date)
        return doc.sentences.map { doc.text($0.span) }
    }

    @Test("hard cases split where a Vietnamese reader would", arguments: [
        // (text, expected sentences)
        ("Ông sống ở TP.HCM từ năm 2010. Sau đó ông chuyển ra Hà Nội.",
         ["Ông sống ở TP.HCM từ năm 2010.", "Sau đó ông chuyển ra Hà Nội."]),
        ("PGS.TS. Nguyễn Văn A trình bày báo cáo. Hội thảo kết thúc lúc 9h30.",
         ["PGS.TS. Nguyễn Văn A trình bày báo cáo.", "Hội thảo kết thúc lúc 9h30."]),
        ("Nga kiểm soát 3.500km² lãnh thổ. Giá trị hợp đồng là 1.000 tỷ đồng.",
         ["Nga kiểm soát 3.500km² lãnh thổ.", "Giá trị hợp đồng là 1.000 tỷ đồng."]),
        ("Cuộc họp diễn ra ngày 24/9. Hai bên nhất trí gặp lại.",
         ["Cuộc họp diễn ra ngày 24/9.", "Hai bên nhất trí gặp lại."]),
        ("Hai ngoại trưởng bắt tay tại New York (Ảnh: Reuters). Cuộc gặp kéo dài một giờ.",
         ["Hai ngoại trưởng bắt tay tại New York (Ảnh: Reuters).", "Cuộc gặp kéo dài một giờ."]),
        ("Lực lượng cứu hộ tìm kiếm nạn nhân (Ảnh minh họa: AFP) Trận động đất xảy ra lúc rạng sáng.",
         ["Lực lượng cứu hộ tìm kiếm nạn nhân (Ảnh minh họa: AFP)", "Trận động đất xảy ra lúc rạng sáng."]),
        ("Ông nói: “Chúng tôi sẵn sàng.” Phía Mỹ chưa bình luận.",
         ["Ông nói: “Chúng tôi sẵn sàng.”", "Phía Mỹ chưa bình luận."]),
        ("Ông nói: \"Chúng tôi sẵn sàng.\" Phía Mỹ chưa bình luận.",
         ["Ông nói: \"Chúng tôi sẵn sàng.\"", "Phía Mỹ chưa bình luận."]),
        ("“Chúng tôi sẵn sàng đối thoại”, ông Peskov nói. Điện Kremlin không bình luận thêm.",
         ["“Chúng tôi sẵn sàng đối thoại”, ông Peskov nói.", "Điện Kremlin không bình luận thêm."]),
        ("“Tình hình rất khó khăn.” ông nói thêm.",
         ["“Tình hình rất khó khăn.” ông nói thêm."]),
        ("Họ chờ đợi... Cuối cùng tin tức cũng đến.",
         ["Họ chờ đợi...", "Cuối cùng tin tức cũng đến."]),
        ("Ông ngập ngừng… rồi nói tiếp.",
         ["Ông ngập ngừng… rồi nói tiếp."]),
        ("Tổng thống Donald J. Trump phát biểu tại Nhà Trắng. Ông cảm ơn các đồng minh!",
         ["Tổng thống Donald J. Trump phát biểu tại Nhà Trắng.", "Ông cảm ơn các đồng minh!"]),
        ("Tại sao lại như vậy? Không ai trả lời.",
         ["Tại sao lại như vậy?", "Không ai trả lời."]),
        ("Các mặt hàng gồm gạo, cà phê, hạt điều v.v. Tổng kim ngạch tăng 5%.",
         ["Các mặt hàng gồm gạo, cà phê, hạt điều v.v.", "Tổng kim ngạch tăng 5%."]),
        ("Dòng đầu tiên\nDòng thứ hai.",
         ["Dòng đầu tiên", "Dòng thứ hai."]),
    ])
    func hardCases(text: String, expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    @Test("every abbreviation row's example stays one sentence")
    func abbreviationRows() throws {
        let table = try #require(VietTextResources.table("abbreviations.tsv"))
        #expect(table.rows.count >= 20)
        for row in table.rows {
            let example = row[2]
            #expect(Self.sentences(example) == [example], "row \(row[0])")
        }
    }

    @Test("paragraphs follow line breaks; blank lines and surrounding spaces are dropped")
    func paragraphs() {
        let doc = Document(text: "  Đoạn một. Câu hai.\n\n\n  Đoạn hai.  \r\nĐoạn ba", date: Self.date)
        #expect(doc.paragraphs.map { doc.text($0) } == ["Đoạn một. Câu hai.", "Đoạn hai.", "Đoạn ba"])
        #expect(doc.sentences.map(\.paragraph) == [0, 0, 1, 2])
    }

    @Test("tokens are syllables, numbers and single punctuation marks")
    func tokens() {
        let doc = Document(text: "Sáng 16/10, ông Lavrov (Nga) nói lúc 9h30: “được”.", date: Self.date)
        let texts = doc.tokens.map { doc.text($0.span) }
        #expect(texts == ["Sáng", "16", "/", "10", ",", "ông", "Lavrov", "(", "Nga", ")", "nói", "lúc", "9h30", ":", "“", "được", "”", "."])
        #expect(doc.tokens[0].isCapitalized && doc.tokens[0].kind == .word)
        #expect(doc.tokens[1].kind == .number)
        #expect(doc.tokens[12].kind == .alphanumeric)
    }

    @Test("decomposed letters stay inside their token")
    func combiningMarks() {
        let doc = Document(text: "Hà Nội", date: Self.date, splitter: .standard)
        #expect(doc.tokens.count == 2)
    }

    @Test("every span's text is the body's text at those scalar offsets")
    func spansAreBodyOffsets() {
        let text = """
         Ngoại trưởng Mỹ Marco Rubio (phải) bắt tay Ngoại trưởng Nga Sergey Lavrov (Ảnh: EPA).

        Bộ Ngoại giao Nga ngày 20/10 thông báo… “Một cuộc thảo luận mang tính xây dựng đã diễn ra.” TP.HCM có 3.500km².
        """
        let doc = Document(text: text, date: Self.date)
        let body = Array(doc.body.unicodeScalars)
        for span in doc.sentences.map(\.span) + doc.tokens.map(\.span) + doc.paragraphs {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: body[span.start..<span.end])
            #expect(doc.text(span) == String(view))
            #expect(!span.isEmpty)
        }
        #expect(doc.body.first == "N")
        #expect(doc.sentenceIndex(containing: 0) == 0)
        #expect(doc.sentenceIndex(containing: doc.scalars.count - 1) == doc.sentences.count - 1)
    }
}
