/// Finds quotations by their marks as news writes them: “…”, «…», "…" and mixtures (“…"); a
/// quotation inside a quotation (‘…’, or "…" inside “…”) is part of the outer one; a quotation
/// may span paragraphs, re-opened at each paragraph's start and closed only at the end
/// (“…¶“…”), or going on after a paragraph break without re-opening (“…¶…”).
enum QuoteMarks {
    /// The longest quotation read, in scalars, and the most paragraph breaks it may cross.
    static let reach = 3000, paragraphs = 4

    private enum Mark { case double, single }

    /// Each outermost quotation as the offsets of its opening and closing marks, in order.
    static func quotations(_ s: [Unicode.Scalar]) -> [(open: Int, close: Int)] {
        var found: [(open: Int, close: Int)] = []
        var i = 0
        while i < s.count {
            if opening(s, at: i) == .double, let close = closing(s, from: i) {
                found.append((i, close))
                i = close + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The mark that opens a quotation at `i`: “ or «, a straight quote after a space, a bracket,
    /// a colon, a comma or the start, or (inside a quotation only) ‘.
    private static func opening(_ s: [Unicode.Scalar], at i: Int) -> Mark? {
        switch s[i] {
        case "\u{201C}", "\u{00AB}": return .double
        case "\"": return i == 0 || s[i - 1].properties.isWhitespace || "([:,–—-".unicodeScalars.contains(s[i - 1]) ? .double : nil
        case "\u{2018}": return .single
        default: return nil
        }
    }

    private static func isClosing(_ c: Unicode.Scalar) -> Mark? {
        switch c {
        case "\u{201D}", "\u{00BB}", "\"": return .double
        case "\u{2019}": return .single
        default: return nil
        }
    }

    /// The closing mark of the quotation opened at `open`, if it closes within reach: inner
    /// quotations nest; at a paragraph break the quotation goes on when the next paragraph
    /// re-opens it, or goes on bare until a paragraph that opens nothing new closes it.
    private static func closing(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        var stack: [Mark] = [.double]
        var breaks = 0
        var bare = false  // crossed a paragraph break without a re-opening mark
        var j = open + 1
        while j < s.count, j - open < reach {
            let c = s[j]
            if c == "\n" || c == "\r" {
                guard stack.count == 1, breaks < paragraphs else { return nil }
                breaks += 1
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                guard j < s.count else { return nil }
                if opening(s, at: j) == .double, !bare {
                    j += 1
                } else {
                    bare = true
                }
                continue
            }
            // An apostrophe (’) closes only a single mark that is open.
            // A straight quote after a space opens an inner quotation rather than closing.
            if let mark = isClosing(c), mark == .double || stack.last == .single, !(c == "\"" && opening(s, at: j) == .double) {
                if mark == .double { while stack.last == .single { stack.removeLast() } }
                stack.removeLast()
                if stack.isEmpty { return j > open + 1 ? j : nil }
            } else if let mark = opening(s, at: j) {
                if bare { return nil }
                stack.append(mark)
            }
            j += 1
        }
        return nil
    }
}
