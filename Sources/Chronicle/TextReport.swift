import VietText

/// The `--format text` rendering of an analysis: a short report for people.
public enum TextReport {
    public static func render(_ analysis: ArticleAnalysis) -> String {
        let doc = analysis.document
        var out = "\(analysis.id)  \(analysis.date)  \(doc.paragraphs.count) paragraphs, \(doc.sentences.count) sentences, \(doc.scalars.count) characters\n"
        if let title = analysis.title { out += "  title: \(title)\n" }
        if let first = doc.sentences.first {
            out += "  first sentence: \(ellipsized(doc.text(first.span), 160))\n"
        }
        out += "  timexes (\(analysis.timexes.count)):\n"
        for t in analysis.timexes {
            out += "    \(t.text)  \(t.type.rawValue) \(t.value)  [\(t.span.start)..\(t.span.end)]\n"
        }
        out += "  actors (\(analysis.actors.count)):\n"
        for a in analysis.actors {
            let details = [a.kind.rawValue, a.country, a.role].compactMap { $0 }.joined(separator: ", ")
            out += "    \(a.name)  (\(details))  \(a.mentions.count) mention(s)\n"
        }
        out += "  events (\(analysis.events.count)):\n"
        for e in analysis.events {
            out += "    \(e.code) \(e.source ?? "?") → \(e.target ?? "-")  \(e.date ?? "no date")  \(e.modality.rawValue)  «\(e.trigger)»"
            out += (e.location.map { " at \($0)" } ?? "") + "\n"
            for line in e.explanation { out += "        because: \(line)\n" }
        }
        out += "  quotes (\(analysis.quotes.count)):\n"
        for q in analysis.quotes {
            out += "    \(q.speaker ?? "?"): “\(ellipsized(q.text, 100))”\n"
        }
        return out
    }

    static func ellipsized(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }
}
