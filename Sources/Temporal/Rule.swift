import VietText

/// One row of rules.tsv, parsed: what it matches and how its value is computed.
final class Rule: Sendable {
    enum Alternative: Sendable, Equatable {
        case word(Word)
        case slot(Slot)
    }

    struct Element: Sendable {
        let alternatives: [Alternative]
        let optional: Bool
    }

    enum ContextWord: Sendable, Equatable {
        case word(Word)
        case capitalized, number, sentenceStart, sentenceEnd
    }

    struct Context: Sendable {
        let words: [ContextWord]
        let negative: Bool
    }

    /// How the value is computed (see the header of rules.tsv).
    enum Value: Sendable, Equatable {
        case date, month, year, quarter, season, decade, century, duration, vague, set, ago, clock, tet, newyear
        case day(Int), week(Int), relativeMonth(Int), relativeYear(Int), relativeQuarter(Int), weekday(Int), half(Int), anaphor(Int)
        /// NUM UNIT after (1) or before (-1) the last date told: "hai ngày sau đó".
        case anaphorShift(Int)
        case literal(String)
    }

    let line: Int
    let before: [Context]
    let elements: [Element]
    let after: [Context]
    /// nil for a blocker (a false friend: consumed, no timex).
    let type: Timex.Kind?
    let value: Value
    let example: String
    let exampleText: String
    let expected: String
    /// The first element when it is one required slot: matched once per token for all rules.
    let firstSlot: Slot?

    init(line: Int, before: [Context], elements: [Element], after: [Context], type: Timex.Kind?, value: Value,
         example: String, exampleText: String, expected: String) {
        self.line = line
        self.before = before
        self.elements = elements
        self.after = after
        self.type = type
        self.value = value
        self.example = example
        self.exampleText = exampleText
        self.expected = expected
        if let first = elements.first, !first.optional, first.alternatives.count == 1, case .slot(let slot) = first.alternatives[0] {
            firstSlot = slot
        } else {
            firstSlot = nil
        }
    }

    /// Parses a row; nil (with the reason) when it is malformed.
    static func parse(_ row: [String], line: Int) -> Result<Rule, RuleError> {
        guard row.count >= 6 else { return .failure(RuleError(line: line, message: "needs 6 columns")) }
        var before: [Context] = [], elements: [Element] = [], after: [Context] = []
        for piece in row[0].split(separator: " ") {
            var text = Substring(piece)
            if text.hasPrefix("[") || text.hasPrefix("![") {
                let negative = text.hasPrefix("!")
                text = text.drop { $0 == "!" || $0 == "[" }
                guard text.hasSuffix("]") else { return .failure(RuleError(line: line, message: "unclosed context \(piece)")) }
                let words = text.dropLast().split(separator: "|").map { w -> ContextWord in
                    switch w {
                    case "Cap": return .capitalized
                    case "Num": return .number
                    case "Start": return .sentenceStart
                    case "End": return .sentenceEnd
                    default: return .word(Word(String(w)))
                    }
                }
                let context = Context(words: words, negative: negative)
                if elements.isEmpty { before.append(context) } else { after.append(context) }
                continue
            }
            guard after.isEmpty else { return .failure(RuleError(line: line, message: "element after right context")) }
            let optional = text.hasSuffix("?") && text.count > 1
            if optional { text = text.dropLast() }
            let alternatives = text.split(separator: "|").map { a -> Alternative in
                if let slot = Slot(rawValue: String(a)) { return .slot(slot) }
                return .word(Word(String(a)))
            }
            elements.append(Element(alternatives: alternatives, optional: optional))
        }
        guard !elements.isEmpty, elements.contains(where: { !$0.optional }) else {
            return .failure(RuleError(line: line, message: "no required element"))
        }
        let type: Timex.Kind?
        if row[1] == "-" {
            type = nil
        } else if let t = Timex.Kind(rawValue: row[1]) {
            type = t
        } else {
            return .failure(RuleError(line: line, message: "unknown type \(row[1])"))
        }
        guard let value = parseValue(row[2]) else { return .failure(RuleError(line: line, message: "unknown value \(row[2])")) }
        return .success(Rule(line: line, before: before, elements: elements, after: after, type: type, value: value,
                             example: row[3], exampleText: row[4], expected: row[5]))
    }

    static func parseValue(_ text: String) -> Value? {
        let parts = text.split(separator: " ")
        guard let name = parts.first else { return nil }
        let n = parts.count > 1 ? Int(parts[1].replacingOccurrences(of: "+", with: "")) : nil
        switch (name, n) {
        case ("date", nil): return .date
        case ("month", nil): return .month
        case ("year", nil): return .year
        case ("quarter", nil): return .quarter
        case ("season", nil): return .season
        case ("decade", nil): return .decade
        case ("century", nil): return .century
        case ("duration", nil): return .duration
        case ("vague", nil): return .vague
        case ("set", nil): return .set
        case ("ago", nil): return .ago
        case ("clock", nil): return .clock
        case ("tet", nil): return .tet
        case ("newyear", nil): return .newyear
        case ("day", let n?): return .day(n)
        case ("week", let n?): return .week(n)
        case ("relmonth", let n?): return .relativeMonth(n)
        case ("relyear", let n?): return .relativeYear(n)
        case ("relquarter", let n?): return .relativeQuarter(n)
        case ("weekday", let n?): return .weekday(n)
        case ("half", let n?): return .half(n)
        case ("anaphor", let n?): return .anaphor(n)
        case ("later", nil): return .anaphorShift(1)
        case ("earlier", nil): return .anaphorShift(-1)
        case ("-", nil): return .literal("-")
        default:
            let literal = String(name)
            let isRef = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(literal)
            return isRef || literal.hasPrefix("P") ? .literal(literal) : nil
        }
    }
}

/// A malformed grammar row.
struct RuleError: Error, CustomStringConvertible {
    let line: Int
    let message: String
    var description: String { "rules.tsv line \(line): \(message)" }
}
