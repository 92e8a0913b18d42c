import Actors
import Temporal
import VietText

/// Codes the events of an article in CAMEO, with source and target actors, the event's own
/// date, place and modality, one event per real-world event however often it is mentioned.
///
/// For each trigger (`Resources/triggers.tsv`) in a sentence: the source is the actor before
/// it in its clause (the first of "A và B"), the target the actor after it, after "với", or the
/// second of "giữa A và B"; "bị" makes it passive. The date is the nearest date of the sentence,
/// else for an asserted event the day the latest sentence-opening date set, else the article's. Modality cues
/// (`Resources/modality.tsv`) in the clause before the trigger decide planned, possible,
/// negated or reported past; a dated event five or more days before the article is background, reported past.
public final class EventTagger: Sendable {
    let lexicon: EventLexicon
    /// Whether events carry their explanation (the trigger row and argument rules).
    let explain: Bool

    public static let standard = EventTagger()

    /// `explain`: fill each event's `explanation`.
    public init(explain: Bool = false) {
        lexicon = .standard
        self.explain = explain
    }

    /// The tables a user lexicon (`--lexicon DIR`) can extend.
    public static let extensibleTables = ["triggers.tsv", "modality.tsv"]

    /// The compiled triggers and modality cues extended with the rows of `user`; throws on the
    /// first bad row (an unknown kind of code, a frame that is not "-" or "PREP X", a modality
    /// that is none of FORMAT.md's), naming its file and line.
    public convenience init(lexicon user: UserLexicon, explain: Bool = false) throws(LexiconError) {
        let empty = DataTable(name: "", text: "")
        let triggers = try user.extend(EventResources.table("triggers.tsv") ?? empty) { row, _ in
            let code = row[1]
            guard ["-", "noun", "reciprocal"].contains(code) || (code.count >= 2 && code.count <= 4 && code.allSatisfy(\.isNumber)) else {
                return "the code must be a CAMEO code (2 to 4 digits), '-', 'noun' or 'reciprocal'"
            }
            let frame = row[2].split(separator: " ")
            guard row[2].isEmpty || row[2] == "-" || (frame.count > 1 && frame.last == "X") else { return "the frame must be empty, '-' or 'PREP X'" }
            return nil
        }
        let cues = try user.extend(EventResources.table("modality.tsv") ?? empty) { row, _ in
            Event.Modality(rawValue: row[1]) == nil ? "the modality must be planned, possible, negated or reported_past" : nil
        }
        self.init(lexicon: EventLexicon(triggers: triggers, cues: cues, speechVerbs: EventResources.table("speech-verbs.tsv")), explain: explain)
    }

    /// A tagger over another lexicon (tests take rows out of the standard one).
    init(lexicon: EventLexicon, explain: Bool = false) {
        self.lexicon = lexicon
        self.explain = explain
    }

    /// An actor's mention by scalar span, the outermost when mentions nest.
    public struct Mention: Sendable {
        public let span: Span
        public let actor: Int
    }

    /// The widest clause the grammar reads around a trigger, in tokens each way: a clause runs
    /// between punctuation, and text without any (a crawler's run-on line) must not make every
    /// trigger read the whole of it.
    static let clauseReach = 60

    public func tag(_ doc: Document, timexes: [Timex], actors: [Actor]) -> [Event] {
        tag(doc, timexes: timexes, actors: actors, mentions: Self.outermost(actors))
    }

    /// The same, with the actors' outermost mentions already computed (`outermost`), which the
    /// quote tagger shares.
    public func tag(_ doc: Document, timexes: [Timex], actors: [Actor], mentions: [Mention]) -> [Event] {
        let doc = doc.chunksKnowNames ? doc : doc.withNames(Self.names(doc, mentions))
        let keys = doc.tokenKeys
        var events: [Event] = []
        // The day a sentence-opening date set the scene to: it holds across paragraphs until the
        // next such date, as a report goes on telling one scene ("Tại Santiago, sáng 12/11, …" then
        // a paragraph on what was said there).
        var contextDay: String?
        var leadDay: String?     // the day of the article's first asserted event
        let allMentions = mentions
        var index: [String: [Int]] = [:]  // events by code root and sides, for merging
        var lastRejection: Int?  // where the latest rejection or cut (12x, 16x) ended
        var lastObject: Int?     // where the latest trigger that was such an act's object ended
        for sentence in doc.sentences {
            let range = sentence.tokens
            // "kể từ năm 2017", "trước năm 2030" bound a period; they do not date the event.
            let sentenceTimexes = Self.within(sentence.span, timexes, \.span).filter { t in
                guard t.type == .date || t.type == .time else { return false }
                guard let k = doc.tokenIndex(atOrAfter: t.span.start, in: range) else { return true }
                return !Self.timeBounds.contains { w in k - w.count >= range.lowerBound && (0..<w.count).allSatisfy { keys[k - w.count + $0] == w[$0] } }
            }
            let mentions = Self.within(sentence.span, allMentions, \.span)
            var i = range.lowerBound
            while i < range.upperBound {
                guard let (trigger, end) = EventLexicon.longest(lexicon.triggers, \.words, keys: keys, at: i, limit: range.upperBound) else {
                    i += 1
                    continue
                }
                defer { i = end }
                if trigger.code == "-" { continue }
                let span = Span(doc.tokens[i].span.start, doc.tokens[end - 1].span.end)
                if Self.overlapsAny(span, mentions, \.span) || Self.overlapsAny(span, timexes, \.span) { continue }
                // A capitalized trigger inside a sentence that runs on into capitalized words is
                // part of a name ("chương trình Hỗ trợ Phát triển Chính thức (ODA)"), not an event.
                if i > range.lowerBound, doc.tokens[i].isCapitalized, doc.tokens[i - 1].kind == .word,
                   end < range.upperBound, doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized { continue }
                // What a rejection or a cut is aimed at ("đình chỉ toàn bộ viện trợ", "bác bỏ mọi
                // lời kêu gọi") is no event of its own.
                defer { if ["12", "16"].contains(String(trigger.code.prefix(2))) { lastRejection = end } }
                if let r = lastRejection, r <= i, i - r <= 2, (r..<i).allSatisfy({ Self.quantifiers.contains(keys[$0]) || Self.nominalizers.contains(keys[$0]) }) {
                    lastObject = end
                    continue
                }
                // … and so is the next object joined to it by "và" ("đình chỉ viện trợ phát triển và
                // hỗ trợ ngân sách"): up to two words of the first object, then "và".
                if let o = lastObject, o <= i, i - o <= 3, i > o, keys[i - 1] == Self.và,
                   (o..<(i - 1)).allSatisfy({ doc.tokens[$0].kind == .word && !Self.preverbal.contains(keys[$0]) }) {
                    lastObject = end
                    continue
                }
                let clause = clauseRange(doc, range, around: i)
                // What lies within reach of the trigger: the whole sentence but in run-on text.
                let reach = max(range.lowerBound, i - 2 * Self.clauseReach)..<min(range.upperBound, end + 2 * Self.clauseReach)
                let reachSpan = Span(doc.tokens[reach.lowerBound].span.start, doc.tokens[reach.upperBound - 1].span.end)
                let nearTimexes = reach == range ? sentenceTimexes : Self.within(reachSpan, sentenceTimexes, \.span)
                var modality = self.modality(keys, clause: clause, trigger: i)
                // A noun names an event whose fate may follow it: "cuộc gặp dự kiến diễn ra …
                // đã bị hủy", "chuyến thăm sẽ diễn ra".
                if modality == .asserted, isNounTrigger(keys, at: i, sentence: range), let after = laterModality(keys, from: end, clause: clause) {
                    modality = after
                }
                if modality == .asserted, self.modality(keys, clause: max(range.lowerBound, clause.lowerBound - Self.clauseReach)..<clause.lowerBound, trigger: clause.lowerBound) == .reportedPast {
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
                var inClause = nearTimexes.filter { scope.contains($0.span) }
                // "X hôm nay cho biết Y đã nổ súng … trong đêm 24/4": a date of the reported clause
                // dates the event; the one before the reporting verb dates the report.
                if dated, let verb = (clause.lowerBound..<i).last(where: { Self.reportingVerb(keys, at: $0, limit: i) != nil }),
                   let verbEnd = Self.reportingVerb(keys, at: verb, limit: i) {
                    let reported = inClause.filter { $0.span.start >= doc.tokens[min(verbEnd, doc.tokens.count - 1)].span.start }
                    if !reported.isEmpty, reported.count < inClause.count { inClause = reported }
                }
                // A date fronted before the sentence's first comma frames the whole sentence
                // ("Chiều cùng ngày, ông Putin dự kiến gặp …").
                if inClause.isEmpty, scope == clauseSpan, let opening = sentenceTimexes.first, opening.span.start - sentence.span.start < 30,
                   opening.span.end < doc.scalars.count, doc.scalars[opening.span.end] == "," {
                    inClause = [opening]
                }
                let candidates = !inClause.isEmpty || !dated ? inClause : nearTimexes
                var ownDate = nearestTimex(candidates, to: span).map { Self.dayPrecision($0.value) }
                // A week or month that the sentence then narrows to a day ("trong tuần này, có
                // thể sớm nhất là vào ngày 23/10"): the day.
                if let coarse = ownDate, CivilDate(iso: coarse) == nil,
                   let day = nearTimexes.first(where: { t in t.span.start > span.end && t.day.map { Self.lies($0, in: coarse) } == true })?.day {
                    ownDate = day.description
                }
                let mention = Event.Mention(trigger: span, sentence: sentence.span, modality: modality)
                // "trong cuộc điện đàm": a further mention of a coded event.
                let frameAt = i > range.lowerBound && keys[i - 1] == Self.cuộc ? i - 1 : i
                let framed = frameAt > range.lowerBound && Self.frames.contains(keys[frameAt - 1])
                let near = reach == range ? mentions : Self.within(reachSpan, mentions, \.span)
                var why: [String] = []
                var pairs = participants(doc, keys, near, actors, clause: clause, sentence: range, trigger: i..<end, code: trigger.code, frame: trigger.frame,
                                         all: allMentions, why: &why)
                // A rejection with no actor as its object ("Tel Aviv bác bỏ và cho rằng …",
                // "Moscow bác bỏ cáo buộc này") answers the latest criticism, accusation, threat,
                // sanction or coercion aimed at its subject.
                if trigger.code.hasPrefix("12") {
                    pairs = pairs.map { pair in
                        let rejecter = actors[pair.0]
                        func aimed(_ e: Event) -> Bool {
                            e.target.map { Self.answers(rejecter, for: $0, actors) } == true && e.source != rejecter.name
                        }
                        // "bác bỏ cáo buộc" answers the latest accusation, before any other act.
                        let accusation = trigger.text.contains("cáo buộc") ? events.last(where: { $0.code.hasPrefix("112") && aimed($0) }) : nil
                        guard pair.1 == nil, let accuser = (accusation ?? events.last(where: { e in
                            ["10", "11", "13", "16", "17"].contains(String(e.code.prefix(2))) && aimed(e)
                        }))?.source,
                              let a = actors.firstIndex(where: { $0.name == accuser }) else { return pair }
                        if explain { why.append("rejection-answers-accuser") }
                        return (pair.0, a)
                    }
                }
                // A threat's target is who the threatened consequence falls on, named in the
                // clause it announces ("cảnh báo sự kiên nhẫn … có giới hạn và Israel “sẽ phải
                // trả giá”"): the first other, foreign actor after the trigger in its sentence.
                if trigger.code.hasPrefix("13"), pairs.contains(where: { $0.1 == nil }) {
                    pairs = pairs.map { pair in
                        guard pair.1 == nil, let m = mentions.first(where: { m in
                            m.span.start >= span.end && m.actor != pair.0 && actors[m.actor].country != actors[pair.0].country
                                && doc.tokenIndex(atOrAfter: m.span.start).map { $0 - end < 40 } == true
                        }) else { return pair }
                        if explain { why.append("threat-falls-on") }
                        return (pair.0, m.actor)
                    }
                }
                // "kêu gọi hai nước kiềm chế": a one-sided act aimed at "hai nước", "hai bên" is
                // aimed at each side of the latest two-sided event (both countries for "hai nước").
                if !Self.isSymmetric(trigger.code), pairs.count == 1, pairs[0].1 == nil, end < range.upperBound,
                   let words = Self.pairWords(keys, at: end, limit: range.upperBound) ?? Self.pairAfterGiữa(keys, from: end, limit: clause.upperBound) {
                    let countries = Self.countryPairWords.contains(words)
                    if let latest = events.last(where: { e in
                        guard let s = actors.first(where: { $0.name == e.source }), let t = actors.first(where: { $0.name == e.target }) else { return false }
                        return !countries || (s.kind == .country && t.kind == .country)
                    }), let a = actors.firstIndex(where: { $0.name == latest.source }), let b = actors.firstIndex(where: { $0.name == latest.target }) {
                        let source = pairs[0].0
                        // One of the two sides proposing to "hai bên" speaks for both: no target.
                        let isSide = [a, b].contains { $0 == source || Self.answers(actors[source], for: actors[$0].name, actors) }
                        pairs = isSide ? pairs : [a, b].map { (source, $0) }
                        if explain, !isSide { why.append("aimed-at-both-sides") }
                    }
                }
                // A phrase that names a whole event ("dọa đình công") needs no target.
                pairs = pairs.filter { $0.1 != nil || !Self.needsTarget(trigger.code) || trigger.frame == .complete }
                // A framed event without a partner of its own is one already told; with one
                // ("ngay sau chuyến thăm Triều Tiên") it is an earlier event of its own.
                if framed {
                    if pairs.allSatisfy({ $0.1 == nil }), Self.corefer(trigger.code, mention, date: ownDate, in: &events) { continue }
                    if modality == .asserted, keys[frameAt - 1] != Self.trong { modality = .reportedPast }
                }
                // "Hai nhà lãnh đạo đã chứng kiến lễ ký", "cuộc gặp giữa hai nhà lãnh đạo": the
                // sides of the latest meeting.
                let reciprocal = lexicon.reciprocals.contains { w in i + w.count <= end && (0..<w.count).allSatisfy { keys[i + $0] == w[$0] } }
                if Self.isSymmetric(trigger.code) || reciprocal,
                   let pair = pairReference(keys, actors, events, clause: clause, sentence: range, trigger: i..<end, alreadyPaired: !pairs.isEmpty) {
                    if explain { why.append("pair-reference") }
                    pairs = [pair]
                }
                // "Thái Lan và Campuchia giao tranh": each side fights the other.
                if reciprocal, pairs.count == 1, let (a, b) = pairs.first, let b {
                    if explain { why.append("reciprocal") }
                    pairs.append((b, a))
                }
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
                if modality == .asserted, let d = date, Self.ends(d, before: doc.date.adding(days: -4)) {
                    modality = .reportedPast
                }
                var code = trigger.code
                if code.hasPrefix("04"), [.planned, .possible, .negated].contains(modality) { code = "036" }
                // A trigger that names an intended meeting ("dự kiến gặp", "lời mời") carries its
                // own modality: wanted, not held.
                if code == "036", modality == .asserted { modality = .planned }
                for (source, target) in pairs {
                    let event = Event(
                        code: code, source: actors[source].name, target: target.map { actors[$0].name }, date: date,
                        location: location(doc, keys, after: end, limit: range.upperBound), modality: modality,
                        trigger: doc.text(span),
                        mentions: [Event.Mention(trigger: span, sentence: sentence.span, modality: modality)],
                        explanation: explain ? ["trigger \"\(trigger.text)\" \(trigger.code) (triggers.tsv)"] + why + ["modality \(modality.rawValue)"] : []
                    )
                    Self.merge(event, into: &events, index: &index)
                }
                // The lead is the first event the article dates itself (a photo caption before the
                // lead paragraph dates nothing).
                if leadDay == nil, modality == .asserted, let d = ownDate, d.count == 10, CivilDate(iso: d) != nil { leadDay = d }
            }
            // A date that opens its sentence sets the scene for what follows.
            if let opening = sentenceTimexes.first(where: { $0.day != nil && $0.span.start - sentence.span.start < 40 }), let day = opening.day {
                contextDay = day.description
            }
        }
        return events
    }

    /// The elements of `items` (sorted by start) that lie inside `span`, found by binary search.
    static func within<T>(_ span: Span, _ items: [T], _ key: (T) -> Span) -> [T] {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(items[mid]).start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var result: [T] = []
        var k = lo
        while k < items.count, key(items[k]).start < span.end {
            if key(items[k]).end <= span.end { result.append(items[k]) }
            k += 1
        }
        return result
    }

    /// Whether a span overlaps one of `items`, which are sorted and do not overlap each other.
    static func overlapsAny<T>(_ span: Span, _ items: [T], _ key: (T) -> Span) -> Bool {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(items[mid]).start < span.start { lo = mid + 1 } else { hi = mid }
        }
        return (lo < items.count && key(items[lo]).overlaps(span)) || (lo > 0 && key(items[lo - 1]).overlaps(span))
    }

    /// The pair words ("hai bên", "hai nước") at token `k`, if any.
    static func pairWords(_ keys: [UInt64], at k: Int, limit: Int) -> [UInt64]? {
        pairWords.first { w in k + w.count <= limit && (0..<w.count).allSatisfy { keys[k + $0] == w[$0] } }
    }

    /// "kêu gọi chấm dứt leo thang giữa hai bên": pair words after "giữa" later in the clause.
    static func pairAfterGiữa(_ keys: [UInt64], from start: Int, limit: Int) -> [UInt64]? {
        var k = start + 1
        while k < limit {
            if keys[k - 1] == giữa, let words = pairWords(keys, at: k, limit: limit) { return words }
            k += 1
        }
        return nil
    }

    /// Whether `actor` answers for what was aimed at `target`: the same actor, or one side is a
    /// country and the other belongs to it ("Bộ Quốc phòng Nga" answers an accusation against "Nga").
    static func answers(_ actor: Actor, for target: String, _ actors: [Actor]) -> Bool {
        if actor.name == target { return true }
        guard let t = actors.first(where: { $0.name == target }), let country = t.country, country == actor.country else { return false }
        return t.kind == .country || actor.kind == .country
    }

    /// Meetings, calls and agreements have two sides but no direction (FORMAT.md).
    static func isSymmetric(_ code: String) -> Bool {
        code.hasPrefix("04") || code.hasPrefix("036") || code.hasPrefix("057")
    }

    /// Meetings, calls, agreements, praise and criticism need someone on the other side.
    static func needsTarget(_ code: String) -> Bool {
        ["04", "03", "05", "07", "11", "12", "13", "14", "16", "18", "19"].contains { code.hasPrefix($0) }
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
    static func merge(_ event: Event, into events: inout [Event], index: inout [String: [Int]]) {
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
        func key(_ a: String?, _ b: String?) -> String { "\(event.code.prefix(2))|\(a ?? "")|\(b ?? "")" }
        let candidates = (index[key(event.source, event.target)] ?? []) + (symmetric ? index[key(event.target, event.source)] ?? [] : [])
        if let k = candidates.sorted().first(where: { k in
            let e = events[k]
            return e.code.prefix(2) == event.code.prefix(2) && agree(e.date, event.date)
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
        // One act told with and without its object in one sentence ("khởi tố, bắt tạm giam bị
        // can X"): one event, which takes the object.
        let bySource = "s|\(event.code.prefix(2))|\(event.source ?? "")"
        if !symmetric, let sentence = event.mentions.first?.sentence,
           let k = (index[bySource] ?? []).first(where: { k in
               let e = events[k]
               return (e.target == nil) != (event.target == nil) && agree(e.date, event.date) && e.mentions.contains { $0.sentence == sentence }
           }) {
            if events[k].target == nil, let target = event.target {
                index[key(events[k].source, nil)]?.removeAll { $0 == k }
                events[k].target = target
                index[key(events[k].source, target), default: []].append(k)
            }
            events[k].mentions += event.mentions
            return
        }
        index[key(event.source, event.target), default: []].append(events.count)
        index[bySource, default: []].append(events.count)
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
}

extension EventTagger {
    /// The token ranges of the actors' outermost mentions, for `Document.withNames`.
    public static func names(_ doc: Document, _ mentions: [Mention]) -> [(tokens: Range<Int>, actor: Int)] {
        var names: [(tokens: Range<Int>, actor: Int)] = []
        for m in mentions {
            guard let a = doc.tokenIndex(atOrAfter: m.span.start) else { continue }
            let b = doc.tokenIndex(atOrAfter: m.span.end) ?? doc.tokens.count
            guard a < b, names.last.map({ $0.tokens.upperBound <= a }) ?? true else { continue }
            names.append((a..<b, m.actor))
        }
        return names
    }
}
