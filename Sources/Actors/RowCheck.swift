import VietText

/// What a row of each actor table must hold, checked when a user's rows are loaded: the reason
/// to refuse a row, or nil.
enum RowCheck {
    static func check(_ row: [String], _ table: DataTable) -> String? {
        func cell(_ name: String) -> String { table.column(name).map { row[$0] } ?? "" }
        func code(_ value: String, allowing extra: Set<String>) -> String? {
            if extra.contains(value) { return nil }
            let ok = value.count == 3 && value.unicodeScalars.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
            return ok ? nil : "'\(value)' is not a country code (ISO 3166-1 alpha-3\(extra.isEmpty ? "" : " or " + extra.sorted().joined(separator: ", ")))"
        }
        func oneOf(_ column: String, _ values: [String]) -> String? {
            values.contains(cell(column)) ? nil : "column '\(column)' must be one of \(values.joined(separator: ", ")), not '\(cell(column))'"
        }
        switch table.name {
        case "countries.tsv":
            if let bad = code(cell("code"), allowing: ["-"]) { return bad }
            return cell("name").isEmpty ? "the country needs a name" : nil
        case "organizations.tsv":
            if let bad = oneOf("class", ["body", "seat", "ministry", "head", "notorg"]) { return bad }
            return code(cell("country"), allowing: ["-", "*"])
        case "people.tsv":
            if !cell("country").isEmpty, let bad = code(cell("country"), allowing: ["-"]) { return bad }
            for column in ["from", "to"] where !cell(column).isEmpty && CivilDate(iso: cell(column)) == nil {
                return "column '\(column)' must be a date YYYY-MM-DD, not '\(cell(column))'"
            }
            return cell("title").isEmpty ? "the person needs a title (column 'title')" : nil
        case "name-words.tsv":
            return oneOf("class", ["surname", "notname", "introducer", "kin", "place"])
        case "anaphors.tsv":
            return oneOf("kind", ["person", "organization", "country"])
        case "state-bodies.tsv":
            if let bad = oneOf("class", ["head", "placed", "whole", "abbreviation", "level", "department"]) { return bad }
            return ["abbreviation", "department"].contains(cell("class")) && cell("expansion").isEmpty ? "an abbreviation needs its expansion" : nil
        case "groups.tsv":
            if let bad = oneOf("class", ["party", "armed", "media", "wire", "other"]) { return bad }
            return cell("class") == "wire" ? nil : code(cell("country"), allowing: ["-"])
        case "transliterations.tsv":
            return cell("variant").isEmpty ? "the row needs a variant spelling" : nil
        default:
            return nil
        }
    }
}
