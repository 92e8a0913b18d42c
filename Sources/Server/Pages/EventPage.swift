import Store
import VietText

/// `/events/ID`: code and description, participants, date, modality, every report with its
/// sentence, and the planned → held links both ways.
enum EventPage {
    static func render(_ d: EventDetail) -> String {
        let e = d.event
        return Layout.page(title: "\(e.code) \(e.description)") { h in
            h.element("h1", text: "\(e.code) \(e.description)")
            h.element("dl", ["class": "event-facts"]) { h in
                h.element("dt", text: "Bên thực hiện → bên nhận")
                h.element("dd") { h in EventViews.participants(e, &h) }
                h.element("dt", text: "Ngày")
                h.element("dd", text: e.date ?? "không rõ (đưa tin lần đầu \(e.firstSeen))")
                h.element("dt", text: "Thể thức")
                h.element("dd", text: Labels.modality(e.modality))
                if let place = e.location {
                    h.element("dt", text: "Địa điểm")
                    h.element("dd", text: place)
                }
                h.element("dt", text: "Đưa tin")
                h.element("dd", text: "\(e.mentions) lần trong \(e.articles) bài, \(e.firstSeen) – \(e.lastSeen)")
            }
            if let plan = d.plan {
                h.element("p", ["class": "link-plan"]) { h in
                    h.text("Đã diễn ra theo kế hoạch: ")
                    h.link(.event(plan.id), text: "\(plan.code) \(plan.description) (\(plan.date ?? plan.firstSeen))", class: "code")
                }
            }
            if !d.heldAs.isEmpty {
                h.element("p", ["class": "link-held"]) { h in
                    h.text("Kế hoạch này đã diễn ra: ")
                    for (n, held) in d.heldAs.enumerated() {
                        if n > 0 { h.text(", ") }
                        h.link(.event(held.id), text: "\(held.code) \(held.description) (\(held.date ?? held.firstSeen))", class: "code")
                    }
                }
            }
            h.element("h2", text: "Các bài đưa tin (\(d.reports.count))")
            h.element("ol", ["class": "reports"]) { h in
                for m in d.reports {
                    h.element("li") { h in
                        h.link(.article(m.article), text: m.article, class: "src")
                        h.text(" · \(m.articleDate) · \(m.code) · \(Labels.modality(m.modality))")
                        h.element("blockquote") { h in sentence(m, &h) }
                    }
                }
            }
        }
    }

    /// The report's sentence with its trigger marked.
    static func sentence(_ m: MentionRow, _ h: inout HTML) {
        let s = Array(m.sentence.unicodeScalars)
        let a = min(max(0, m.triggerSpan.start - m.sentenceSpan.start), s.count)
        let b = min(max(a, m.triggerSpan.end - m.sentenceSpan.start), s.count)
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }
        h.text(text(0..<a))
        h.element("mark", ["class": "ent event"], text: text(a..<b))
        h.text(text(b..<s.count))
    }
}
