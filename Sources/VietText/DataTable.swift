/// A tab-separated data file from a target's `Resources/`: `#` comment lines at the top document
/// it, the first other line names the columns, each later line is a row.
public struct DataTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]

    /// Parses TSV text. Short rows are padded with empty cells, so `row[i]` is always safe
    /// for `i < columns.count`.
    public init(name: String, text: String) {
        self.name = name
        var header: [String]?
        var rows: [[String]] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line
            if trimmed.hasPrefix("#") || trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            var cells = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces()
            }
            if header == nil {
                header = cells
                continue
            }
            if let count = header?.count, cells.count < count {
                cells += Array(repeating: "", count: count - cells.count)
            }
            rows.append(cells)
        }
        self.columns = header ?? []
        self.rows = rows
    }

    /// The index of a column by name.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
}

extension String {
    /// Without leading and trailing spaces (ASCII space only; tabs separate cells).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
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
