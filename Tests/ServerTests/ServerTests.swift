import Chronicle
import Foundation
import Testing
import VietText
@testable import Server
@testable import Store

@Suite("Server: HTML that escapes by default")
struct HTMLTests {
    @Test("text and attribute values are escaped; markup needs a literal")
    func escaping() {
        var h = HTML()
        h.element("p", ["title": "\"><img src=x onerror=alert(1)>"], text: "<script>alert(1)</script> & 'x'")
        #expect(h.output == "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;</p>")
    }

    @Test("links percent-encode every variable part")
    func links() {
        #expect(Link.article("../Package.swift").path == "/articles/..%2FPackage.swift")
        #expect(Link.article("a\"b c").path == "/articles/a%22b%20c")
        #expect(Link.page("/search", [("q", "điện đàm"), ("from", nil), ("code", "")]).path == "/search?q=%C4%91i%E1%BB%87n%20%C4%91%C3%A0m")
    }

    @Test("form encoding: + is a space, %XX is UTF-8, empty values are absent")
    func queryString() {
        let q = QueryString("q=dien+dam&actor=Ph%E1%BA%A1m&from=&x")
        #expect(q["q"] == "dien dam" && q["actor"] == "Phạm" && q["from"] == nil && q["x"] == nil)
    }

    @Test("every item is one mark, nested or crossing")
    func highlighting() {
        let items = [
            ArticlePage.Item(span: Span(0, 10), kind: "quote", label: "Q", details: "q", rank: 0),
            ArticlePage.Item(span: Span(2, 5), kind: "actor-person", label: "A", details: "a", rank: 2),
            ArticlePage.Item(span: Span(8, 14), kind: "timex", label: "T", details: "t", rank: 3),  // crosses the quote's end
            ArticlePage.Item(span: Span(15, 17), kind: "event", label: "E", details: "e", rank: 1),
        ]
        var h = HTML()
        ArticlePage.highlighted("abcdefghijklmnopq", items, &h)
        #expect(h.output.components(separatedBy: "<mark ").count - 1 == 4)
        #expect(h.output.components(separatedBy: "</mark>").count - 1 == 4)
        // The text survives whole, in order.
        let text = h.output.replacingOccurrences(of: "<span class=\"lbl\">[A-Z]</span>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        #expect(text == "abcdefghijklmnopq")
    }

    @Test("a query that runs past the time limit is cut off with a 503")
    func timeLimit() async throws {
        let runner = QueryRunner(timeLimit: .milliseconds(50))
        await #expect(throws: Problem.self) {
            _ = try await runner.run { Thread.sleep(forTimeInterval: 2); return 1 }
        }
        #expect(try await runner.run { 42 } == 42)
    }
}

@Suite("Server: every endpoint over the examples")
struct EndpointTests {
    @Test("pages and API answer 200 and link to each other")
    func everyEndpoint() async throws {
        let server = try await TestServer.start(try TestServer.examples())
        defer { Task { await server.stop() } }
        let actors = try json(try await server.get("/api/actors?name=Ph%E1%BA%A1m%20Minh%20Ch%C3%ADnh"))
        let actorID = try #require(((actors["actors"] as? [[String: Any]])?.first?["id"]) as? Int)
        let timeline = try json(try await server.get("/api/timeline?actor=Ph%E1%BA%A1m+Minh+Ch%C3%ADnh"))
        let eventID = try #require(((timeline["events"] as? [[String: Any]])?.first?["id"]) as? Int)
        for target in ["/", "/search?q=dien+dam", "/articles/01-dien-dam-viet-nhat", "/actors/\(actorID)", "/events/\(eventID)",
                       "/timeline?actor=Ph%E1%BA%A1m+Minh+Ch%C3%ADnh&with=Takaichi", "/api/stats", "/api/search?q=dien%20dam",
                       "/api/articles/01-dien-dam-viet-nhat", "/api/actors/\(actorID)", "/api/events/\(eventID)", "/api/actors",
                       "/api/openapi.json", "/static/style.css", "/static/app.js"] {
            let r = try await server.get(target)
            #expect(r.status == 200, "\(target): \(r.status) \(r.body.prefix(200))")
        }
        let search = try await server.get("/search?q=dien+dam")
        #expect(search.body.contains("href=\"/articles/01-dien-dam-viet-nhat\""))
        #expect(search.body.contains("<mark class=\"hit\">điện đàm</mark>"))
        let actorPage = try await server.get("/actors/\(actorID)")
        #expect(actorPage.body.contains("<svg class=\"chart\"") && actorPage.body.contains("<rect "))
        #expect(actorPage.body.contains("href=\"/events/"))
        let openapi = try json(try await server.get("/api/openapi.json"))
        #expect(openapi["openapi"] as? String == "3.1.0")
        let paths = Set((openapi["paths"] as? [String: Any] ?? [:]).keys)
        #expect(paths.isSuperset(of: [
            "/api/search", "/api/timeline", "/api/actors", "/api/actors/{id}", "/api/events/{id}", "/api/articles/{id}", "/api/export", "/api/stats"]))
        // One log line per request.
        #expect(server.log.all.count >= 17 && server.log.all.allSatisfy { $0.contains(" GET /") })
    }

    @Test("an article's offsets point at what was found")
    func articleOffsets() async throws {
        let server = try await TestServer.start(try TestServer.examples())
        defer { Task { await server.stop() } }
        let a = try json(try await server.get("/api/articles/01-dien-dam-viet-nhat"))
        let text = Array(try #require(a["text"] as? String).unicodeScalars)
        func slice(_ pair: Any?) -> String {
            guard let p = pair as? [Int], p.count == 2, p[0] < p[1], p[1] <= text.count else { return "" }
            return String(String.UnicodeScalarView(text[p[0]..<p[1]]))
        }
        let timexes = try #require(a["timexes"] as? [[String: Any]])
        #expect(timexes.contains { slice($0["offsets"]) == "ngày 11/11" && $0["value"] as? String == "2025-11-11" })
        let actors = try #require(a["actors"] as? [[String: Any]])
        let chinh = try #require(actors.first { ($0["actor"] as? [String: Any])?["name"] as? String == "Phạm Minh Chính" })
        let spans = try #require(chinh["mentions"] as? [Any])
        #expect(spans.count == 3 && spans.allSatisfy { slice($0).contains("Chính") })
        let events = try #require(a["events"] as? [[String: Any]])
        #expect(events.contains { slice($0["trigger_offsets"]) == "điện đàm" && $0["code"] as? String == "041" })
    }

    @Test("bad parameters are 400 and unknown ids 404, as problem details")
    func problems() async throws {
        let server = try await TestServer.start(try TestServer.examples())
        defer { Task { await server.stop() } }
        for (target, status) in [("/api/search", 400), ("/api/search?q=x&limit=abc", 400), ("/api/search?q=x&limit=100000", 400),
                                 ("/api/search?q=x&from=2025-02-30", 400), ("/api/timeline?actor=nobody-at-all", 400),
                                 ("/api/actors?kind=robot", 400), ("/api/export?format=xml", 400), ("/api/events/999999", 404),
                                 ("/api/events/abc", 404), ("/api/actors/0", 404), ("/api/articles/nope", 404), ("/api/nothing", 404)] {
            let r = try await server.get(target)
            #expect(r.status == status, "\(target)")
            #expect(r.headers["content-type"] == "application/problem+json", "\(target)")
            let problem = try json(r)
            #expect(problem["status"] as? Int == status && (problem["detail"] as? String)?.isEmpty == false, "\(target)")
        }
        #expect(try await server.get("/articles/nope").status == 404)
        #expect(try await server.get("/search?q=x&from=bad").status == 400)
    }

    @Test("pagination is capped and pages do not overlap")
    func pagination() async throws {
        let server = try await TestServer.start(try TestServer.examples())
        defer { Task { await server.stop() } }
        let first = try json(try await server.get("/api/actors?limit=2"))
        let second = try json(try await server.get("/api/actors?limit=2&offset=2"))
        let ids1 = (first["actors"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
        let ids2 = (second["actors"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
        #expect(ids1.count == 2 && ids2.count == 2 && Set(ids1).isDisjoint(with: ids2))
        #expect(first["next_offset"] as? Int == 2)
        #expect(try await server.get("/api/actors?limit=\(Parameters.maxLimit + 1)").status == 400)
    }

    @Test("export streams every event in the CLI's formats")
    func export() async throws {
        let server = try await TestServer.start(try TestServer.examples())
        defer { Task { await server.stop() } }
        let stats = try json(try await server.get("/api/stats"))
        let events = try #require(stats["events"] as? Int)
        let jsonl = try await server.get("/api/export?format=jsonl")
        #expect(jsonl.body.split(separator: "\n").count == events)
        let csv = try await server.get("/api/export?format=csv")
        #expect(csv.body.split(separator: "\n").first.map(String.init) == EventExport.csvHeader)
        let gdelt = try await server.get("/api/export?format=gdelt&code=04")
        #expect(gdelt.body.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
    }
}

@Suite("Server: hostile input is harmless")
struct SecurityTests {
    static let hostile = #"<script>alert(1)</script> Thủ tướng Phạm Minh Chính điện đàm với Tổng thống Pháp Emmanuel Macron ngày 10/11 "><img src=x onerror=alert(1)>. Ông nói: "<b onmouseover=alert(1)>hợp tác</b>"."#

    @Test("no page carries executable markup from an article")
    func escaped() async throws {
        let article = Article(id: "evil\"><script>alert(1)</script>", date: CivilDate(iso: "2025-11-12")!, text: Self.hostile,
                              url: "javascript:alert(1)", title: "<script>alert(1)</script>", origin: "evil")
        let server = try await TestServer.start([article])
        defer { Task { await server.stop() } }
        let id = Link.component(article.id)
        let a = try json(try await server.get("/api/articles/\(id)"))
        let actorIDs = (a["actors"] as? [[String: Any]] ?? []).compactMap { ($0["actor"] as? [String: Any])?["id"] as? Int }
        let eventIDs = (a["events"] as? [[String: Any]] ?? []).compactMap { $0["event_id"] as? Int }
        #expect(!actorIDs.isEmpty && !eventIDs.isEmpty)
        var pages = ["/", "/search?q=alert", "/search?q=%3Cscript%3E", "/articles/\(id)", "/search?q=x&actor=%3Cscript%3E",
                     "/timeline?actor=Ph%E1%BA%A1m+Minh+Ch%C3%ADnh", "/nope%3Cscript%3Ealert(1)%3C/script%3E"]
        pages += actorIDs.map { "/actors/\($0)" } + eventIDs.map { "/events/\($0)" }
        for page in pages {
            let r = try await server.get(page)
            #expect([200, 400, 404].contains(r.status), "\(page)")
            let body = r.body.lowercased()
            #expect(!body.contains("<script>alert"), "\(page)")
            #expect(!body.contains("<img"), "\(page)")
            #expect(!body.contains("<b onmouseover"), "\(page)")
            #expect(!body.contains("href=\"javascript:"), "\(page)")
            // The only scripts are the binary's own.
            #expect(body.components(separatedBy: "<script").count - 1 == 1 && body.contains("<script src=\"/static/app.js\" defer></script>"), "\(page)")
            #expect(r.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        }
        let articlePage = try await server.get("/articles/\(id)")
        #expect(articlePage.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("only the embedded static files are served; paths that climb out are 404")
    func staticPaths() async throws {
        let server = try await TestServer.start([])
        defer { Task { await server.stop() } }
        for target in ["/static/../Package.swift", "/static/%2e%2e/Package.swift", "/static/..%2FPackage.swift", "/static/%2e%2e%2fPackage.swift",
                       "/static/..%5cPackage.swift", "/static/%252e%252e%252fPackage.swift", "/static/style.css%00.swift", "/static/",
                       "/static/openapi.json", "/../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd"] {
            let r = try await server.get(target)
            #expect(r.status == 404, "\(target): \(r.status)")
            #expect(!r.body.contains("swift-tools-version") && !r.body.contains("root:x:0"), "\(target)")
        }
    }

    @Test("oversized targets and bodies, and other methods, are refused")
    func limits() async throws {
        let server = try await TestServer.start([])
        defer { Task { await server.stop() } }
        let long = try await server.get("/search?q=" + String(repeating: "a", count: 9000))
        #expect(long.status == 414)
        let big = try await RawHTTP.get(port: server.port, target: "/api/stats", extraHeaders: "Content-Length: 1000000\r\n")
        #expect(big.status == 413)
        let huge = try? await RawHTTP.get(port: server.port, target: "/api/stats", extraHeaders: "X-Big: \(String(repeating: "b", count: 40_000))\r\n")
        #expect(huge == nil || huge?.status == 400 || huge?.status == 431, "\(huge?.status ?? 0)")
        #expect(try await server.get("/api/stats").status == 200, "still serving")
        let post = try RawHTTP.send("POST /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", port: server.port)
        #expect(post.status == 405)
        let head = try RawHTTP.send("HEAD /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: server.port)
        #expect(head.status == 200 && head.body.isEmpty && head.headers["content-type"] == "application/json", "\(head)")
    }
}

/// A response body as a JSON object.
func json(_ r: RawHTTP.Response) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(r.body.utf8)) as? [String: Any], "not JSON: \(r.body.prefix(200))")
}
