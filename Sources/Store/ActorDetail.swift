import GRDB
import VietText

/// One actor for its page: its row, dated roles, weekly event counts by CAMEO quad class,
/// the actors it has events with, and its events.
public struct ActorDetail: Sendable {
    public let actor: ActorRow
    public let roles: [Role]
    /// Consecutive ISO weeks (Monday dates) from its first event to its last, at most the last
    /// `ChronicleStore.chartWeeks`.
    public let weeks: [Week]
    public let coActors: [CoActor]
    /// Its events, newest first, at most the `events` limit asked for.
    public let events: [EventRow]
    /// How many events it takes part in.
    public let eventCount: Int

    package init(actor: ActorRow, roles: [Role], weeks: [Week], coActors: [CoActor], events: [EventRow], eventCount: Int) {
        self.actor = actor
        self.roles = roles
        self.weeks = weeks
        self.coActors = coActors
        self.events = events
        self.eventCount = eventCount
    }

    /// A role as articles gave it, with the first and last article dates.
    public struct Role: Sendable {
        public let role: String
        public let firstSeen: String
        public let lastSeen: String
        public let articles: Int

        package init(role: String, firstSeen: String, lastSeen: String, articles: Int) {
            self.role = role
            self.firstSeen = firstSeen
            self.lastSeen = lastSeen
            self.articles = articles
        }
    }

    /// The events of one week by quad class: verbal cooperation, material cooperation, verbal
    /// conflict, material conflict (CAMEO quad classes 1–4).
    public struct Week: Sendable, Equatable {
        public let monday: String
        public var counts: [Int]
        public var total: Int { counts.reduce(0, +) }
    }

    /// Another actor and how many events the two share.
    public struct CoActor: Sendable {
        public let actor: ActorRef
        public let events: Int

        package init(actor: ActorRef, events: Int) {
            self.actor = actor
            self.events = events
        }
    }
}

extension ChronicleStore {
    /// Longest chart an actor page draws, in weeks.
    public static let chartWeeks = 104

    /// The actor with this id, or nil; with at most `events` of its events.
    public func actor(_ id: Int64, events limit: Int) throws -> ActorDetail? {
        let found = try reader.read { db -> (ActorRow, [ActorDetail.Role], [ActorDetail.Week], [ActorDetail.CoActor], Int)? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT *, (SELECT group_concat(alias, '|') FROM actor_aliases WHERE actor_id = actors.id) AS aliases FROM actors WHERE id = ?
                """, arguments: [id]) else { return nil }
            let roles = try Row.fetchAll(db, sql: "SELECT role, first_seen, last_seen, articles FROM actor_roles WHERE actor_id = ? ORDER BY first_seen, role",
                                         arguments: [id]).map {
                ActorDetail.Role(role: $0["role"], firstSeen: $0["first_seen"], lastSeen: $0["last_seen"], articles: $0["articles"])
            }
            let days = try Row.fetchAll(db, sql: """
                SELECT day, code, count(*) AS n FROM events WHERE source_id = ? OR target_id = ? GROUP BY day, code
                """, arguments: [id, id]).map { (day: $0["day"] as String, code: $0["code"] as String, count: $0["n"] as Int) }
            let coActors = try Row.fetchAll(db, sql: """
                SELECT o.other AS id, count(*) AS n, a.name, a.kind, a.country FROM
                    (SELECT CASE WHEN source_id = ?1 THEN target_id ELSE source_id END AS other FROM events WHERE source_id = ?1 OR target_id = ?1) o
                JOIN actors a ON a.id = o.other WHERE o.other != ?1
                GROUP BY o.other ORDER BY n DESC, a.name LIMIT 20
                """, arguments: [id]).compactMap { row in
                ActorRef(row: row, id: row["id"]).map { ActorDetail.CoActor(actor: $0, events: row["n"]) }
            }
            return (ActorRow(row: row), roles, Self.weeks(days), coActors, days.reduce(0) { $0 + $1.count })
        }
        guard let (actor, roles, weeks, coActors, count) = found else { return nil }
        return ActorDetail(actor: actor, roles: roles, weeks: weeks, coActors: coActors,
                           events: try latestEvents(ofActor: id, limit: limit), eventCount: count)
    }

    /// Counts by day and code gathered into consecutive ISO weeks by quad class.
    package static func weeks(_ days: [(day: String, code: String, count: Int)]) -> [ActorDetail.Week] {
        var byWeek: [Int: [Int]] = [:]
        for d in days {
            guard let date = CivilDate(iso: d.day) else { continue }
            let monday = date.dayNumber - (date.weekday - 1)
            let quad = Cameo.standard.entry(d.code)?.quadClass ?? 0
            guard (1...4).contains(quad) else { continue }
            byWeek[monday, default: [0, 0, 0, 0]][quad - 1] += d.count
        }
        guard let first = byWeek.keys.min(), let last = byWeek.keys.max() else { return [] }
        let start = max(first, last - (chartWeeks - 1) * 7)
        return stride(from: start, through: last, by: 7).map {
            ActorDetail.Week(monday: CivilDate(dayNumber: $0).description, counts: byWeek[$0] ?? [0, 0, 0, 0])
        }
    }
}
