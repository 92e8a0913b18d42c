import VietText

/// The chunks of an article's sentences (`Document.chunks`) for people to read
/// (`biennien analyze --chunks`): the structure the event grammar reads, with the actor each
/// noun phrase names (the chunks of `Analyzer`'s document know the names). FORMAT.md's output is unchanged without the flag; with it a `chunks`
/// member follows the others.
extension ArticleAnalysis {
    /// The `chunks` member: one array per sentence, one object per chunk with its kind, text,
    /// token range, head word, marker words, features, the chunk it depends on (an index in
    /// the same sentence's array), its clause within the sentence and the actor it names.
    public func encodeChunks<Sink: JSONSink>(into w: inout Sink) {
        let doc = document
        w.beginArray()
        for sentence in doc.sentences {
            let range = chunkRange(of: sentence)
            let firstClause = range.isEmpty ? 0 : doc.chunks[range.lowerBound].clause
            w.element(); w.beginArray()
            for c in range {
                let chunk = doc.chunks[c]
                w.element(); w.beginObject()
                w.field("kind"); w.string(Self.kindNames[chunk.kind] ?? "")
                w.field("text"); w.string(text(of: chunk.tokens))
                w.field("tokens"); w.pair(chunk.tokens.lowerBound - sentence.tokens.lowerBound, chunk.tokens.upperBound - sentence.tokens.lowerBound)
                if let head = chunk.head { w.field("head"); w.string(text(of: head..<(head + 1))) }
                if !chunk.markers.isEmpty, chunk.kind == .noun || chunk.kind == .verb { w.field("markers"); w.string(text(of: chunk.markers)) }
                let features = Self.featureNames(chunk.features)
                if !features.isEmpty {
                    w.field("features"); w.beginArray()
                    for f in features { w.element(); w.string(f) }
                    w.endArray()
                }
                if let a = chunk.attachment { w.field("attachment"); w.int(a - range.lowerBound) }
                w.field("clause"); w.int(Int(chunk.clause - firstClause))
                if let a = chunk.actor, a < actors.count { w.field("actor"); w.string(actors[a].name) }
                w.endObject()
            }
            w.endArray()
        }
        w.endArray()
    }

    /// The FORMAT.md line with the `chunks` member after the others.
    public var jsonLineWithChunks: String {
        var w = JSONWriter(capacity: document.scalars.count * 4)
        encodeChunks(into: &w)
        return String(jsonLine.dropLast()) + ",\"chunks\":" + w.text + "}"
    }

    /// The FORMAT.md object as a tree with the `chunks` member after the others.
    public var jsonWithChunks: JSONValue {
        var b = JSONTreeBuilder()
        encodeChunks(into: &b)
        guard case .object(let members) = json else { return json }
        return .object(members + [("chunks", b.result)])
    }

    /// One line per sentence: each chunk in brackets with its kind, "NP Thủ tướng Phạm Minh
    /// Chính = Phạm Minh Chính", a verb group's features after a slash, "|" between clauses.
    public var chunkText: String {
        let doc = document
        var out = "  chunks:\n"
        for sentence in doc.sentences {
            var line = "   "
            var clause: Int32?
            for c in chunkRange(of: sentence) {
                let chunk = doc.chunks[c]
                if let k = clause, k != chunk.clause, chunk.kind != .boundary { line += " |" }
                clause = chunk.kind == .boundary ? clause : chunk.clause
                let label = Self.shortNames[chunk.kind] ?? "?"
                let features = Self.featureNames(chunk.features)
                var item = "\(label) \(text(of: chunk.tokens))"
                if chunk.kind == .verb || chunk.kind == .noun, !features.isEmpty { item += " /" + features.joined(separator: ",") }
                if let a = chunk.actor, a < actors.count { item += " = \(actors[a].name)" }
                line += chunk.kind == .boundary || chunk.kind == .other || chunk.kind == .link ? " \(text(of: chunk.tokens))" : " [\(item)]"
            }
            out += line + "\n"
        }
        return out
    }

    /// Indices into `document.chunks` of a sentence's chunks.
    func chunkRange(of sentence: Sentence) -> Range<Int> {
        let doc = document
        guard !sentence.tokens.isEmpty, let first = doc.chunkIndex(ofToken: sentence.tokens.lowerBound),
              let last = doc.chunkIndex(ofToken: sentence.tokens.upperBound - 1) else { return 0..<0 }
        return first..<(last + 1)
    }

    func text(of tokens: Range<Int>) -> String {
        let doc = document
        guard !tokens.isEmpty else { return "" }
        return doc.text(Span(doc.tokens[tokens.lowerBound].span.start, doc.tokens[tokens.upperBound - 1].span.end))
    }

    static let kindNames: [Chunk.Kind: String] = [
        .noun: "noun", .verb: "verb", .preposition: "preposition", .boundary: "boundary", .link: "link", .other: "other",
    ]
    static let shortNames: [Chunk.Kind: String] = [.noun: "NP", .verb: "VG", .preposition: "PP"]
    static let features: [(Chunk.Features, String)] = [
        (.classified, "classified"), (.determined, "determined"), (.titled, "titled"), (.named, "named"), (.actorNoun, "actor-noun"),
        (.apposition, "apposition"), (.past, "past"), (.progressive, "progressive"), (.future, "future"), (.negated, "negated"),
        (.modal, "modal"), (.aspect, "aspect"), (.passive, "passive"), (.reporting, "reporting"), (.possessive, "possessive"),
        (.agent, "agent"), (.punctuation, "punctuation"), (.subordinator, "subordinator"), (.conjunction, "conjunction"),
        (.complementizer, "complementizer"), (.relative, "relative"),
    ]

    static func featureNames(_ set: Chunk.Features) -> [String] {
        features.compactMap { set.contains($0.0) ? $0.1 : nil }
    }
}
