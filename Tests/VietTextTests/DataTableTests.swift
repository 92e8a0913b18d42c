import Testing
import VietText

@Suite("Data tables")
struct DataTableTests {
    @Test("comments, header and short rows")
    func parse() {
        let table = DataTable(name: "t", text: "# doc\n# more\na\tb\tc\n1\t2\t3\n4\n\n# late comment\n5\t6\t7\r\n")
        #expect(table.columns == ["a", "b", "c"])
        #expect(table.rows == [["1", "2", "3"], ["4", "", ""], ["5", "6", "7"]])
        #expect(table.column("b") == 1)
    }
}
