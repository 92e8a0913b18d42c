import Foundation
import Testing
@testable import Server

/// Headless Chromium, when installed (`.ci/run` installs Debian's `chromium`; elsewhere these
/// tests are skipped).
enum Chromium {
    static let path: String? = {
        let env = ProcessInfo.processInfo.environment
        let candidates = [env["CHROMIUM"]].compactMap { $0 } + (env["PATH"] ?? "/usr/bin").split(separator: ":").flatMap { dir in
            ["chromium", "chromium-browser", "google-chrome"].map { "\(dir)/\($0)" }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs Chromium headless with these arguments and returns what it printed.
    static func run(_ arguments: [String]) async throws -> String {
        guard let path else { return "" }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: path)
                    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                         "--user-data-dir=\(profile.path)", "--hide-scrollbars"] + arguments
                    let out = Pipe()
                    process.standardOutput = out
                    process.standardError = FileHandle.nullDevice
                    try process.run()
                    let data = out.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    return String(decoding: data, as: UTF8.self)
                })
            }
        }
    }

    /// The DOM after the page's scripts ran.
    static func dom(_ url: String) async throws -> String {
        try await run(["--virtual-time-budget=2000", "--dump-dom", url])
    }

    /// A PNG of the page at this window size, saved under .build/screenshots/.
    static func screenshot(_ url: String, name: String, width: Int, height: Int) async throws -> URL {
        let folder = TestServer.packageRoot.appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name + ".png")
        try? FileManager.default.removeItem(at: file)
        _ = try await run(["--window-size=\(width),\(height)", "--screenshot=\(file.path)", url])
        return file
    }
}

@Suite("Server: pages as a person sees them in Chromium", .enabled(if: Chromium.path != nil, "chromium is not installed"), .serialized)
struct BrowserTests {
    @Test("every page type renders what a reader looks for")
    func pages() async throws {
        let server = try await TestServer.start(try TestServer.examples())
        defer { Task { await server.stop() } }
        let base = "http://127.0.0.1:\(server.port)"

        let home = try await Chromium.dom(base + "/")
        #expect(home.contains("data-js=\"ready\""), "the page's script ran")
        #expect(home.contains("Sự kiện mới nhất") && home.contains("10 bài báo"))

        // A search without diacritics finds the example that has them, marked.
        let search = try await Chromium.dom(base + "/search?q=dien+dam")
        #expect(search.contains("href=\"/articles/01-dien-dam-viet-nhat\""))
        #expect(search.contains("<mark class=\"hit\">điện đàm</mark>"))

        // An article: one highlighted span per extracted item.
        let api = try json(try await server.get("/api/articles/01-dien-dam-viet-nhat"))
        let actorSpans = (api["actors"] as? [[String: Any]] ?? []).reduce(0) { $0 + (($1["mentions"] as? [Any])?.count ?? 0) }
        let items = (api["timexes"] as? [Any] ?? []).count + actorSpans + (api["events"] as? [Any] ?? []).count + (api["quotes"] as? [Any] ?? []).count
        let article = try await Chromium.dom(base + "/articles/01-dien-dam-viet-nhat")
        let body = try #require(article.components(separatedBy: "<article class=\"text\">").last?.components(separatedBy: "</article>").first)
        #expect(items > 10)
        #expect(body.components(separatedBy: "<mark class=\"ent ").count - 1 == items)
        #expect(body.components(separatedBy: "<mark class=\"ent timex\"").count - 1 == (api["timexes"] as? [Any])?.count)
        #expect(body.contains("title=\"TIMEX3 DATE 2025-11-11\""))

        // An actor: its chart, drawn as SVG bars.
        let actors = try json(try await server.get("/api/actors?name=Ph%E1%BA%A1m%20Minh%20Ch%C3%ADnh"))
        let actorID = try #require(((actors["actors"] as? [[String: Any]])?.first?["id"]) as? Int)
        let actor = try await Chromium.dom(base + "/actors/\(actorID)")
        #expect(actor.contains("<h1>Phạm Minh Chính</h1>"))
        #expect(actor.contains("<svg class=\"chart\"") && actor.components(separatedBy: "<rect ").count > 1)

        // An event and a timeline of two actors.
        let timeline = try await Chromium.dom(base + "/timeline?actor=Ph%E1%BA%A1m+Minh+Ch%C3%ADnh&with=Sanae+Takaichi")
        #expect(timeline.contains("Sanae Takaichi") && timeline.contains("<ol class=\"events\">"))
        let eventLink = try #require(timeline.range(of: "href=\"/events/[0-9]+\"", options: .regularExpression).map { String(timeline[$0].dropFirst(6).dropLast()) })
        let event = try await Chromium.dom(base + eventLink)
        #expect(event.contains("Các bài đưa tin") && event.contains("<mark class=\"ent event\">"))

        // Screenshots for people to look at: a desktop article and a phone-width actor page.
        for (path, name, width, height) in [("/articles/01-dien-dam-viet-nhat", "article-desktop", 1200, 1100), ("/actors/\(actorID)", "actor-phone", 390, 1000)] {
            let file = try await Chromium.screenshot(base + path, name: name, width: width, height: height)
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(file.path)")
        }
    }
}
