import VietText

/// Who did what to whom, when and where: one real-world event of an article, coded in CAMEO,
/// with every mention of it.
public struct Event: Sendable {
    public enum Modality: String, Sendable {
        case asserted, planned, possible, negated
        case reportedPast = "reported_past"
    }

    /// Where the article says it: the trigger's span and the sentence.
    public struct Mention: Sendable {
        public let trigger: Span
        public let sentence: Span
        public let modality: Modality

        public init(trigger: Span, sentence: Span, modality: Modality) {
            (self.trigger, self.sentence, self.modality) = (trigger, sentence, modality)
        }
    }

    public var code: String
    /// Canonical actor names (entries of the article's actors).
    public var source: String?
    public var target: String?
    /// TIMEX3 value at day precision at most, or nil.
    public var date: String?
    public var location: String?
    public var modality: Modality
    /// The word of the text that names the event.
    public var trigger: String
    public var mentions: [Mention]
    /// Why the event is there, when the tagger was asked to explain (`EventTagger(explain:)`):
    /// the trigger row, then the argument rules that gave its source and target
    /// (`Resources/argument-rules.tsv` names and documents each).
    public var explanation: [String] = []

    public init(code: String, source: String?, target: String?, date: String?, location: String?, modality: Modality, trigger: String, mentions: [Mention],
                explanation: [String] = []) {
        (self.code, self.source, self.target, self.date, self.location) = (code, source, target, date, location)
        (self.modality, self.trigger, self.mentions, self.explanation) = (modality, trigger, mentions, explanation)
    }
}

/// A direct quotation and who said it.
public struct Quote: Sendable {
    /// A canonical actor name, or nil when no speaker could be found.
    public let speaker: String?
    /// The quotation without its marks.
    public let text: String
    public let span: Span

    public init(speaker: String?, text: String, span: Span) {
        (self.speaker, self.text, self.span) = (speaker, text, span)
    }
}
