import VietText

/// Deterministic synthetic Vietnamese news articles for benchmarks: sentences drawn from
/// templates with varied dates, names and numbers, about 3 KB each. Not for accuracy: only for
/// speed and memory figures that do not depend on private data.
public struct SyntheticCorpus: Sequence, IteratorProtocol {
    private var generator: SplitMix64
    private var produced = 0
    public let count: Int

    public init(count: Int, seed: UInt64 = 0x5EED) {
        self.count = count
        self.generator = SplitMix64(seed: seed)
    }

    static let people = ["Ngoại trưởng Nga Sergey Lavrov", "Ngoại trưởng Mỹ Marco Rubio", "Tổng thống Pháp Emmanuel Macron",
                         "Thủ tướng Phạm Minh Chính", "Chủ tịch Trung Quốc Tập Cận Bình", "Tổng thống Ukraine Volodymyr Zelensky",
                         "Người phát ngôn Điện Kremlin Dmitry Peskov", "Thủ tướng Nhật Bản Sanae Takaichi"]
    static let templates = [
        "{P} ngày {D} đã có cuộc điện đàm với {P} về tình hình khu vực.",
        "Theo Bộ Ngoại giao, {P} sẽ thăm chính thức Việt Nam vào tháng {M} tới.",
        "“Chúng tôi sẵn sàng đối thoại trên cơ sở tôn trọng lẫn nhau”, {P} nói hôm {D}.",
        "Sáng nay, {P} đã hội đàm với {P} tại Hà Nội, trong khoảng {N} giờ.",
        "Hai bên nhất trí sẽ gặp lại trong {N} tuần tới để thảo luận các bước tiếp theo.",
        "Trước đó, hôm {D}, {P} chỉ trích kế hoạch trừng phạt mới là “không thể chấp nhận”.",
        "Kim ngạch thương mại song phương năm {Y} đạt hơn {N} tỷ USD, tăng {N},5% so với năm trước.",
        "Quân đội nước này cho biết đã bắn rơi {N} máy bay không người lái trong đêm qua.",
        "Hằng năm, diễn đàn thu hút hàng trăm doanh nghiệp trong và ngoài nước tham gia.",
        "Cuộc gặp dự kiến diễn ra vào cuối tháng {M} tại Geneva, theo nguồn tin giấu tên.",
        "Tổng thư ký Liên hợp quốc kêu gọi các bên kiềm chế và nối lại đàm phán ngay trong tuần này.",
        "Trong {N} tháng đầu năm, xuất khẩu của Việt Nam sang Mỹ tăng mạnh, hiện nay vẫn duy trì đà tăng.",
    ]

    /// Each template as literal text and "{X}" slots.
    static let parts: [[String]] = templates.map { template in
        var parts: [String] = [], current = ""
        var rest = Substring(template)
        while let c = rest.first {
            if c == "{", let close = rest.firstIndex(of: "}") {
                if !current.isEmpty { parts.append(current) }
                current = ""
                parts.append(String(rest[...close]))
                rest = rest[rest.index(after: close)...]
            } else {
                current.append(c)
                rest = rest.dropFirst()
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    public mutating func next() -> Article? {
        guard produced < count else { return nil }
        produced += 1
        let year = 2023 + Int(random(3))
        let date = CivilDate(year: year, month: 1 + Int(random(12)), day: 1 + Int(random(28))) ?? CivilDate(dayNumber: 20_000)
        var text = ""
        while text.utf8.count < 3000 {
            // Templates are cut once at their slots ("{P}"), so filling one is concatenation.
            for part in Self.parts[Int(random(UInt64(Self.parts.count)))] {
                text += part.hasPrefix("{") ? filler(part) : part
            }
            text += random(3) == 0 ? "\n\n" : " "
        }
        return Article(id: "synthetic-\(produced)", date: date, text: text, origin: "synthetic")
    }

    private mutating func filler(_ key: String) -> String {
        switch key {
        case "{P}": return Self.people[Int(random(UInt64(Self.people.count)))]
        case "{D}": return "\(1 + random(28))/\(1 + random(12))"
        case "{M}": return "\(1 + random(12))"
        case "{N}": return "\(2 + random(40))"
        default: return "\(2015 + random(10))"
        }
    }

    private mutating func random(_ bound: UInt64) -> UInt64 {
        generator.next() % Swift.max(bound, 1)
    }
}

/// SplitMix64: a fixed, fast sequence of 64-bit numbers from a seed, for generated test data.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
