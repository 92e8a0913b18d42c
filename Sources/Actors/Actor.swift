import VietText

/// A person, organization or country an article names, under its canonical name, with every
/// mention of it.
public struct Actor: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case person, organization, country
    }

    /// Position in the article's actor list.
    public let id: Int
    /// A person's fullest name as the article writes it; a country's Vietnamese name; an
    /// organization's fullest name.
    public var name: String
    public var kind: Kind
    /// ISO 3166-1 alpha-3, or nil (international bodies, unknown).
    public var country: String?
    /// The title the article gives a person ("Ngoại trưởng", "Bộ trưởng Quốc phòng").
    public var role: String?
    /// Other names it goes by in the article or the knowledge base ("CENTCOM", "ông Lavrov").
    public var aliases: [String]
    public var mentions: [Span]

    public init(id: Int, name: String, kind: Kind, country: String?, role: String? = nil, aliases: [String] = [], mentions: [Span] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.role = role
        self.aliases = aliases
        self.mentions = mentions
    }
}
