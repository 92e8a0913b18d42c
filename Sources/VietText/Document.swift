/// One sentence of a document: its span, its paragraph and the range of its tokens.
public struct Sentence: Hashable, Sendable {
    public let span: Span
    public let paragraph: Int
    /// Indices into `Document.tokens`.
    public let tokens: Range<Int>
}

/// An article body prepared once for every stage: NFC text, its scalars, a folded copy with the
/// same offsets, paragraphs, sentences and tokens. Stages read it; none re-tokenizes.
///
/// All offsets are Unicode scalar offsets into `body` (Python string indices), the unit of
/// FORMAT.md.
public struct Document: Sendable {
    /// The NFC body, trimmed.
    public let body: String
    /// The article's publication date, the anchor of relative time expressions.
    public let date: CivilDate
    public let scalars: [Unicode.Scalar]
    /// `scalars` folded one for one (see `VietNormalizer.fold`): match lexicons here.
    public let folded: [Unicode.Scalar]
    /// `scalars` in lower case, diacritics kept, one for one. Computed on demand: no stage reads
    /// it whole (each uses `tokenKeys`), so the document does not hold it.
    public var lowered: [Unicode.Scalar] { scalars.map(\.lowered) }
    /// The text was typed without Vietnamese diacritics (under 2% of its letters carry one):
    /// then words can only be matched by their folded form.
    public let isUnaccented: Bool
    public let paragraphs: [Span]
    public let sentences: [Sentence]
    public let tokens: [Token]
    /// `WordKey` of each token in lower case with diacritics, and folded: every stage looks words
    /// up by these, computed once here.
    public let tokenKeys: [UInt64]
    public let foldedTokenKeys: [UInt64]
    /// The phrases of every sentence (`Chunker`): noun phrases, verb groups with their markers,
    /// prepositions, clause boundaries, in token order. The structure later stages read.
    /// Chunked from words and capitals alone until `withNames` tells the names an actor stage
    /// found.
    public private(set) var chunks: [Chunk]
    /// Whether `chunks` know the actors' names (`withNames`).
    public private(set) var chunksKnowNames = false

    /// Prepares `text` (any normalization form; trimmed here) dated `date`. `chunked: false`
    /// leaves `chunks` empty for a caller that chunks once knowing the names (`withNames`), as
    /// the analysis does: it saves a pass and a chunk array.
    public init(text: String, date: CivilDate, splitter: SentenceSplitter = .standard, chunked: Bool = true) {
        let body = VietNormalizer.nfc(text).trimmingWhitespace()
        // Counted first, so that the array is allocated once at its size (growing by doubling
        // would hold up to twice the memory of a long article's scalars).
        let scalarCount = body.unicodeScalars.count
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { buffer, initialized in
            for scalar in body.unicodeScalars where initialized < scalarCount {
                buffer[initialized] = scalar
                initialized += 1
            }
        }
        self.body = body
        self.date = date
        self.scalars = scalars
        let folded = scalars.map(\.folded)
        self.folded = folded
        var letters = 0, marked = 0
        for (f, s) in zip(folded, scalars) where f.value >= 0x61 && f.value <= 0x7A {
            letters += 1
            if f != s.lowered { marked += 1 }
        }
        self.isUnaccented = letters >= 20 && marked * 50 < letters
        self.paragraphs = splitter.paragraphs(scalars)
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        // About one token per five scalars in prose: room for all of them at once, so that the
        // array of a long article is not left at up to twice its size by doubling.
        tokens.reserveCapacity(scalars.count / 4 + 16)
        for (p, paragraph) in paragraphs.enumerated() {
            for span in splitter.sentences(scalars, in: paragraph) {
                let first = tokens.count
                tokens += Tokenizer.tokens(scalars, in: span.range)
                sentences.append(Sentence(span: span, paragraph: p, tokens: first..<tokens.count))
            }
        }
        self.sentences = sentences
        self.tokens = tokens
        self.tokenKeys = tokens.map { SpellingKey.lowered(scalars[$0.span.range].lazy.map(\.lowered)) }
        self.foldedTokenKeys = tokens.map { SpellingKey.folded(folded[$0.span.range]) }
        self.chunks = chunked ? Chunker.standard.chunks(tokens: tokens, folded: folded, keys: isUnaccented ? foldedTokenKeys : tokenKeys,
                                                        sentences: sentences, unaccented: isUnaccented) : []
    }

    /// The same document, its chunks found again knowing the names an actor stage found: each
    /// name (tokens, actor index; sorted, not overlapping) is one unit of a noun phrase, so
    /// "Bộ Ngoại giao" or "Liên hợp quốc" is not cut at its lower-case words, and the phrase
    /// records its actor.
    public func withNames(_ names: [(tokens: Range<Int>, actor: Int)]) -> Document {
        var copy = self
        copy.chunks = Chunker.standard.chunks(tokens: tokens, folded: folded, keys: isUnaccented ? foldedTokenKeys : tokenKeys,
                                              sentences: sentences, unaccented: isUnaccented, names: names)
        copy.chunksKnowNames = true
        return copy
    }

    /// The body text of a span.
    public func text(_ span: Span) -> String {
        let a = max(0, span.start), b = min(scalars.count, span.end)
        return a < b ? Document.string(scalars[a..<b]) : ""
    }

    /// The folded text of a span.
    public func foldedText(_ span: Span) -> String {
        let a = max(0, span.start), b = min(folded.count, span.end)
        return a < b ? Document.string(folded[a..<b]) : ""
    }

    /// A string from scalars, encoded straight into the string's UTF-8 storage.
    package static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard !scalars.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    /// The index in `chunks` of the chunk holding token `k`, if any (binary search).
    public func chunkIndex(ofToken k: Int) -> Int? {
        var lo = 0, hi = chunks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if chunks[mid].tokens.upperBound <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo < chunks.count && chunks[lo].tokens.contains(k) ? lo : nil
    }

    /// The first token of `range` (all tokens by default) that starts at or after `offset`
    /// (binary search).
    public func tokenIndex(atOrAfter offset: Int, in range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<tokens.count
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound ? lo : nil
    }

    /// The index of the sentence holding `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].span.start <= offset ? lo : nil
    }
}

extension String {
    /// Without leading and trailing white space and newlines (Unicode white space).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        // Nothing to trim (the usual case): the same string, not a copy of it.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

/// 64-bit FNV-1a keys of words, the same whether computed from a document span or a string.
/// Lexicon lookups use `lowered`/`folded` (and `Document.tokenKeys`), which compare words in
/// one canonical spelling; `hash` is the plain hash of scalars.
public enum WordKey {
    public static func hash(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars {
            h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The key of a word in lower case with its diacritics, in the canonical spelling
    /// (`SpellingKey`): "Sáng" and "sáng" agree, and so do "thỏa" and "thoả", "kỹ" and "kĩ".
    public static func lowered(_ text: String) -> UInt64 {
        SpellingKey.lowered(VietNormalizer.nfc(text).unicodeScalars.lazy.map(\.lowered))
    }

    /// The key of a word folded ("sáng", "sang" and "SANG" agree; "ky" and "ki").
    public static func folded(_ text: String) -> UInt64 {
        SpellingKey.folded(VietNormalizer.nfc(text).unicodeScalars.lazy.map(\.folded))
    }
}

/// The two keys a word is compared by: lower case with diacritics (accented text) and folded
/// (text typed without diacritics). Grammar and lexicon words of every stage are held this way.
public struct WordKeys: Hashable, Sendable {
    public let lowered: UInt64
    public let folded: UInt64

    public init(_ word: String) {
        lowered = WordKey.lowered(word)
        folded = WordKey.folded(word)
    }

    /// "a|b|c" → the keys of each word.
    public static func list(_ words: String) -> [WordKeys] {
        words.split(separator: "|").map { WordKeys(String($0)) }
    }
}
