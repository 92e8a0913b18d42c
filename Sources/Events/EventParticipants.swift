import Actors
import Temporal
import VietText

/// Who takes part in an event: the clause, the subject and object around a trigger, plural
/// nouns that name the sides of an earlier event.
extension EventTagger {
    /// The two sides a plural noun phrase refers to: "hai nhà lãnh đạo", "hai bên" before the
    /// trigger in its clause when it has no participants, or "giữa hai nhà lãnh đạo" right
    /// after it whatever else the clause names ("Moscow và Washington nhất trí tổ chức cuộc
    /// gặp giữa hai nhà lãnh đạo"). They are the sides of the latest two-sided event (people
    /// first); "hai nước" takes their countries, "hai nhà lãnh đạo" their countries' leaders
    /// when the latest sides were not leaders themselves.
    func pairReference(_ keys: [UInt64], _ actors: [Actor], _ events: [Event], clause: Range<Int>, sentence: Range<Int>, trigger: Range<Int>, alreadyPaired: Bool) -> (Int, Int?)? {
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

    /// Acts done to someone, which "bị"/"được" make passive: not meetings or agreements, where
    /// "được" is a modal ("được tổ chức").
    static func isPassivizable(_ code: String) -> Bool { !isSymmetric(code) && !code.hasPrefix("03") }

    /// CAMEO's mediation codes (039 intent to mediate, 045 mediate, 135 threaten to halt
    /// mediation, 165 halt mediation): their subject acts toward each side it stands between.
    static func mediates(_ code: String) -> Bool { ["039", "045", "135", "165"].contains(code) }

    /// A head of state or government by the title the article gives.
    static func isLeader(_ actor: Actor) -> Bool {
        guard let role = actor.role?.lowercased() else { return false }
        return ["tổng thống", "chủ tịch", "thủ tướng", "tổng bí thư", "quốc vương", "nhà vua"].contains { role.hasPrefix($0) }
            && !role.contains("quốc hội") && !role.contains("thượng viện") && !role.contains("hạ viện")
    }

    /// The token range of the clause holding token `i`: between commas, semicolons, colons and
    /// quotation marks.
    func clauseRange(_ doc: Document, _ sentence: Range<Int>, around i: Int) -> Range<Int> {
        func mark(_ k: Int) -> Unicode.Scalar? {
            doc.tokens[k].kind == .punctuation ? doc.folded[doc.tokens[k].span.start] : nil
        }
        func boundary(_ k: Int) -> Bool {
            guard let m = mark(k) else { return false }
            return [",", ";", ":", "\""].contains(m)
        }
        // A parenthesis glosses what precedes it ("tới Bangkok (Thái Lan) … vào ngày mai (4/4) và
        // có thể gặp …"): the clause runs through it, unless the trigger is inside it.
        let floor = max(sentence.lowerBound, i - Self.clauseReach), ceiling = min(sentence.upperBound, i + Self.clauseReach)
        var a = i
        while a > floor, !boundary(a - 1) {
            if mark(a - 1) == "(" { break }
            if mark(a - 1) == ")", let open = (floor..<(a - 1)).last(where: { mark($0) == "(" }) {
                a = open
                continue
            }
            a -= 1
        }
        var b = i
        while b < ceiling, !boundary(b) {
            if mark(b) == ")" { break }
            if mark(b) == "(", let close = ((b + 1)..<ceiling).first(where: { mark($0) == ")" }) {
                b = close + 1
                continue
            }
            b += 1
        }
        return a..<b
    }

    private func tokenIndex(_ doc: Document, at offset: Int, in range: Range<Int>) -> Int? {
        doc.tokenIndex(atOrAfter: offset, in: range)
    }

    /// Whether only the links of a list of people stand between two mentions: commas, "và",
    /// a bracketed aside ("(SN 1970, cựu Giám đốc …)"), a sentence ("20 năm tù", "mỗi người 5
    /// năm tù") and the nouns that introduce a person ("bị cáo", "bị can", "ông").
    func listed(_ doc: Document, _ keys: [UInt64], after a: Span, before b: Span, sentence: Range<Int>) -> Bool {
        guard let first = doc.tokenIndex(atOrAfter: a.end, in: sentence) else { return false }
        var k = first, depth = 0, words = 0
        while k < sentence.upperBound, doc.tokens[k].span.start < b.start {
            let t = doc.tokens[k]
            let mark = t.kind == .punctuation ? doc.folded[t.span.start] : nil
            if mark == "(" { depth += 1 } else if mark == ")" { depth -= 1 } else if depth == 0 {
                guard mark == "," || t.kind == .number || Self.listLinks.contains(keys[k]) else { return false }
                if mark == nil { words += 1 }
            }
            k += 1
            if words > 8 { return false }
        }
        return depth == 0
    }

    /// Whether a single comma stands between two spans.
    func onlyComma(_ doc: Document, between a: Span, and b: Span) -> Bool {
        guard a.end < b.start, let k = doc.tokenIndex(atOrAfter: a.end), doc.tokens[k].kind == .punctuation,
              doc.folded[doc.tokens[k].span.start] == "," else { return false }
        return k + 1 == doc.tokens.count || doc.tokens[k + 1].span.start >= b.start
    }

    /// Whether more brackets open than close between two spans.
    func opensBracket(_ doc: Document, after a: Span, before b: Span, sentence: Range<Int>) -> Bool {
        guard var k = doc.tokenIndex(atOrAfter: a.end, in: sentence) else { return false }
        var depth = 0
        while k < sentence.upperBound, doc.tokens[k].span.start < b.start {
            if doc.tokens[k].kind == .punctuation {
                if doc.folded[doc.tokens[k].span.start] == "(" { depth += 1 } else if doc.folded[doc.tokens[k].span.start] == ")" { depth -= 1 }
            }
            k += 1
        }
        return depth > 0
    }

    /// Whether exactly one word, `word`, stands between two spans ("A và B", "Y bị X").
    func onlyWord(_ doc: Document, _ keys: [UInt64], _ word: UInt64, between a: Span, and b: Span) -> Bool {
        guard a.end < b.start, let k = doc.tokenIndex(atOrAfter: a.end), k < keys.count, keys[k] == word else { return false }
        return k + 1 == keys.count || doc.tokens[k + 1].span.start >= b.start
    }

    /// Source and target pairs of a trigger: one pair, or one per coordinated participant
    /// ("hội kiến A và B", "Mỹ và Anh không kích Houthi").
    /// `mentions` are the sentence's; `all` the article's, for what refers back beyond it.
    /// `why` receives the names of the argument rules applied (argument-rules.tsv) when explaining.
    func participants(_ doc: Document, _ keys: [UInt64], _ mentions: [Mention], _ actors: [Actor], clause: Range<Int>, sentence: Range<Int>, trigger: Range<Int>, code: String,
                      frame: EventLexicon.Frame = .object, all: [Mention], why: inout [String]) -> [(Int, Int?)] {
        guard let (source, target) = arguments(doc, keys, mentions, actors, clause: clause, sentence: sentence, trigger: trigger, code: code, frame: frame,
                                               all: all, why: &why) else { return [] }
        var pairs = [(source, target)]
        let end = doc.tokens[trigger.upperBound - 1].span.end
        let clauseEnd = clause.upperBound > clause.lowerBound ? doc.tokens[clause.upperBound - 1].span.end : end
        func joined(_ a: Mention, _ b: Mention) -> Bool { onlyWord(doc, keys, Self.và, between: a.span, and: b.span) }
        // More objects joined by "và" after the first; people also in a list, across commas and
        // brackets ("bị cáo A (SN 1970) 20 năm tù, bị cáo B 15 năm tù", "các bị can A, B và C").
        if let t = target, let first = mentions.first(where: { $0.actor == t && $0.span.start >= end && $0.span.end <= clauseEnd }) {
            var last = first
            let people = actors[t].kind == .person
            // "trừng phạt Iran, Triều Tiên và Nga": a list of names joined by commas and closed
            // by "và" (a comma alone may start a new clause: "tấn công Ukraine, Mỹ lên án …").
            if !people {
                var chain: [Mention] = [], closed = false, previous = first
                for m in mentions where m.span.start > previous.span.end {
                    if onlyWord(doc, keys, Self.và, between: previous.span, and: m.span) {
                        chain.append(m)
                        closed = true
                        break
                    }
                    guard onlyComma(doc, between: previous.span, and: m.span), actors[m.actor].kind == actors[t].kind else { break }
                    chain.append(m)
                    previous = m
                }
                if closed, chain.count > 1 {
                    for m in chain where m.actor != source {
                        if explain { why.append("coordinated-objects") }
                        pairs.append((source, m.actor))
                    }
                    last = chain[chain.count - 1]
                }
            }
            for m in mentions where m.span.start > last.span.end {
                // What a bracketed aside names ("(SN 1970, cựu Giám đốc Sở Tài chính …)") is no
                // element of the list.
                if people, opensBracket(doc, after: last.span, before: m.span, sentence: sentence) { continue }
                let inList = people && actors[m.actor].kind == .person && listed(doc, keys, after: last.span, before: m.span, sentence: sentence)
                guard m.actor != source, (m.span.end <= clauseEnd && joined(last, m)) || inList else { break }
                if explain { why.append(inList ? "listed-people" : "coordinated-objects") }
                pairs.append((source, m.actor))
                last = m
            }
        }
        // Every subject of "A và B" (and of "A, B và C") acts on the target.
        if target != nil,
           let src = mentions.last(where: { $0.actor == source && $0.span.end <= doc.tokens[trigger.lowerBound].span.start }),
           let other = mentions.last(where: { $0.span.end <= src.span.start }), joined(other, src) || joined(src, other) {
            if explain { why.append("coordinated-subjects") }
            pairs.append((other.actor, target))
            var next = other
            while let earlier = mentions.last(where: { $0.span.end <= next.span.start }), onlyComma(doc, between: earlier.span, and: next.span),
                  actors[earlier.actor].kind == actors[other.actor].kind, earlier.actor != target {
                pairs.append((earlier.actor, target))
                next = earlier
            }
        }
        // A subject taken from the head of its sentence may open the list itself: "Burkina Faso
        // cùng Mali và Niger, ba nước …, đã tuyên bố rút khỏi ECOWAS".
        if target != nil, !pairs.contains(where: { $0.0 != source }),
           let src = mentions.last(where: { $0.actor == source && $0.span.end <= doc.tokens[trigger.lowerBound].span.start }) {
            var previous = src
            for m in mentions where m.span.start > previous.span.end && m.span.end <= doc.tokens[trigger.lowerBound].span.start {
                let linked = joined(previous, m) || onlyWord(doc, keys, Self.cùng, between: previous.span, and: m.span)
                    || (onlyComma(doc, between: previous.span, and: m.span) && mentions.contains { n in n.span.start > m.span.end && joined(m, n) })
                guard linked, actors[m.actor].kind == actors[src.actor].kind, m.actor != target, m.actor != source else { break }
                if explain { why.append("coordinated-subjects") }
                pairs.append((m.actor, target))
                previous = m
            }
        }
        return pairs
    }

    func arguments(_ doc: Document, _ keys: [UInt64], _ mentions: [Mention], _ actors: [Actor], clause: Range<Int>, sentence: Range<Int>, trigger: Range<Int>, code: String,
                   frame: EventLexicon.Frame = .object, all: [Mention], why: inout [String]) -> (Int, Int?)? {
        let explain = self.explain
        func rule(_ name: String) { if explain, !why.contains(name) { why.append(name) } }
        let isNoun = isNounTrigger(keys, at: trigger.lowerBound, sentence: sentence)
        let symmetric = Self.isSymmetric(code)
        let start = doc.tokens[trigger.lowerBound].span.start, end = doc.tokens[trigger.upperBound - 1].span.end
        let clauseStart = doc.tokens[clause.lowerBound].span.start
        let clauseEnd = clause.upperBound > clause.lowerBound ? doc.tokens[clause.upperBound - 1].span.end : end
        let sentenceStart = doc.tokens[sentence.lowerBound].span.start
        // The word right before an offset: "với X", "giữa X".
        func wordBefore(_ offset: Int) -> UInt64? {
            guard let k = tokenIndex(doc, at: offset, in: sentence), k > sentence.lowerBound else { return nil }
            return keys[k - 1]
        }
        // The preposition a mention's noun phrase is the object of (its chunk), if any.
        func preposition(_ m: Mention) -> Chunk? {
            guard let k = tokenIndex(doc, at: m.span.start, in: sentence), let c = doc.chunkIndex(ofToken: k),
                  let p = doc.chunks[c].attachment, doc.chunks[p].kind == .preposition else { return nil }
            return doc.chunks[p]
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
        // Nor is the source a report is attributed to ("Theo Bộ trưởng X, cuộc tuần hành …").
        func attributed(_ m: Mention) -> Bool {
            guard let k = tokenIndex(doc, at: m.span.start, in: sentence) else { return false }
            return k > sentence.lowerBound && keys[k - 1] == Self.theo
        }
        // Nor is the object of a preposition ("sau cuộc họp với X", "trong lúc X …") a subject;
        // a possessor ("của X"), an agent ("bởi X") or a side ("căng thẳng giữa X và Y leo
        // thang") may be.
        func oblique(_ m: Mention) -> Bool {
            guard let p = preposition(m), p.features.isDisjoint(with: [.possessive, .agent]), keys[p.tokens.lowerBound] != Self.giữa else { return false }
            rule("oblique-is-no-subject")
            return true
        }
        let before = mentions.filter { $0.span.end <= start && $0.span.start >= sentenceStart && !isPlace($0) && !namesGathering($0) && !attributed($0) && !oblique($0) }
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
        // Objects end before a reported clause or a second verb joined by "và".
        var objectEnd = clauseEnd
        if let k = (trigger.upperBound..<max(clause.upperBound, trigger.upperBound)).first(where: {
            // A verb of saying after a classifier is a noun ("bác bỏ những tuyên bố của X").
            (Self.reportingVerb(keys, at: $0, limit: clause.upperBound) != nil && !Self.nominalizers.contains(keys[$0 - 1]))
                || ($0 + 1 < clause.upperBound && keys[$0] == Self.cho && keys[$0 + 1] == Self.thấy)
                || coordinatesVerb($0)
        }) {
            // … or a reported clause ("dữ liệu do Bộ Quốc phòng cung cấp cho thấy Israel …").
            objectEnd = doc.tokens[k].span.start
        }
        // … and where the chunks open a clause: a subordinator ("kể từ khi", "để", "nếu"), a
        // conjunction of clauses ("nhưng"), "rằng", a verb of saying — not a relative "mà",
        // whose clause still tells the object ("ca ngợi những thành tựu mà Việt Nam đạt được").
        if let t = doc.chunkIndex(ofToken: trigger.upperBound - 1) {
            var c = t + 1
            while c < doc.chunks.count, doc.chunks[c].tokens.lowerBound < clause.upperBound {
                let chunk = doc.chunks[c]
                if (chunk.kind == .boundary && chunk.features.isDisjoint(with: [.punctuation, .relative])) || chunk.features.contains(.reporting) {
                    objectEnd = min(objectEnd, doc.tokens[chunk.tokens.lowerBound].span.start)
                    break
                }
                c += 1
            }
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
            if ownAct { return false }
            // "X thông báo hủy cuộc gặp với Y": a verb that decides the event's fate (a modality
            // cue) between the reporting verb and the trigger makes it the subject's own act.
            var j = verbEnd, cued = false
            while j < trigger.lowerBound {
                if let (_, next) = EventLexicon.longest(lexicon.cues, \.words, keys: keys, at: j, limit: trigger.lowerBound) {
                    cued = true
                    j = next
                } else if Self.preverbal.contains(keys[j]) || Self.nominalizers.contains(keys[j]) {
                    j += 1
                } else {
                    break
                }
            }
            if cued, j == trigger.lowerBound, keys[verbEnd - 1] != Self.rằng { return false }
            // A series of acts the reporting verb announces, "X tuyên bố đình chỉ A, đóng cửa B,
            // trục xuất C": each verb after a comma or "và" is X's own act when the first is.
            var k = verbEnd
            while k < trigger.lowerBound, Self.preverbal.contains(keys[k]) { k += 1 }
            guard keys[verbEnd - 1] != Self.rằng, !isNoun, k < trigger.lowerBound, !isNounTrigger(keys, at: k, sentence: sentence),
                  let (first, _) = EventLexicon.longest(lexicon.triggers, \.words, keys: keys, at: k, limit: trigger.lowerBound), first.code != "-" else { return true }
            var b = trigger.lowerBound - 1
            while b > k, Self.preverbal.contains(keys[b]) || Self.seriesLinks.contains(keys[b]) { b -= 1 }
            let afterComma = doc.tokens[b].kind == .punctuation && doc.folded[doc.tokens[b].span.start] == ","
            let afterAnd = b + 1 < trigger.lowerBound && keys[b + 1] == Self.và
            if afterComma || afterAnd { rule("announced-series") }
            return !(afterComma || afterAnd)
        }
        // Passive: "Y bị X tấn công".
        if let agent = inClauseBefore.last, let patient = inClauseBefore.dropLast().last,
           onlyWord(doc, keys, Self.bị, between: patient.span, and: agent.span) {
            rule("passive-bi")
            return (agent.actor, patient.actor)
        }
        // Passive without an agent before the verb: "18 binh sĩ Campuchia bị bắt giữ", "Y bị tấn
        // công bởi X": the subject is the target; the source only "bởi/do X" after the verb names.
        var k = trigger.lowerBound
        while k > clause.lowerBound, Self.preverbal.contains(keys[k - 1]), keys[k - 1] != Self.bị { k -= 1 }
        if k > clause.lowerBound, keys[k - 1] == Self.bị || keys[k - 1] == Self.được, Self.isPassivizable(code),
           let patient = inClauseBefore.last {
            rule("passive-no-agent")
            let agent = mentions.first { m in
                m.span.start >= end && m.span.end <= clauseEnd && m.actor != patient.actor
                    && tokenIndex(doc, at: m.span.start, in: sentence).map { $0 > sentence.lowerBound && Self.agentMarkers.contains(keys[$0 - 1]) } == true
            }
            guard let agent else { return nil }
            return (agent.actor, patient.actor)
        }
        // "Ông X bị lực lượng cận vệ bắt giữ": "bị" and an agent the actor stage
        // does not know between the subject and the verb — the subject undergoes the act, so it
        // is no source; without a known agent there is no event to code.
        if Self.isPassivizable(code), !isNoun, let patient = inClauseBefore.last,
           let from = tokenIndex(doc, at: patient.span.end, in: sentence), from < trigger.lowerBound,
           trigger.lowerBound - from <= 8,
           (from..<trigger.lowerBound).contains(where: { keys[$0] == Self.bị }),
           (from..<trigger.lowerBound).allSatisfy({ doc.tokens[$0].kind == .word }) {
            return nil
        }
        // A noun event followed by its possessor ("các chỉ trích của Mỹ", "chuyến thăm của X
        // tới Y"): the possessor is its agent, whoever the clause's subject is.
        if isNoun, trigger.upperBound + 1 < sentence.upperBound, keys[trigger.upperBound] == Self.của,
           let agent = mentions.first(where: { tokenIndex(doc, at: $0.span.start, in: sentence) == trigger.upperBound + 1 }) {
            rule("possessor-agent")
            var last = agent
            let target = after.first { m in
                guard m.actor != agent.actor, m.span.start > agent.span.end else { return false }
                if onlyWord(doc, keys, Self.và, between: last.span, and: m.span) { last = m; return false }
                return true
            }
            return (agent.actor, target?.actor)
        }
        // "giữa A và B" after the trigger: the two sides, unless the trigger is a mediator's
        // ("Mỹ làm trung gian giữa A và B": Mỹ toward each).
        if !Self.mediates(code), let a = after.first, wordBefore(a.span.start) == Self.giữa, let b = after.dropFirst().first,
           onlyWord(doc, keys, Self.và, between: a.span, and: b.span) {
            rule("between-sides")
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
            rule("sentence-subject")
            source = subject
        } else if inClauseBefore.isEmpty, trigger.lowerBound == clause.lowerBound || framed(trigger.lowerBound),
                  clause.lowerBound == sentence.lowerBound || framed(trigger.lowerBound),
                  let main = mentions.first(where: { $0.span.start >= clauseEnd && $0.span.start <= clauseEnd + 3 && $0.span.end <= doc.tokens[sentence.upperBound - 1].span.end }) {
            // "Tiếp ông Modi tại Điện Kremlin hôm 9/7, Tổng thống Nga Vladimir Putin …": the
            // fronted clause's subject is the main clause's.
            rule("fronted-clause-subject")
            source = main
        } else if inClauseBefore.isEmpty, framed(trigger.lowerBound), let subject = before.first(where: clauseInitial) {
            // "Putin tới Hà Nội …, ngay sau chuyến thăm Triều Tiên": a trailing frame shares
            // the sentence's subject.
            rule("trailing-frame-subject")
            source = subject
        } else if let purpose = (clause.lowerBound..<trigger.lowerBound).last(where: { Self.purposes.contains(keys[$0]) }),
                  let subject = (inClauseBefore.isEmpty ? before : inClauseBefore).last(where: { m in
                      m.span.end <= doc.tokens[purpose].span.start && !Self.obliques.contains(keys[max((tokenIndex(doc, at: m.span.start, in: sentence) ?? 1) - 1, 0)])
                  }), !inClauseBefore.contains(where: { tokenIndex(doc, at: $0.span.start, in: sentence) == purpose + 1 }) {
            // "X điện đàm với Y để cảm ơn Z": a purpose clause shares its governing verb's
            // subject, not that verb's object, unless it names its own right after "để".
            rule("purpose-clause-subject")
            source = subject
        } else if let last = inClauseBefore.last ?? before.last {
            // Fighting has two sides too ("Thái Lan và Campuchia giao tranh").
            let reciprocal = lexicon.reciprocals.contains { w in trigger.lowerBound + w.count <= trigger.upperBound
                && (0..<w.count).allSatisfy { keys[trigger.lowerBound + $0] == w[$0] } }
            if symmetric || reciprocal, let previous = (inClauseBefore.isEmpty ? before : inClauseBefore).dropLast().last,
               onlyWord(doc, keys, Self.và, between: previous.span, and: last.span),
               !after.contains(where: { $0.actor != previous.actor && $0.actor != last.actor && !possessed($0) }) {
                // "A và B đã có cuộc gặp": the two sides; but "A và B hội kiến C": both meet C.
                rule("coordinated-sides")
                source = previous
                target = last
                coordinated = true
            } else {
                rule("clause-subject")
                source = last
            }
        }
        if let s = source, reports(s) {
            rule("reporter-is-no-participant")
            source = nil
            coordinated = false
            target = nil
        }
        // The object: after "với" first, else the first actor after the trigger.
        // The trigger's own frame first: "triệu hồi đại sứ tại X", "áp thuế đối với X".
        func framedBy(_ prep: [UInt64], _ m: Mention) -> Bool {
            guard let k = tokenIndex(doc, at: m.span.start, in: sentence), k - prep.count >= trigger.upperBound else { return false }
            return (0..<prep.count).allSatisfy { keys[k - prep.count + $0] == prep[$0] }
        }
        if case .after(let prep) = frame,
           let object = mentions.first(where: { $0.span.start >= end && $0.span.end <= objectEnd && $0.actor != source?.actor && framedBy(prep, $0) }) {
            rule("frame-object")
            target = object
        } else if let partner = after.first(where: { wordBefore($0.span.start) == Self.với && $0.actor != source?.actor }) {
            rule("partner-voi")
            target = partner
        } else if !coordinated, let object = after.first(where: { $0.actor != source?.actor }) {
            rule("first-object")
            target = object
        }
        // A noun event with no subject before it names its agent with "của" ("chuyến thăm của
        // Tổng thống Zelensky tới Ả rập Xê út", "đoàn cứu hộ của Bộ Quốc phòng"): the agent is
        // the source, the next actor the target.
        if source == nil, let agent = mentions.first(where: { $0.span.start >= end && $0.span.end <= objectEnd && !isPlace($0) }),
           possessed(agent), agent.span.start - end <= 6 {
            rule("possessor-agent")
            source = agent
            // Not a co-agent ("của Bộ Công an và Bộ Quốc phòng").
            var last = agent
            target = after.first { m in
                guard m.actor != agent.actor, m.span.start > agent.span.end else { return false }
                if onlyWord(doc, keys, Self.và, between: last.span, and: m.span) { last = m; return false }
                return true
            }
        }
        guard let s = source ?? (target == nil ? nil : after.first) else { return nil }
        var t = target?.actor == s.actor ? nil : target?.actor
        // An object pronoun is not its own clause's subject ("Putin … trao tặng ông Huân
        // chương"): it is the latest other person named before it.
        if t == nil, let o = after.first, o.actor == s.actor, actors[o.actor].kind == .person,
           Self.pronouns.contains(VietNormalizer.fold(doc.text(o.span))) {
            rule("object-pronoun")
            t = all.last(where: { $0.span.end <= o.span.start && $0.actor != s.actor && actors[$0.actor].kind == .person })?.actor
        }
        // "thăm Kiev": a visit to a capital, named as a place, visits its country.
        if t == nil, code == "042", let country = ActorTagger.standard.capitalCountry(doc, at: trigger.upperBound, limit: clause.upperBound)
            ?? Gazetteer.standard.place(doc, at: trigger.upperBound, limit: clause.upperBound)?.0.country,
           let c = actors.firstIndex(where: { $0.kind == .country && $0.country == country }), actors[s.actor].country != country {
            rule("capital-visit")
            t = c
        }
        // Force used in a country hits it: "Nga tiến hành chiến dịch quân sự tại Ukraine", "Israel
        // không kích ở Liban" — a foreign country named as the place, after the trigger in its clause.
        if t == nil, ["18", "19", "20"].contains(String(code.prefix(2))) {
            t = mentions.first(where: { m in
                m.span.start >= end && m.span.end <= clauseEnd && isPlace(m) && actors[m.actor].kind == .country
                    && m.actor != s.actor && actors[m.actor].country != actors[s.actor].country
            })?.actor
            // … or a city, region or site of a foreign country ("tấn công Kharkiv", "tiến vào
            // trung tâm Goma"), when the article names that country.
            if t == nil, let (place, _) = Gazetteer.standard.firstPlace(doc, in: trigger.upperBound..<max(trigger.upperBound, clause.upperBound)),
               let country = place.country, country != actors[s.actor].country,
               let c = actors.firstIndex(where: { $0.kind == .country && $0.country == country }) {
                t = c
            }
            if t != nil { rule("force-place") }
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
            if t != nil { rule("aid-destination") }
        }
        // A person or body does not act on its own country: "Ngoại trưởng Mỹ cảnh báo Washington
        // sẽ áp đặt trừng phạt" names who will act, not whom he warns.
        if let o = t, actors[s.actor].kind != .country, actors[o].kind == .country, actors[o].country == actors[s.actor].country {
            rule("own-country-is-no-target")
            t = nil
        }
        return (s.actor, t)
    }
}
