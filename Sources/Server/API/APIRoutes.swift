import Chronicle
import Hummingbird
import Store

/// The JSON API under /api/, described by `Resources/openapi.json` (served at
/// /api/openapi.json): the same store queries as the pages and the CLI.
enum APIRoutes {
    static func add(to router: Router<BasicRequestContext>, _ h: Handlers) {
        let api = router.group("/api")
        api.get("/openapi.json") { _, _ in
            Responses.text(StaticAssets.file("openapi.json") ?? "{}", type: "application/json", cache: "public, max-age=3600")
        }
        api.get("/stats") { _, _ in Responses.json(APIEncoding.stats(try await h.query { try $0.stats() })) }
        api.get("/search") { request, _ in
            let (text, filter) = try Parameters.search(QueryString(request.uri.query))
            let results = try await h.query { try $0.results(for: text, filter: filter) }
            return Responses.json(APIEncoding.page(results.hits, name: "results", limit: filter.limit ?? 20, offset: filter.offset, extra: { w in
                w.field("query"); w.string(text)
                w.field("ordered_by"); w.string(results.byRelevance ? "relevance" : "newest")
            }, APIEncoding.searchHit))
        }
        api.get("/timeline") { request, _ in
            let filter = try Parameters.timeline(QueryString(request.uri.query))
            let events = try await h.query { s in
                var rows: [EventRow] = []
                try s.events(filter: filter) { rows.append($0) }
                return rows
            }
            return Responses.json(APIEncoding.page(events, name: "events", limit: filter.limit ?? 100, offset: filter.offset, APIEncoding.event))
        }
        api.get("/actors") { request, _ in
            let p = try Parameters.actors(QueryString(request.uri.query))
            let actors = try await h.query { try $0.actors(country: p.country, kind: p.kind, name: p.name, limit: p.limit, offset: p.offset) }
            return Responses.json(APIEncoding.page(actors, name: "actors", limit: p.limit, offset: p.offset, APIEncoding.actor))
        }
        api.get("/actors/:id") { _, context in
            let id = try Parameters.id(Parameters.pathText(context.parameters.get("id")), "actor")
            guard let json = try await h.query({ try $0.actor(id, events: 100).map(APIEncoding.actorDetail) }) else { throw Problem.notFound("no actor has the id \(id)") }
            return Responses.json(json)
        }
        api.get("/events/:id") { _, context in
            let id = try Parameters.id(Parameters.pathText(context.parameters.get("id")), "event")
            guard let json = try await h.query({ try $0.event(id).map(APIEncoding.eventDetail) }) else { throw Problem.notFound("no event has the id \(id)") }
            return Responses.json(json)
        }
        api.get("/articles/:id") { _, context in
            let id = Parameters.pathText(context.parameters.get("id"))
            guard let json = try await h.query({ try $0.article(id).map(APIEncoding.article) }) else { throw Problem.notFound("no article has the id '\(id)'") }
            return Responses.json(json)
        }
        api.get("/export") { request, _ in try ExportStream.response(QueryString(request.uri.query), store: h.store) }
    }
}
