import Foundation
import VietText

/// How input files are read.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Raw articles: `date YYYY-MM-DD`, then the body; one article per file.
    case text
    /// JSON Lines: one `{"id","date","text"}` object per line (optional `url`, `title`).
    case jsonl
}

/// Options shared by every command that reads articles.
public struct InputOptions: Sendable {
    /// Forces a format; nil tells it by extension (`.jsonl`, `.ndjson`, `.json` vs anything else),
    /// and for standard input by its first character (`{` means JSON Lines).
    public var format: InputFormat?
    /// Dates raw articles that have no `date` header.
    public var fallbackDate: CivilDate?
    /// An article (a raw file, or a JSON line) larger than this is reported and skipped.
    public var maxArticleBytes: Int

    public init(format: InputFormat? = nil, fallbackDate: CivilDate? = nil, maxArticleBytes: Int = 16 << 20) {
        self.format = format
        self.fallbackDate = fallbackDate
        self.maxArticleBytes = maxArticleBytes
    }
}

/// Every article of a list of paths, in order, one at a time: files as given, directories walked
/// recursively for `*.txt` in sorted order, JSON Lines streamed line by line, `-` for standard
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
        return readRawFile(path)
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
            return rawFromLines(reader, prefix: data)
        }
        if format == .jsonl {
            lines = (reader, "<stdin>")
            return nil
        }
        return rawFromLines(reader, prefix: [])
    }

    private func rawFromLines(_ reader: LineReader, prefix: [UInt8]) -> Element? {
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
        return makeRaw(data, origin: "<stdin>", id: "stdin")
    }

    private func readRawFile(_ path: String) -> Element {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > options.maxArticleBytes {
            return .failure(InputFailure(origin: path, reason: "file of \(size) bytes is larger than the limit of \(options.maxArticleBytes) bytes (--max-article-bytes)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputFailure(origin: path, reason: "cannot read the file (vanished, or no permission)"))
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return makeRaw(data, origin: path, id: id)
    }

    private func makeRaw(_ bytes: some Collection<UInt8>, origin: String, id: String) -> Element {
        let parsed = RawArticleParser.decodeUTF8(bytes).flatMap {
            RawArticleParser.parse($0, fallbackDate: options.fallbackDate)
        }
        switch parsed {
        case .success(let (date, body)):
            return .success(Article(id: id, date: date, text: body, origin: origin))
        case .failure(let reason):
            return .failure(InputFailure(origin: origin, reason: reason.message))
        }
    }

    /// The `*.txt` files below a directory, recursively, sorted by path; hidden ones skipped.
    static func articleFiles(in directory: String) -> Result<[String], InputFailure> {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            return .failure(InputFailure(origin: directory, reason: "cannot list the directory"))
        }
        var files: [String] = []
        for case let url as URL in walker where url.pathExtension.lowercased() == "txt" {
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
        default: return .text
        }
    }

    // MARK: JSON Lines

    private func nextLine(_ reader: LineReader, path: String) -> Element? {
        while let line = reader.next() {
            switch line {
            case .text(let number, let bytes):
                if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                return JSONLineParser.parse(bytes, origin: "\(path):\(number)", defaultID: "\(path):\(number)")
            case .tooLong(let number, let size):
                return .failure(InputFailure(origin: "\(path):\(number)", reason: "line of \(size) bytes is larger than the limit of \(options.maxArticleBytes) bytes (--max-article-bytes)"))
            case .readError(let number, let message):
                return .failure(InputFailure(origin: "\(path):\(number)", reason: "read error: \(message)"))
            }
        }
        return nil
    }
}
