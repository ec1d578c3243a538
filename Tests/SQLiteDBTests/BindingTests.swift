import SQLiteDB
import Testing

@Suite struct BindingTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v ANY) STRICT")
    }

    func roundTrip(_ value: DatabaseValue) throws -> DatabaseValue {
        try db.execute("DELETE FROM t")
        try db.execute("INSERT INTO t (v) VALUES (?)", [value])
        return try #require(try db.query("SELECT v FROM t") { $0[0] }.first)
    }

    @Test func everyStorageClassRoundTrips() throws {
        #expect(try roundTrip(.null) == .null)
        #expect(try roundTrip(.integer(Int64.max)) == .integer(Int64.max))
        #expect(try roundTrip(.integer(-42)) == .integer(-42))
        #expect(try roundTrip(.real(3.25)) == .real(3.25))
        #expect(try roundTrip(.text("échanges « 中国 »")) == .text("échanges « 中国 »"))
        #expect(try roundTrip(.blob([0, 1, 2, 255])) == .blob([0, 1, 2, 255]))
    }

    @Test func emptyBlobAndEmptyTextStayDistinctFromNull() throws {
        #expect(try roundTrip(.blob([])) == .blob([]))
        #expect(try db.scalar("SELECT typeof(v) FROM t", as: String.self) == "blob")
        #expect(try roundTrip(.text("")) == .text(""))
        #expect(try db.scalar("SELECT typeof(v) FROM t", as: String.self) == "text")
    }

    @Test func textWithEmbeddedNulKeepsEveryByte() throws {
        let text = "before\u{0}after"
        #expect(try roundTrip(.text(text)) == .text(text))
        #expect(try db.scalar("SELECT length(CAST(v AS BLOB)) FROM t", as: Int.self) == 12)
    }

    @Test func swiftTypesBindAndReadBack() throws {
        try db.execute("CREATE TABLE typed (i INTEGER, r REAL, s TEXT, b BLOB, flag INTEGER, n TEXT) STRICT")
        try db.execute(
            "INSERT INTO typed VALUES (?, ?, ?, ?, ?, ?)",
            [7, 2.5, "Tokaïev", [UInt8]([9, 8]), true, String?.none])
        let row = try #require(try db.query("SELECT i, r, s, b, flag, n FROM typed") { row in
            (try row.get(0, as: Int.self), try row.get(1, as: Double.self), try row.get("s", as: String.self),
             try row.get(3, as: [UInt8].self), try row.get(4, as: Bool.self), try row.get(5, as: String?.self))
        }.first)
        #expect(row.0 == 7)
        #expect(row.1 == 2.5)
        #expect(row.2 == "Tokaïev")
        #expect(row.3 == [9, 8])
        #expect(row.4 == true)
        #expect(row.5 == nil)
    }

    @Test func namedParametersBindWithOrWithoutPrefix() throws {
        let statement = try db.prepare("SELECT :a || @b || $c")
        try statement.bind("x", named: "a")
        try statement.bind("y", named: "@b")
        try statement.bind(3, named: "c")
        let value = try statement.map { try $0.get(0, as: String.self) }
        #expect(value == ["xy3"])
        #expect(statement.parameterNames == ["a", "b", "c"])
    }

    @Test func unknownParameterNameIsAnError() throws {
        let statement = try db.prepare("SELECT :a")
        #expect(throws: SQLiteError.self) { try statement.bind(1, named: "nope") }
    }

    @Test func wrongArgumentCountIsAnError() throws {
        #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO t VALUES (?)", [1, 2]) }
    }

    @Test func typeMismatchOnReadIsAnError() throws {
        try db.execute("INSERT INTO t VALUES ('text')")
        #expect(throws: SQLiteError.self) { try db.query("SELECT v FROM t") { try $0.get(0, as: Int.self) } }
    }
}
