import GRDB

/// One event with every report of it across articles and its planned → held links.
public struct EventDetail: Sendable {
    public let event: EventRow
    public let reports: [MentionRow]
    /// The announced meeting (036) this event fulfilled.
    public let plan: EventRow?
    /// The events that fulfilled this one, when it is a plan.
    public let heldAs: [EventRow]

    package init(event: EventRow, reports: [MentionRow], plan: EventRow?, heldAs: [EventRow]) {
        self.event = event
        self.reports = reports
        self.plan = plan
        self.heldAs = heldAs
    }
}

extension ChronicleBackend {
    /// The event with this id with its reports and links, given the ids of the events that
    /// fulfilled it (each engine finds those its own way).
    package func eventDetail(_ id: Int64, heldAs fulfilling: (Int64) throws -> [Int64]) throws -> EventDetail? {
        guard let event = try eventRows([id]).first else { return nil }
        return EventDetail(event: event, reports: try mentions(of: [id]),
                           plan: try event.plannedID.flatMap { try eventRows([$0]).first },
                           heldAs: try eventRows(try fulfilling(id)))
    }

    /// The newest events first (a home page's latest events).
    public func latestEvents(limit: Int) throws -> [EventRow] {
        var filter = QueryFilter(limit: limit)
        filter.newestFirst = true
        return try eventList(filter)
    }
}

extension ChronicleStore {
    /// The event with this id, or nil.
    public func event(_ id: Int64) throws -> EventDetail? {
        try eventDetail(id) { id in
            try reader.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM events WHERE planned_id = ? ORDER BY day, id LIMIT 100", arguments: [id])
            }
        }
    }
}


