import Testing
@testable import ArticleFormats

@Suite("Saved HTML pages")
struct HTMLArticleExtractorTests {
    @Test("a page gives the date, title and paragraphs of the text it was written from", arguments: [
        ("vnexpress-style.html", "08-phap-ukraine-vien-tro.txt", "Tổng thống Pháp điện đàm với Tổng thống Ukraine về viện trợ quân sự"),
        ("tuoitre-style.html", "09-han-quoc-bat-giu.txt", "Hàn Quốc bắt giữ cựu Bộ trưởng Quốc phòng Kim Yong-hyun"),
        ("dantri-style.html", "05-lavrov-wang-yi.txt", "Ngoại trưởng Trung Quốc hội đàm với Ngoại trưởng Nga tại Bắc Kinh"),
        ("thanhnien-style.html", "07-ukraine-bien-gioi.txt", "Ukraine cáo buộc Nga tấn công hạ tầng năng lượng"),
    ])
    func page(page: String, example: String, title: String) throws {
        let expected = try Fixtures.example(example)
        let extracted = HTMLArticleExtractor.extract(utf8: try Fixtures.page(page))
        #expect(extracted.date?.description == expected.date)
        #expect(extracted.title == title)
        #expect(extracted.paragraphs == expected.paragraphs)
    }

    @Test("scripts, styles, comments, navigation and link lists never reach the body")
    func boilerplate() {
        let html = """
        <html><head><style>p{}</style><script>var x = "<p>no</p>";</script></head><body>
        <nav><p>Trang chủ</p></nav><!-- <p>comment</p> -->
        <div class="content"><p>Đoạn một có <a href="/x">một liên kết</a> ở giữa.</p>
        <ul><li><a href="/a">Tin khác một</a></li><li><a href="/b">Tin khác hai</a></li></ul>
        <ul><li>Điểm thứ nhất của bài.</li><li>Điểm thứ hai.</li></ul>
        <p>Đoạn&nbsp;hai<br>tiếp tục.</p><div class="adsbygoogle">Quảng cáo</div></div>
        <footer><p>Bản quyền</p></footer></body></html>
        """
        let page = HTMLArticleExtractor.extract(utf8: Array(html.utf8))
        #expect(page.paragraphs == ["Đoạn một có một liên kết ở giữa.", "Điểm thứ nhất của bài.", "Điểm thứ hai.", "Đoạn hai tiếp tục."])
        #expect(page.date == nil && page.title == nil)
    }

    @Test("sniffing tells pages from text")
    func sniff() {
        #expect(HTMLArticleExtractor.looksLikeHTML(Array("\n<!DOCTYPE html><html>".utf8)))
        #expect(HTMLArticleExtractor.looksLikeHTML(Array("<html lang=\"vi\">".utf8)))
        #expect(!HTMLArticleExtractor.looksLikeHTML(Array("date 2025-10-20\n<b>không</b>".utf8)))
    }

    @Test("broken markup is repaired, not refused")
    func tagSoup() {
        let page = HTMLArticleExtractor.extract(utf8: Array("<p>Một <b>hai<p>Ba</i> bốn</div></table>".utf8))
        #expect(page.paragraphs == ["Một hai", "Ba bốn"])
        #expect(HTMLArticleExtractor.extract(utf8: []).paragraphs.isEmpty)
    }
}

@Suite("Lead datelines")
struct LeadDatelineTests {
    @Test("an outlet's dateline before the lead is dropped; other parentheses stay", arguments: [
        ("(Dân trí) - Ngoại trưởng Nga tới Bắc Kinh.", "Ngoại trưởng Nga tới Bắc Kinh."),
        ("(TTXVN) – Chiều 11/11, Thủ tướng điện đàm.", "Chiều 11/11, Thủ tướng điện đàm."),
        ("(Ảnh: AFP) Khói bốc lên.", "(Ảnh: AFP) Khói bốc lên."),
        ("(Dân trí) -", "(Dân trí) -"),
        ("Hà Nội (TTXVN) - Sáng nay…", "Hà Nội (TTXVN) - Sáng nay…"),
    ])
    func dateline(lead: String, expected: String) {
        #expect(HTMLArticleExtractor.withoutDateline(lead) == expected)
    }
}
