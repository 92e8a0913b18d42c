import Store

/// `/`: the search box, what the database holds, the latest events, the most named actors.
enum HomePage {
    static func render(stats: ChronicleStats, latest: [EventRow], actors: [ActorRow]) -> String {
        Layout.page(title: "Trang chủ") { h in
            h.element("h1", text: "Biên niên sự kiện")
            h.element("form", ["class": "bigsearch", "action": "/search", "method": "get"]) { h in
                h.open("input", ["type": "search", "name": "q", "placeholder": "ví dụ: dien dam, \"ngoại trưởng Nga\"", "aria-label": "Tìm kiếm", "autofocus": ""])
                h.element("button", ["type": "submit"], text: "Tìm kiếm")
            }
            h.element("p", ["class": "hint"], text: "Không cần gõ dấu: “dien dam” tìm thấy “điện đàm”. Dấu ngoặc kép giữ cụm từ, OR cho phép một trong hai từ, -từ để loại trừ.")
            let c = stats.counts
            h.element("section", ["class": "stats"]) { h in
                h.element("h2", text: "Cơ sở dữ liệu")
                h.element("ul") { h in
                    h.element("li", text: "\(c.articles) bài báo" + (stats.firstArticle.map { " (\($0) – \(stats.lastArticle ?? $0))" } ?? ""))
                    h.element("li", text: "\(c.actors) tác nhân")
                    h.element("li", text: "\(c.events) sự kiện, \(c.mentions) lần được đưa tin")
                    h.element("li", text: "\(c.quotes) trích dẫn")
                }
                if !stats.roots.isEmpty {
                    h.element("h3", text: "Sự kiện theo loại CAMEO")
                    h.element("ul", ["class": "roots"]) { h in
                        for r in stats.roots.prefix(10) {
                            h.element("li") { h in
                                h.link(.page("/search", [("q", r.description), ("code", r.root)]), text: "\(r.root) \(r.description)")
                                h.text(": \(r.events)")
                            }
                        }
                    }
                }
            }
            h.element("div", ["class": "columns"]) { h in
                h.element("section") { h in
                    h.element("h2", text: "Sự kiện mới nhất")
                    EventViews.list(latest, &h)
                }
                h.element("section") { h in
                    h.element("h2", text: "Tác nhân được nhắc nhiều nhất")
                    h.element("ol", ["class": "actors"]) { h in
                        for a in actors {
                            h.element("li") { h in
                                h.link(.actor(a.id), text: a.name, class: "actor")
                                h.text(" · \(Labels.kind(a.kind))\(a.country.map { " · " + $0 } ?? "") · \(a.mentions) lần trong \(a.articles) bài")
                            }
                        }
                    }
                }
            }
        }
    }
}
