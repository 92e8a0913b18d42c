import Testing
import VietText
@testable import Chronicle

@Suite("Raw article format")
struct RawArticleParserTests {
    static let fallback = CivilDate(year: 2025, month: 1, day: 2)!

    static func parse(_ text: String, fallback: CivilDate? = nil) -> Result<(CivilDate, String), InputFailureReason> {
        RawArticleParser.parse(text, fallbackDate: fallback)
    }

    @Test("header forms", arguments: [
        ("date 2025-10-20\nBody.", "2025-10-20", "Body."),
        (" date 2025-10-20 Body on the same line.", "2025-10-20", "Body on the same line."),
        ("\n\n  date:\t2024-02-29\n\n  Body.\n\n", "2024-02-29", "Body."),
        ("Date 2023-01-26\r\nBody.\r\n", "2023-01-26", "Body."),
    ])
    func headers(text: String, date: String, body: String) throws {
        let (d, b) = try Self.parse(text).get()
        #expect(d.description == date)
        #expect(b == body)
    }

    @Test("a file without a header takes --date, and only then")
    func fallbackDate() throws {
        let (d, b) = try Self.parse("Bộ Ngoại giao thông báo.", fallback: Self.fallback).get()
        #expect(d == Self.fallback && b == "Bộ Ngoại giao thông báo.")
        #expect(throws: InputFailureReason.self) { try Self.parse("Bộ Ngoại giao thông báo.").get() }
        // "Dateline" is prose, not a header.
        #expect(throws: InputFailureReason.self) { try Self.parse("Dateline Hà Nội.").get() }
    }

    @Test("bad headers and bodies are refused with a reason", arguments: [
        ("date 2025-02-30\nBody.", "impossible date"),
        ("date 20/10/2025\nBody.", "malformed date header"),
        ("date\nBody.", "malformed date header"),
        ("date 2025-10-20\n   \n", "empty article body"),
        ("   \n\t ", "empty article"),
        ("Không có ngày.", "no date header"),
    ])
    func refused(text: String, reason: String) {
        guard case .failure(let failure) = Self.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(failure.message.contains(reason), "\(failure.message)")
    }

    @Test("bytes that are not UTF-8 text are refused with a reason", arguments: [
        ([UInt8](), "empty file"),
        ([0x64, 0x61, 0x00, 0x01], "binary"),
        ([0xFF, 0xFE, 0x64, 0x00], "UTF-16"),
        ([0x64, 0x61, 0x74, 0xC3, 0x28], "not UTF-8 (invalid byte 0xC3 at offset 3)"),
        ([0xED, 0xA0, 0x80], "not UTF-8"),
    ])
    func encoding(bytes: [UInt8], reason: String) {
        guard case .failure(let failure) = RawArticleParser.decodeUTF8(bytes) else {
            Issue.record("accepted \(bytes)")
            return
        }
        #expect(failure.message.contains(reason), "\(failure.message)")
    }

    @Test("a UTF-8 byte order mark is dropped")
    func bom() throws {
        let text = try RawArticleParser.decodeUTF8([0xEF, 0xBB, 0xBF] + Array("date 2025-10-20 Á".utf8)).get()
        #expect(text == "date 2025-10-20 Á")
    }
}
