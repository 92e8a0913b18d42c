import Store

/// `/actors/ID`: name, kind, country, dated roles, aliases, the weekly chart, co-actors and
/// events.
enum ActorPage {
    static func render(_ d: ActorDetail) -> String {
        let a = d.actor
        return Layout.page(title: a.name) { h in
            h.element("h1", text: a.name)
            h.element("p", ["class": "meta"], text: [Labels.kind(a.kind), a.country, a.role].compactMap { $0 }.joined(separator: " · ")
                + " · \(a.mentions) lần nhắc trong \(a.articles) bài" + (a.firstSeen.map { " · \($0) – \(a.lastSeen ?? $0)" } ?? ""))
            if !a.aliases.isEmpty {
                h.element("p") { h in
                    h.element("strong", text: "Tên khác: ")
                    h.text(a.aliases.joined(separator: ", "))
                }
            }
            if !d.roles.isEmpty {
                h.element("h2", text: "Vai trò")
                h.element("ul", ["class": "roles"]) { h in
                    for r in d.roles {
                        h.element("li", text: "\(r.role): \(r.firstSeen)\(r.lastSeen != r.firstSeen ? " – " + r.lastSeen : "") (\(r.articles) bài)")
                    }
                }
            }
            h.element("h2", text: "Sự kiện mỗi tuần (\(d.eventCount) sự kiện)")
            WeekChart.render(d.weeks, &h)
            if !d.coActors.isEmpty {
                h.element("h2", text: "Tác nhân liên quan")
                h.element("ul", ["class": "coactors"]) { h in
                    for c in d.coActors {
                        h.element("li") { h in
                            h.link(.actor(c.actor.id), text: Labels.actor(c.actor.name, c.actor.country), class: "actor")
                            h.text(" · \(c.events) sự kiện · ")
                            h.link(.page("/timeline", [("actor", a.name), ("with", c.actor.name)]), text: "dòng thời gian chung")
                        }
                    }
                }
            }
            h.element("h2", text: "Sự kiện, mới nhất trước")
            EventViews.list(d.events, &h)
            h.element("p") { h in h.link(.page("/timeline", [("actor", a.name)]), text: "Toàn bộ dòng thời gian →") }
        }
    }
}
