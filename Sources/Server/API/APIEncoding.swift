import Chronicle
import Store
import VietText

/// The API's JSON for the store's results (field names as in openapi.json).
enum APIEncoding {
    static func actorRef(_ a: ActorRef?, _ w: inout JSONWriter) { EventExport.actor(a, &w, id: true) }

    static func span(_ s: Span, _ w: inout JSONWriter) { w.pair(s.start, s.end) }

    static func event(_ e: EventRow, _ w: inout JSONWriter) {
        w.beginObject()
        EventExport.fields(e, into: &w, actorIDs: true)
        w.endObject()
    }

    static func mention(_ m: MentionRow, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("article"); w.string(m.article)
        w.field("article_date"); w.string(m.articleDate)
        w.field("url"); w.optional(m.url)
        w.field("code"); w.string(m.code)
        w.field("modality"); w.string(m.modality)
        w.field("trigger"); w.string(m.trigger)
        w.field("trigger_offsets"); span(m.triggerSpan, &w)
        w.field("sentence_offsets"); span(m.sentenceSpan, &w)
        w.field("sentence"); w.string(m.sentence)
        w.endObject()
    }

    static func actor(_ a: ActorRow, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id"); w.int(Int(a.id))
        w.field("name"); w.string(a.name)
        w.field("kind"); w.string(a.kind)
        w.field("country"); w.optional(a.country)
        w.field("role"); w.optional(a.role)
        w.field("mentions"); w.int(a.mentions)
        w.field("articles"); w.int(a.articles)
        w.field("aliases"); w.beginArray()
        for alias in a.aliases { w.element(); w.string(alias) }
        w.endArray()
        w.field("first_seen"); w.optional(a.firstSeen)
        w.field("last_seen"); w.optional(a.lastSeen)
        w.endObject()
    }

    static func searchHit(_ h: SearchHit, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("article"); w.string(h.article)
        w.field("date"); w.string(h.date)
        w.field("title"); w.optional(h.title)
        w.field("snippet"); w.string(h.snippet)
        w.field("hits"); w.beginArray()
        for s in h.hits { w.element(); span(s, &w) }
        w.endArray()
        w.endObject()
    }

    /// `{"limit":…,"offset":…,"next_offset":…|null,NAME:[…]}`: one page of a list.
    static func page<T>(_ items: [T], name: String, limit: Int, offset: Int, extra: (inout JSONWriter) -> Void = { _ in },
                        _ each: (T, inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        extra(&w)
        w.field("limit"); w.int(limit)
        w.field("offset"); w.int(offset)
        w.field("next_offset"); if items.count >= limit { w.int(offset + items.count) } else { w.null() }
        w.field(name); w.beginArray()
        for item in items { w.element(); each(item, &w) }
        w.endArray()
        w.endObject()
        return w.text
    }

    static func article(_ a: ArticleDetail) -> String {
        var w = JSONWriter(capacity: a.body.utf8.count * 2 + 1024)
        w.beginObject()
        w.field("id"); w.string(a.source)
        w.field("date"); w.string(a.date)
        w.field("url"); w.optional(a.url)
        w.field("title"); w.optional(a.title)
        w.field("text"); w.string(a.body)
        w.field("timexes"); w.beginArray()
        for t in a.timexes {
            w.element(); w.beginObject()
            w.field("offsets"); span(t.span, &w)
            w.field("type"); w.string(t.type)
            w.field("value"); w.string(t.value)
            w.endObject()
        }
        w.endArray()
        w.field("actors"); w.beginArray()
        for x in a.actors {
            w.element(); w.beginObject()
            w.field("actor"); actorRef(x.actor, &w)
            w.field("role"); w.optional(x.role)
            w.field("mentions"); w.beginArray()
            for s in x.spans { w.element(); span(s, &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.field("events"); w.beginArray()
        for e in a.events {
            w.element(); w.beginObject()
            w.field("event_id"); w.int(Int(e.eventID))
            w.field("code"); w.string(e.code)
            w.field("description"); w.string(e.description)
            w.field("modality"); w.string(e.modality)
            w.field("date"); w.optional(e.date)
            w.field("trigger_offsets"); span(e.trigger, &w)
            w.field("sentence_offsets"); span(e.sentence, &w)
            w.field("source"); actorRef(e.source, &w)
            w.field("target"); actorRef(e.target, &w)
            w.endObject()
        }
        w.endArray()
        w.field("quotes"); w.beginArray()
        for q in a.quotes {
            w.element(); w.beginObject()
            w.field("offsets"); span(q.span, &w)
            w.field("text"); w.string(q.text)
            w.field("speaker"); actorRef(q.speaker, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text
    }

    static func eventDetail(_ d: EventDetail) -> String {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.field("event"); event(d.event, &w)
        w.field("reports"); w.beginArray()
        for m in d.reports { w.element(); mention(m, &w) }
        w.endArray()
        w.field("plan"); if let plan = d.plan { event(plan, &w) } else { w.null() }
        w.field("held_as"); w.beginArray()
        for e in d.heldAs { w.element(); event(e, &w) }
        w.endArray()
        w.endObject()
        return w.text
    }

    static func actorDetail(_ d: ActorDetail) -> String {
        var w = JSONWriter(capacity: 8192)
        w.beginObject()
        w.field("actor"); actor(d.actor, &w)
        w.field("roles"); w.beginArray()
        for r in d.roles {
            w.element(); w.beginObject()
            w.field("role"); w.string(r.role)
            w.field("first_seen"); w.string(r.firstSeen)
            w.field("last_seen"); w.string(r.lastSeen)
            w.field("articles"); w.int(r.articles)
            w.endObject()
        }
        w.endArray()
        w.field("weeks"); w.beginArray()
        for week in d.weeks {
            w.element(); w.beginObject()
            w.field("monday"); w.string(week.monday)
            w.field("by_quad_class"); w.beginArray()
            for n in week.counts { w.element(); w.int(n) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.field("co_actors"); w.beginArray()
        for c in d.coActors {
            w.element(); w.beginObject()
            w.field("actor"); actorRef(c.actor, &w)
            w.field("events"); w.int(c.events)
            w.endObject()
        }
        w.endArray()
        w.field("event_count"); w.int(d.eventCount)
        w.field("events"); w.beginArray()
        for e in d.events { w.element(); event(e, &w) }
        w.endArray()
        w.endObject()
        return w.text
    }

    static func stats(_ s: ChronicleStats) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("articles"); w.int(s.counts.articles)
        w.field("actors"); w.int(s.counts.actors)
        w.field("events"); w.int(s.counts.events)
        w.field("mentions"); w.int(s.counts.mentions)
        w.field("quotes"); w.int(s.counts.quotes)
        w.field("first_article"); w.optional(s.firstArticle)
        w.field("last_article"); w.optional(s.lastArticle)
        w.field("roots"); w.beginArray()
        for r in s.roots {
            w.element(); w.beginObject()
            w.field("root"); w.string(r.root)
            w.field("description"); w.string(r.description)
            w.field("events"); w.int(r.events)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text
    }
}
