import Testing
@testable import ArticleFormats

@Suite("Timestamps and date lines")
struct NewsTimestampTests {
    @Test("a timestamp gives the local date in Vietnam", arguments: [
        ("2025-10-20", "2025-10-20"),
        ("2025-10-19T18:30:00Z", "2025-10-20"),
        ("2025-10-19T16:59:59Z", "2025-10-19"),
        ("2025-10-19T17:00:00Z", "2025-10-20"),
        ("2025-10-20 08:30:00", "2025-10-20"),
        ("2025-10-20T08:30:00+07:00", "2025-10-20"),
        ("2025-10-20T01:30:00+09:00", "2025-10-19"),
        ("2025-10-19T22:00:00-05:00", "2025-10-20"),
        ("2025-12-31T20:00:00.123Z", "2026-01-01"),
        ("2025-10-20T08:30+0700", "2025-10-20"),
        ("2025-03-01T05:00:00+14:00", "2025-02-28"),
    ])
    func localDate(text: String, expected: String) {
        #expect(NewsTimestamp.localDate(text)?.description == expected)
    }

    @Test("what is not a timestamp gives nothing", arguments: ["", "20/10/2025", "2025-02-30", "2025-10-20T25:00:00Z", "2025-10-20Tx", "2025-10-20T08:30:00+99:00"])
    func notTimestamps(text: String) {
        #expect(NewsTimestamp.localDate(text) == nil)
    }

    @Test("Vietnamese date lines", arguments: [
        ("Thứ hai, 20/10/2025, 08:00 (GMT+7)", "2025-10-20"),
        ("20/10/2025 08:00", "2025-10-20"),
        ("Cập nhật: 5-1-2026 - 14:20", "2026-01-05"),
        ("Thứ tư, 16/07/2025 - 08:12", "2025-07-16"),
    ])
    func dateLines(text: String, expected: String) {
        #expect(VietnameseDateLine.date(in: text)?.description == expected)
    }

    @Test("no date in the line", arguments: ["08:00 (GMT+7)", "31/02/2025", "120/10/2025", "20/10/20251"])
    func noDateLine(text: String) {
        #expect(VietnameseDateLine.date(in: text) == nil)
    }
}
