import VietText

/// Name keys already computed in one article (the registry is a value; its cache is shared by
/// its copies, all within one `tag` call).
final class KeyCache {
    var keys: [String: String] = [:]
}

/// The actors of one article as they are found: merges mentions of the same actor and keeps
/// each actor's fullest name.
struct ActorRegistry {
    private(set) var actors: [Actor] = []
    private var byName: [String: Int] = [:]
    private var byCountry: [String: Int] = [:]
    /// People in order of their latest mention, and those named with "bà".
    private var recentPeople: [Int] = []
    private var women: Set<Int> = []
    let date: CivilDate
    let lexicon: ActorLexicon
    /// Where the sentence being read starts (scalar offset).
    var sentenceStart = 0

    init(date: CivilDate, lexicon: ActorLexicon) {
        self.date = date
        self.lexicon = lexicon
    }

    /// Names compare by `ActorLexicon.nameKey`: folded, i/y alike, transliterations merged;
    /// each computed once per article.
    private func key(_ name: String) -> String {
        if let known = keyCache.keys[name] { return known }
        let k = lexicon.nameKey(name)
        keyCache.keys[name] = k
        return k
    }
    private let keyCache = KeyCache()

    @discardableResult
    mutating func country(_ code: String, span: Span) -> Int {
        if let id = byCountry[code] {
            actors[id].mentions.append(span)
            return id
        }
        let id = actors.count
        actors.append(Actor(id: id, name: lexicon.countryNames[code] ?? code, kind: .country, country: code, mentions: [span]))
        byCountry[code] = id
        return id
    }

    /// An organization by the form the article writes; `aliases` (the knowledge's names, an
    /// abbreviation in brackets) merge its mentions. The canonical name is the fullest form the
    /// article writes.
    @discardableResult
    mutating func organization(_ written: String, country: String?, aliases: [String] = [], span: Span) -> Int {
        let keys = ([written] + aliases).map(key)
        let found = keys.compactMap { byName[$0] }.first { actors[$0].kind == .organization }
        if let id = found {
            actors[id].mentions.append(span)
            // The fullest proper form: capitalized forms before "phong trào Hamas".
            let proper = { (n: String) in n.first?.isUppercase ?? false }
            if (proper(written) && !proper(actors[id].name)) || (proper(written) == proper(actors[id].name) && written.count > actors[id].name.count) {
                let old = actors[id].name
                actors[id].name = written
                actors[id].aliases.append(old)
            }
            for a in [written] + aliases where a != actors[id].name && !actors[id].aliases.contains(a) { actors[id].aliases.append(a) }
            if actors[id].country == nil { actors[id].country = country }
            for k in keys { byName[k] = id }
            return id
        }
        let id = actors.count
        var unique: [String] = []
        for a in aliases where a != written && !unique.contains(a) { unique.append(a) }
        actors.append(Actor(id: id, name: written, kind: .organization, country: country, aliases: unique, mentions: [span]))
        for k in keys { byName[k] = id }
        return id
    }

    /// A person by full or short name. A short name ("Lavrov", "Tập", "Chính") joins the
    /// person whose name ends with it (or, for Chinese and Korean names, starts with it); a full
    /// name absorbs an earlier short one. Unknown short names are looked up in the knowledge base.
    @discardableResult
    mutating func person(_ name: String, role: String?, country: String?, span: Span) -> Int {
        let words = name.split(separator: " ").map(String.init)
        let k = key(name)
        if let id = byName[k], actors[id].kind == .person {
            // Another spelling of the name ("Sergei Lavrov" after "Sergey Lavrov") is an alias.
            if words.count > 1, name != actors[id].name, !actors[id].aliases.contains(name) { actors[id].aliases.append(name) }
            update(id, role: role, country: country, span: span)
            return id
        }
        if words.count > 1, let id = transliterated(words) {
            if !actors[id].aliases.contains(name) { actors[id].aliases.append(name) }
            byName[k] = id
            update(id, role: role, country: country, span: span)
            return id
        }
        if words.count == 1 {
            let w = key(name)
            if let id = actors.firstIndex(where: { a in
                guard a.kind == .person else { return false }
                let parts = a.name.split(separator: " ").map { key(String($0)) }
                let lastPart = parts.last.map { String($0.split(separator: "-").last ?? Substring($0)) }
                return parts.count > 1 && (parts.last == w || lastPart == w || parts.first == w)
            }) {
                if !actors[id].aliases.contains(name) { actors[id].aliases.append(name) }
                byName[k] = id
                update(id, role: role, country: country, span: span)
                return id
            }
            if let holder = lexicon.holder(alias: name, on: date) {
                let id = person(holder.name, role: role ?? (holder.holds(on: date) ? holder.title : nil),
                                country: country ?? holder.country, span: span)
                byName[k] = id
                return id
            }
        } else {
            // A full name absorbs an earlier mention by its last or first word.
            let first = key(words[0]), last = key(words[words.count - 1])
            if let id = actors.firstIndex(where: { $0.kind == .person && !$0.name.contains(" ") && [first, last].contains(key($0.name)) }) {
                let short = actors[id].name
                actors[id].name = name
                if !actors[id].aliases.contains(short) { actors[id].aliases.append(short) }
                byName[k] = id
                update(id, role: role, country: country, span: span)
                return id
            }
        }
        let id = actors.count
        var inferred: String?
        if country == nil, let h = lexicon.holdersByAlias[VietNormalizer.fold(name)]?.first.map({ lexicon.holders[$0] }), key(h.name) == k { inferred = h.country }
        // A Vietnamese family name and two or more syllables: a Vietnamese person.
        if country == nil, inferred == nil, words.count >= 2, lexicon.surnames.isSurname(words[0]) { inferred = "VNM" }
        actors.append(Actor(id: id, name: name, kind: .person, country: country ?? inferred, role: role, mentions: [span]))
        byName[k] = id
        noteRecent(id)
        return id
    }

    /// A person of the article whose name differs from `words` in one foreign word spelled
    /// almost alike: same first letter, at most two edits ("Zelenskyy"/"Zelensky",
    /// "Sergei"/"Sergey"), the other words equal.
    private func transliterated(_ words: [String]) -> Int? {
        let keys = words.map { key($0) }
        guard keys.contains(where: { !VietnameseSyllable.accepts($0) }) else { return nil }
        return actors.firstIndex { a in
            guard a.kind == .person else { return false }
            let other = a.name.split(separator: " ").map { key(String($0)) }
            guard other.count == keys.count else { return false }
            let differing = zip(other, keys).filter { $0 != $1 }
            guard differing.count == 1, let (x, y) = differing.first, x.first == y.first, min(x.count, y.count) >= 4,
                  !VietnameseSyllable.accepts(x) || !VietnameseSyllable.accepts(y) else { return false }
            return Self.editDistance(Array(x.unicodeScalars), Array(y.unicodeScalars)) <= 2
        }
    }

    /// Levenshtein distance of two short words.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Marks a person as a woman ("bà Yulia Navalnaya"), for a later bare "bà".
    mutating func markWoman(_ id: Int) { women.insert(id) }

    /// A bare "ông" or "bà": the latest person of that gender mentioned, who gets the mention.
    @discardableResult
    mutating func pronoun(woman: Bool, span: Span) -> Int? {
        guard let id = recentPeople.last(where: { women.contains($0) == woman }) else { return nil }
        update(id, role: nil, country: nil, span: span)
        return id
    }

    /// A bare title ("Chủ tịch nước", "Ngoại trưởng"): the latest person mentioned with that
    /// role, who gets the mention.
    @discardableResult
    mutating func titled(_ role: String, span: Span) -> Int? {
        let folded = VietNormalizer.fold(role)
        guard let id = recentPeople.last(where: { actors[$0].role.map(VietNormalizer.fold) == folded }) else { return nil }
        update(id, role: nil, country: nil, span: span)
        return id
    }

    /// "nhóm này", "nước này": the actor of that kind mentioned last before the sentence (a
    /// demonstrative does not point at its own clause's subject: "Việt Nam cử đoàn cứu hộ tới
    /// quốc gia này"), else earlier in the sentence; it gets the mention.
    @discardableResult
    mutating func anaphor(_ kind: Actor.Kind, span: Span, sentenceStart: Int) -> Int? {
        func latest(before offset: Int) -> Int? {
            let mentioned = actors.compactMap { a -> (Int, Int)? in
                guard a.kind == kind, let m = a.mentions.last(where: { $0.end <= offset }) else { return nil }
                return (a.id, m.start)
            }
            return mentioned.max { $0.1 < $1.1 }?.0
        }
        guard let id = latest(before: sentenceStart) ?? latest(before: span.start) else { return nil }
        actors[id].mentions.append(span)
        return id
    }

    private mutating func update(_ id: Int, role: String?, country: String?, span: Span) {
        noteRecent(id)
        actors[id].mentions.append(span)
        if actors[id].role == nil, let role { actors[id].role = role }
        if actors[id].country == nil, let country { actors[id].country = country }
    }

    private mutating func noteRecent(_ id: Int) {
        recentPeople.removeAll { $0 == id }
        recentPeople.append(id)
    }

    /// The actor of a person by any of its names, if the article has one.
    func personNamed(_ name: String) -> Int? {
        byName[key(name)].flatMap { actors[$0].kind == .person ? $0 : nil }
    }
}
