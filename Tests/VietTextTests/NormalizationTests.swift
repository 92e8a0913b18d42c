import Foundation
import Testing
@testable import VietText

@Suite("Normalization and folding")
struct NormalizationTests {
    static let sample = "Ngoại trưởng Nga Sergey Lavrov đã có cuộc điện đàm với Ngoại trưởng Mỹ Marco Rubio ngày 20/10."

    @Test("NFD and NFC input give the same document")
    func nfdEqualsNFC() {
        let nfd = Self.sample.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array(Self.sample.unicodeScalars))
        let date = CivilDate(year: 2025, month: 10, day: 20)!
        let a = Document(text: Self.sample, date: date)
        let b = Document(text: nfd, date: date)
        #expect(a.scalars == b.scalars)
        #expect(a.sentences == b.sentences)
        #expect(a.tokens == b.tokens)
    }

    @Test("mixed NFC and NFD input is normalized to NFC")
    func mixedInput() {
        let mixed = "Hà Nội " + "Hà Nội".decomposedStringWithCanonicalMapping
        #expect(VietNormalizer.nfc(mixed) == "Hà Nội Hà Nội")
        #expect(Array(VietNormalizer.nfc(mixed).unicodeScalars).count == 13)
    }

    @Test("the quick check proves precomposed Vietnamese NFC and refuses combining marks")
    func quickCheck() {
        #expect(VietNormalizer.isKnownNFC(Self.sample))
        #expect(VietNormalizer.isKnownNFC("“Hổ giấy” – 3.500km² … 100€"))
        #expect(!VietNormalizer.isKnownNFC(Self.sample.decomposedStringWithCanonicalMapping))
        #expect(!VietNormalizer.isKnownNFC("\u{2000}"))  // a singleton that NFC replaces
    }

    @Test("fold lowercases, strips diacritics and maps đ to d", arguments: [
        ("Ngoại trưởng Đức", "ngoai truong duc"),
        ("ĐIỆN ĐÀM", "dien dam"),
        ("Hoa Kỳ", "hoa ky"),
        ("Tập Cận Bình", "tap can binh"),
        ("“hổ giấy”", "\"ho giay\""),
        ("Ả rập Xê út", "a rap xe ut"),
        ("Mátxcơva", "matxcova"),
    ])
    func fold(input: String, expected: String) {
        #expect(VietNormalizer.fold(input) == expected)
    }

    @Test("fold keeps one scalar per scalar so offsets carry over")
    func foldKeepsOffsets() {
        let text = "Ông Lavrov nói: “Chúng tôi sẵn sàng” — ngày 16/10.\u{00A0}Đây"
        #expect(VietNormalizer.fold(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test("match keys: folded, spaces collapsed, a lone final y after consonants as i", arguments: [
        ("Lý Cường", "li cuong"),
        ("  Lí   Cường ", "li cuong"),
        ("Thủy\u{00A0}Tiên", "thuy tien"),
        ("Mỹ", "mi"),
        ("y tá", "y ta"),
        ("Hồ Chí\nMinh", "ho chi\nminh"),
        ("", ""),
    ])
    func matchKey(input: String, expected: String) {
        #expect(VietNormalizer.matchKey(input) == expected)
    }
}

@Suite("Tokens")
struct TokenLayoutTests {
    @Test("a token keeps its span, kind and capital in 12 bytes")
    func compact() {
        let token = Token(span: Span(1_000_000, 1_000_007), kind: .alphanumeric, isCapitalized: true)
        #expect(token.span == Span(1_000_000, 1_000_007))
        #expect(token.kind == .alphanumeric && token.isCapitalized)
        #expect(MemoryLayout<Token>.stride <= 12)
    }
}
