import Hummingbird
import Store

/// The web pages: `/`, `/search`, `/articles/ID`, `/actors/ID`, `/events/ID`, `/timeline`.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, _ h: Handlers) {
        router.get("/") { _, _ in
            // Pages are rendered on the query threads too, first come first served.
            Responses.html(try await h.query { s in
                HomePage.render(stats: try s.stats(), latest: try s.latestEvents(limit: 15), actors: try s.actors(country: nil, kind: nil, name: nil, limit: 15))
            })
        }
        router.get("/search") { request, _ in
            let q = QueryString(request.uri.query)
            let form = SearchPage.Form(q)
            guard q["q"] != nil else { return Responses.html(SearchPage.render(form, results: nil, limit: 20, offset: 0, problem: nil)) }
            do {
                let (text, filter) = try Parameters.search(q)
                return Responses.html(try await h.query { s in
                    SearchPage.render(form, results: try s.results(for: text, filter: filter), limit: filter.limit ?? 20, offset: filter.offset, problem: nil)
                })
            } catch let problem as Problem where problem.status == 400 {
                return page(SearchPage.render(form, results: nil, limit: 20, offset: 0, problem: problem.detail), status: .badRequest)
            }
        }
        router.get("/timeline") { request, _ in
            let q = QueryString(request.uri.query)
            guard q["actor"] != nil else { return Responses.html(TimelinePage.render(q, events: nil, limit: 100, offset: 0, problem: nil)) }
            do {
                let filter = try Parameters.timeline(q)
                return Responses.html(try await h.query { s in
                    var rows: [EventRow] = []
                    try s.events(filter: filter) { rows.append($0) }
                    return TimelinePage.render(q, events: rows, limit: filter.limit ?? 100, offset: filter.offset, problem: nil)
                })
            } catch let problem as Problem where problem.status == 400 {
                return page(TimelinePage.render(q, events: nil, limit: 100, offset: 0, problem: problem.detail), status: .badRequest)
            }
        }
        router.get("/articles/:id") { _, context in
            let id = Parameters.pathText(context.parameters.get("id"))
            guard let html = try await h.query({ try $0.article(id).map(ArticlePage.render) }) else { throw Problem.notFound("no article has the id '\(id)'") }
            return Responses.html(html)
        }
        router.get("/actors/:id") { _, context in
            let id = try Parameters.id(Parameters.pathText(context.parameters.get("id")), "actor")
            guard let html = try await h.query({ try $0.actor(id, events: 100).map(ActorPage.render) }) else { throw Problem.notFound("no actor has the id \(id)") }
            return Responses.html(html)
        }
        router.get("/events/:id") { _, context in
            let id = try Parameters.id(Parameters.pathText(context.parameters.get("id")), "event")
            guard let html = try await h.query({ try $0.event(id).map(EventPage.render) }) else { throw Problem.notFound("no event has the id \(id)") }
            return Responses.html(html)
        }
    }

    static func page(_ html: String, status: HTTPResponse.Status) -> Response {
        Responses.text(html, type: "text/html; charset=utf-8", status: status)
    }
}
