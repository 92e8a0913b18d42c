import Store

/// `/search?q=…&from=…&to=…&actor=…&code=…&offset=…`: results with marked snippets, the
/// filters in the URL so a link can be shared.
enum SearchPage {
    struct Form {
        var q = "", from = "", to = "", actor = "", code = ""
        init(_ query: QueryString) {
            q = query["q"] ?? ""
            from = query["from"] ?? ""
            to = query["to"] ?? ""
            actor = query["actor"] ?? ""
            code = query["code"] ?? ""
        }
        func link(offset: Int) -> Link {
            .page("/search", [("q", q), ("from", from), ("to", to), ("actor", actor), ("code", code), ("offset", offset > 0 ? String(offset) : nil)])
        }
    }

    static func render(_ form: Form, results: SearchResults?, limit: Int, offset: Int, problem: String?) -> String {
        Layout.page(title: form.q.isEmpty ? "Tìm kiếm" : "Tìm: \(form.q)", query: form.q) { h in
            h.element("h1", text: "Tìm kiếm")
            h.element("form", ["class": "filters", "action": "/search", "method": "get"]) { h in
                field(&h, "Từ khóa", "q", form.q, type: "search")
                field(&h, "Từ ngày", "from", form.from, type: "date")
                field(&h, "Đến ngày", "to", form.to, type: "date")
                field(&h, "Tác nhân", "actor", form.actor, type: "text")
                field(&h, "Mã CAMEO", "code", form.code, type: "text")
                h.element("button", ["type": "submit"], text: "Tìm")
            }
            if let problem {
                h.element("p", ["class": "problem"], text: problem)
                return
            }
            guard let results else { return }
            if results.hits.isEmpty {
                h.element("p", ["class": "empty"], text: "Không có bài nào khớp.")
                return
            }
            h.element("p", ["class": "hint"], text: results.byRelevance
                ? "Kết quả \(offset + 1)–\(offset + results.hits.count), phù hợp nhất trước."
                : "Kết quả \(offset + 1)–\(offset + results.hits.count), mới nhất trước (một từ của truy vấn quá phổ biến để xếp theo mức phù hợp).")
            h.element("ol", ["class": "results", "start": String(offset + 1)]) { h in
                for hit in results.hits {
                    h.element("li", ["class": "result"]) { h in
                        h.link(.article(hit.article), text: hit.title ?? hit.article, class: "title")
                        h.element("span", ["class": "date"], text: " " + hit.date + " · " + hit.article)
                        h.element("p", ["class": "snippet"]) { h in snippet(hit.snippet, &h) }
                    }
                }
            }
            h.element("nav", ["class": "pages"]) { h in
                if offset > 0 { h.link(form.link(offset: max(0, offset - limit)), text: "← Trang trước") }
                if results.hits.count >= limit { h.link(form.link(offset: offset + limit), text: "Trang sau →") }
            }
        }
    }

    static func field(_ h: inout HTML, _ label: String, _ name: String, _ value: String, type: String) {
        h.element("label") { h in
            h.text(label)
            h.open("input", ["type": type, "name": name, "value": value])
        }
    }

    /// A snippet whose hits are marked `**…**` by the store, with each hit in a mark element.
    static func snippet(_ text: String, _ h: inout HTML) {
        // Neighbouring hits ("**điện** **đàm**") read as one.
        for (n, part) in text.replacingOccurrences(of: "** **", with: " ").components(separatedBy: "**").enumerated() {
            if n % 2 == 1 { h.element("mark", ["class": "hit"], text: part) } else { h.text(part) }
        }
    }
}
