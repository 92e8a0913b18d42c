/// A phrase of a sentence, found by `Chunker` from function words and capital letters: a noun
/// phrase, a verb group with its markers, a preposition, a clause boundary. Chunks cover a
/// sentence's tokens left to right without overlapping; a noun phrase that is the object of a
/// preposition, a possessor ("của X") or an apposition ("X, Bộ trưởng Y,") points at the chunk
/// it depends on (`attachment`). Positions are token indices into `Document.tokens`.
public struct Chunk: Hashable, Sendable {
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// Names, titles, classifiers, determiners and common nouns: "các bị cáo", "Thủ tướng
        /// Phạm Minh Chính", "cuộc gặp".
        case noun
        /// Tense, aspect, modal, negation and passive markers, then the verb (and a bare object
        /// noun after it, which no part-of-speech lexicon tells apart): "đã không gặp".
        case verb
        /// A preposition ("với", "nhằm vào", "của", "bởi"): its object is the next chunk.
        case preposition
        /// What opens a new clause: a comma, colon, semicolon, bracket or quotation mark, a
        /// subordinator ("sau khi"), a conjunction of clauses ("nhưng"), a relative "mà" or "rằng".
        case boundary
        /// "và", "cùng", "hoặc" inside a clause.
        case link
        /// Any other punctuation.
        case other
    }

    /// What the function words of a chunk say about it.
    public struct Features: OptionSet, Hashable, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        // Noun phrases.
        /// Opened by a classifier: "cuộc gặp", "lệnh trừng phạt".
        public static let classified = Features(rawValue: 1 << 0)
        /// Has a determiner: "các", "những", "mọi", "hai".
        public static let determined = Features(rawValue: 1 << 1)
        /// Opens with a title or a person's introducing noun: "Tổng thống", "ông", "bị cáo".
        public static let titled = Features(rawValue: 1 << 2)
        /// Holds a capitalized name (past a sentence's first word).
        public static let named = Features(rawValue: 1 << 3)
        /// Headed by a common noun that stands for an actor: "quân đội", "phía".
        public static let actorNoun = Features(rawValue: 1 << 4)
        /// Set off by a comma after another noun phrase: "X, Bộ trưởng Y,".
        public static let apposition = Features(rawValue: 1 << 5)
        // Verb groups.
        public static let past = Features(rawValue: 1 << 8)
        public static let progressive = Features(rawValue: 1 << 9)
        public static let future = Features(rawValue: 1 << 10)
        public static let negated = Features(rawValue: 1 << 11)
        public static let modal = Features(rawValue: 1 << 12)
        public static let aspect = Features(rawValue: 1 << 13)
        public static let passive = Features(rawValue: 1 << 14)
        /// A verb of saying: what follows it is a reported clause.
        public static let reporting = Features(rawValue: 1 << 15)
        // Prepositions.
        /// "của": the next noun phrase owns the one before.
        public static let possessive = Features(rawValue: 1 << 16)
        /// "bởi", "do": the next noun phrase is a passive verb's agent.
        public static let agent = Features(rawValue: 1 << 17)
        // Boundaries.
        public static let punctuation = Features(rawValue: 1 << 20)
        public static let subordinator = Features(rawValue: 1 << 21)
        public static let conjunction = Features(rawValue: 1 << 22)
        public static let complementizer = Features(rawValue: 1 << 23)
        /// "mà" after a noun phrase: a relative clause on it.
        public static let relative = Features(rawValue: 1 << 24)
    }

    let start: Int32, end: Int32, headIndex: Int32, attached: Int32, named: Int32
    /// The clause of the document the chunk lies in, counted from 0 across sentences.
    public let clause: Int32
    public let kind: Kind
    public let features: Features

    init(tokens: Range<Int>, kind: Kind, head: Int?, attachment: Int? = nil, actor: Int? = nil, clause: Int, features: Features) {
        start = Int32(truncatingIfNeeded: tokens.lowerBound)
        end = Int32(truncatingIfNeeded: tokens.upperBound)
        headIndex = Int32(truncatingIfNeeded: head ?? -1)
        attached = Int32(truncatingIfNeeded: attachment ?? -1)
        named = Int32(truncatingIfNeeded: actor ?? -1)
        self.clause = Int32(truncatingIfNeeded: clause)
        self.kind = kind
        self.features = features
    }

    /// Token indices into `Document.tokens`.
    public var tokens: Range<Int> { Int(start)..<Int(end) }
    /// The head word: a noun phrase's first name or noun after its classifiers, determiners and
    /// titles; a verb group's first word after its markers (none when it has only markers, as
    /// "bị" before its agent); a preposition's first word.
    public var head: Int? { headIndex < 0 ? nil : Int(headIndex) }
    /// The words before the head: a noun phrase's classifier, determiners and title, a verb
    /// group's markers.
    public var markers: Range<Int> { Int(start)..<(head ?? Int(end)) }
    /// The index in `Document.chunks` of the chunk this one depends on: a preposition for its
    /// object, the owned noun phrase for a possessor's preposition, the noun phrase an
    /// apposition glosses.
    public var attachment: Int? { attached < 0 ? nil : Int(attached) }
    /// The actor (an index into the Actors stage's list) whose mention the noun phrase holds,
    /// once the document's chunks know the names (`Document.withNames`).
    public var actor: Int? { named < 0 ? nil : Int(named) }
}
