import Hummingbird
import Store

/// The web pages: `/`, `/search`, `/articles/ID`, `/actors/ID`, `/events/ID`, `/timeline`.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, _ h: Handlers) {
        router.get("/") { _, _ in
            let (stats, latest, actors) = try await h.query { s in (try s.stats(), try s.latestEvents(limit: 15), try s.actors(country: nil, kind: nil, name: nil, limit: 15)) }
            return Responses.html(HomePage.render(stats: stats, latest: latest, actors: actors))
        }
        router.get("/search") { request, _ in
            let q = QueryString(request.uri.query)
            let form = SearchPage.Form(q)
            guard q["q"] != nil else { return Responses.html(SearchPage.render(form, results: nil, limit: 20, offset: 0, problem: nil)) }
            do {
                let (text, filter) = try Parameters.search(q)
                let results = try await h.query { try $0.results(for: text, filter: filter) }
                return Responses.html(SearchPage.render(form, results: results, limit: filter.limit ?? 20, offset: filter.offset, problem: nil))
            } catch let problem as Problem where problem.status == 400 {
                return page(SearchPage.render(form, results: nil, limit: 20, offset: 0, problem: problem.detail), status: .badRequest)
            }
        }
        router.get("/timeline") { request, _ in
            let q = QueryString(request.uri.query)
            guard q["actor"] != nil else { return Responses.html(TimelinePage.render(q, events: nil, limit: 100, offset: 0, problem: nil)) }
            do {
                let filter = try Parameters.timeline(q)
                let events = try await h.query { s in
                    var rows: [EventRow] = []
                    try s.events(filter: filter) { rows.append($0) }
                    return rows
                }
                return Responses.html(TimelinePage.render(q, events: events, limit: filter.limit ?? 100, offset: filter.offset, problem: nil))
            } catch let problem as Problem where problem.status == 400 {
                return page(TimelinePage.render(q, events: nil, limit: 100, offset: 0, problem: problem.detail), status: .badRequest)
            }
        }
        router.get("/articles/:id") { _, context in
            let id = Parameters.pathText(context.parameters.get("id"))
            guard let article = try await h.query({ try $0.article(id) }) else { throw Problem.notFound("no article has the id '\(id)'") }
            return Responses.html(ArticlePage.render(article))
        }
        router.get("/actors/:id") { _, context in
            let id = try Parameters.id(Parameters.pathText(context.parameters.get("id")), "actor")
            guard let actor = try await h.query({ try $0.actor(id, events: 100) }) else { throw Problem.notFound("no actor has the id \(id)") }
            return Responses.html(ActorPage.render(actor))
        }
        router.get("/events/:id") { _, context in
            let id = try Parameters.id(Parameters.pathText(context.parameters.get("id")), "event")
            guard let event = try await h.query({ try $0.event(id) }) else { throw Problem.notFound("no event has the id \(id)") }
            return Responses.html(EventPage.render(event))
        }
    }

    static func page(_ html: String, status: HTTPResponse.Status) -> Response {
        Responses.text(html, type: "text/html; charset=utf-8", status: status)
    }
}
