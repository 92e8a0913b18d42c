import VietText

/// Places that are no actors — cities, provinces, regions, islands, seas, named sites — with the
/// state each belongs to (`Resources/places.tsv`): force used at "Kharkiv" hits Ukraine, a visit
/// to "TP Hồ Chí Minh" is a visit to Vietnam, "tại Goma" is where an event happened.
public struct Gazetteer: Sendable {
    /// A place as the gazetteer names it.
    public struct Place: Hashable, Sendable {
        public let name: String
        /// ISO 3166-1 alpha-3 of its state; nil for a sea several states share.
        public let country: String?
        /// city, province, region, territory, island, sea, border or site.
        public let kind: String
    }

    let places: [Place]
    let index: PhraseIndex<Int>

    public static let standard = Gazetteer(table: ActorResources.table("places.tsv"))

    init(table: DataTable?) {
        var places: [Place] = [], index = PhraseIndex<Int>()
        for row in table?.rows ?? [] where row.count >= 4 && !row[0].isEmpty {
            index.add(row[0], places.count)
            for variant in row[3].split(separator: "|") where !variant.isEmpty { index.add(String(variant), places.count) }
            places.append(Place(name: row[0], country: row[1].isEmpty ? nil : row[1], kind: row[2]))
        }
        self.places = places
        self.index = index
    }

    /// The place written at token `i` of `document`, before `limit`: the place and the token
    /// after it.
    public func place(_ document: Document, at i: Int, limit: Int) -> (Place, Int)? {
        place(ActorTokens(document), at: i, limit: limit)
    }

    /// A place noun before the name is part of it: "thành phố Đà Nẵng", "tỉnh Lào Cai"
    /// (name-words.tsv, class place).
    func place(_ t: ActorTokens, at i: Int, limit: Int) -> (Place, Int)? {
        if let (k, end) = index.match(t, at: i, limit: limit) { return (places[k], end) }
        guard let (_, next) = ActorLexicon.standard.placeNouns.match(t, at: i, limit: limit),
              let (k, end) = index.match(t, at: next, limit: limit) else { return nil }
        return (places[k], end)
    }

    /// The first place in tokens `range` of `document`.
    public func firstPlace(_ document: Document, in range: Range<Int>) -> (Place, Range<Int>)? {
        let t = ActorTokens(document)
        for i in range {
            if let (p, end) = place(t, at: i, limit: range.upperBound) { return (p, i..<end) }
        }
        return nil
    }
}
