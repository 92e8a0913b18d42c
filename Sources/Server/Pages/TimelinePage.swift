import Store

/// `/timeline?actor=…&with=…`: one actor's events, or those of two actors together.
enum TimelinePage {
    static func render(_ query: QueryString, events: [EventRow]?, limit: Int, offset: Int, problem: String?) -> String {
        let actor = query["actor"] ?? "", with = query["with"] ?? ""
        let title = with.isEmpty ? (actor.isEmpty ? "Dòng thời gian" : "Dòng thời gian: \(actor)") : "Dòng thời gian: \(actor) và \(with)"
        return Layout.page(title: title) { h in
            h.element("h1", text: title)
            h.element("form", ["class": "filters", "action": "/timeline", "method": "get"]) { h in
                SearchPage.field(&h, "Tác nhân", "actor", actor, type: "text")
                SearchPage.field(&h, "Cùng với", "with", with, type: "text")
                SearchPage.field(&h, "Từ ngày", "from", query["from"] ?? "", type: "date")
                SearchPage.field(&h, "Đến ngày", "to", query["to"] ?? "", type: "date")
                SearchPage.field(&h, "Mã CAMEO", "code", query["code"] ?? "", type: "text")
                h.element("button", ["type": "submit"], text: "Xem")
            }
            if let problem { h.element("p", ["class": "problem"], text: problem) }
            guard let events else { return }
            EventViews.list(events, &h)
            h.element("nav", ["class": "pages"]) { h in
                func link(_ offset: Int) -> Link {
                    .page("/timeline", [("actor", actor), ("with", with), ("from", query["from"]), ("to", query["to"]), ("code", query["code"]),
                                        ("offset", offset > 0 ? String(offset) : nil)])
                }
                if offset > 0 { h.link(link(max(0, offset - limit)), text: "← Trước") }
                if events.count >= limit { h.link(link(offset + limit), text: "Sau →") }
            }
        }
    }
}
