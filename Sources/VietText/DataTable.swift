/// A tab-separated data file from a target's `Resources/`: `#` comment lines at the top document
/// it, the first other line names the columns, each later line is a row.
public struct DataTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]
    /// The line (1-based) of each row in the text, and of the header: for error messages.
    public let rowLines: [Int]
    public let headerLine: Int?
    /// The number of cells each row's line held before padding, by line.
    let rawCellCounts: [Int: Int]

    /// Parses TSV text. Short rows are padded with empty cells, so `row[i]` is always safe
    /// for `i < columns.count`.
    public init(name: String, text: String) {
        self.name = name
        var header: [String]?
        var headerLine: Int?
        var rows: [[String]] = []
        var lines: [Int] = [], counts: [Int: Int] = [:]
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let trimmed = line
            if trimmed.hasPrefix("#") || trimmed.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            var cells = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces()
            }
            while cells.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
            if header == nil {
                header = cells
                headerLine = number
                continue
            }
            counts[number] = cells.count
            if let count = header?.count, cells.count < count {
                cells += Array(repeating: "", count: count - cells.count)
            }
            rows.append(cells)
            lines.append(number)
        }
        self.columns = header ?? []
        self.rows = rows
        self.rowLines = lines
        self.headerLine = headerLine
        self.rawCellCounts = counts
    }

    /// A table from parts (a compiled table extended with a user's rows).
    public init(name: String, columns: [String], rows: [[String]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.rowLines = []
        self.headerLine = nil
        self.rawCellCounts = [:]
    }

    /// The index of a column by name.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
}

extension String {
    /// Without leading and trailing spaces (ASCII space only; tabs separate cells).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}

/// The data files of VietText.
public enum VietTextResources {
    /// A resource file's table; nil when no such file was embedded.
    public static func table(_ name: String) -> DataTable? {
        EmbeddedResources.files[name].map { DataTable(name: name, text: $0) }
    }
}
