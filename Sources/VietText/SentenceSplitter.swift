/// Splits a body into paragraphs and sentences, robust to what Vietnamese news writes:
/// abbreviations (TP. HCM, PGS.TS.), numbers (3.500km², 24/9, 9h30), initials (Donald J. Trump),
/// photo captions ("… (Ảnh: EPA)."), quotations that end a sentence (`."`, `.”`) and ellipses.
///
/// A line break always ends a paragraph (news bodies put one paragraph on a line). Inside a
/// paragraph, a sentence ends after `.`, `!`, `?` or `…` (with any closing quotes and brackets)
/// when white space and then a capital, a digit or an opening quote follow.
public struct SentenceSplitter: Sendable {
    /// Keys (`WordKey.hash` of the folded form) of the abbreviations, without their final period.
    let abbreviations: Set<UInt64>

    /// The splitter with the bundled abbreviation list (`Resources/abbreviations.tsv`).
    public static let standard = SentenceSplitter(
        abbreviations: VietTextResources.table("abbreviations.tsv")?.rows.compactMap(\.first) ?? []
    )

    public init(abbreviations: some Sequence<String>) {
        self.abbreviations = Set(abbreviations.map(WordKey.folded))
    }

    /// Paragraph spans: the non-blank lines, trimmed.
    public func paragraphs(_ scalars: [Unicode.Scalar]) -> [Span] {
        var result: [Span] = []
        var lineStart = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i].textClass.contains(.newline) {
            var a = lineStart, b = i
            while a < b, scalars[a].textClass.contains(.space) { a += 1 }
            while b > a, scalars[b - 1].textClass.contains(.space) { b -= 1 }
            if a < b { result.append(Span(a, b)) }
            lineStart = i + 1
        }
        return result
    }

    /// Sentence spans inside one paragraph span, trimmed, covering all its non-space text.
    public func sentences(_ s: [Unicode.Scalar], in paragraph: Span) -> [Span] {
        var result: [Span] = []
        var start = paragraph.start
        var i = paragraph.start
        let end = paragraph.end
        while i < end {
            let c = s[i]
            var boundary: Int?  // the end of the sentence, when one ends here
            if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                var j = i
                while j < end, isTerminator(s[j]) { j += 1 }
                while j < end, isCloser(s[j]) { j += 1 }
                if endsSentence(s, terminatorAt: i, after: j, paragraphEnd: end, sentenceStart: start) {
                    boundary = j
                }
                if boundary == nil { i = j; continue }
            } else if c == ")", isCaptionClose(s, at: i, from: start) {
                let j = i + 1
                if j < end, s[j].textClass.contains(.space), startsSentence(s, nextAfter: j, end: end) {
                    boundary = j
                }
            }
            if let b = boundary {
                result.append(Span(start, b))
                var k = b
                while k < end, s[k].textClass.contains(.space) { k += 1 }
                start = k
                i = k
            } else {
                i += 1
            }
        }
        if start < end { result.append(Span(start, end)) }
        return result
    }

    private func isTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    private func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201D}" || c == "\u{2019}" || c == "'" || c == "\u{00BB}" || c == ")" || c == "]"
    }

    private func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{2018}" || c == "'" || c == "\u{00AB}" || c == "(" || c == "["
            || c == "-" || c == "\u{2013}" || c == "\u{2014}"
    }

    /// Whether white space and then the start of a sentence follow position `j`.
    private func startsSentence(_ s: [Unicode.Scalar], nextAfter j: Int, end: Int) -> Bool {
        var k = j
        while k < end, s[k].textClass.contains(.space) { k += 1 }
        guard k < end else { return true }
        let cls = s[k].textClass
        return cls.contains(.upper) || cls.contains(.digit) || isOpener(s[k])
    }

    private func endsSentence(
        _ s: [Unicode.Scalar], terminatorAt i: Int, after j: Int, paragraphEnd end: Int, sentenceStart: Int
    ) -> Bool {
        if j >= end { return false }  // the paragraph's end closes the sentence anyway
        guard s[j].textClass.contains(.space), startsSentence(s, nextAfter: j, end: end) else { return false }
        // Only a lone period can belong to an abbreviation or an initial.
        guard s[i] == ".", j == i + 1 || !isTerminator(s[i + 1]) else { return true }
        let word = wordBefore(s, i, from: sentenceStart)
        if word.isEmpty { return true }
        if abbreviations.contains(WordKey.hash(s[word].lazy.map(\.folded))) { return false }
        // An initial: one capital letter, directly after a space or the start ("J. Trump").
        if word.count == 1, s[word.lowerBound].textClass.contains(.upper), i - 1 > sentenceStart {
            var k = j
            while k < end, s[k].textClass.contains(.space) { k += 1 }
            return !(k < end && s[k].textClass.contains(.upper))
        }
        return true
    }

    /// The letters, digits and inner periods right before position `i` ("PGS.TS" before ".").
    private func wordBefore(_ s: [Unicode.Scalar], _ i: Int, from lower: Int) -> Range<Int> {
        var k = i
        while k > lower {
            let c = s[k - 1]
            let cls = c.textClass
            if cls.contains(.letter) || cls.contains(.digit) || cls.contains(.mark) || (c == "." && k - 1 > lower) {
                k -= 1
            } else {
                break
            }
        }
        while k < i, s[k] == "." { k += 1 }
        return k..<i
    }

    /// A `)` that closes a photo credit or caption: "(Ảnh: EPA)", "(Ảnh minh họa)", "(Nguồn: AFP)".
    private func isCaptionClose(_ s: [Unicode.Scalar], at i: Int, from lower: Int) -> Bool {
        var k = i - 1
        while k >= lower, s[k] != "(" {
            if s[k] == ")" { return false }
            k -= 1
        }
        guard k >= lower else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[(k + 1)..<min(i, k + 12)])
        let head = VietNormalizer.fold(String(view))
        return head.hasPrefix("anh:") || head.hasPrefix("anh ") || head.hasPrefix("nguon:") || head.hasPrefix("photo")
    }
}
