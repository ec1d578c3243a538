import SQLiteDB

/// `bilat sql`: any query, never a change.
///
/// Three locks: the connection is opened read-only, an authorizer denies
/// everything but reads at prepare time (writes, ATTACH, pragmas that set a
/// value), and a statement that SQLite does not call read-only is refused.
/// Extension loading is off on every bilat connection.
public enum ReadOnlySQL {
    /// Prepares `sql` for reading, with `values` bound to its named parameters.
    public static func prepare(_ sql: String, on connection: Connection, values: [String: String]) throws -> Statement {
        connection.denyEverythingButReads()
        let statement: Statement
        do {
            statement = try connection.prepareSingle(sql)
        } catch {
            if error.hasCode(SQLiteError.authorization) {
                throw ReportError.readOnly("this statement would change the archive or attach another file (\(error.message))")
            }
            if error.hasCode(SQLiteError.misuse) { throw ReportError.readOnly(error.message) }
            throw error
        }
        guard statement.isReadOnly else {
            throw ReportError.readOnly("this statement would change the archive")
        }
        for name in values.keys where !statement.parameterNames.contains(name) {
            throw ReportError.unknownParameter(report: "query", name: name, known: statement.parameterNames.compactMap { $0 })
        }
        for name in statement.parameterNames {
            guard let name else { throw ReportError.readOnly("name the parameters (:name) and give them with --param name=value") }
            guard let value = values[name] else {
                throw ReportError.missingParameter(report: "query", name: name)
            }
            try statement.bind(value, named: name)
        }
        return statement
    }
}
