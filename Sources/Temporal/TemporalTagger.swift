import VietText

/// Finds every temporal expression of a document and resolves its TIMEX3 value against the
/// article date, with the grammar of `Resources/rules.tsv` and the words of
/// `Resources/temporal-words.tsv`.
///
/// Left to right over each sentence's tokens, the longest match of any rule starting at a token
/// wins (the earlier rule on a tie); blockers consume false friends ("24/7", "lần thứ năm").
public final class TemporalTagger: Sendable {
    let rules: [Rule]
    let lexicon: TemporalLexicon
    /// Rules that can start on a token, by the token's key (lower case with diacritics) …
    private let byWord: WordKeyTable<[Int]>
    /// … and by its folded key, for text typed without diacritics.
    private let byFoldedWord: WordKeyTable<[Int]>
    private let onNumber: [Int]
    private let onAlphanumeric: [Int]
    private let onCapitalWord: [Int]

    /// The grammar's malformed rows, if any (the standard grammar has none: a test checks).
    public let errors: [String]

    /// The bundled grammar.
    public static let standard = TemporalTagger()

    public convenience init() {
        self.init(rules: TemporalResources.table("rules.tsv"), lexicon: .standard)
    }

    init(rules table: DataTable?, lexicon: TemporalLexicon) {
        var rules: [Rule] = [], errors: [String] = []
        for (n, row) in (table?.rows ?? []).enumerated() {
            switch Rule.parse(row, line: n + 1) {
            case .success(let rule): rules.append(rule)
            case .failure(let error): errors.append(error.description)
            }
        }
        self.rules = rules
        self.lexicon = lexicon
        self.errors = errors
        var byWord = WordKeyTable<[Int]>(), byFoldedWord = WordKeyTable<[Int]>(), onNumber: [Int] = [], onAlnum: [Int] = [], onCap: [Int] = []
        for (r, rule) in rules.enumerated() {
            var start = Slot.Start()
            for element in rule.elements {
                for alternative in element.alternatives {
                    switch alternative {
                    case .word(let w): start.words.append(w)
                    case .slot(let slot):
                        let s = slot.start(lexicon)
                        start.words += s.words
                        start.number = start.number || s.number
                        start.alphanumeric = start.alphanumeric || s.alphanumeric
                        start.capitalWord = start.capitalWord || s.capitalWord
                    }
                }
                if !element.optional { break }
            }
            for w in Set(start.words.map(\.lowered)) { byWord[w] = (byWord[w] ?? []) + [r] }
            for w in Set(start.words.map(\.folded)) { byFoldedWord[w] = (byFoldedWord[w] ?? []) + [r] }
            if start.number { onNumber.append(r) }
            if start.alphanumeric { onAlnum.append(r) }
            if start.capitalWord { onCap.append(r) }
        }
        self.byWord = byWord
        self.byFoldedWord = byFoldedWord
        self.onNumber = onNumber
        self.onAlphanumeric = onAlnum
        self.onCapitalWord = onCap
    }

    /// The timexes of a document, in order of appearance.
    public func tag(_ document: Document) -> [Timex] {
        let stream = TokenStream(document)
        var timexes: [Timex] = []
        var lastDay: CivilDate?
        var lastAnchor: CivilDate?
        let memo = FirstSlotMemo()
        for sentence in document.sentences {
            let range = sentence.tokens
            var i = range.lowerBound
            while i < range.upperBound {
                guard let (r, end, captures) = bestMatch(stream, at: i, in: range, memo: memo) else {
                    i += 1
                    continue
                }
                let rule = rules[r]
                defer { i = end }
                guard let type = rule.type else { continue }
                let span = Span(stream.tokens[i].span.start, stream.tokens[end - 1].span.end)
                let lexicon = self.lexicon
                let start = i
                let resolver = Resolver(anchor: document.date, lexicon: lexicon, lastDay: lastDay, lastAnchor: lastAnchor) {
                    TemporalTagger.tense(stream, timex: start..<end, sentence: range, lexicon: lexicon)
                }
                let timex = Timex(span: span, text: document.text(span), type: type,
                                  value: resolver.value(rule.value, captures), rule: rule.line)
                if let day = timex.day, type == .date || type == .time {
                    lastDay = day
                    // A date early in its sentence anchors the narrative ("Mỹ hôm qua công bố…"):
                    // "cùng ngày" refers to it, not to a date deep in a background clause.
                    if start - range.lowerBound < 8 { lastAnchor = day }
                }
                timexes.append(timex)
            }
        }
        return timexes
    }

    /// The longest match of any rule at token `i`: rule index, end token, captures.
    private func bestMatch(_ s: TokenStream, at i: Int, in range: Range<Int>, memo: FirstSlotMemo) -> (Int, Int, Captures)? {
        let empty: [Int] = []
        let byKey = (s.unaccented ? byFoldedWord : byWord)[s.key(i)] ?? empty
        let byKind: [Int]
        switch s.tokens[i].kind {
        case .number: byKind = onNumber
        case .alphanumeric: byKind = onAlphanumeric
        case .word where s.tokens[i].isCapitalized && s.roman(i) != nil: byKind = onCapitalWord
        default: byKind = empty
        }
        if byKey.isEmpty && byKind.isEmpty { return nil }
        var best: (Int, Int, Captures)?
        var bestLength = 0
        // The longest match wins; on a tie, the earlier rule (a rule may sit in both lists).
        func consider(_ r: Int) {
            guard let (end, captures) = match(rules[r], s, at: i, in: range, memo: memo) else { return }
            let length = s.tokens[end - 1].span.end - s.tokens[i].span.start
            if length > bestLength || (length == bestLength && r < (best?.0 ?? Int.max)) {
                best = (r, end, captures)
                bestLength = length
            }
        }
        for r in byKey { consider(r) }
        for r in byKind { consider(r) }
        return best
    }

    /// Matches one rule at token `i`, contexts included.
    private func match(_ rule: Rule, _ s: TokenStream, at i: Int, in range: Range<Int>, memo: FirstSlotMemo) -> (Int, Captures)? {
        for context in rule.before where !holds(context, s, at: i - 1, in: range) { return nil }
        var captures = Captures()
        let end: Int?
        // Many rules start with the same slot (NUM, DM, POD …): match it once per token.
        if let slot = rule.firstSlot {
            guard let (next, slotCaptures) = memo.result(slot, at: i, { slot.match(s, at: i, limit: range.upperBound, lex: lexicon, into: &$0) }) else { return nil }
            captures = slotCaptures
            end = matchElements(rule.elements, 1, s, next, range.upperBound, &captures)
        } else {
            end = matchElements(rule.elements, 0, s, i, range.upperBound, &captures)
        }
        guard let end else { return nil }
        for context in rule.after where !holds(context, s, at: end, in: range) { return nil }
        return (end, captures)
    }

    /// Greedy match of elements from `k` at token `i`, trying an optional element first with,
    /// then without it.
    private func matchElements(_ elements: [Rule.Element], _ k: Int, _ s: TokenStream, _ i: Int, _ limit: Int, _ c: inout Captures) -> Int? {
        guard k < elements.count else { return i }
        let element = elements[k]
        for alternative in element.alternatives {
            switch alternative {
            case .word(let w):
                // Words capture nothing: no copy of the captures is needed to try them.
                if i < limit, s.isWord(i, w), let end = matchElements(elements, k + 1, s, i + 1, limit, &c) { return end }
            case .slot(let slot):
                var trial = c
                if let next = slot.match(s, at: i, limit: limit, lex: lexicon, into: &trial),
                   let end = matchElements(elements, k + 1, s, next, limit, &trial) {
                    c = trial
                    return end
                }
            }
        }
        if element.optional { return matchElements(elements, k + 1, s, i, limit, &c) }
        return nil
    }

    /// Whether a context holds for the token at `j` (before the match or after it).
    private func holds(_ context: Rule.Context, _ s: TokenStream, at j: Int, in range: Range<Int>) -> Bool {
        let inside = range.contains(j)
        let found = context.words.contains { word in
            switch word {
            case .sentenceStart: return j < range.lowerBound
            case .sentenceEnd: return j >= range.upperBound
            case .capitalized: return inside && s.tokens[j].kind == .word && s.tokens[j].isCapitalized
            case .number: return inside && s.tokens[j].kind == .number
            case .word(let w): return inside && s.isWord(j, w)
            }
        }
        return found != context.negative
    }

    /// The tense of a timex: a cue inside it ("hôm 7/10", "tháng 4 tới"), else the nearest cue
    /// of its sentence (đã, vừa, sẽ, dự kiến, có thể …). A cue is near when it stands within six
    /// tokens of the timex with no comma or semicolon between: near cues are trusted; a far one
    /// only when it points to a reading less than half a year away.
    static func tense(_ s: TokenStream, timex: Range<Int>, sentence: Range<Int>, lexicon: TemporalLexicon) -> Tense? {
        if timex.count > 1, let last = timex.last {
            if s.isWord(last, .tới) || s.isWord(last, .sau) { return Tense(direction: .future, near: true) }
            if s.isWord(last, .qua) || s.isWord(last, .ngoái) || s.isWord(last, .trước) { return Tense(direction: .past, near: true) }
        }
        var best: (distance: Int, tense: Tense)?
        // Cues within a clause's reach of the timex: a run-on text without punctuation must not
        // make every timex read all of it.
        let reach = 80
        let upper = min(sentence.upperBound, timex.upperBound + reach)
        var j = max(sentence.lowerBound, timex.lowerBound - reach)
        while j < upper {
            guard let (cue, end) = lexicon.cues.match(s, at: j, limit: upper) else {
                j += 1
                continue
            }
            let direction = cue.tense
            let overlaps = j < timex.upperBound && end > timex.lowerBound
            if cue.insideOnly && !overlaps {
                j = end
                continue
            }
            let between = overlaps ? 0..<0 : (j < timex.lowerBound ? end..<timex.lowerBound : timex.upperBound..<j)
            let distance = overlaps ? 0 : between.count + 1
            let broken = between.contains { s.isPunctuation($0, ",") || s.isPunctuation($0, ";") || s.isPunctuation($0, ":") }
            // A cue in a reported clause after the timex ("ngày 15/7 cảnh báo … có thể") is not its own.
            let reported = j > timex.lowerBound && between.contains { lexicon.boundaries.match(s, at: $0, limit: upper) != nil }
            if distance < best?.distance ?? Int.max, !reported {
                best = (distance, Tense(direction: direction, near: distance <= 6 && !broken))
            }
            j = end
        }
        return best?.tense
    }
}

/// A tense cue's direction and how close it stands to the timex.
struct Tense {
    let direction: TemporalLexicon.Tense
    let near: Bool
}

/// The result of each slot at one token, computed at most once while the rules are tried there.
/// One table serves a whole document: an entry is valid for the token it was stamped with.
final class FirstSlotMemo {
    private var stamps = [Int](repeating: -1, count: Slot.count)
    private var results = [(Int, Captures)?](repeating: nil, count: Slot.count)

    func result(_ slot: Slot, at token: Int, _ compute: (inout Captures) -> Int?) -> (Int, Captures)? {
        let k = slot.index
        if stamps[k] == token { return results[k] }
        stamps[k] = token
        var captures = Captures()
        let result = compute(&captures).map { ($0, captures) }
        results[k] = result
        return result
    }
}
