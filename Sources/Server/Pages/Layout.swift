/// The frame every page shares: head (styles and script served by this binary), a header
/// with the search box, the page's own content, a footer.
enum Layout {
    static func page(title: String, query: String? = nil, _ content: (inout HTML) -> Void) -> String {
        var h = HTML()
        h.unescaped("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
        h.unescaped("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.element("title", text: title + " · Biên Niên")
        h.unescaped("<link rel=\"stylesheet\" href=\"/static/style.css\"><script src=\"/static/app.js\" defer></script></head><body>")
        h.element("header", ["class": "top"]) { h in
            h.link(.home, text: "Biên Niên", class: "brand")
            h.element("form", ["class": "searchbox", "action": "/search", "method": "get", "role": "search"]) { h in
                h.open("input", ["type": "search", "name": "q", "value": query ?? "", "placeholder": "Tìm kiếm (có dấu hoặc không dấu)", "aria-label": "Tìm kiếm"])
                h.element("button", ["type": "submit"], text: "Tìm")
            }
            h.element("nav") { h in
                h.link(.page("/timeline", []), text: "Dòng thời gian")
                h.link(Link(path: "/api/openapi.json"), text: "API")
            }
        }
        h.element("main") { h in content(&h) }
        h.element("div", ["id": "tip", "class": "tip", "hidden": ""], text: "")
        h.element("footer", text: "Biên Niên — biên niên sự kiện từ báo chí tiếng Việt. Mọi dữ liệu do máy trích xuất.")
        h.unescaped("</body></html>")
        return h.output
    }
}

/// Vietnamese names for the store's codes.
enum Labels {
    static func kind(_ k: String) -> String {
        ["person": "cá nhân", "organization": "tổ chức", "country": "quốc gia"][k] ?? k
    }

    static func modality(_ m: String) -> String {
        ["asserted": "khẳng định", "reported_past": "đã đưa tin", "planned": "dự kiến", "possible": "có thể", "negated": "phủ định"][m] ?? m
    }

    /// CAMEO quad classes 1–4.
    static let quadClasses = ["Hợp tác bằng lời", "Hợp tác thực chất", "Xung đột bằng lời", "Xung đột thực chất"]

    static func timexType(_ t: String) -> String {
        ["DATE": "ngày tháng", "TIME": "thời điểm", "DURATION": "khoảng thời gian", "SET": "lặp lại"][t] ?? t
    }

    /// "Vladimir Putin (RUS)".
    static func actor(_ name: String, _ country: String?) -> String {
        country.map { "\(name) (\($0))" } ?? name
    }
}

/// An error page: what went wrong, in words.
enum ErrorPage {
    static func render(_ problem: Problem) -> String {
        Layout.page(title: problem.status == 404 ? "Không tìm thấy" : "Lỗi \(problem.status)") { h in
            h.element("h1", text: problem.status == 404 ? "Không tìm thấy trang này" : "Không thể trả lời yêu cầu (\(problem.status))")
            h.element("p", ["class": "problem"], text: problem.detail)
            h.element("p") { h in h.link(.home, text: "Về trang chủ") }
        }
    }
}
