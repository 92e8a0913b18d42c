import ArticleFormats
import Foundation
import VietText

/// How input files are read.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Raw articles: `date YYYY-MM-DD`, then the body; one article per file.
    case text
    /// JSON Lines: one `{"id","date","text"}` object per line (optional `url`, `title`), or a
    /// crawler's (news-please, trafilatura), recognised by its field names.
    case jsonl
    /// A saved HTML page: date, title and body paragraphs extracted (`ArticleFormats`).
    case html
}

/// Options shared by every command that reads articles.
public struct InputOptions: Sendable {
    /// Forces a format; nil tells it by extension (`.jsonl`, `.ndjson`, `.json`; `.html`, `.htm`;
    /// anything else is text unless its first bytes are HTML), and for standard input by its
    /// first character (`{` means JSON Lines, `<` and HTML markup a page).
    public var format: InputFormat?
    /// How raw files and pages are decoded: UTF-8, else a detected legacy Vietnamese encoding
    /// (`auto`), or one forced.
    public var encoding: InputEncoding
    /// Dates raw articles that have no `date` header.
    public var fallbackDate: CivilDate?
    /// An article (a raw file, or a JSON line) larger than this is reported and skipped.
    public var maxArticleBytes: Int

    public init(format: InputFormat? = nil, fallbackDate: CivilDate? = nil, maxArticleBytes: Int = 16 << 20,
                encoding: InputEncoding = .auto) {
        self.format = format
        self.encoding = encoding
        self.fallbackDate = fallbackDate
        self.maxArticleBytes = maxArticleBytes
    }
}

/// Every article of a list of paths, in order, one at a time: files as given, directories walked
/// recursively for `*.txt`, `*.html` and `*.htm` in sorted order, JSON Lines streamed line by line, `-` for standard
/// input. Bad inputs come out as failures in their place; they never stop the stream.
public final class ArticleStream: IteratorProtocol, Sequence {
    public typealias Element = Result<Article, InputFailure>

    private let options: InputOptions
    private var pending: [String]  // paths still to open, reversed (next at the end)
    private var lines: (reader: LineReader, path: String)?

    public init(paths: [String], options: InputOptions) {
        self.options = options
        self.pending = paths.reversed()
    }

    public func next() -> Element? {
        while true {
            if let current = lines {
                if let item = nextLine(current.reader, path: current.path) { return item }
                lines = nil
            }
            guard let path = pending.popLast() else { return nil }
            if let item = open(path) { return item }
        }
    }

    // MARK: Files and directories

    private func open(_ path: String) -> Element? {
        if path == "-" { return openStandardInput() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(InputFailure(origin: path, reason: "no such file or directory"))
        }
        if isDirectory.boolValue {
            switch Self.articleFiles(in: path) {
            case .success(let files): pending += files.reversed()
            case .failure(let failure): return .failure(failure)
            }
            return nil
        }
        let format = options.format ?? Self.format(ofPath: path)
        if format == .jsonl {
            let fd = Foundation.open(path, O_RDONLY)
            guard fd >= 0 else {
                return .failure(InputFailure(origin: path, reason: "cannot open: \(String(cString: strerror(errno)))"))
            }
            lines = (LineReader(fd: fd, ownsDescriptor: true, maxLineBytes: options.maxArticleBytes), path)
            return nil
        }
        return readRawFile(path, format: format)
    }

    private func openStandardInput() -> Element? {
        let format: InputFormat
        let reader = LineReader(fd: 0, ownsDescriptor: false, maxLineBytes: options.maxArticleBytes)
        if let forced = options.format {
            format = forced
        } else {
            // Sniff: JSON Lines start with "{". Read the first line and keep it.
            guard let first = reader.next() else {
                return .failure(InputFailure(origin: "<stdin>", reason: "empty input"))
            }
            if case .text(_, let bytes) = first, bytes.first(where: { $0 != 32 && $0 != 9 }) == UInt8(ascii: "{") {
                reader.pushBack(first)
                lines = (reader, "<stdin>")
                return nil
            }
            format = .text
            var data: [UInt8] = []
            if case .text(_, let bytes) = first { data += bytes; data.append(10) }
            return rawFromLines(reader, prefix: data, format: nil)
        }
        if format == .jsonl {
            lines = (reader, "<stdin>")
            return nil
        }
        return rawFromLines(reader, prefix: [], format: format)
    }

    private func rawFromLines(_ reader: LineReader, prefix: [UInt8], format: InputFormat?) -> Element? {
        var data = prefix
        while let line = reader.next() {
            switch line {
            case .text(_, let bytes):
                data += bytes
                data.append(10)
            case .tooLong, .readError:
                return .failure(InputFailure(origin: "<stdin>", reason: "article larger than the limit of \(options.maxArticleBytes) bytes, or unreadable"))
            }
            if data.count > options.maxArticleBytes {
                while reader.next() != nil {}
                return .failure(InputFailure(origin: "<stdin>", reason: "article larger than the limit of \(options.maxArticleBytes) bytes (--max-article-bytes)"))
            }
        }
        return makeRaw(data, origin: "<stdin>", id: "stdin", format: format)
    }

    private func readRawFile(_ path: String, format: InputFormat?) -> Element {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > options.maxArticleBytes {
            return .failure(InputFailure(origin: path, reason: "file of \(size) bytes is larger than the limit of \(options.maxArticleBytes) bytes (--max-article-bytes)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputFailure(origin: path, reason: "cannot read the file (vanished, or no permission)"))
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return makeRaw(data, origin: path, id: id, format: format)
    }

    /// A raw article or a page; `format` nil (or `text` not forced by the user) lets the bytes
    /// tell a page by its markup.
    private func makeRaw(_ bytes: some Collection<UInt8>, origin: String, id: String, format: InputFormat?) -> Element {
        let isPage = format == .html || (options.format == nil && HTMLArticleExtractor.looksLikeHTML(bytes))
        if isPage { return makePage(bytes, origin: origin, id: id) }
        let parsed = RawArticleParser.decode(bytes, encoding: options.encoding).flatMap {
            RawArticleParser.parse($0, fallbackDate: options.fallbackDate)
        }
        switch parsed {
        case .success(let (date, body)):
            return .success(Article(id: id, date: date, text: body, origin: origin))
        case .failure(let reason):
            return .failure(InputFailure(origin: origin, reason: reason.message))
        }
    }

    private func makePage(_ bytes: some Collection<UInt8>, origin: String, id: String) -> Element {
        switch RawArticleParser.decode(bytes, encoding: options.encoding) {
        case .failure(let reason):
            return .failure(InputFailure(origin: origin, reason: reason.message))
        case .success(let text):
            let page = HTMLArticleExtractor.extract(utf8: Array(text.utf8))
            guard let date = page.date ?? options.fallbackDate else {
                return .failure(InputFailure(origin: origin, reason: "no publication date in the page (JSON-LD datePublished, article:published_time, <time datetime> or a date line), and no --date"))
            }
            guard !page.paragraphs.isEmpty else {
                return .failure(InputFailure(origin: origin, reason: "no article text found in the page"))
            }
            return .success(Article(id: id, date: date, text: page.body, title: page.title, origin: origin))
        }
    }

    /// The `*.txt`, `*.html` and `*.htm` files below a directory, recursively, sorted by path; hidden ones skipped.
    static func articleFiles(in directory: String) -> Result<[String], InputFailure> {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            return .failure(InputFailure(origin: directory, reason: "cannot list the directory"))
        }
        var files: [String] = []
        for case let url as URL in walker where ["txt", "html", "htm"].contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url.path)
            }
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        // Present paths as the user wrote the directory, sorted for a stable order.
        let prefix = root.path
        return .success(files.map { base + $0.dropFirst(prefix.count) }.sorted())
    }

    static func format(ofPath path: String) -> InputFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": return .jsonl
        case "html", "htm", "xhtml": return .html
        default: return .text
        }
    }

    // MARK: JSON Lines

    private func nextLine(_ reader: LineReader, path: String) -> Element? {
        while let line = reader.next() {
            switch line {
            case .text(let number, let bytes):
                if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                return JSONLineParser.parse(bytes, origin: "\(path):\(number)", defaultID: "\(path):\(number)",
                                            fallbackDate: options.fallbackDate)
            case .tooLong(let number, let size):
                return .failure(InputFailure(origin: "\(path):\(number)", reason: "line of \(size) bytes is larger than the limit of \(options.maxArticleBytes) bytes (--max-article-bytes)"))
            case .readError(let number, let message):
                return .failure(InputFailure(origin: "\(path):\(number)", reason: "read error: \(message)"))
            }
        }
        return nil
    }
}
