/// Finds the chunks of a document (`Chunk`) in one left-to-right pass over each sentence's
/// tokens, reading only the function words of `Resources/chunk-words.tsv` and capital letters.
///
/// A classifier, determiner, title or actor noun opens a noun phrase, and so does a capitalized
/// word (a name), a number, or a common word after the clause's verb or a preposition; a
/// tense, aspect, modal, negation or passive marker opens a verb group, and so does the first
/// common word of a clause that has no verb yet. Look-ahead is bounded by the longest entry of
/// the data (three words), so the pass is linear in the tokens.
public struct Chunker: Sendable {
    /// A class of chunk-words.tsv.
    enum WordClass: String, CaseIterable, Sendable {
        case classifier, determiner, title, past, progressive, future, negation, modal, aspect, passive
        case preposition, possessive, agent, subordinator, conjunction, relative, complementizer, reporting, link
        case nounHead = "noun-head"
        /// Compounds that open with a function word but are content words ("song phương").
        case content
    }

    struct Entry: Sendable {
        let words: [UInt64]
        let wordClass: WordClass
    }

    /// Entries by their first word's key, longest first: lower case with diacritics, and folded
    /// for text typed without them.
    private let lowered: WordKeyTable<[Entry]>
    private let folded: WordKeyTable<[Entry]>

    public static let standard = Chunker(table: VietTextResources.table("chunk-words.tsv"))

    /// The chunker of a chunk-words table; rows of an unknown class are ignored (a test checks
    /// that there are none).
    public init(table: DataTable?) {
        var lowered = WordKeyTable<[Entry]>(), folded = WordKeyTable<[Entry]>()
        for row in table?.rows ?? [] {
            guard let wordClass = WordClass(rawValue: row[0]) else { continue }
            for phrase in row[1].split(separator: "|") {
                let words = phrase.split(separator: " ").map(String.init)
                guard !words.isEmpty else { continue }
                let l = words.map(WordKey.lowered), f = words.map(WordKey.folded)
                lowered[l[0]] = ((lowered[l[0]] ?? []) + [Entry(words: l, wordClass: wordClass)]).sorted { $0.words.count > $1.words.count }
                // Folded, the first class listed keeps a word ("ba" three, "bà" madam).
                if !(folded[f[0]] ?? []).contains(where: { $0.words == f }) {
                    folded[f[0]] = ((folded[f[0]] ?? []) + [Entry(words: f, wordClass: wordClass)]).sorted { $0.words.count > $1.words.count }
                }
            }
        }
        self.lowered = lowered
        self.folded = folded
    }

    /// The classes of the function word (of one to three words) starting at token `i`, and
    /// where it ends.
    func match(_ keys: [UInt64], at i: Int, limit: Int, folded useFolded: Bool) -> (WordClass, Int)? {
        guard let entries = (useFolded ? folded : lowered)[keys[i]] else { return nil }
        for e in entries where i + e.words.count <= limit {
            var k = 1
            while k < e.words.count, keys[i + k] == e.words[k] { k += 1 }
            if k == e.words.count { return (e.wordClass, i + k) }
        }
        return nil
    }

    /// Scalars that open a new clause wherever they stand.
    static let boundaryMarks: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "\"", "“", "”", "«", "»", "—", "–", "…", "!", "?", "."]
    /// Scalars that join the parts of a name or a number ("F-16", "Covid-19", "3/2").
    static let joiners: Set<Unicode.Scalar> = ["-", "/", ".", "&", "'", "’"]

    /// The chunks of every sentence, in token order. `names`: token ranges of names (sorted, not
    /// overlapping) with their actor, each read as one name.
    public func chunks(tokens: [Token], folded scalars: [Unicode.Scalar], keys: [UInt64], sentences: [Sentence], unaccented: Bool,
                       names: [(tokens: Range<Int>, actor: Int)] = []) -> [Chunk] {
        var pass = Pass(tokens: tokens, scalars: scalars)
        pass.out.reserveCapacity(tokens.count / 2)
        var n = 0
        for sentence in sentences {
            pass.beginSentence()
            let range = sentence.tokens
            var i = range.lowerBound
            while i < range.upperBound {
                while n < names.count, names[n].tokens.lowerBound < i { n += 1 }
                if n < names.count, names[n].tokens.lowerBound == i, names[n].tokens.upperBound <= range.upperBound {
                    let titled = match(keys, at: i, limit: range.upperBound, folded: unaccented)?.0 == .title
                    pass.name(names[n].tokens, actor: names[n].actor, titled: titled, sentenceEnd: range.upperBound)
                    i = names[n].tokens.upperBound
                    continue
                }
                i = step(&pass, keys, at: i, sentence: range, unaccented: unaccented)
            }
            pass.close(next: range.upperBound, sentenceEnd: range.upperBound)
        }
        return pass.out
    }

    /// Reads the token (or function word) at `i` into the pass; returns the next index.
    private func step(_ p: inout Pass, _ keys: [UInt64], at i: Int, sentence: Range<Int>, unaccented: Bool) -> Int {
        let t = p.tokens[i]
        if t.kind == .punctuation {
            let mark = p.scalars[t.span.start]
            if p.openKind == .noun, Self.joiners.contains(mark), i > sentence.lowerBound, i + 1 < sentence.upperBound,
               p.tokens[i - 1].span.end == t.span.start, p.tokens[i + 1].span.start == t.span.end, p.tokens[i + 1].kind != .punctuation {
                return i + 1  // inside a name or number
            }
            p.close(next: i, sentenceEnd: sentence.upperBound)
            if Self.boundaryMarks.contains(mark) {
                p.boundary(i..<(i + 1), .punctuation, comma: mark == ",")
            } else {
                p.append(i..<(i + 1), .other, head: nil, features: [])
            }
            return i + 1
        }
        // A capitalized word after a name goes on with the name ("Nhật Bản", not the classifier "bản").
        let inName = t.isCapitalized && p.openKind == .noun && p.hasName && p.tokens[i - 1].isCapitalized
        if !inName, let (wordClass, end) = match(keys, at: i, limit: sentence.upperBound, folded: unaccented) {
            if wordClass == .content {
                for k in i..<end { p.content(k, capitalized: p.tokens[k].isCapitalized, number: false, sentenceEnd: sentence.upperBound) }
                return end
            }
            p.function(wordClass, i..<end, sentenceEnd: sentence.upperBound)
            return end
        }
        p.content(i, capitalized: t.kind != .number && t.isCapitalized, number: t.kind == .number, sentenceEnd: sentence.upperBound)
        return i + 1
    }
}

/// The state of one chunking pass: the chunk being built and what its clause already holds.
private struct Pass {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    var out: [Chunk] = []
    var clause = -1
    // The open chunk.
    var openKind: Chunk.Kind?
    var openStart = 0
    var openHead: Int?
    var openFeatures: Chunk.Features = []
    /// Common words after a noun phrase's head, and whether it holds a name.
    var modifiers = 0
    var hasName = false
    var openActor: Int?
    // The clause so far.
    var hasSubject = false
    var hasVerb = false
    /// The preposition whose object comes next.
    var pendingPreposition: Int?
    /// A noun phrase right before a comma: what a titled noun phrase after it may gloss.
    var beforeComma: Int?

    init(tokens: [Token], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
    }

    mutating func beginSentence() {
        newClause()
    }

    mutating func newClause() {
        clause += 1
        hasSubject = false
        hasVerb = false
        pendingPreposition = nil
    }

    mutating func append(_ range: Range<Int>, _ kind: Chunk.Kind, head: Int?, attachment: Int? = nil, features: Chunk.Features) {
        out.append(Chunk(tokens: range, kind: kind, head: head, attachment: attachment, clause: clause, features: features))
    }

    mutating func boundary(_ range: Range<Int>, _ features: Chunk.Features, comma: Bool = false) {
        let previous = out.last
        append(range, .boundary, head: nil, features: features)
        newClause()
        beforeComma = comma && previous?.kind == .noun ? out.count - 2 : nil
    }

    mutating func open(_ kind: Chunk.Kind, at i: Int, head: Int?, features: Chunk.Features) {
        openKind = kind
        openStart = i
        openHead = head
        openFeatures = features
        modifiers = 0
        hasName = false
        openActor = nil
    }

    /// Ends the open chunk before token `next`.
    mutating func close(next: Int, sentenceEnd: Int) {
        guard let kind = openKind else { return }
        openKind = nil
        var features = openFeatures
        switch kind {
        case .noun:
            var attachment = pendingPreposition
            // "X, Bộ trưởng Y, …": a titled phrase between commas glosses the phrase before.
            if attachment == nil, features.contains(.titled), let gloss = beforeComma, out.last?.kind == .boundary,
               next >= sentenceEnd || (tokens[next].kind == .punctuation && scalars[tokens[next].span.start] == ",") {
                features.insert(.apposition)
                attachment = gloss
            }
            if pendingPreposition == nil, !hasVerb { hasSubject = true }
            pendingPreposition = nil
            out.append(Chunk(tokens: openStart..<next, kind: .noun, head: openHead, attachment: attachment, actor: openActor, clause: clause, features: features))
        case .verb:
            if openHead != nil { hasVerb = true }
            append(openStart..<next, .verb, head: openHead, features: features)
            // What a verb of saying says is a clause of its own.
            if features.contains(.reporting) { newClause() }
        default:
            append(openStart..<next, kind, head: openHead, features: features)
        }
        beforeComma = nil
    }

    /// What a class of words says of the noun phrase it opens, if it opens one.
    static func nounFeature(_ c: Chunker.WordClass) -> Chunk.Features? {
        switch c {
        case .classifier: .classified
        case .determiner: .determined
        case .title: .titled
        case .nounHead: .actorNoun
        default: nil
        }
    }

    /// What a class of words says of the verb group it marks, if it marks one.
    static func verbFeature(_ c: Chunker.WordClass) -> Chunk.Features? {
        switch c {
        case .past: .past
        case .progressive: .progressive
        case .future: .future
        case .negation: .negated
        case .modal: .modal
        case .aspect: .aspect
        case .passive: .passive
        default: nil
        }
    }

    mutating func function(_ wordClass: Chunker.WordClass, _ range: Range<Int>, sentenceEnd: Int) {
        let i = range.lowerBound
        if let feature = Self.nounFeature(wordClass) {
            // Determiners, classifiers and titles stack before one head ("các bị cáo").
            let head = wordClass == .nounHead ? i : nil
            if openKind == .noun, openHead == nil || (wordClass == .nounHead && !hasName && modifiers == 0) {
                openFeatures.insert(feature)
                if openHead == nil { openHead = head }
            } else {
                close(next: i, sentenceEnd: sentenceEnd)
                open(.noun, at: i, head: head, features: feature)
            }
            return
        }
        if let feature = Self.verbFeature(wordClass) {
            if openKind == .verb, openHead == nil {
                openFeatures.insert(feature)
            } else {
                close(next: i, sentenceEnd: sentenceEnd)
                open(.verb, at: i, head: nil, features: feature)
            }
            return
        }
        switch wordClass {
        case .reporting where openKind == .noun && openHead == nil && !openFeatures.isDisjoint(with: [.classified, .determined]):
            // After a classifier or determiner a verb of saying is a noun ("những tuyên bố").
            openHead = i
        case .reporting:
            if openKind == .verb, openHead == nil {
                openHead = i
                openFeatures.insert(.reporting)
            } else {
                close(next: i, sentenceEnd: sentenceEnd)
                open(.verb, at: i, head: i, features: .reporting)
            }
            openKind = .verb
            close(next: range.upperBound, sentenceEnd: sentenceEnd)
        case .preposition, .possessive, .agent:
            close(next: i, sentenceEnd: sentenceEnd)
            let features: Chunk.Features = wordClass == .possessive ? .possessive : wordClass == .agent ? .agent : []
            // "của" attaches to the noun phrase it follows, which its object owns.
            let owned = wordClass == .possessive && out.last?.kind == .noun ? out.count - 1 : nil
            append(range, .preposition, head: i, attachment: owned, features: features)
            pendingPreposition = out.count - 1
        case .subordinator, .conjunction, .relative, .complementizer:
            close(next: i, sentenceEnd: sentenceEnd)
            let features: Chunk.Features = switch wordClass {
            case .subordinator: .subordinator
            case .conjunction: .conjunction
            case .relative: .relative
            default: .complementizer
            }
            boundary(range, features)
        default:  // .link
            close(next: i, sentenceEnd: sentenceEnd)
            append(range, .link, head: nil, features: [])
        }
    }

    /// Whether a name goes on with the open noun phrase: one without a head yet ("các", "ông"),
    /// or one headed by a title, a classifier, a determiner or an actor noun ("quân đội Nga",
    /// "các nước Tây Phi"); after a plain common noun ("trong hôm nay ông Biden", "lúc Nga")
    /// the name is a phrase of its own.
    var takesName: Bool {
        openHead == nil || !openFeatures.isDisjoint(with: [.titled, .classified, .determined, .actorNoun, .named])
    }

    /// An actor's name: one unit of a noun phrase, after its title or classifier if any.
    mutating func name(_ range: Range<Int>, actor: Int, titled: Bool, sentenceEnd: Int) {
        if openKind == .noun, !hasName, openActor == nil, takesName {
            if openHead == nil { openHead = range.lowerBound }
        } else {
            close(next: range.lowerBound, sentenceEnd: sentenceEnd)
            open(.noun, at: range.lowerBound, head: range.lowerBound, features: [])
        }
        hasName = true
        openActor = actor
        openFeatures.insert(.named)
        if titled { openFeatures.insert(.titled) }
    }

    /// A word that is no function word: a name, a number or a common word.
    mutating func content(_ i: Int, capitalized: Bool, number: Bool, sentenceEnd: Int) {
        if capitalized || number {
            if openKind == .noun, hasName || takesName {
                if openHead == nil { openHead = i }
                if capitalized { hasName = true; openFeatures.insert(.named) }
                return
            }
            close(next: i, sentenceEnd: sentenceEnd)
            open(.noun, at: i, head: i, features: capitalized ? .named : [])
            hasName = capitalized
            return
        }
        switch openKind {
        case .noun where !hasName:
            if openHead == nil {
                openHead = i
                return
            }
            // A few modifiers after a common head ("lực lượng vũ trang", "cuộc gặp thượng đỉnh").
            if modifiers < 3 {
                modifiers += 1
                return
            }
        case .verb:
            // The verb, then its compound's second word or a bare object noun.
            if openHead == nil { openHead = i }
            return
        default:
            break
        }
        close(next: i, sentenceEnd: sentenceEnd)
        // After the clause's verb or a preposition a common word is a noun; before, a verb.
        if hasVerb || pendingPreposition != nil {
            open(.noun, at: i, head: i, features: [])
        } else {
            open(.verb, at: i, head: i, features: [])
        }
    }
}
