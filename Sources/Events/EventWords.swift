import VietText

/// The function words the event grammar reads, by their keys.
extension EventTagger {
    static let của = WordKey.lowered("của"), kể = WordKey.lowered("kể"), từ = WordKey.lowered("từ")
    /// Words before a noun trigger that make it a time frame for something else, so a mention
    /// of an event already coded: "trong cuộc điện đàm, …", "sau cuộc gặp".
    static let frames: Set<UInt64> = Set(["trong", "sau", "trước", "giữa"].map(WordKey.lowered))
    static let cuộc = WordKey.lowered("cuộc"), trong = WordKey.lowered("trong")
    static let subordinators: Set<UInt64> = Set(["kể", "khi", "để", "vì", "nhưng", "song", "sau", "trước"].map(WordKey.lowered))
    /// "hai nhà lãnh đạo", "hai bên", "hai ngoại trưởng": the two sides of the latest meeting.
    static let pairWords: [[UInt64]] = ["hai nhà lãnh đạo", "hai bên", "hai ông", "hai nước", "hai phía", "hai ngoại trưởng",
                                        "hai tổng thống", "hai thủ tướng", "hai phái đoàn", "hai đoàn"].map(EventLexicon.keys)
    /// Nouns of gatherings that a body's name can follow: the body names the gathering.
    static let gatherings: [[UInt64]] = ["thượng đỉnh", "hội nghị", "diễn đàn"].map(EventLexicon.keys)
    static let giữa = WordKey.lowered("giữa"), rằng = WordKey.lowered("rằng"), với = WordKey.lowered("với"), bị = WordKey.lowered("bị")
    /// Words that link the verbs of a series ("…, đồng thời trục xuất …", "… và cắt giảm …").
    static let seriesLinks: Set<UInt64> = Set(["và", "đồng", "thời", "cùng", "lúc"].map(WordKey.lowered))
    static let được = WordKey.lowered("được")
    /// Words that may link the people of a list: "và", a person's introducing noun ("bị cáo",
    /// "bị can", "đối tượng", "ông", "bà"), the terms a court gives them ("năm", "tháng", "tù",
    /// "mỗi người", "chung thân", "tử hình", "án treo").
    static let listLinks: Set<UInt64> = Set(["và", "cùng", "bị", "cáo", "can", "đối", "tượng", "ông", "bà", "năm", "tháng", "tù", "mỗi", "người",
                                             "chung", "thân", "tử", "hình", "án", "treo", "giam", "giữ"].map(WordKey.lowered))
    /// Words that introduce the agent of a passive verb: "bị bắt giữ bởi X", "do X".
    static let agentMarkers: Set<UInt64> = Set(["bởi", "do"].map(WordKey.lowered))
    /// "Theo X, …": X is whom the report is attributed to, not a participant.
    static let theo = WordKey.lowered("theo")
    static let cho = WordKey.lowered("cho"), thấy = WordKey.lowered("thấy"), mà = WordKey.lowered("mà"), và = WordKey.lowered("và")
    static let contrasts: Set<UInt64> = Set(["nhưng", "song", "tuy"].map(WordKey.lowered))
    /// Classifiers and determiners that make the word after them a noun: "cuộc", "chuyến",
    /// "vụ", "các", "những", "lệnh", "gói", "đợt", "việc", "lời".
    static let nominalizers: Set<UInt64> = Set(["cuộc", "chuyến", "vụ", "các", "những", "lệnh", "gói", "đợt", "việc", "lời", "một", "bản"].map(WordKey.lowered))
    /// Words that stand between a subject and its verb: tense, aspect, modality, negation.
    static let preverbal: Set<UInt64> = Set(["sẽ", "đã", "đang", "vừa", "sắp", "tiếp", "tục", "không", "chưa", "có", "thể", "sẵn", "sàng",
                                             "cũng", "vẫn", "còn", "quyết", "định", "muốn", "dự", "kiến", "chuẩn", "bị", "phải", "cần"].map(WordKey.lowered))
    static let leaderPair = EventLexicon.keys("hai nhà lãnh đạo"), ministerPair = EventLexicon.keys("hai ngoại trưởng")
    static let presidentPair = EventLexicon.keys("hai tổng thống"), premierPair = EventLexicon.keys("hai thủ tướng")
    static let countryPairWords: [[UInt64]] = ["hai nước", "hai quốc gia"].map(EventLexicon.keys)
    /// Bare third-person pronouns, folded.
    static let pronouns: Set<String> = ["ong", "ba"]
    static let locatives: Set<UInt64> = Set(["tại", "ở"].map(WordKey.lowered))
    /// Words that open a purpose clause, whose subject is its governing verb's.
    static let purposes: Set<UInt64> = Set(["để", "nhằm"].map(WordKey.lowered))
    /// Prepositions that make the actor after them an object or a complement, never a subject.
    static let obliques: Set<UInt64> = Set(["với", "cho", "của", "tại", "ở", "từ", "về"].map(WordKey.lowered))
    /// Verbs that open a reported clause ("cho biết", "xác nhận", "rằng").
    static let reportingVerbs = EventLexicon.standard.reportingVerbs

    /// The end of a reporting verb starting at token `k`, if one does.
    static func reportingVerb(_ keys: [UInt64], at k: Int, limit: Int) -> Int? {
        for verb in reportingVerbs where k + verb.count <= limit && (0..<verb.count).allSatisfy({ keys[k + $0] == verb[$0] }) {
            return k + verb.count
        }
        return nil
    }
}
