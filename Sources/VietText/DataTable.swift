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
        for line in Self.lines(text) {
            number += 1
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map(Self.cell)
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

    /// The lines of `text` as UTF-8 bytes, split where `Character.isNewline` splits them (LF,
    /// VT, FF, CR, CR LF, NEL, U+2028, U+2029), read byte by byte: no grapheme breaking.
    static func lines(_ text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            var width = 0
            if b >= 0x0A && b <= 0x0D {
                width = b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
                width = 2
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                width = 3
            }
            if width == 0 {
                i += 1
                continue
            }
            lines.append(bytes[start..<i])
            i += width
            start = i
        }
        lines.append(bytes[start...])
        return lines
    }

    /// A cell's text without leading and trailing ASCII spaces.
    static func cell(_ bytes: ArraySlice<UInt8>) -> String {
        var cell = bytes
        while cell.first == 0x20 { cell = cell.dropFirst() }
        while cell.last == 0x20 { cell = cell.dropLast() }
        return String(decoding: cell, as: UTF8.self)
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
