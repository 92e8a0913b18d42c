import Actors
import Temporal
import VietText

/// Modality cues around a trigger, the date and place of an event.
extension EventTagger {
    /// Whether the trigger at `i` is a noun: after a classifier ("cuộc", "chuyến") or one of
    /// the noun heads of triggers.tsv.
    func isNounTrigger(_ keys: [UInt64], at i: Int, sentence: Range<Int>) -> Bool {
        (i > sentence.lowerBound && Self.nominalizers.contains(keys[i - 1]))
            || Self.nominalizers.contains(keys[i])  // a trigger that starts with one: "lời kêu gọi"
            || lexicon.nounHeads.contains { h in i + h.count <= keys.count && (0..<h.count).allSatisfy { keys[i + $0] == h[$0] } }
    }

    /// Cues after a noun trigger in its clause: cancellation ("bị hủy", "hủy bỏ") negates it, a
    /// plan ("dự kiến", "sẽ diễn ra") or a possibility ("có thể") qualifies it.
    func laterModality(_ keys: [UInt64], from k: Int, clause: Range<Int>) -> Event.Modality? {
        let limit = clause.upperBound
        var found: Event.Modality?
        var j = k
        while j < limit {
            // Up to the next event or a contrast ("nhưng"): what follows is about that.
            if Self.contrasts.contains(keys[j]) { break }
            if let (t, _) = EventLexicon.longest(lexicon.triggers, \.words, keys: keys, at: j, limit: limit), t.code != "-" { break }
            if let (cue, next) = EventLexicon.longest(lexicon.laterCues, \.words, keys: keys, at: j, limit: limit) {
                if found == nil || cue.modality == .negated { found = cue.modality }
                j = next
            } else {
                j += 1
            }
        }
        return found
    }

    /// The modality cue nearest before the trigger in its clause: negation only right before
    /// it ("không gặp"), others anywhere before it in the clause.
    func modality(_ keys: [UInt64], clause: Range<Int>, trigger: Int) -> Event.Modality {
        var found: Event.Modality?
        var k = clause.lowerBound
        while k < trigger {
            if let (cue, next) = EventLexicon.longest(lexicon.cues, \.words, keys: keys, at: k, limit: trigger) {
                // Negation binds the next word; intention and possibility a short verb phrase.
                let reach = cue.modality == .negated ? 1 : (cue.modality == .reportedPast ? Int.max : 8)
                if trigger - next <= reach {
                    // Planned or possible outrank a past cue; negation outranks everything.
                    if found == nil || cue.modality == .negated || (found == .reportedPast) { found = cue.modality }
                }
                k = next
            } else {
                k += 1
            }
        }
        return found ?? .asserted
    }

    func nearestTimex(_ timexes: [Timex], to span: Span) -> Timex? {
        timexes.filter { $0.day != nil || $0.value.first?.isNumber == true }.min {
            Self.distance($0.span, span) < Self.distance($1.span, span)
        }
    }

    static func distance(_ a: Span, _ b: Span) -> Int {
        a.end <= b.start ? b.start - a.end : (b.end <= a.start ? a.start - b.end : 0)
    }

    /// Whether a day lies in a month ("2025-10") or an ISO week ("2025-W43").
    static func lies(_ day: CivilDate, in value: String) -> Bool {
        let parts = value.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return false }
        if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) { return day.isoWeek == (year, week) }
        if let month = Int(parts[1]) { return day.year == year && day.month == month }
        return false
    }

    /// Whether a date value (YYYY, YYYY-MM, YYYY-MM-DD) is wholly before a day.
    static func ends(_ value: String, before day: CivilDate) -> Bool {
        if let d = CivilDate(iso: value.prefix(10)) { return d < day }
        let parts = value.split(separator: "-")
        guard let y = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return false }
        if parts.count == 1 { return y < day.year }
        guard parts.count == 2, let m = Int(parts[1]), let last = CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y)) else { return false }
        return last < day
    }

    /// Day precision at most: "2025-10-16TMO" → "2025-10-16", "2025-10-16T09:30" → "2025-10-16".
    static func dayPrecision(_ value: String) -> String {
        if value.utf8.count > 10, value.dropFirst(10).hasPrefix("T"), CivilDate(iso: value.prefix(10)) != nil {
            return String(value.prefix(10))
        }
        return value
    }

    /// "tại X" / "ở X" after the trigger: the capitalized words that follow.
    func location(_ doc: Document, _ keys: [UInt64], after end: Int, limit: Int) -> String? {
        let at = [WordKey.lowered("tại"), WordKey.lowered("ở")]
        var k = end
        while k < limit, doc.tokens[k].kind != .punctuation || doc.folded[doc.tokens[k].span.start] != "," {
            // A place the gazetteer knows, with its class noun ("thành phố Gaza", "tỉnh Lào Cai").
            if at.contains(keys[k]), let (_, next) = Gazetteer.standard.place(doc, at: k + 1, limit: limit) {
                return doc.text(Span(doc.tokens[k + 1].span.start, doc.tokens[next - 1].span.end))
            }
            if at.contains(keys[k]), let next = ActorTagger.standard.countryEnd(doc, at: k + 1, limit: limit) {
                return doc.text(Span(doc.tokens[k + 1].span.start, doc.tokens[next - 1].span.end))
            }
            if at.contains(keys[k]), k + 1 < limit, doc.tokens[k + 1].isCapitalized {
                var e = k + 1
                while e < limit, doc.tokens[e].isCapitalized { e += 1 }
                return doc.text(Span(doc.tokens[k + 1].span.start, doc.tokens[e - 1].span.end))
            }
            k += 1
        }
        return nil
    }
}
