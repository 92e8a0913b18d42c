import Testing
@testable import VietText

@Suite("Data tables")
struct DataTableTests {
    @Test("comments, header and short rows")
    func parse() {
        let table = DataTable(name: "t", text: "# doc\n# more\na\tb\tc\n1\t2\t3\n4\n\n# late comment\n5\t6\t7\r\n")
        #expect(table.columns == ["a", "b", "c"])
        #expect(table.rows == [["1", "2", "3"], ["4", "", ""], ["5", "6", "7"]])
        #expect(table.column("b") == 1)
    }

    @Test("lines end as Character.isNewline ends them; line numbers count each ending once")
    func lineEndings() {
        let text = "# doc\r\nh1\th2\r\n x \t y\u{2028}p\tq\rr\t s\u{85}last\n"
        let table = DataTable(name: "t", text: text)
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        #expect(DataTable.lines(text).count == expected)
        #expect(table.columns == ["h1", "h2"])
        #expect(table.rows == [["x", "y"], ["p", "q"], ["r", "s"], ["last", ""]])
        #expect(table.rowLines == [3, 4, 5, 6])
        #expect(table.headerLine == 2)
    }
}
