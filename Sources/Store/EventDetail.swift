import GRDB

/// One event with every report of it across articles and its planned → held links.
public struct EventDetail: Sendable {
    public let event: EventRow
    public let reports: [MentionRow]
    /// The announced meeting (036) this event fulfilled.
    public let plan: EventRow?
    /// The events that fulfilled this one, when it is a plan.
    public let heldAs: [EventRow]
}

extension ChronicleStore {
    /// The event with this id, or nil.
    public func event(_ id: Int64) throws -> EventDetail? {
        guard let event = try eventRows([id]).first else { return nil }
        let fulfilling = try reader.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM events WHERE planned_id = ? ORDER BY day, id LIMIT 100", arguments: [id])
        }
        return EventDetail(event: event, reports: try mentions(of: [id]),
                           plan: try event.plannedID.flatMap { try eventRows([$0]).first },
                           heldAs: try eventRows(fulfilling))
    }

    /// Events by id, in date order (the timeline query, narrowed to these ids).
    func eventRows(_ ids: [Int64]) throws -> [EventRow] {
        guard !ids.isEmpty else { return [] }
        var filter = QueryFilter()
        filter.eventIDs = ids
        var rows: [EventRow] = []
        try events(filter: filter) { rows.append($0) }
        return rows
    }

    /// The newest events first (a home page's latest events).
    public func latestEvents(limit: Int) throws -> [EventRow] {
        var filter = QueryFilter(limit: limit)
        filter.newestFirst = true
        var rows: [EventRow] = []
        try events(filter: filter) { rows.append($0) }
        return rows
    }
}
