import GRDB

/// Rows for one table gathered during a transaction and inserted many at a time: one
/// `INSERT … VALUES (…), (…), …` of `rowsPerStatement` rows, prepared once, instead of a
/// statement per row. Only for tables the transaction does not read back before `flush`.
final class RowBatch {
    private let db: Database
    private let head: String, tail: String
    private let columns: Int
    private let rowsPerStatement: Int
    private var values: [DatabaseValue] = []
    private var full: Statement?

    /// `head`: the statement up to VALUES (`INSERT INTO t (a, b)`); `tail`: what follows the
    /// rows (`ON CONFLICT …`), if anything.
    init(_ db: Database, _ head: String, columns: Int, rowsPerStatement: Int = 64, tail: String = "") {
        self.db = db
        self.head = head
        self.tail = tail
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
        values.reserveCapacity(columns * rowsPerStatement)
    }

    /// Adds one row of `columns` values; inserts a full batch.
    func append(_ row: DatabaseValue...) throws {
        values.append(contentsOf: row)
        if values.count >= columns * rowsPerStatement { try insert() }
    }

    /// Inserts the rows still gathered.
    func flush() throws {
        if !values.isEmpty { try insert() }
    }

    private func insert() throws {
        let rows = values.count / columns
        let statement: Statement
        if rows == rowsPerStatement, let full {
            statement = full
        } else {
            let one = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            let sql = head + " VALUES " + Array(repeating: one, count: rows).joined(separator: ", ") + " " + tail
            statement = try db.cachedStatement(sql: sql)
            if rows == rowsPerStatement { full = statement }
        }
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        values.removeAll(keepingCapacity: true)
    }
}
