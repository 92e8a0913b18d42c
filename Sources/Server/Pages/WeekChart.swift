import Store

/// An SVG chart of events per week, stacked by CAMEO quad class, drawn by the server.
enum WeekChart {
    static let colors = ["#4c9f70", "#1f78b4", "#f0a030", "#d62728"]

    static func render(_ weeks: [ActorDetail.Week], _ h: inout HTML) {
        guard !weeks.isEmpty else {
            h.element("p", ["class": "empty"], text: "Chưa có sự kiện nào để vẽ biểu đồ.")
            return
        }
        let width = 720.0, height = 220.0, left = 34.0, bottom = 24.0, top = 10.0
        let top1 = max(1, weeks.map(\.total).max() ?? 1)
        let slot = (width - left - 6) / Double(weeks.count)
        let bar = min(max(1, slot * 0.8), 36)
        func y(_ n: Int) -> Double { top + (height - top - bottom) * (1 - Double(n) / Double(top1)) }
        h.open("svg", ["class": "chart", "viewBox": "0 0 \(Int(width)) \(Int(height))", "role": "img",
                       "aria-label": "Số sự kiện mỗi tuần theo nhóm CAMEO, \(weeks.count) tuần", "xmlns": "http://www.w3.org/2000/svg"])
        h.open("line", ["x1": f(left), "y1": f(y(0)), "x2": f(width - 4), "y2": f(y(0)), "class": "axis"])
        h.close("line")
        for n in Set([0, top1 / 2, top1]).sorted() {
            h.element("text", ["x": f(left - 4), "y": f(y(n) + 4), "text-anchor": "end", "class": "tick"], text: String(n))
        }
        for (i, week) in weeks.enumerated() {
            let x = left + Double(i) * slot + (slot - bar) / 2
            var base = 0
            h.open("g", ["class": "week"])
            h.element("title", text: "Tuần từ \(week.monday): " + zip(Labels.quadClasses, week.counts).map { "\($0) \($1)" }.joined(separator: ", "))
            for (q, n) in week.counts.enumerated() where n > 0 {
                h.open("rect", ["x": f(x), "y": f(y(base + n)), "width": f(bar), "height": f(y(base) - y(base + n)), "fill": colors[q], "class": "q\(q + 1)"])
                h.close("rect")
                base += n
            }
            h.close("g")
        }
        let labels = Set([0, weeks.count - 1] + stride(from: 0, to: weeks.count, by: max(1, weeks.count / 6)).map { $0 })
        for i in labels.sorted() {
            let x = left + Double(i) * slot + slot / 2
            h.element("text", ["x": f(x), "y": f(height - 6), "text-anchor": "middle", "class": "tick"], text: String(weeks[i].monday.dropFirst(2)))
        }
        h.close("svg")
        h.element("ul", ["class": "chart-legend"]) { h in
            for (q, name) in Labels.quadClasses.enumerated() {
                h.element("li", ["class": "q\(q + 1)"], text: name)
            }
        }
    }

    private static func f(_ x: Double) -> String { String(Double(Int(x * 10)) / 10) }
}
