import Store

/// How events appear in lists: date, code and description, participants, evidence.
enum EventViews {
    static func participants(_ e: EventRow, _ h: inout HTML) {
        actorLink(e.source, &h)
        h.unescaped(" → ")
        if e.target != nil { actorLink(e.target, &h) } else { h.text("—") }
    }

    static func actorLink(_ a: ActorRef?, _ h: inout HTML) {
        guard let a else { h.text("?"); return }
        h.link(.actor(a.id), text: Labels.actor(a.name, a.country), class: "actor")
    }

    static func list(_ events: [EventRow], _ h: inout HTML) {
        guard !events.isEmpty else {
            h.element("p", ["class": "empty"], text: "Không có sự kiện nào.")
            return
        }
        h.element("ol", ["class": "events"]) { h in
            for e in events {
                h.element("li") { h in
                    h.element("span", ["class": "date"], text: e.date ?? "\(e.firstSeen) (không rõ ngày)")
                    h.text(" ")
                    h.link(.event(e.id), text: "\(e.code) \(e.description)", class: "code")
                    h.element("div", ["class": "who"]) { h in
                        participants(e, &h)
                        h.text(" · \(Labels.modality(e.modality)) · \(e.articles) bài")
                        if let place = e.location { h.text(" · \(place)") }
                    }
                    h.element("blockquote") { h in
                        h.text(e.evidence + " ")
                        h.link(.article(e.article), text: "(\(e.article))", class: "src")
                    }
                }
            }
        }
    }
}
