import VietText

/// A short window of an article around the words a search matched, hits marked with ** **.
/// Matching is on the folded body (one scalar per scalar), so offsets are the original's.
package enum Snippet {
    package static func make(body: String, terms: [[String]], width: Int = 220) -> (String, [Span]) {
        let scalars = Array(body.unicodeScalars)
        let folded = scalars.map(\.folded)
        let wanted = terms.filter { !$0.isEmpty }.map { $0.map { Array($0.unicodeScalars) } }
        // The body's words: runs of letters and digits, compared scalar by scalar.
        var words: [Span] = []
        var i = 0
        while i < folded.count {
            guard isWordScalar(folded[i]) else { i += 1; continue }
            var j = i
            while j < folded.count, isWordScalar(folded[j]) { j += 1 }
            words.append(Span(i, j))
            i = j
        }
        func equal(_ w: Span, _ term: [Unicode.Scalar]) -> Bool {
            w.end - w.start == term.count && term.indices.allSatisfy { folded[w.start + $0] == term[$0] }
        }
        var hits: [Span] = []
        for k in words.indices {
            for term in wanted where k + term.count <= words.count && (0..<term.count).allSatisfy({ equal(words[k + $0], term[$0]) }) {
                hits.append(Span(words[k].start, words[k + term.count - 1].end))
            }
        }
        hits.sort { $0.start < $1.start }
        let anchor = hits.first?.start ?? 0
        var start = max(0, anchor - width / 3)
        while start > 0, start < scalars.count, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        var end = min(scalars.count, start + width)
        while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
        var out = String.UnicodeScalarView()
        if start > 0 { out.append(contentsOf: "…".unicodeScalars) }
        var k = start
        for hit in hits where hit.start >= start && hit.end <= end && hit.start >= k {
            out.append(contentsOf: scalars[k..<hit.start])
            out.append(contentsOf: "**".unicodeScalars)
            out.append(contentsOf: scalars[hit.start..<hit.end])
            out.append(contentsOf: "**".unicodeScalars)
            k = hit.end
        }
        out.append(contentsOf: scalars[k..<end])
        if end < scalars.count { out.append(contentsOf: "…".unicodeScalars) }
        let text = String(out).split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        return (text, hits)
    }

    /// Letters and digits; folded Vietnamese is ASCII, so the Unicode tables are only asked
    /// about the rest.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
