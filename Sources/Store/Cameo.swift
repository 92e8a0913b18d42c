import VietText

/// CAMEO event codes with their description, Goldstein scale and quad class
/// (`Resources/cameo.tsv`), for timelines and GDELT exports.
public struct Cameo: Sendable {
    public struct Entry: Sendable {
        public let description: String
        public let goldstein: Double
        public let quadClass: Int
    }

    private let entries: [String: Entry]

    public static let standard = Cameo(table: StoreResources.table("cameo.tsv"))

    init(table: DataTable?) {
        var entries: [String: Entry] = [:]
        for row in table?.rows ?? [] where row.count >= 4 {
            entries[row[0]] = Entry(description: row[1], goldstein: Double(row[2]) ?? 0, quadClass: Int(row[3]) ?? 0)
        }
        self.entries = entries
    }

    /// The entry of a code, else of its base code, else of its root ("0233" → "023" → "02").
    public func entry(_ code: String) -> Entry? {
        var c = Substring(code)
        while !c.isEmpty {
            if let e = entries[String(c)] { return e }
            c = c.dropLast()
        }
        return nil
    }
}

/// GDELT's country codes where they differ from ISO 3166-1 alpha-3 (`Resources/gdelt-countries.tsv`).
public enum GDELTCountries {
    static let differing: [String: String] = {
        var map: [String: String] = [:]
        for row in StoreResources.table("gdelt-countries.tsv")?.rows ?? [] where row.count >= 2 { map[row[0]] = row[1] }
        return map
    }()

    /// The GDELT code of an ISO code.
    public static func code(_ iso: String) -> String { differing[iso] ?? iso }
}

/// The data files of Store.
public enum StoreResources {
    public static func table(_ name: String) -> DataTable? {
        EmbeddedResources.files[name].map { DataTable(name: name, text: $0) }
    }
}

/// The first day a TIMEX3 date value covers, for sorting and date filters: "2025" →
/// 2025-01-01, "2025-10" → 2025-10-01, "2025-W43" → its Monday, "2025-Q2" → 2025-04-01,
/// "2025-SU" → 2025-06-01; nil for values that are not dates.
public func firstDay(of value: String) -> String? {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    if parts.count == 1 { return CivilDate(year: year, month: 1, day: 1)?.description }
    let second = parts[1]
    if parts.count >= 3, let d = CivilDate(iso: value.prefix(10)) { return d.description }
    if let month = Int(second), second.count == 2 { return CivilDate(year: year, month: month, day: 1)?.description }
    if second.hasPrefix("W"), let week = Int(second.dropFirst()), let jan4 = CivilDate(year: year, month: 1, day: 4) {
        // ISO week 1 holds 4 January; its Monday starts the year's weeks.
        let monday = jan4.adding(days: -(jan4.weekday - 1))
        return monday.adding(days: (week - 1) * 7).description
    }
    if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q) {
        return CivilDate(year: year, month: (q - 1) * 3 + 1, day: 1)?.description
    }
    let seasons = ["SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12]
    if let m = seasons[String(second)] { return CivilDate(year: year, month: m, day: 1)?.description }
    return nil
}
