import Foundation
import VietText

/// What a saved news page holds: its publication date, title and body paragraphs.
public struct ExtractedPage: Sendable, Equatable {
    public var title: String?
    public var date: CivilDate?
    /// The article's paragraphs in order: lead (sapo), body text, photo captions, subheadings.
    public var paragraphs: [String]

    /// The paragraphs as one body, separated by blank lines (the raw article format's layout).
    public var body: String { paragraphs.joined(separator: "\n\n") }
}

/// Reads a saved article page: the date from JSON-LD `datePublished`, `article:published_time`,
/// `<time datetime>` or a Vietnamese date line; the title from `og:title` or `<h1>`; the body from
/// the article container's paragraphs, with navigation, ads, related links, scripts, styles,
/// comments and bylines left out and photo captions kept.
public enum HTMLArticleExtractor {
    /// Extracts from UTF-8 HTML.
    public static func extract(utf8 bytes: [UInt8]) -> ExtractedPage {
        extract(HTMLNode.parse(utf8: bytes))
    }

    public static func extract(_ root: HTMLNode) -> ExtractedPage {
        let metas = metaValues(root)
        let title = [metas["og:title"], firstText(root, tag: "h1"), metas["twitter:title"], firstText(root, tag: "title")]
            .compactMap { $0.map(collapse) }.first { !$0.isEmpty }
        return ExtractedPage(title: title, date: publicationDate(root, metas: metas), paragraphs: paragraphs(root))
    }

    /// Whether bytes look like an HTML page rather than text (for input without an extension).
    public static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        var head = Array(bytes.prefix(1024))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard let first = head.firstIndex(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }),
              head[first] == UInt8(ascii: "<") else { return false }
        let lower = String(decoding: head[first...], as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<meta", "<body", "<!--"].contains { lower.hasPrefix($0) }
            || lower.contains("<html")
    }

    // MARK: Metadata

    private static func metaValues(_ root: HTMLNode) -> [String: String] {
        var values: [String: String] = [:]
        for meta in root.elements(where: { $0.name == "meta" }) {
            guard let content = meta.attribute("content") else { continue }
            for key in ["property", "name", "itemprop"] {
                if let name = meta.attribute(key)?.lowercased(), values[name] == nil { values[name] = content }
            }
        }
        return values
    }

    private static func publicationDate(_ root: HTMLNode, metas: [String: String]) -> CivilDate? {
        for script in root.elements(where: { $0.name == "script" && ($0.attribute("type") ?? "").lowercased().contains("ld+json") }) {
            let json = script.textContent
            guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { continue }
            if let value = findKey("datePublished", in: object, depth: 0), let date = NewsTimestamp.localDate(value) { return date }
        }
        for key in ["article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "og:published_time"] {
            if let value = metas[key], let date = NewsTimestamp.localDate(value) ?? VietnameseDateLine.date(in: value) { return date }
        }
        for element in root.elements(where: { $0.attribute("itemprop")?.lowercased() == "datepublished" }) {
            if let value = element.attribute("datetime") ?? element.attribute("content"),
               let date = NewsTimestamp.localDate(value) { return date }
        }
        for time in root.elements(where: { $0.name == "time" }) {
            if let value = time.attribute("datetime"), let date = NewsTimestamp.localDate(value) { return date }
        }
        let dateLines = root.elements { node in
            guard node.name != "script" && node.name != "style" else { return false }
            let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            return names.contains("date") || names.contains("time") || node.name == "time"
        }
        for element in dateLines {
            if let date = VietnameseDateLine.date(in: element.textContent) { return date }
        }
        return nil
    }

    private static func findKey(_ key: String, in object: Any, depth: Int) -> String? {
        guard depth < 16 else { return nil }
        if let dictionary = object as? [String: Any] {
            if let value = dictionary[key] as? String { return value }
            for value in dictionary.values {
                if let found = findKey(key, in: value, depth: depth + 1) { return found }
            }
        } else if let array = object as? [Any] {
            for value in array {
                if let found = findKey(key, in: value, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    private static func firstText(_ root: HTMLNode, tag: String) -> String? {
        root.elements(where: { $0.name == tag }).first.map(\.textContent)
    }

    // MARK: Body

    /// Elements whose whole subtree is never article text.
    static let droppedTags: Set<String> = ["script", "style", "noscript", "nav", "aside", "header", "footer", "form",
                                           "iframe", "button", "select", "input", "textarea", "svg", "template",
                                           "object", "embed", "video", "audio", "canvas", "map", "head", "title", "h1"]
    /// Class or id words (split at space, `-`, `_`) that mark boilerplate.
    static let boilerplateWords: Set<String> = [
        "related", "relate", "relates", "relatednews", "relatedbox", "lienquan", "tinlienquan", "tinkhac", "tlq", "ads", "ad", "adv",
        "advert", "advertisement", "adsbygoogle", "banner", "quangcao", "qc", "share", "sharing", "social", "comment",
        "comments", "binhluan", "tags", "tag", "author", "byline", "breadcrumb", "breadcrumbs", "newsletter",
        "recommend", "recommended", "readmore", "xemthem", "docthem", "nav", "menu", "sidebar", "footer", "header",
        "toolbar", "print", "subscribe", "rating", "hidden", "sponsor", "sponsored", "outbrain", "video-list",
    ]
    /// Class or id words of the element holding the article body, on large Vietnamese sites.
    static let containerWords: Set<String> = [
        "fck_detail", "detail-content", "detail__content", "article-content", "article__content", "article-body",
        "article__body", "articlebody", "content-detail", "detail-cmain", "singular-content", "cms-body",
        "detail-body", "news-content", "content_detail", "entry-content", "post-content", "maincontent",
        "dt-news__content", "e-magazine__body", "knc-content", "detail-content-body",
    ]
    /// Class or id words of the lead paragraph (sapo).
    static let sapoWords: Set<String> = ["sapo", "detail-sapo", "article__sapo", "singular-sapo", "description",
                                         "lead", "chapeau", "detail__summary", "summary", "dt-news__sapo", "article-sapo"]

    private static func classWords(_ node: HTMLNode) -> [String] {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    private static func isDropped(_ node: HTMLNode) -> Bool {
        guard let name = node.name else { return false }
        if droppedTags.contains(name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if (node.attribute("style") ?? "").lowercased().replacingOccurrences(of: " ", with: "").contains("display:none") { return true }
        for word in classWords(node) {
            if boilerplateWords.contains(word) { return true }
            let parts = word.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.count > 1, parts.contains(where: { boilerplateWords.contains(String($0)) }) { return true }
        }
        return false
    }

    private static func isContainer(_ node: HTMLNode) -> Bool {
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
        return classWords(node).contains { containerWords.contains($0) }
    }

    private static func isSapo(_ node: HTMLNode) -> Bool {
        node.name != "meta" && classWords(node).contains { sapoWords.contains($0) }
    }

    static func paragraphs(_ root: HTMLNode) -> [String] {
        // The container: a known one or an <article>, else any element with paragraphs as
        // children; of several, the one with the most text (an <article> around the body that
        // also holds the photo and the lead beats the body alone).
        var candidates = root.elements(where: { isContainer($0) || $0.name == "article" })
        if candidates.isEmpty {
            candidates = root.elements { node in
                node.children.contains { $0.name == "p" }
            }
        }
        func weight(_ node: HTMLNode) -> Int { blocks(node).reduce(0) { $0 + $1.count } }
        guard let container = candidates.max(by: { weight($0) < weight($1) }) else {
            return blocks(root)
        }
        var result = blocks(container)
        // A lead paragraph outside the container comes first.
        if let sapo = root.elements(where: isSapo).first {
            let lead = blocks(sapo).map(withoutDateline)
            // The lead inside the container loses its dateline where it stands.
            result = result.map { lead.contains(withoutDateline($0)) ? withoutDateline($0) : $0 }
            if !lead.isEmpty, !lead.allSatisfy(result.contains) { result = lead + result.filter { !lead.contains($0) } }
        }
        return result
    }

    /// Inline elements: their text runs on within the paragraph around them.
    static let inlineTags: Set<String> = ["a", "b", "strong", "em", "i", "u", "span", "font", "small", "big", "sup", "sub",
                                          "mark", "abbr", "cite", "q", "time", "code", "s", "strike", "del", "ins",
                                          "label", "bdi", "bdo", "wbr", "img", "picture", "source"]

    /// The paragraphs below `node`: each block element's text (inline elements run together),
    /// link lists and link-only paragraphs left out.
    static func blocks(_ node: HTMLNode) -> [String] {
        var paragraphs: [String] = []
        var text = ""
        var linkText = 0
        func flush() {
            let collapsed = collapse(text)
            let linked = linkText
            text = ""
            linkText = 0
            guard !collapsed.isEmpty, collapsed.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            let length = collapsed.count
            if linked * 10 >= length * 8 { return }  // a link on its own: "Xem thêm: …", a related title
            let lower = collapsed.lowercased()
            if linked > 0, ["xem thêm", "đọc thêm", "tin liên quan", ">>"].contains(where: lower.hasPrefix) { return }
            paragraphs.append(collapsed)
        }
        func walk(_ node: HTMLNode, inLink: Bool) {
            switch node {
            case .text(let value):
                text += value
                if inLink { linkText += collapse(value).count }
            case .element(let name, _, let children):
                if isDropped(node) { return }
                if name == "br" { text += " "; return }
                if inlineTags.contains(name) {
                    for child in children { walk(child, inLink: inLink || name == "a") }
                    return
                }
                if name == "ul" || name == "ol" {
                    let all = collapse(node.textContent).count
                    let links = node.elements(where: { $0.name == "a" }).reduce(0) { $0 + collapse($1.textContent).count }
                    if all == 0 || links * 2 >= all { return }  // a list of links: related articles
                }
                flush()
                for child in children { walk(child, inLink: inLink) }
                flush()
            }
        }
        walk(node, inLink: false)
        flush()
        return paragraphs
    }

    /// A lead without the outlet's dateline that opens it on some sites: "(Dân trí) - Ngoại
    /// trưởng…" is "Ngoại trưởng…". Only a short parenthesis followed by a dash counts.
    static func withoutDateline(_ lead: String) -> String {
        guard lead.hasPrefix("("), let close = lead.firstIndex(of: ")"),
              lead.distance(from: lead.startIndex, to: close) <= 40 else { return lead }
        var rest = lead[lead.index(after: close)...].drop(while: { $0 == " " })
        guard let dash = rest.first, dash == "-" || dash == "–" || dash == "—" else { return lead }
        rest = rest.dropFirst().drop(while: { $0 == " " })
        return rest.isEmpty ? lead : String(rest)
    }

    /// White space (and no-break spaces) collapsed to single spaces, trimmed.
    static func collapse(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
