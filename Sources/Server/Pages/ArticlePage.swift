import Store
import VietText

/// `/articles/ID`: the text with every extracted item highlighted in the manner of displaCy
/// (a colour per kind, a label, details on hover or tap), and the facts listed beside it.
enum ArticlePage {
    /// One highlighted span.
    struct Item {
        let span: Span
        let kind: String
        let label: String
        let details: String
        let rank: Int  // quotes outermost when spans coincide
    }

    static func items(_ a: ArticleDetail) -> [Item] {
        var items: [Item] = []
        for q in a.quotes {
            items.append(Item(span: q.span, kind: "quote", label: "TRÍCH DẪN",
                              details: "Trích dẫn · người nói: \(q.speaker.map { Labels.actor($0.name, $0.country) } ?? "không rõ")", rank: 0))
        }
        for e in a.events {
            let who = "\(e.source.map { Labels.actor($0.name, $0.country) } ?? "?") → \(e.target.map { Labels.actor($0.name, $0.country) } ?? "—")"
            items.append(Item(span: e.trigger, kind: "event", label: "SỰ KIỆN \(e.code)",
                              details: "\(e.code) \(e.description) · \(who) · \(Labels.modality(e.modality))\(e.date.map { " · " + $0 } ?? "")", rank: 1))
        }
        for x in a.actors {
            for s in x.spans {
                items.append(Item(span: s, kind: "actor-\(x.actor.kind)", label: Labels.kind(x.actor.kind).uppercased(),
                                  details: "\(x.actor.name) · \(Labels.kind(x.actor.kind))\(x.actor.country.map { " · " + $0 } ?? "")\(x.role.map { " · " + $0 } ?? "")", rank: 2))
            }
        }
        for t in a.timexes {
            items.append(Item(span: t.span, kind: "timex", label: "THỜI GIAN", details: "TIMEX3 \(t.type) \(t.value)", rank: 3))
        }
        return items.filter { $0.span.start < $0.span.end }
            .sorted { ($0.span.start, -$0.span.end, $0.rank) < ($1.span.start, -$1.span.end, $1.rank) }
    }

    /// The body with the items as nested marks: an item inside another is drawn inside it; one
    /// that crosses the end of the item it starts in is cut at that end, so every item is
    /// still exactly one mark.
    static func highlighted(_ body: String, _ items: [Item], _ h: inout HTML) {
        let scalars = Array(body.unicodeScalars)
        func text(_ a: Int, _ b: Int) {
            guard a < b else { return }
            h.text(String(String.UnicodeScalarView(scalars[a..<b])))
        }
        func emit(_ from: Int, _ to: Int, _ items: ArraySlice<Item>) {
            var pos = from
            var i = items.startIndex
            while i < items.endIndex {
                let item = items[i]
                let start = max(item.span.start, pos), end = min(item.span.end, to)
                var j = i + 1
                while j < items.endIndex, items[j].span.start < end { j += 1 }
                text(pos, start)
                h.open("mark", ["class": "ent " + item.kind, "title": item.details, "data-details": item.details, "tabindex": "0"])
                emit(start, max(start, end), items[(i + 1)..<j])
                h.element("span", ["class": "lbl"], text: item.label)
                h.close("mark")
                pos = max(pos, end)
                i = j
            }
            text(pos, to)
        }
        let inside = items.filter { $0.span.end <= scalars.count }
        emit(0, scalars.count, inside[...])
    }

    static func render(_ a: ArticleDetail) -> String {
        Layout.page(title: a.title ?? a.source) { h in
            h.element("h1", text: a.title ?? a.source)
            h.element("p", ["class": "meta"]) { h in
                h.text("\(a.date) · \(a.source)")
                if let url = a.url {
                    h.text(" · ")
                    if url.hasPrefix("https://") || url.hasPrefix("http://") {
                        h.element("a", ["href": url, "rel": "noopener noreferrer nofollow"], text: "nguồn")
                    } else {
                        h.text(url)
                    }
                }
            }
            h.element("p", ["class": "legend"]) { h in
                h.element("mark", ["class": "ent timex"], text: "thời gian")
                h.element("mark", ["class": "ent actor-person"], text: "cá nhân")
                h.element("mark", ["class": "ent actor-organization"], text: "tổ chức")
                h.element("mark", ["class": "ent actor-country"], text: "quốc gia")
                h.element("mark", ["class": "ent event"], text: "sự kiện")
                h.element("mark", ["class": "ent quote"], text: "trích dẫn")
            }
            h.element("div", ["class": "article-layout"]) { h in
                h.element("article", ["class": "text"]) { h in highlighted(a.body, items(a), &h) }
                h.element("aside", ["class": "facts"]) { h in facts(a, &h) }
            }
        }
    }

    static func facts(_ a: ArticleDetail, _ h: inout HTML) {
        h.element("h2", text: "Tác nhân (\(a.actors.count))")
        h.element("ul") { h in
            for x in a.actors {
                h.element("li") { h in
                    h.link(.actor(x.actor.id), text: x.actor.name, class: "actor")
                    h.text(" · \(Labels.kind(x.actor.kind))\(x.actor.country.map { " · " + $0 } ?? "") · \(x.spans.count) lần")
                }
            }
        }
        h.element("h2", text: "Sự kiện (\(a.events.count))")
        h.element("ul") { h in
            for e in a.events {
                h.element("li") { h in
                    h.link(.event(e.eventID), text: "\(e.code) \(e.description)", class: "code")
                    h.text(" · \(e.source?.name ?? "?") → \(e.target?.name ?? "—") · \(Labels.modality(e.modality))\(e.date.map { " · " + $0 } ?? "")")
                }
            }
        }
        h.element("h2", text: "Thời gian (\(a.timexes.count))")
        let scalars = Array(a.body.unicodeScalars)
        h.element("ul") { h in
            for t in a.timexes {
                let text = String(String.UnicodeScalarView(scalars[min(t.span.start, scalars.count)..<min(max(t.span.start, t.span.end), scalars.count)]))
                h.element("li", text: "\(text) → \(t.value) (\(Labels.timexType(t.type)))")
            }
        }
        h.element("h2", text: "Trích dẫn (\(a.quotes.count))")
        h.element("ul") { h in
            for q in a.quotes {
                h.element("li") { h in
                    h.element("q", text: q.text)
                    h.text(" — ")
                    EventViews.actorLink(q.speaker, &h)
                }
            }
        }
    }
}
