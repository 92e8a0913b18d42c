import Testing
import VietText
@testable import Chronicle

/// The analysis must never crash, whatever the text: random mixes of Vietnamese syllables,
/// names, numbers, dates, quotation marks and punctuation, with a fixed seed.
@Suite("Robustness")
struct RobustnessTests {
    static let pieces = [
        "Ngoại trưởng", "Nga", "Sergey Lavrov", "ông", "bà", "“", "”", "\"", "«", "»", "(", ")", "(Ảnh:", ",", ".", ":", ";",
        "ngày", "16/10", "hôm", "qua", "sẽ", "không", "điện đàm", "với", "giữa", "và", "tại", "Moscow", "Washington",
        "Bộ Ngoại giao", "Mỹ", "cuộc gặp", "tấn công", "bị", "trong", "cuộc", "hai nhà lãnh đạo", "24/7", "3.500km²",
        "thứ", "Năm", "tuần", "tới", "năm", "2025", "Tết", "quý", "III/2025", "9h30", "…", "\n", "\n\n", "Đức", "Hà Nội",
        "Trung tướng", "Cục", "Thống kê", "EU", "BIMSTEC", "al-", "Burhan", "-", "–", "của", "theo", "Theo", "nói", "cho biết",
    ]

    @Test("random article-like text never crashes the analysis and spans stay in the body")
    func randomText() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let analyzer = Analyzer()
        for k in 0..<300 {
            var text = ""
            for _ in 0..<(5 + next(120)) { text += Self.pieces[next(Self.pieces.count)] + (next(3) == 0 ? "" : " ") }
            let article = Article(id: "r\(k)", date: CivilDate(year: 2020 + next(8), month: 1 + next(12), day: 1 + next(28))!, text: text, origin: "random")
            let analysis = analyzer.analyze(article)
            let count = analysis.document.scalars.count
            for t in analysis.timexes { #expect(t.span.start >= 0 && t.span.end <= count && t.span.start < t.span.end) }
            for a in analysis.actors { for m in a.mentions { #expect(m.end <= count && m.start < m.end) } }
            for q in analysis.quotes { #expect(q.span.end <= count) }
            #expect(!analysis.json.compact.isEmpty)
        }
    }
}
