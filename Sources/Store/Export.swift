import Foundation
import Chronicle
import VietText

/// Event rows as JSON Lines, CSV or GDELT 2.0 event table lines.
public enum EventExport {
    /// One JSON object per event, with its reports when given.
    public static func jsonLine(_ e: EventRow, mentions: [MentionRow]? = nil) -> String {
        var w = JSONWriter(capacity: 1024)
        w.beginObject()
        fields(e, into: &w, actorIDs: false)
        if let mentions {
            w.field("reports"); w.beginArray()
            for m in mentions {
                w.element(); w.beginObject()
                MentionExport.fields(m, into: &w)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.text
    }

    /// An event's fields, in the one order the export and the HTTP API share; `actorIDs` adds
    /// each side's database id (the API links to actors, an export stands alone).
    public static func fields(_ e: EventRow, into w: inout JSONWriter, actorIDs: Bool) {
        w.field("id"); w.int(Int(e.id))
        w.field("code"); w.string(e.code)
        w.field("description"); w.string(e.description)
        w.field("date"); w.optional(e.date)
        w.field("day"); w.string(e.day)
        w.field("source"); actor(e.source, &w, id: actorIDs)
        w.field("target"); actor(e.target, &w, id: actorIDs)
        w.field("location"); w.optional(e.location)
        w.field("modality"); w.string(e.modality)
        w.field("mentions"); w.int(e.mentions)
        w.field("articles"); w.int(e.articles)
        w.field("first_seen"); w.string(e.firstSeen)
        w.field("last_seen"); w.string(e.lastSeen)
        w.field("planned_id"); if let p = e.plannedID { w.int(Int(p)) } else { w.null() }
        w.field("evidence"); w.string(e.evidence)
        w.field("article"); w.string(e.article)
    }

    /// An actor reference: null, or its name, kind and country (and id when asked).
    public static func actor(_ a: ActorRef?, _ w: inout JSONWriter, id: Bool) {
        guard let a else { w.null(); return }
        w.beginObject()
        if id { w.field("id"); w.int(Int(a.id)) }
        w.field("name"); w.string(a.name)
        w.field("kind"); w.string(a.kind)
        w.field("country"); w.optional(a.country)
        w.endObject()
    }

    public static let csvHeader = [
        "event_id", "day", "date", "code", "description", "quad_class", "goldstein", "source", "source_kind", "source_country",
        "target", "target_kind", "target_country", "modality", "location", "mentions", "articles", "first_seen", "last_seen",
        "planned_id", "evidence", "article",
    ].joined(separator: ",")

    /// One CSV record (RFC 4180: fields with commas, quotes or line breaks are quoted).
    public static func csvLine(_ e: EventRow) -> String {
        let cameo = Cameo.standard.entry(e.code)
        let fields: [String] = [
            String(e.id), e.day, e.date ?? "", e.code, e.description, cameo.map { String($0.quadClass) } ?? "",
            cameo.map { String($0.goldstein) } ?? "", e.source?.name ?? "", e.source?.kind ?? "", e.source?.country ?? "",
            e.target?.name ?? "", e.target?.kind ?? "", e.target?.country ?? "", e.modality, e.location ?? "",
            String(e.mentions), String(e.articles), e.firstSeen, e.lastSeen, e.plannedID.map(String.init) ?? "",
            e.evidence, e.article,
        ]
        return fields.map(csvField).joined(separator: ",")
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The 61 tab-separated columns of the GDELT 2.0 event table, in GDELT's order, so GDELT
    /// tooling reads the file. SQLDATE is the event's own date (its first day when coarser
    /// than a day; the first report's date when it has none), not the article's. Actor codes
    /// are GDELT country codes; fields BienNien does not know (ethnic, religion, type codes,
    /// tone, coordinates) are empty, AvgTone 0.
    public static func gdeltLine(_ e: EventRow, added: String) -> String {
        let cameo = Cameo.standard.entry(e.code)
        let day = CivilDate(iso: e.day) ?? CivilDate(iso: e.firstSeen)
        let sqlDate = day.map { String(format4($0.year)) + pad2($0.month) + pad2($0.day) } ?? ""
        let monthYear = day.map { String(format4($0.year)) + pad2($0.month) } ?? ""
        let year = day.map { String($0.year) } ?? ""
        let fraction = day.map { d -> String in
            let start = CivilDate(year: d.year, month: 1, day: 1)
            let dayOfYear = start.map { Double(d.dayNumber - $0.dayNumber + 1) } ?? 1
            return String(format: "%.4f", Double(d.year) + dayOfYear / 365)
        } ?? ""
        func actorColumns(_ a: ActorRef?) -> [String] {
            guard let a else { return Array(repeating: "", count: 10) }
            let country = a.country.map(GDELTCountries.code) ?? ""
            return [country, a.name.uppercased(), country] + Array(repeating: "", count: 7)
        }
        func geo(_ name: String?) -> [String] {
            guard let name, !name.isEmpty else { return Array(repeating: "", count: 8) }
            return ["1", name] + Array(repeating: "", count: 6)
        }
        var columns: [String] = [String(e.id), sqlDate, monthYear, year, fraction]
        columns += actorColumns(e.source)
        columns += actorColumns(e.target)
        columns += ["1", e.code, String(e.code.prefix(3)), String(e.code.prefix(2)),
                    cameo.map { String($0.quadClass) } ?? "", cameo.map { String($0.goldstein) } ?? "",
                    String(e.mentions), String(e.articles), String(e.articles), "0"]
        columns += geo(nil) + geo(nil) + geo(e.location)
        columns += [added, e.url ?? e.article]
        return columns.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t")
    }

    private static func format4(_ y: Int) -> String { let s = String(y); return String(repeating: "0", count: max(0, 4 - s.count)) + s }
    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// Event reports (mentions) as CSV or GDELT 2.0 mentions table lines.
public enum MentionExport {
    public static let csvHeader = [
        "event_id", "event_day", "event_code", "article", "article_date", "url", "code", "modality", "trigger",
        "trigger_start", "trigger_end", "sentence_start", "sentence_end", "sentence",
    ].joined(separator: ",")

    public static func csvLine(_ m: MentionRow, event: EventRow) -> String {
        [String(m.eventID), event.day, event.code, m.article, m.articleDate, m.url ?? "", m.code, m.modality, m.trigger,
         String(m.triggerSpan.start), String(m.triggerSpan.end), String(m.sentenceSpan.start), String(m.sentenceSpan.end), m.sentence]
            .map(EventExport.csvField).joined(separator: ",")
    }

    /// One JSON object per report, with its event's id, day and code.
    public static func jsonLine(_ m: MentionRow, event: EventRow) -> String {
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.field("event_id"); w.int(Int(m.eventID))
        w.field("event_day"); w.string(event.day)
        w.field("event_code"); w.string(event.code)
        fields(m, into: &w)
        w.endObject()
        return w.text
    }

    /// A report's own fields, also nested in an event's JSON line.
    static func fields(_ m: MentionRow, into w: inout JSONWriter) {
        w.field("article"); w.string(m.article)
        w.field("article_date"); w.string(m.articleDate)
        if let url = m.url { w.field("url"); w.string(url) }
        w.field("code"); w.string(m.code)
        w.field("modality"); w.string(m.modality)
        w.field("trigger"); w.string(m.trigger)
        w.field("trigger_offsets"); w.pair(m.triggerSpan.start, m.triggerSpan.end)
        w.field("sentence_offsets"); w.pair(m.sentenceSpan.start, m.sentenceSpan.end)
        w.field("sentence"); w.string(m.sentence)
    }

    /// The 16 tab-separated columns of the GDELT 2.0 mentions table: GLOBALEVENTID,
    /// EventTimeDate and MentionTimeDate (YYYYMMDDHHMMSS: the event's day, the article's
    /// date), MentionType 1 (web), MentionSourceName and MentionIdentifier (the article's URL
    /// or id), SentenceID empty, Actor1/Actor2CharOffset -1, ActionCharOffset (the trigger's
    /// offset), InRawText 1, Confidence 100, MentionDocLen, tone and the rest empty or 0.
    public static func gdeltLine(_ m: MentionRow, event: EventRow) -> String {
        func stamp(_ day: String) -> String { day.filter(\.isNumber).prefix(8) + "000000" }
        let source = m.url ?? m.article
        return [String(m.eventID), stamp(event.day), stamp(m.articleDate), "1", source, source, "", "-1", "-1",
                String(m.triggerSpan.start), "1", "100", "", "0", "", ""]
            .map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")
    }
}

extension SearchHit {
    /// One search result as a JSON object.
    public func jsonLine(rank: Int, ordered: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("rank"); w.int(rank)
        w.field("ordered_by"); w.string(ordered)
        w.field("article"); w.string(article)
        w.field("date"); w.string(date)
        w.field("title"); w.optional(title)
        w.field("score"); w.string(String(format: "%.3f", -score))
        w.field("snippet"); w.string(snippet)
        w.field("hits"); w.beginArray()
        for h in hits { w.element(); w.pair(h.start, h.end) }
        w.endArray()
        w.endObject()
        return w.text
    }
}

extension ActorRow {
    /// One actor as a JSON object.
    public func jsonLine(rank: Int) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("rank"); w.int(rank)
        w.field("name"); w.string(name)
        w.field("kind"); w.string(kind)
        w.field("country"); w.optional(country)
        w.field("role"); w.optional(role)
        w.field("mentions"); w.int(mentions)
        w.field("articles"); w.int(articles)
        w.field("aliases"); w.beginArray()
        for alias in aliases { w.element(); w.string(alias) }
        w.endArray()
        w.field("first_seen"); w.optional(firstSeen)
        w.field("last_seen"); w.optional(lastSeen)
        w.endObject()
        return w.text
    }
}
