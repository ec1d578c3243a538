import SQLiteDB
import Testing

struct Boom: Error {}

@Suite struct TransactionTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (v INTEGER NOT NULL UNIQUE) STRICT")
    }

    func count() throws -> Int { try db.scalar("SELECT count(*) FROM t", as: Int.self) ?? -1 }

    @Test func commitsWhenTheBodyReturns() throws {
        let result = try db.transaction { try db.execute("INSERT INTO t VALUES (1)", []); return 42 }
        #expect(result == 42)
        #expect(try count() == 1)
        #expect(db.isInTransaction == false)
    }

    @Test func rollsBackAndRethrowsWhenTheBodyThrows() throws {
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)", [])
                throw Boom()
            }
        }
        #expect(try count() == 0)
        #expect(db.isInTransaction == false)
    }

    @Test func nestedSavepointRollsBackAlone() throws {
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)", [])
            #expect(throws: Boom.self) {
                try db.transaction {
                    try db.execute("INSERT INTO t VALUES (2)", [])
                    throw Boom()
                }
            }
            try db.savepoint { try db.execute("INSERT INTO t VALUES (3)", []) }
        }
        #expect(try db.query("SELECT v FROM t ORDER BY v") { try $0.get(0, as: Int.self) } == [1, 3])
    }

    @Test func constraintFailureCarriesExtendedCodeAndSQL() throws {
        try db.execute("INSERT INTO t VALUES (1)", [])
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO t VALUES (1)", [])
        }
        #expect(error.extendedCode == SQLiteError.constraintUnique)
        #expect(error.hasCode(SQLiteError.constraint))
        #expect(error.hasCode(SQLiteError.constraintUnique))
        #expect(!error.hasCode(SQLiteError.constraintForeignKey))
        #expect(error.sql == "INSERT INTO t VALUES (1)")
        #expect(error.description.contains("INSERT INTO t VALUES (1)"))
    }

    @Test func errorInsideTransactionRollsBackEverything() throws {
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (5)", [])
                try db.execute("INSERT INTO t VALUES (5)", [])
            }
        }
        #expect(try count() == 0)
    }

    @Test func executeRunsSeveralStatements() throws {
        try db.execute("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);\n -- done\n")
        #expect(try count() == 2)
    }

    @Test func syntaxErrorNamesTheSQL() throws {
        let error = try #require(throws: SQLiteError.self) { try db.execute("SELEC 1") }
        #expect(error.hasCode(SQLiteError.error))
        #expect(error.sql == "SELEC 1")
    }

    @Test func triggersStayOffInsideAndFireAgainAfterEvenInStatementsPreparedInside() throws {
        try db.execute("CREATE TABLE log (v INTEGER) STRICT; CREATE TRIGGER logged AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.v); END")
        let logged = { try db.scalar("SELECT count(*) FROM log", as: Int.self) ?? -1 }
        #expect(throws: Boom.self) {
            try db.withTriggersDisabled {
                // The cached statement is compiled here, without the trigger...
                try db.execute("INSERT INTO t VALUES (?)", [1])
                try db.withTriggersDisabled { try db.execute("INSERT INTO t VALUES (?)", [2]) }
                #expect(try logged() == 0)
                throw Boom()
            }
        }
        // ...and again once triggers are back, even after a throw.
        try db.execute("INSERT INTO t VALUES (?)", [3])
        #expect(try count() == 3)
        #expect(try logged() == 1)
    }
}
