import Actors
import Temporal
import VietText

/// Codes the events of an article in CAMEO, with source and target actors, the event's own
/// date, place and modality, one event per real-world event however often it is mentioned.
///
/// For each trigger (`Resources/triggers.tsv`) in a sentence: the source is the actor before
/// it in its clause (the first of "A và B"), the target the actor after it, after "với", or the
/// second of "giữa A và B"; "bị" makes it passive. The date is the nearest date of the sentence,
/// else for an asserted event the last date of its paragraph, else the article's. Modality cues
/// (`Resources/modality.tsv`) in the clause before the trigger decide planned, possible,
/// negated or reported past; a dated event more than a week before the article is reported past.
public final class EventTagger: Sendable {
    let lexicon: EventLexicon

    public static let standard = EventTagger()

    public init() {
        lexicon = .standard
    }

    /// An actor's mention by scalar span, the outermost when mentions nest.
    public struct Mention: Sendable {
        public let span: Span
        public let actor: Int
    }

    public func tag(_ doc: Document, timexes: [Timex], actors: [Actor]) -> [Event] {
        tag(doc, timexes: timexes, actors: actors, mentions: Self.outermost(actors))
    }

    /// The same, with the actors' outermost mentions already computed (`outermost`), which the
    /// quote tagger shares.
    public func tag(_ doc: Document, timexes: [Timex], actors: [Actor], mentions: [Mention]) -> [Event] {
        let keys = doc.tokenKeys
        var events: [Event] = []
        var contextDay: String?  // the day a sentence-opening date set the scene to
        var leadDay: String?     // the day of the article's first asserted event
        var paragraph = -1
        for sentence in doc.sentences {
            let range = sentence.tokens
            // A scene-setting date holds for the rest of its paragraph.
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                contextDay = nil
            }
            // "kể từ năm 2017" bounds a period; it does not date the event.
            let sentenceTimexes = timexes.filter { t in
                guard sentence.span.contains(t.span), t.type == .date || t.type == .time else { return false }
                guard let k = range.first(where: { doc.tokens[$0].span.start >= t.span.start }), k >= range.lowerBound + 2 else { return true }
                return !(keys[k - 2] == Self.kể && keys[k - 1] == Self.từ)
            }
            var i = range.lowerBound
            while i < range.upperBound {
                guard let (trigger, end) = EventLexicon.longest(lexicon.triggers, \.words, keys: keys, at: i, limit: range.upperBound) else {
                    i += 1
                    continue
                }
                defer { i = end }
                if trigger.code == "-" { continue }
                let span = Span(doc.tokens[i].span.start, doc.tokens[end - 1].span.end)
                if mentions.contains(where: { $0.span.overlaps(span) }) || timexes.contains(where: { $0.span.overlaps(span) }) { continue }
                let clause = clauseRange(doc, range, around: i)
                var modality = self.modality(keys, clause: clause, trigger: i)
                // A noun names an event whose fate may follow it: "cuộc gặp dự kiến diễn ra …
                // đã bị hủy", "chuyến thăm sẽ diễn ra".
                if modality == .asserted, isNounTrigger(keys, at: i, sentence: range), let after = laterModality(keys, from: end, clause: clause) {
                    modality = after
                }
                if modality == .asserted, self.modality(keys, clause: range.lowerBound..<clause.lowerBound, trigger: clause.lowerBound) == .reportedPast {
                    modality = .reportedPast
                }
                let clauseSpan = Span(doc.tokens[clause.lowerBound].span.start, doc.tokens[max(clause.upperBound - 1, clause.lowerBound)].span.end)
                // Its own clause's date first; a planned, possible or negated event takes no
                // other, nor one before a reporting verb ("hôm qua tuyên bố Berlin sẽ cung cấp").
                var scope = clauseSpan
                let dated = modality == .asserted || modality == .reportedPast
                if !dated, let verb = (clause.lowerBound..<i).last(where: { Self.reportingVerb(keys, at: $0, limit: i) != nil }),
                   let verbEnd = Self.reportingVerb(keys, at: verb, limit: i), verbEnd < i {
                    scope = Span(doc.tokens[verbEnd].span.start, scope.end)
                }
                var inClause = sentenceTimexes.filter { scope.contains($0.span) }
                // A date fronted before the sentence's first comma frames the whole sentence
                // ("Chiều cùng ngày, ông Putin dự kiến gặp …").
                if inClause.isEmpty, scope == clauseSpan, let opening = sentenceTimexes.first, opening.span.start - sentence.span.start < 30,
                   opening.span.end < doc.scalars.count, doc.scalars[opening.span.end] == "," {
                    inClause = [opening]
                }
                let candidates = !inClause.isEmpty || !dated ? inClause : sentenceTimexes
                var ownDate = nearestTimex(candidates, to: span).map { Self.dayPrecision($0.value) }
                // A week or month that the sentence then narrows to a day ("trong tuần này, có
                // thể sớm nhất là vào ngày 23/10"): the day.
                if let coarse = ownDate, CivilDate(iso: coarse) == nil,
                   let day = sentenceTimexes.first(where: { t in t.span.start > span.end && t.day.map { Self.lies($0, in: coarse) } == true })?.day {
                    ownDate = day.description
                }
                let mention = Event.Mention(trigger: span, sentence: sentence.span, modality: modality)
                // "trong cuộc điện đàm": a further mention of a coded event.
                let frameAt = i > range.lowerBound && keys[i - 1] == Self.cuộc ? i - 1 : i
                let framed = frameAt > range.lowerBound && Self.frames.contains(keys[frameAt - 1])
                var pairs = participants(doc, keys, mentions, actors, clause: clause, sentence: range, trigger: i..<end, code: trigger.code)
                // A rejection with no object of its own ("Tel Aviv bác bỏ và cho rằng …",
                // "Moscow bác bỏ") answers the latest criticism, accusation, threat, sanction
                // or coercion aimed at its subject.
                if trigger.code.hasPrefix("12"), end >= clause.upperBound || Self.objectless.contains(keys[end]) || doc.tokens[end].kind == .punctuation {
                    pairs = pairs.map { pair in
                        guard pair.1 == nil, let accuser = events.last(where: { e in
                            ["10", "11", "13", "16", "17"].contains(String(e.code.prefix(2))) && e.target == actors[pair.0].name
                        })?.source,
                              let a = actors.firstIndex(where: { $0.name == accuser }) else { return pair }
                        return (pair.0, a)
                    }
                }
                pairs = pairs.filter { $0.1 != nil || !Self.needsTarget(trigger.code) }
                // A framed event without a partner of its own is one already told; with one
                // ("ngay sau chuyến thăm Triều Tiên") it is an earlier event of its own.
                if framed {
                    if pairs.allSatisfy({ $0.1 == nil }), Self.corefer(trigger.code, mention, date: ownDate, in: &events) { continue }
                    if modality == .asserted, keys[frameAt - 1] != Self.trong { modality = .reportedPast }
                }
                // "Hai nhà lãnh đạo đã chứng kiến lễ ký", "cuộc gặp giữa hai nhà lãnh đạo": the
                // sides of the latest meeting.
                let reciprocal = Self.reciprocals.contains { w in i + w.count <= end && (0..<w.count).allSatisfy { keys[i + $0] == w[$0] } }
                if Self.isSymmetric(trigger.code) || reciprocal,
                   let pair = pairReference(keys, actors, events, clause: clause, sentence: range, trigger: i..<end, alreadyPaired: !pairs.isEmpty) {
                    pairs = [pair]
                }
                // "Thái Lan và Campuchia giao tranh": each side fights the other.
                if reciprocal, pairs.count == 1, let (a, b) = pairs.first, let b { pairs.append((b, a)) }
                if pairs.isEmpty {
                    // No participants of its own: a further mention of the latest such event
                    // ("Trong cuộc điện đàm hôm 24/11, …").
                    Self.corefer(trigger.code, mention, date: ownDate, in: &events)
                    continue
                }
                var date = ownDate
                // An earlier event named as a frame ("ngay sau chuyến thăm Triều Tiên") has only
                // its own clause's date: the sentence's belongs to the main event.
                if framed, keys[frameAt - 1] != Self.trong, inClause.isEmpty { date = nil }
                // No date of its own: the day of the event it follows, else the article's.
                if date == nil, modality == .asserted { date = contextDay ?? leadDay ?? doc.date.description }
                if modality == .asserted, let d = date, Self.ends(d, before: doc.date.adding(days: -7)) {
                    modality = .reportedPast
                }
                var code = trigger.code
                if code.hasPrefix("04"), [.planned, .possible, .negated].contains(modality) { code = "036" }
                for (source, target) in pairs {
                    let event = Event(
                        code: code, source: actors[source].name, target: target.map { actors[$0].name }, date: date,
                        location: location(doc, keys, after: end, limit: range.upperBound), modality: modality,
                        trigger: doc.text(span),
                        mentions: [Event.Mention(trigger: span, sentence: sentence.span, modality: modality)]
                    )
                    Self.merge(event, into: &events)
                }
                if leadDay == nil, modality == .asserted, let d = date, d.count == 10, CivilDate(iso: d) != nil { leadDay = d }
            }
            // A date that opens its sentence sets the scene for what follows.
            if let opening = sentenceTimexes.first(where: { $0.day != nil && $0.span.start - sentence.span.start < 40 }), let day = opening.day {
                contextDay = day.description
            }
        }
        return events
    }

    /// The two sides a plural noun phrase refers to: "hai nhà lãnh đạo", "hai bên" before the
    /// trigger in its clause when it has no participants, or "giữa hai nhà lãnh đạo" right
    /// after it whatever else the clause names ("Moscow và Washington nhất trí tổ chức cuộc
    /// gặp giữa hai nhà lãnh đạo"). They are the sides of the latest two-sided event (people
    /// first); "hai nước" takes their countries, "hai nhà lãnh đạo" their countries' leaders
    /// when the latest sides were not leaders themselves.
    private func pairReference(_ keys: [UInt64], _ actors: [Actor], _ events: [Event], clause: Range<Int>, sentence: Range<Int>, trigger: Range<Int>, alreadyPaired: Bool) -> (Int, Int?)? {
        func phrase(at k: Int, in list: [[UInt64]]) -> [UInt64]? {
            list.first { w in k + w.count <= keys.count && (0..<w.count).allSatisfy { keys[k + $0] == w[$0] } }
        }
        var found: [UInt64]?
        // "cuộc gặp (mới | thượng đỉnh) giữa hai nhà lãnh đạo".
        if let g = (trigger.upperBound..<min(trigger.upperBound + 3, clause.upperBound)).first(where: { keys[$0] == Self.giữa }) {
            found = phrase(at: g + 1, in: Self.pairWords)
        }
        // "thỏa thuận mà hai nước đạt được": the subject of a relative clause on the noun.
        if found == nil, trigger.upperBound + 1 < clause.upperBound, keys[trigger.upperBound] == Self.mà {
            found = phrase(at: trigger.upperBound + 1, in: Self.pairWords)
        }
        // Before the trigger in its clause, else earlier in its sentence.
        if found == nil, !alreadyPaired {
            for scope in [clause.lowerBound..<trigger.lowerBound, sentence.lowerBound..<clause.lowerBound] where found == nil {
                found = scope.lazy.compactMap { k in phrase(at: k, in: Self.pairWords).flatMap { k + $0.count <= trigger.lowerBound ? $0 : nil } }.first
            }
        }
        guard let words = found else { return nil }
        // The noun says who the sides are: "hai ngoại trưởng" two foreign ministers.
        let fits: (Actor) -> Bool = { actor in
            switch words {
            case Self.leaderPair: return Self.isLeader(actor)
            case Self.ministerPair: return actor.role.map { r in ["ngoại trưởng", "bộ trưởng ngoại giao"].contains { r.lowercased().hasPrefix($0) } } ?? false
            case Self.presidentPair: return actor.role?.lowercased().hasPrefix("tổng thống") ?? false
            case Self.premierPair: return actor.role?.lowercased().hasPrefix("thủ tướng") ?? false
            default: return actor.kind == .person
            }
        }
        func sides(_ e: Event, _ test: (Actor) -> Bool) -> Bool {
            guard Self.isSymmetric(e.code), let a = actors.first(where: { $0.name == e.source }), let b = actors.first(where: { $0.name == e.target }) else { return false }
            return test(a) && test(b)
        }
        guard let latest = events.last(where: { sides($0, fits) }) ?? events.last(where: { sides($0, { $0.kind == .person }) })
                ?? events.last(where: { Self.isSymmetric($0.code) && $0.target != nil }),
              var a = actors.firstIndex(where: { $0.name == latest.source }), var b = actors.firstIndex(where: { $0.name == latest.target }) else { return nil }
        func counterpart(_ n: Int, _ wanted: (Actor) -> Bool) -> Int? {
            guard let c = actors[n].country else { return nil }
            return actors.firstIndex { $0.country == c && wanted($0) }
        }
        if Self.countryPairWords.contains(words), let ca = counterpart(a, { $0.kind == .country }), let cb = counterpart(b, { $0.kind == .country }), ca != cb {
            (a, b) = (ca, cb)
        } else if words == Self.leaderPair, !Self.isLeader(actors[a]) || !Self.isLeader(actors[b]),
                  let la = counterpart(a, { $0.kind == .person && Self.isLeader($0) }), let lb = counterpart(b, { $0.kind == .person && Self.isLeader($0) }), la != lb {
            (a, b) = (la, lb)
        }
        return (a, b)
    }

    /// A head of state or government by the title the article gives.
    static func isLeader(_ actor: Actor) -> Bool {
        guard let role = actor.role?.lowercased() else { return false }
        return ["tổng thống", "chủ tịch", "thủ tướng", "tổng bí thư", "quốc vương", "nhà vua"].contains { role.hasPrefix($0) }
            && !role.contains("quốc hội") && !role.contains("thượng viện") && !role.contains("hạ viện")
    }

    /// Meetings, calls and agreements have two sides but no direction (FORMAT.md).
    static func isSymmetric(_ code: String) -> Bool {
        code.hasPrefix("04") || code.hasPrefix("036") || code.hasPrefix("057")
    }

    /// Meetings, calls, agreements, praise and criticism need someone on the other side.
    static func needsTarget(_ code: String) -> Bool {
        ["04", "03", "05", "07", "11", "12", "13", "16", "17", "18", "19"].contains { code.hasPrefix($0) }
    }

    /// A mention without participants of its own joins the latest event of its kind; its date,
    /// when more precise and consistent ("2025-11" then "2025-11-24"), refines the event's.
    @discardableResult
    static func corefer(_ code: String, _ mention: Event.Mention, date: String?, in events: inout [Event]) -> Bool {
        // The latest event of the same code ("trong cuộc điện đàm" → the call), else of its
        // family, else a meeting planned.
        let root = code.prefix(2) == "03" ? "04" : String(code.prefix(2))
        guard let k = events.lastIndex(where: { $0.code == code })
            ?? events.lastIndex(where: { $0.code.hasPrefix(root) })
            ?? events.lastIndex(where: { $0.code == "036" && root == "04" }) else { return false }
        events[k].mentions.append(mention)
        if let date, let current = events[k].date, date.count > current.count, date.hasPrefix(current) {
            events[k].date = date
        }
        return true
    }

    /// One event per real-world event: same code root, same actors (either way for meetings,
    /// calls and agreements), same date.
    static func merge(_ event: Event, into events: inout [Event]) {
        let symmetric = isSymmetric(event.code)
        // Dates agree when equal or one refines the other ("2025-11" and "2025-11-24").
        func agree(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return a == b }
            return a == b || (a.count != b.count && (a.hasPrefix(b + "-") || b.hasPrefix(a + "-"))) || inWeek(a, b) || inWeek(b, a)
        }
        // "2025-09-24" lies in "2025-W39".
        func inWeek(_ day: String, _ week: String) -> Bool {
            guard let d = CivilDate(iso: day), week.utf8.count == 8, week.dropFirst(4).hasPrefix("-W"),
                  let y = Int(week.prefix(4)), let w = Int(week.suffix(2)) else { return false }
            return d.isoWeek == (y, w)
        }
        if let k = events.firstIndex(where: { e in
            e.code.prefix(2) == event.code.prefix(2) && agree(e.date, event.date)
                && ((e.source == event.source && e.target == event.target)
                    || (symmetric && e.source == event.target && e.target == event.source))
        }) {
            events[k].mentions += event.mentions
            if events[k].location == nil { events[k].location = event.location }
            if let d = event.date, CivilDate(iso: d) != nil || d.count > (events[k].date?.count ?? 0), CivilDate(iso: events[k].date ?? "") == nil {
                events[k].date = d
            }
            return
        }
        events.append(event)
    }

    /// Actor mentions sorted by position, without those inside another ("Nga" inside
    /// "Ngoại trưởng Nga Sergey Lavrov").
    public static func outermost(_ actors: [Actor]) -> [Mention] {
        let all = actors.enumerated().flatMap { (n, a) in a.mentions.map { Mention(span: $0, actor: n) } }
            .sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        var kept: [Mention] = []
        for m in all where !(kept.last.map { $0.span.contains(m.span) } ?? false) { kept.append(m) }
        return kept
    }

    /// The token range of the clause holding token `i`: between commas, semicolons, colons and
    /// quotation marks.
    private func clauseRange(_ doc: Document, _ sentence: Range<Int>, around i: Int) -> Range<Int> {
        func mark(_ k: Int) -> Unicode.Scalar? {
            doc.tokens[k].kind == .punctuation ? doc.folded[doc.tokens[k].span.start] : nil
        }
        func boundary(_ k: Int) -> Bool {
            guard let m = mark(k) else { return false }
            return [",", ";", ":", "\""].contains(m)
        }
        // A parenthesis glosses what precedes it ("tới Bangkok (Thái Lan) … vào ngày mai (4/4) và
        // có thể gặp …"): the clause runs through it, unless the trigger is inside it.
        var a = i
        while a > sentence.lowerBound, !boundary(a - 1) {
            if mark(a - 1) == "(" { break }
            if mark(a - 1) == ")", let open = (sentence.lowerBound..<(a - 1)).last(where: { mark($0) == "(" }) {
                a = open
                continue
            }
            a -= 1
        }
        var b = i
        while b < sentence.upperBound, !boundary(b) {
            if mark(b) == ")" { break }
            if mark(b) == "(", let close = ((b + 1)..<sentence.upperBound).first(where: { mark($0) == ")" }) {
                b = close + 1
                continue
            }
            b += 1
        }
        return a..<b
    }

    /// The first token of `range` starting at or after `offset` (binary search).
    private func tokenIndex(_ doc: Document, at offset: Int, in range: Range<Int>) -> Int? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound ? lo : nil
    }

    /// Source and target actors of a trigger.
    /// Source and target pairs of a trigger: one pair, or one per coordinated participant
    /// ("hội kiến A và B", "Mỹ và Anh không kích Houthi").
    private func participants(_ doc: Document, _ keys: [UInt64], _ mentions: [Mention], _ actors: [Actor], clause: Range<Int>, sentence: Range<Int>, trigger: Range<Int>, code: String) -> [(Int, Int?)] {
        guard let (source, target) = arguments(doc, keys, mentions, actors, clause: clause, sentence: sentence, trigger: trigger, code: code) else { return [] }
        var pairs = [(source, target)]
        let end = doc.tokens[trigger.upperBound - 1].span.end
        let clauseEnd = clause.upperBound > clause.lowerBound ? doc.tokens[clause.upperBound - 1].span.end : end
        func joined(_ a: Mention, _ b: Mention) -> Bool {
            a.span.end < b.span.start && doc.foldedText(Span(a.span.end, b.span.start)).trimmingWhitespace() == "va"
        }
        // More objects joined by "và" after the first.
        if let t = target, let first = mentions.first(where: { $0.actor == t && $0.span.start >= end && $0.span.end <= clauseEnd }) {
            var last = first
            for m in mentions where m.span.start > last.span.end && m.span.end <= clauseEnd {
                guard joined(last, m), m.actor != source else { break }
                pairs.append((source, m.actor))
                last = m
            }
        }
        // For one-sided events, every subject of "A và B" acts on the target.
        if target != nil, !Self.isSymmetric(code),
           let src = mentions.last(where: { $0.actor == source && $0.span.end <= doc.tokens[trigger.lowerBound].span.start }),
           let other = mentions.last(where: { $0.span.end <= src.span.start }), joined(other, src) || joined(src, other) {
            pairs.append((other.actor, target))
        }
        return pairs
    }

    private func arguments(_ doc: Document, _ keys: [UInt64], _ mentions: [Mention], _ actors: [Actor], clause: Range<Int>, sentence: Range<Int>, trigger: Range<Int>, code: String) -> (Int, Int?)? {
        let isNoun = lexicon.nounHeads.contains { h in trigger.lowerBound + h.count <= trigger.upperBound && (0..<h.count).allSatisfy { keys[trigger.lowerBound + $0] == h[$0] } }
        let symmetric = Self.isSymmetric(code)
        let start = doc.tokens[trigger.lowerBound].span.start, end = doc.tokens[trigger.upperBound - 1].span.end
        let clauseStart = doc.tokens[clause.lowerBound].span.start
        let clauseEnd = clause.upperBound > clause.lowerBound ? doc.tokens[clause.upperBound - 1].span.end : end
        let sentenceStart = doc.tokens[sentence.lowerBound].span.start
        func between(_ a: Int, _ b: Int) -> String {
            a < b ? doc.foldedText(Span(a, b)).trimmingWhitespace() : ""
        }
        // A mention after "tại"/"ở" is the event's place, not a participant.
        // So is a country glossing a place in brackets ("tại Busan (Hàn Quốc)", "tới Bangkok
        // (Thái Lan)"): a capitalized word that is no actor, then the bracket.
        func isPlace(_ m: Mention) -> Bool {
            let k = tokenIndex(doc, at: m.span.start, in: sentence) ?? sentence.lowerBound
            if k > sentence.lowerBound, Self.locatives.contains(keys[k - 1]) { return true }
            guard k >= sentence.lowerBound + 2, doc.tokens[k - 1].kind == .punctuation, doc.folded[doc.tokens[k - 1].span.start] == "(" else { return false }
            let before = doc.tokens[k - 2]
            return before.isCapitalized && actors[m.actor].kind == .country && !mentions.contains { $0.span.contains(before.span) }
        }
        // Nor is a body that names a gathering ("dự hội nghị thượng đỉnh BIMSTEC", "diễn đàn APEC").
        func namesGathering(_ m: Mention) -> Bool {
            guard actors[m.actor].kind == .organization, let k = tokenIndex(doc, at: m.span.start, in: sentence), k >= sentence.lowerBound + 2 else { return false }
            return Self.gatherings.contains { $0[0] == keys[k - 2] && $0[1] == keys[k - 1] }
        }
        let before = mentions.filter { $0.span.end <= start && $0.span.start >= sentenceStart && !isPlace($0) && !namesGathering($0) }
        let inClauseBefore = before.filter { $0.span.start >= clauseStart }
        // A meeting's partner is not "của X" ("phiên họp của Đại hội đồng Liên hợp quốc").
        func possessed(_ m: Mention) -> Bool {
            let k = tokenIndex(doc, at: m.span.start, in: sentence) ?? sentence.lowerBound
            return k > sentence.lowerBound && keys[k - 1] == Self.của
        }
        // "và" before a verb phrase, not before a name ("thăm Kiev … và có thể gặp Tổng thống
        // Zelensky"): the objects of the first verb end there.
        func coordinatesVerb(_ k: Int) -> Bool {
            guard keys[k] == Self.và, k + 1 < clause.upperBound else { return false }
            // A preverbal word or another trigger follows, not a noun ("tên lửa và máy bay").
            return Self.preverbal.contains(keys[k + 1])
                || EventLexicon.longest(lexicon.triggers, \.words, keys: keys, at: k + 1, limit: clause.upperBound).map { $0.0.code != "-" } == true
        }
        // Objects end where a subordinate clause begins ("… kể từ khi xung đột Ukraine bùng phát").
        var objectEnd = clauseEnd
        if let k = (trigger.upperBound..<max(clause.upperBound, trigger.upperBound)).first(where: {
            Self.subordinators.contains(keys[$0]) || Self.reportingVerb(keys, at: $0, limit: clause.upperBound) != nil
                || ($0 + 1 < clause.upperBound && keys[$0] == Self.cho && keys[$0 + 1] == Self.thấy)
                || coordinatesVerb($0)
        }) {
            // … or a reported clause ("dữ liệu do Bộ Quốc phòng cung cấp cho thấy Israel …").
            objectEnd = doc.tokens[k].span.start
        }
        // "hội nghị thượng đỉnh BRICS": an organization right after a summit names it.
        let summit = (trigger.lowerBound..<max(trigger.lowerBound, trigger.upperBound - 1)).contains { k in
            Self.gatherings.contains { $0[0] == keys[k] && $0[1] == keys[k + 1] }
        }
        func namesSummit(_ m: Mention) -> Bool { summit && m.span.start - end <= 1 && actors[m.actor].kind == .organization }

        let after = mentions.filter { $0.span.start >= end && $0.span.end <= objectEnd && !isPlace($0) && !(symmetric && possessed($0)) && !namesSummit($0) }
        // A subject separated from the trigger by a reporting verb reports the event, it does
        // not take part ("Bộ Ngoại giao Mỹ cũng xác nhận cuộc điện đàm …").
        // But a verb after a reporting verb with no subject of its own is the reporter's own
        // act ("quân đội Nga tuyên bố tiếp tục tiến công", "Mỹ thông báo sẽ trừng phạt"), unless
        // it is a noun ("xác nhận cuộc điện đàm").
        func reports(_ m: Mention) -> Bool {
            guard let a = tokenIndex(doc, at: m.span.end, in: sentence), a < trigger.lowerBound,
                  let verb = (a..<trigger.lowerBound).first(where: { Self.reportingVerb(keys, at: $0, limit: trigger.lowerBound) != nil }) else { return false }
            guard let verbEnd = Self.reportingVerb(keys, at: verb, limit: trigger.lowerBound) else { return true }
            // Only preverbal words between ("tuyên bố sẽ tiếp tục tiến công"), and no "của"
            // after ("cho rằng viện trợ của Mỹ" is a noun).
            // "rằng" opens a clause with a subject of its own; a noun trigger is no verb.
            let ownAct = (verbEnd..<trigger.lowerBound).allSatisfy { Self.preverbal.contains(keys[$0]) }
                && keys[verbEnd - 1] != Self.rằng && !isNoun
                && !(trigger.upperBound < sentence.upperBound && keys[trigger.upperBound] == Self.của)
            return !ownAct
        }
        // Passive: "Y bị X tấn công".
        if let agent = inClauseBefore.last, let patient = inClauseBefore.dropLast().last,
           between(patient.span.end, agent.span.start) == "bi" {
            return (agent.actor, patient.actor)
        }
        // "giữa A và B" after the trigger.
        if let a = after.first, between(end, a.span.start).hasSuffix("giua"), let b = after.dropFirst().first,
           between(a.span.end, b.span.start) == "va" {
            return (a.actor, b.actor)
        }
        var source: Mention? = nil
        var target: Mention?
        // The subject: the actor before the trigger in its clause, else in the sentence; of
        // "A và B …", A (and B the target when nothing follows).
        var coordinated = false
        // A clause with no subject of its own shares the sentence's ("Putin tới Hà Nội …, bắt
        // đầu chuyến thăm …, ngay sau chuyến thăm Triều Tiên").
        // "sau cuộc điện đàm với X, ông Trump …": the frame's subject is the main clause's.
        func framed(_ k: Int) -> Bool {
            let at = k > sentence.lowerBound && keys[k - 1] == Self.cuộc ? k - 1 : k
            return at > sentence.lowerBound && Self.frames.contains(keys[at - 1])
        }
        func clauseInitial(_ m: Mention) -> Bool {
            guard let k = tokenIndex(doc, at: m.span.start, in: sentence) else { return false }
            return k == sentence.lowerBound || doc.tokens[k - 1].kind == .punctuation
        }
        if inClauseBefore.isEmpty, clause.lowerBound > sentence.lowerBound, !framed(trigger.lowerBound),
           let subject = before.first(where: clauseInitial) ?? before.first, !reports(subject) {
            source = subject
        } else if inClauseBefore.isEmpty, trigger.lowerBound == clause.lowerBound || framed(trigger.lowerBound),
                  clause.lowerBound == sentence.lowerBound || framed(trigger.lowerBound),
                  let main = mentions.first(where: { $0.span.start >= clauseEnd && $0.span.start <= clauseEnd + 3 && $0.span.end <= doc.tokens[sentence.upperBound - 1].span.end }) {
            // "Tiếp ông Modi tại Điện Kremlin hôm 9/7, Tổng thống Nga Vladimir Putin …": the
            // fronted clause's subject is the main clause's.
            source = main
        } else if inClauseBefore.isEmpty, framed(trigger.lowerBound), let subject = before.first(where: clauseInitial) {
            // "Putin tới Hà Nội …, ngay sau chuyến thăm Triều Tiên": a trailing frame shares
            // the sentence's subject.
            source = subject
        } else if let purpose = (clause.lowerBound..<trigger.lowerBound).last(where: { Self.purposes.contains(keys[$0]) }),
                  let subject = (inClauseBefore.isEmpty ? before : inClauseBefore).last(where: { m in
                      m.span.end <= doc.tokens[purpose].span.start && !Self.obliques.contains(keys[max((tokenIndex(doc, at: m.span.start, in: sentence) ?? 1) - 1, 0)])
                  }), !inClauseBefore.contains(where: { tokenIndex(doc, at: $0.span.start, in: sentence) == purpose + 1 }) {
            // "X điện đàm với Y để cảm ơn Z": a purpose clause shares its governing verb's
            // subject, not that verb's object, unless it names its own right after "để".
            source = subject
        } else if let last = inClauseBefore.last ?? before.last {
            if symmetric, let previous = (inClauseBefore.isEmpty ? before : inClauseBefore).dropLast().last,
               between(previous.span.end, last.span.start) == "va" {
                // "A và B đã có cuộc gặp": the two sides.
                source = previous
                target = last
                coordinated = true
            } else {
                source = last
            }
        }
        if let s = source, reports(s) {
            source = nil
            coordinated = false
            target = nil
        }
        // The object: after "với" first, else the first actor after the trigger.
        if let partner = after.first(where: { between(end, $0.span.start).hasSuffix("voi") && $0.actor != source?.actor }) {
            target = partner
        } else if !coordinated, let object = after.first(where: { $0.actor != source?.actor }) {
            target = object
        }
        // A noun event with no subject before it names its agent with "của" ("chuyến thăm của
        // Tổng thống Zelensky tới Ả rập Xê út", "đoàn cứu hộ của Bộ Quốc phòng"): the agent is
        // the source, the next actor the target.
        if source == nil, let agent = mentions.first(where: { $0.span.start >= end && $0.span.end <= objectEnd && !isPlace($0) }),
           possessed(agent), agent.span.start - end <= 6 {
            source = agent
            // Not a co-agent ("của Bộ Công an và Bộ Quốc phòng").
            var last = agent
            target = after.first { m in
                guard m.actor != agent.actor, m.span.start > agent.span.end else { return false }
                if between(last.span.end, m.span.start) == "va" { last = m; return false }
                return true
            }
        }
        guard let s = source ?? (target == nil ? nil : after.first) else { return nil }
        var t = target?.actor == s.actor ? nil : target?.actor
        // "thăm Kiev": a visit to a capital, named as a place, visits its country.
        if t == nil, code == "042", let country = ActorTagger.standard.capitalCountry(doc, at: trigger.upperBound, limit: clause.upperBound),
           let c = actors.firstIndex(where: { $0.kind == .country && $0.country == country }), actors[s.actor].country != country {
            t = c
        }
        // Aid goes where it is sent: "Đoàn cứu hộ của Bộ Quốc phòng Việt Nam … tại tỉnh Hatay,
        // miền Nam Thổ Nhĩ Kỳ", "cử lực lượng cứu hộ tới Myanmar": a country named after the
        // trigger in its sentence, not the giver's own.
        if t == nil, code.hasPrefix("07") {
            let sentenceEnd = doc.tokens[sentence.upperBound - 1].span.end
            t = mentions.first(where: { m in
                m.span.start >= end && m.span.end <= sentenceEnd && actors[m.actor].kind == .country
                    && m.actor != s.actor && actors[m.actor].country != actors[s.actor].country
            })?.actor
        }
        // A person or body does not act on its own country: "Ngoại trưởng Mỹ cảnh báo Washington
        // sẽ áp đặt trừng phạt" names who will act, not whom he warns.
        if let o = t, actors[s.actor].kind != .country, actors[o].kind == .country, actors[o].country == actors[s.actor].country { t = nil }
        return (s.actor, t)
    }

    static let của = WordKey.lowered("của"), kể = WordKey.lowered("kể"), từ = WordKey.lowered("từ")
    /// Words before a noun trigger that make it a time frame for something else, so a mention
    /// of an event already coded: "trong cuộc điện đàm, …", "sau cuộc gặp".
    static let frames: Set<UInt64> = Set(["trong", "sau", "trước", "giữa"].map(WordKey.lowered))
    static let cuộc = WordKey.lowered("cuộc"), trong = WordKey.lowered("trong")
    static let subordinators: Set<UInt64> = Set(["kể", "khi", "để", "vì", "nhưng", "song", "sau", "trước"].map(WordKey.lowered))
    /// "hai nhà lãnh đạo", "hai bên", "hai ngoại trưởng": the two sides of the latest meeting.
    static let pairWords: [[UInt64]] = ["hai nhà lãnh đạo", "hai bên", "hai ông", "hai nước", "hai phía", "hai ngoại trưởng",
                                        "hai tổng thống", "hai thủ tướng", "hai phái đoàn", "hai đoàn"].map(EventLexicon.keys)
    /// Nouns of gatherings that a body's name can follow: the body names the gathering.
    static let gatherings: [[UInt64]] = ["thượng đỉnh", "hội nghị", "diễn đàn"].map(EventLexicon.keys)
    static let giữa = WordKey.lowered("giữa"), rằng = WordKey.lowered("rằng")
    static let cho = WordKey.lowered("cho"), thấy = WordKey.lowered("thấy"), mà = WordKey.lowered("mà"), và = WordKey.lowered("và")
    /// Reciprocal fighting: both sides act on each other.
    static let reciprocals: [[UInt64]] = ["giao tranh", "đụng độ", "xung đột vũ trang"].map(EventLexicon.keys)
    static let contrasts: Set<UInt64> = Set(["nhưng", "song", "tuy"].map(WordKey.lowered))
    /// Words that show a verb has no object after it: a conjunction or a new clause.
    static let objectless: Set<UInt64> = Set(["và", "nhưng", "song", "rằng", "trong", "khi"].map(WordKey.lowered))
    /// Classifiers and determiners that make the word after them a noun: "cuộc", "chuyến",
    /// "vụ", "các", "những", "lệnh", "gói", "đợt", "việc", "lời".
    static let nominalizers: Set<UInt64> = Set(["cuộc", "chuyến", "vụ", "các", "những", "lệnh", "gói", "đợt", "việc", "lời", "một", "bản"].map(WordKey.lowered))
    /// Words that stand between a subject and its verb: tense, aspect, modality, negation.
    static let preverbal: Set<UInt64> = Set(["sẽ", "đã", "đang", "vừa", "sắp", "tiếp", "tục", "không", "chưa", "có", "thể", "sẵn", "sàng",
                                             "cũng", "vẫn", "còn", "quyết", "định", "muốn", "dự", "kiến", "chuẩn", "bị", "phải", "cần"].map(WordKey.lowered))
    static let leaderPair = EventLexicon.keys("hai nhà lãnh đạo"), ministerPair = EventLexicon.keys("hai ngoại trưởng")
    static let presidentPair = EventLexicon.keys("hai tổng thống"), premierPair = EventLexicon.keys("hai thủ tướng")
    static let countryPairWords: [[UInt64]] = ["hai nước", "hai quốc gia"].map(EventLexicon.keys)
    static let locatives: Set<UInt64> = Set(["tại", "ở"].map(WordKey.lowered))
    /// Words that open a purpose clause, whose subject is its governing verb's.
    static let purposes: Set<UInt64> = Set(["để", "nhằm"].map(WordKey.lowered))
    /// Prepositions that make the actor after them an object or a complement, never a subject.
    static let obliques: Set<UInt64> = Set(["với", "cho", "của", "tại", "ở", "từ", "về"].map(WordKey.lowered))
    /// Verbs that open a reported clause ("cho biết", "xác nhận", "rằng").
    static let reportingVerbs = EventLexicon.standard.reportingVerbs

    /// The end of a reporting verb starting at token `k`, if one does.
    static func reportingVerb(_ keys: [UInt64], at k: Int, limit: Int) -> Int? {
        for verb in reportingVerbs where k + verb.count <= limit && (0..<verb.count).allSatisfy({ keys[k + $0] == verb[$0] }) {
            return k + verb.count
        }
        return nil
    }

    /// Whether the trigger at `i` is a noun: after a classifier ("cuộc", "chuyến") or one of
    /// the noun heads of triggers.tsv.
    private func isNounTrigger(_ keys: [UInt64], at i: Int, sentence: Range<Int>) -> Bool {
        (i > sentence.lowerBound && Self.nominalizers.contains(keys[i - 1]))
            || lexicon.nounHeads.contains { h in i + h.count <= keys.count && (0..<h.count).allSatisfy { keys[i + $0] == h[$0] } }
    }

    /// Cues after a noun trigger in its clause: cancellation ("bị hủy", "hủy bỏ") negates it, a
    /// plan ("dự kiến", "sẽ diễn ra") or a possibility ("có thể") qualifies it.
    private func laterModality(_ keys: [UInt64], from k: Int, clause: Range<Int>) -> Event.Modality? {
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
    private func modality(_ keys: [UInt64], clause: Range<Int>, trigger: Int) -> Event.Modality {
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

    private func nearestTimex(_ timexes: [Timex], to span: Span) -> Timex? {
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
    private func location(_ doc: Document, _ keys: [UInt64], after end: Int, limit: Int) -> String? {
        let at = [WordKey.lowered("tại"), WordKey.lowered("ở")]
        var k = end
        while k < limit, doc.tokens[k].kind != .punctuation || doc.folded[doc.tokens[k].span.start] != "," {
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
