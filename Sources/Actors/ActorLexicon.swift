import VietText

/// The actor grammar's data, loaded once from `Resources/`: countries and capitals, titles,
/// organizations and the knowledge base of office holders.
final class ActorLexicon: Sendable {
    struct Country: Sendable {
        let code: String
        let name: String
        let isCapital: Bool
    }

    struct Title: Sendable {
        let text: String
        let office: String?
        /// "Ông", "Bà": an honorific, followed by a name and nothing else.
        let honorific: Bool
        /// "Bộ trưởng", "Thứ trưởng": a ministry's field follows.
        let takesMinistry: Bool
    }

    struct Body: Sendable {
        let name: String
        /// nil: international; "*": the country named after it decides.
        let country: String?
        let aliases: [String]
        var takesCountry: Bool { country == "*" }
    }

    struct Holder: Sendable {
        let name: String
        let aliases: [String]
        let office: String?
        let title: String
        let country: String?
        let from: CivilDate?
        let to: CivilDate?

        func holds(on date: CivilDate) -> Bool {
            (from.map { $0 <= date } ?? true) && (to.map { date < $0 } ?? true)
        }
    }

    let countries: PhraseIndex<Country>
    let countryNames: [String: String]
    let titles: PhraseIndex<Title>
    let bodies: PhraseIndex<Body>
    let ministries: PhraseIndex<String>
    let heads: PhraseIndex<String>
    let notOrganizations: Set<String>
    let holders: [Holder]
    let holderNames: PhraseIndex<Int>
    /// Holders by the folded form of each name and alias.
    let holdersByAlias: [String: [Int]]
    let surnames: PhraseIndex<Bool>
    /// Nouns that introduce a person by name ("bị cáo", "đối tượng"); true for kinship words
    /// ("anh", "chị"), which do so only in lower case.
    let introducers: PhraseIndex<Bool>
    /// Nouns before a place name ("đường", "tỉnh"): the name after them is no person's.
    let placeNouns: PhraseIndex<Bool>
    /// Lower-case nouns before an organization's name: outlets (true) and groups (false).
    let groupNouns: PhraseIndex<Bool>
    let notNames: PhraseIndex<Bool>
    let seats: Set<String>
    /// Keys of every word that can start something this grammar reads: a token outside these
    /// (and not capitalized) is passed over at once.
    let starters: Set<UInt64>
    let foldedStarters: Set<UInt64>
    /// Vietnamese state bodies: heads, abbreviations, departments; administrative levels.
    let stateHeads: PhraseIndex<StateHead>
    let levels: PhraseIndex<String>
    /// Folded spellings of a name word or a whole name and the folded spelling they stand for
    /// (transliterations.tsv).
    let spellings: [String: String]
    /// Class nouns with a demonstrative ("nhóm này") and the kind of actor they refer back to.
    let anaphors: PhraseIndex<Actor.Kind>

    static let standard = ActorLexicon(tables: ActorLexicon.tableNames.map { ActorResources.table($0) })

    /// The files of the actor grammar, in the order `init(tables:)` takes them: the tables a
    /// user lexicon (`--lexicon DIR`) can extend.
    static let tableNames = ["countries.tsv", "titles.tsv", "organizations.tsv", "people.tsv", "name-words.tsv",
                                    "anaphors.tsv", "state-bodies.tsv", "groups.tsv", "transliterations.tsv"]

    convenience init(tables t: [DataTable?]) {
        self.init(countries: t[0], titles: t[1], organizations: t[2], people: t[3], nameWords: t[4], anaphors: t[5],
                  stateBodies: t[6], groups: t[7], transliterations: t[8])
    }

    /// The compiled tables extended with a user's rows, each row checked.
    static func load(_ user: UserLexicon) throws(LexiconError) -> ActorLexicon {
        var tables: [DataTable?] = []
        for name in tableNames {
            guard let compiled = ActorResources.table(name) else {
                tables.append(nil)
                continue
            }
            tables.append(try user.extend(compiled, check: RowCheck.check))
        }
        return ActorLexicon(tables: tables)
    }

    init(countries: DataTable?, titles: DataTable?, organizations: DataTable?, people: DataTable?, nameWords: DataTable?, anaphors: DataTable? = nil, stateBodies: DataTable? = nil,
         groups: DataTable? = nil, transliterations: DataTable? = nil) {
        var surnames = PhraseIndex<Bool>(), notNames = PhraseIndex<Bool>(), introducers = PhraseIndex<Bool>(), placeNouns = PhraseIndex<Bool>()
        var groupNouns = PhraseIndex<Bool>()
        for row in nameWords?.rows ?? [] {
            switch row[1] {
            case "surname": surnames.add(row[0], true)
            case "notname": notNames.add(row[0], true)
            case "introducer": introducers.add(row[0], false)
            case "kin": introducers.add(row[0], true)
            case "place": placeNouns.add(row[0], true)
            case "outlet": groupNouns.add(row[0], true)
            case "group": groupNouns.add(row[0], false)
            default: break
            }
        }
        self.introducers = introducers
        self.placeNouns = placeNouns
        self.groupNouns = groupNouns
        self.surnames = surnames
        self.notNames = notNames
        var seats: Set<String> = []
        var countryIndex = PhraseIndex<Country>(), names: [String: String] = [:]
        for row in countries?.rows ?? [] {
            let code = row[0], name = row[1]
            names[code] = name
            for n in [name] + row[2].split(separator: "|").map(String.init) where !n.isEmpty {
                countryIndex.add(n, Country(code: code, name: name, isCapital: false))
            }
            for c in row[3].split(separator: "|") where !c.isEmpty {
                countryIndex.add(String(c), Country(code: code, name: name, isCapital: true))
            }
        }
        var titleIndex = PhraseIndex<Title>()
        for row in titles?.rows ?? [] {
            let honorific = ["ông", "bà"].contains(row[0].lowercased())
            let takesMinistry = ["bộ trưởng", "thứ trưởng"].contains(row[0].lowercased())
            let title = Title(text: row[0], office: row[1] == "-" ? nil : row[1], honorific: honorific, takesMinistry: takesMinistry)
            titleIndex.add(row[0], title)
            if let first = row[0].first, first.isUppercase {
                // "người phát ngôn" is written both ways.
                titleIndex.add(row[0].prefix(1).lowercased() + row[0].dropFirst(), title)
            }
        }
        var bodyIndex = PhraseIndex<Body>(), ministryIndex = PhraseIndex<String>(), headIndex = PhraseIndex<String>()
        var notOrganizations: Set<String> = []
        for row in organizations?.rows ?? [] {
            switch row[1] {
            case "body", "seat":
                if row[1] == "seat" { seats.insert(row[0]) }
                let aliases = row[3].split(separator: "|").map(String.init)
                let body = Body(name: row[0], country: row[2] == "-" ? nil : row[2], aliases: aliases)
                bodyIndex.add(row[0], body)
                for a in aliases { bodyIndex.add(a, body) }
            case "ministry": ministryIndex.add(row[0], row[0])
            case "head": headIndex.add(row[0], row[0])
            case "notorg": notOrganizations.insert(row[0])
            default: break
            }
        }
        for row in groups?.rows ?? [] {
            let aliases = row[3].split(separator: "|").map(String.init)
            let body = Body(name: row[0], country: row[2] == "-" ? nil : row[2], aliases: aliases)
            bodyIndex.add(row[0], body)
            for a in aliases { bodyIndex.add(a, body) }
        }
        var spellings: [String: String] = [:]
        for row in transliterations?.rows ?? [] where !row[1].isEmpty {
            spellings[VietNormalizer.matchKey(row[0])] = VietNormalizer.matchKey(row[1])
        }
        self.spellings = spellings
        var holders: [Holder] = [], holderNames = PhraseIndex<Int>()
        for row in people?.rows ?? [] {
            let holder = Holder(name: row[0], aliases: row[1].split(separator: "|").map(String.init),
                                office: row[2] == "-" ? nil : row[2], title: row[3], country: row[4] == "-" ? nil : row[4],
                                from: CivilDate(iso: row[5]), to: CivilDate(iso: row[6]))
            holderNames.add(row[0], holders.count)
            holders.append(holder)
        }
        self.countries = countryIndex
        self.countryNames = names
        self.titles = titleIndex
        self.bodies = bodyIndex
        self.ministries = ministryIndex
        self.heads = headIndex
        self.seats = seats
        self.notOrganizations = notOrganizations
        self.holders = holders
        self.holderNames = holderNames
        var byAlias: [String: [Int]] = [:]
        for (n, h) in holders.enumerated() {
            for name in Set(([h.name] + h.aliases).map(VietNormalizer.fold)) { byAlias[name, default: []].append(n) }
        }
        self.holdersByAlias = byAlias
        var anaphorIndex = PhraseIndex<Actor.Kind>()
        for row in anaphors?.rows ?? [] {
            if let kind = Actor.Kind(rawValue: row[1]) { anaphorIndex.add(row[0], kind) }
        }
        self.anaphors = anaphorIndex
        var stateHeads = PhraseIndex<StateHead>(), levels = PhraseIndex<String>()
        for row in stateBodies?.rows ?? [] {
            let form = row[0], expansion = row[2].isEmpty ? row[0] : row[2]
            switch row[1] {
            case "head", "whole", "placed":
                var head = StateHead(expansion: expansion, complete: row[1] == "whole", department: false, form: form)
                head.placed = row[1] == "placed"
                stateHeads.add(form, head)
            case "abbreviation":
                let whole = stateBodies?.rows.contains { $0[0] == expansion && $0[1] == "whole" } ?? false
                stateHeads.add(form, StateHead(expansion: expansion, complete: whole, department: false, form: form))
            case "department":
                let head = StateHead(expansion: expansion, complete: true, department: true, form: form)
                stateHeads.add(form, head)
                stateHeads.add(expansion, StateHead(expansion: expansion, complete: true, department: true, form: form))
            case "level":
                levels.add(form, expansion)
            default: break
            }
        }
        self.stateHeads = stateHeads
        self.levels = levels
        var starters = Set<UInt64>(), foldedStarters = Set<UInt64>()
        let indexes = [countryIndex.firstKeys, titleIndex.firstKeys, bodyIndex.firstKeys, ministryIndex.firstKeys,
                       headIndex.firstKeys, holderNames.firstKeys, anaphorIndex.firstKeys, stateHeads.firstKeys, introducers.firstKeys, groupNouns.firstKeys]
        for keys in indexes {
            starters.formUnion(keys.lowered)
            foldedStarters.formUnion(keys.folded)
        }
        for word in ["nhà", "người", "chủ", "phó", "bộ"] {
            starters.insert(WordKey.lowered(word))
            foldedStarters.insert(WordKey.folded(word))
        }
        self.starters = starters
        self.foldedStarters = foldedStarters
    }

    /// The key two spellings of one name share: folded, i/y alike, each transliterated word or
    /// whole name replaced by its canonical spelling ("Sergei Lavrov" → "sergey lavrov").
    func nameKey(_ name: String) -> String {
        let folded = VietNormalizer.matchKey(name)
        if let whole = spellings[folded] { return whole }
        return folded.split(separator: " ").map { spellings[String($0)] ?? String($0) }.joined(separator: " ")
    }

    /// Who held an office of a country on a date.
    func holder(office: String, country: String?, on date: CivilDate) -> Holder? {
        holders.first { $0.office == office && $0.country == country && $0.holds(on: date) }
    }

    /// A knowledge-base person a short name ("Trump", "Tập") refers to, preferring one in
    /// office on the date.
    func holder(alias: String, on date: CivilDate) -> Holder? {
        let matching = (holdersByAlias[VietNormalizer.fold(alias)] ?? []).map { holders[$0] }
        return matching.first { $0.holds(on: date) } ?? matching.first
    }
}

/// The data files of Actors.
public enum ActorResources {
    public static func table(_ name: String) -> DataTable? {
        EmbeddedResources.files[name].map { DataTable(name: name, text: $0) }
    }
}
