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
    public let paragraphs: [Span]
    public let sentences: [Sentence]
    public let tokens: [Token]

    /// Prepares `text` (any normalization form; trimmed here) dated `date`.
    public init(text: String, date: CivilDate, splitter: SentenceSplitter = .standard) {
        let body = VietNormalizer.nfc(text).trimmingWhitespace()
        let scalars = Array(body.unicodeScalars)
        self.body = body
        self.date = date
        self.scalars = scalars
        self.folded = scalars.map(\.folded)
        self.paragraphs = splitter.paragraphs(scalars)
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for span in splitter.sentences(scalars, in: paragraph) {
                let first = tokens.count
                tokens += Tokenizer.tokens(scalars, in: span.range)
                sentences.append(Sentence(span: span, paragraph: p, tokens: first..<tokens.count))
            }
        }
        self.sentences = sentences
        self.tokens = tokens
    }

    /// The body text of a span.
    public func text(_ span: Span) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, span.start)..<min(scalars.count, span.end)])
        return String(view)
    }

    /// The folded text of a span.
    public func foldedText(_ span: Span) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: folded[max(0, span.start)..<min(folded.count, span.end)])
        return String(view)
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
        return String(scalars[first...last])
    }
}
