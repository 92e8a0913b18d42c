import VietText

/// The function words the event grammar reads, by their keys: classes of them from
/// `Resources/function-words.tsv`, and the few single words the grammar names itself.
extension EventTagger {
    static let functionWords = FunctionWords(EventResources.table("function-words.tsv"))

    static let của = WordKey.lowered("của"), kể = WordKey.lowered("kể"), từ = WordKey.lowered("từ")
    /// Words before a noun trigger that make it a time frame for something else, so a mention
    /// of an event already coded: "trong cuộc điện đàm, …", "sau cuộc gặp".
    static let frames = functionWords.set("frame")
    /// Quantifiers before a noun: "toàn bộ", "mọi", "tất cả".
    static let quantifiers = functionWords.set("quantifier")
    static let cuộc = WordKey.lowered("cuộc"), trong = WordKey.lowered("trong")
    /// Words before a date that make it a bound of a period, not the event's date: "kể từ năm
    /// 2017", "trước năm 2030".
    static let timeBounds = functionWords.phrases("time-bound")
    /// "hai nhà lãnh đạo", "hai bên", "hai ngoại trưởng": the two sides of the latest meeting.
    static let pairWords = functionWords.phrases("pair")
    /// Nouns of gatherings that a body's name can follow: the body names the gathering.
    static let gatherings = functionWords.phrases("gathering")
    static let giữa = WordKey.lowered("giữa"), rằng = WordKey.lowered("rằng"), với = WordKey.lowered("với"), bị = WordKey.lowered("bị")
    /// Words that link the verbs of a series ("…, đồng thời trục xuất …", "… và cắt giảm …").
    static let seriesLinks = functionWords.set("series-link")
    static let được = WordKey.lowered("được")
    /// Words that may link the people of a list: "và", a person's introducing noun ("bị cáo",
    /// "bị can", "đối tượng", "ông", "bà"), the terms a court gives them ("năm", "tháng", "tù",
    /// "mỗi người", "chung thân", "tử hình", "án treo").
    static let listLinks = functionWords.set("list-link")
    /// Words that introduce the agent of a passive verb: "bị bắt giữ bởi X", "do X".
    static let agentMarkers = functionWords.set("agent-marker")
    /// "Theo X, …": X is whom the report is attributed to, not a participant.
    static let theo = WordKey.lowered("theo")
    static let cho = WordKey.lowered("cho"), thấy = WordKey.lowered("thấy"), mà = WordKey.lowered("mà"), và = WordKey.lowered("và")
    static let cùng = WordKey.lowered("cùng")
    static let contrasts = functionWords.set("contrast")
    /// Classifiers and determiners that make the word after them a noun: "cuộc", "chuyến",
    /// "vụ", "các", "những", "lệnh", "gói", "đợt", "việc", "lời".
    static let nominalizers = functionWords.set("nominalizer")
    /// Words that stand between a subject and its verb: tense, aspect, modality, negation.
    static let preverbal = functionWords.set("preverbal")
    static let leaderPair = EventLexicon.keys("hai nhà lãnh đạo"), ministerPair = EventLexicon.keys("hai ngoại trưởng")
    static let presidentPair = EventLexicon.keys("hai tổng thống"), premierPair = EventLexicon.keys("hai thủ tướng")
    static let countryPairWords = functionWords.phrases("country-pair")
    /// Bare third-person pronouns, folded.
    static let pronouns: Set<String> = ["ong", "ba"]
    static let locatives = functionWords.set("locative")
    /// Words that open a purpose clause, whose subject is its governing verb's.
    static let purposes = functionWords.set("purpose")
    /// Prepositions that make the actor after them an object or a complement, never a subject.
    static let obliques = functionWords.set("oblique")
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

/// The classes of function-words.tsv, by lowered word keys.
struct FunctionWords: Sendable {
    let classes: [String: [[UInt64]]]

    init(_ table: DataTable?) {
        var classes: [String: [[UInt64]]] = [:]
        for row in table?.rows ?? [] {
            classes[row[0], default: []] += row[1].split(separator: "|").map { EventLexicon.keys(String($0)) }
        }
        self.classes = classes
    }

    /// The one-word entries of a class.
    func set(_ name: String) -> Set<UInt64> { Set((classes[name] ?? []).compactMap { $0.count == 1 ? $0[0] : nil }) }

    /// Every entry of a class, word by word.
    func phrases(_ name: String) -> [[UInt64]] { classes[name] ?? [] }
}
