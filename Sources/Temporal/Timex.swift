import VietText

/// A temporal expression: its span in the body and its TIMEX3 type and value, resolved against
/// the article date ("ngày 16/10" → DATE 2025-10-16, "hai tuần tới" → DURATION P2W).
public struct Timex: Hashable, Sendable {
    /// TimeML's four types.
    public enum Kind: String, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    public let span: Span
    public let text: String
    public let type: Kind
    public let value: String
    /// The grammar row (1-based line of rules.tsv) that found it, for explanations.
    public let rule: Int

    public init(span: Span, text: String, type: Kind, value: String, rule: Int) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.rule = rule
    }

    /// The calendar day of a value that names one (`2025-10-16`, `2025-10-16TMO`,
    /// `2025-10-16T09:30`), else nil.
    public var day: CivilDate? {
        guard value.utf8.count >= 10 else { return nil }
        let head = value.prefix(10)
        guard let date = CivilDate(iso: head) else { return nil }
        if value.utf8.count > 10, !value.dropFirst(10).hasPrefix("T") { return nil }
        return date
    }
}
