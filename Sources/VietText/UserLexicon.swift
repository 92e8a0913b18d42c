import Foundation

/// Rows users add to the compiled data tables without rebuilding: a folder of `.tsv` files
/// named like the tables they extend (`people.tsv`, `organizations.tsv` …), each with the same
/// header line as the compiled table and rows after it. Loaded once, checked row by row: a
/// bad row is an error naming its file and line.
public struct UserLexicon: Sendable {
    /// The folder the files were read from.
    public let directory: String
    /// Each file's text by file name.
    public let files: [String: String]

    /// Reads every `*.tsv` file of `directory` (other files are ignored).
    public init(directory: String) throws(LexiconError) {
        self.directory = directory
        let url = URL(fileURLWithPath: directory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw LexiconError(file: directory, line: nil, message: "cannot read the lexicon folder")
        }
        var files: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".tsv") {
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                throw LexiconError(file: url.appendingPathComponent(name).path, line: nil, message: "not readable as UTF-8 text")
            }
            files[name] = text
        }
        self.files = files
    }

    /// Rows given directly (tests, other front ends): file name → text.
    public init(files: [String: String], directory: String = "<memory>") {
        self.directory = directory
        self.files = files
    }

    /// The path shown in errors for a file of this lexicon.
    public func path(_ name: String) -> String {
        directory == "<memory>" ? name : URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }

    /// `compiled` with the user's rows of the same file appended. The user's file must start
    /// (after `#` comments) with the compiled table's header; every row must have at most that
    /// many cells, a non-empty first cell and a non-empty `example` when the table has one, and
    /// pass `check` (which returns a reason to refuse the row, or nil).
    public func extend(_ compiled: DataTable, check: ([String], DataTable) -> String? = { _, _ in nil }) throws(LexiconError) -> DataTable {
        guard let text = files[compiled.name] else { return compiled }
        let file = path(compiled.name)
        let user = DataTable(name: compiled.name, text: text)
        guard !user.columns.isEmpty else { return compiled }
        guard user.columns == compiled.columns else {
            throw LexiconError(file: file, line: user.headerLine, message: "the header must be '\(compiled.columns.joined(separator: "<TAB>"))'")
        }
        let example = compiled.column("example")
        for (row, line) in zip(user.rows, user.rowLines) {
            if user.rawCellCounts[line].map({ $0 > compiled.columns.count }) ?? false {
                throw LexiconError(file: file, line: line, message: "more cells than the \(compiled.columns.count) columns (\(compiled.columns.joined(separator: ", ")))")
            }
            if row[0].isEmpty { throw LexiconError(file: file, line: line, message: "the first cell (\(compiled.columns[0])) is empty") }
            if let example, row[example].isEmpty {
                throw LexiconError(file: file, line: line, message: "every row needs an example sentence (column 'example')")
            }
            if let reason = check(row, compiled) { throw LexiconError(file: file, line: line, message: reason) }
        }
        return DataTable(name: compiled.name, columns: compiled.columns, rows: compiled.rows + user.rows)
    }

    /// The files that none of `known` names: a misspelt table name would otherwise do nothing.
    public func unknownFiles(_ known: Set<String>) -> [String] {
        files.keys.filter { !known.contains($0) }.sorted()
    }
}

/// A user lexicon file or row that cannot be used: `FILE:LINE: MESSAGE`.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
