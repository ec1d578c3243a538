@testable import Reports
import SQLiteDB
import Testing

@Suite struct RendererTests {
    let table = ResultTable(
        columns: ["name", "n"],
        rows: [[.text("Tokaïev"), .integer(1)], [.text("习近平"), .integer(22)], [.text("a,\"b\""), .null]])

    @Test func tableAlignsByDisplayWidth() {
        let out = Renderer().render(table, as: .table)
        #expect(out == """
            name     n
            -------  --
            Tokaïev  1
            习近平   22
            a,"b"
            
            """)
    }

    @Test func decomposedAccentsTakeNoColumn() {
        #expect(DisplayWidth.of("Toka\u{0069}\u{0308}ev") == 7)
        #expect(DisplayWidth.of("中国") == 4)
        #expect(DisplayWidth.truncate("Kassym-Jomart", to: 6) == "Kassy…")
    }

    @Test func controlAndFormatCharactersTakeNoColumnAndCutsKeepWholeCharacters() {
        #expect(DisplayWidth.of("a\tb\u{7F}c\u{AD}d\u{200B}e") == 5)
        // A cut never splits "i" from its diaeresis nor half a wide character.
        #expect(DisplayWidth.truncate("Toka\u{0069}\u{0308}ev", to: 6) == "Toka\u{0069}\u{0308}…")
        #expect(DisplayWidth.truncate("中国中国", to: 6) == "中国…")
        #expect(DisplayWidth.truncate("中国中国", to: 4) == "中…")
    }

    @Test func everyKindOfLineBreakInACellBecomesOneSpace() {
        let breaks = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        let cells = ResultTable(columns: ["text"], rows: breaks.map { [.text("a\($0)b")] } + [[.text("a\u{2027}b")]])
        #expect(Renderer().render(cells, as: .table) == "text\n" + "----\n" + String(repeating: "a b\n", count: breaks.count) + "a\u{2027}b\n")
    }

    @Test func narrowTerminalCutsTheWidestColumn() {
        let wide = ResultTable(columns: ["id", "text"], rows: [[.integer(1), .text(String(repeating: "x", count: 50))]])
        let out = Renderer(maxWidth: 20).render(wide, as: .table)
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 20 })
        #expect(out.contains("…"))
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(Renderer().render(table, as: .csv) == "name,n\r\nTokaïev,1\r\n习近平,22\r\n\"a,\"\"b\"\"\",\r\n")
    }

    @Test func jsonKeepsTypes() {
        #expect(Renderer().render(table, as: .json) == """
            [
              {"name": "Tokaïev", "n": 1},
              {"name": "习近平", "n": 22},
              {"name": "a,\\"b\\"", "n": null}
            ]
            
            """)
    }

    @Test func markdownEscapesPipes() {
        let piped = ResultTable(columns: ["a"], rows: [[.text("x|y")]])
        #expect(Renderer().render(piped, as: .markdown) == "| a |\n|---|\n| x\\|y |\n")
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let out = Renderer(title: "T <1>").render(ResultTable(columns: ["a"], rows: [[.text("<script>")]]), as: .html)
        #expect(out.hasPrefix("<!DOCTYPE html>"))
        #expect(out.contains("&lt;script&gt;"))
        #expect(!out.contains("<script>"))
        #expect(!out.contains("http"))
        #expect(out.contains("<title>T &lt;1&gt;</title>"))
    }

    @Test func csvOfAStatementIsTheCSVOfItsTable() throws {
        let db = try Connection(path: ":memory:")
        // Quotes, commas, every line break csv must quote, NULL, numbers, a blob,
        // accents, and text that is not UTF-8 (a String repairs it).
        let sql = """
            SELECT 'plain' AS a, 'a,"b"' AS b, 'line' || char(10) || 'break' AS c, 'cr' || char(13) AS d,
                   'nel' || char(133) AS e, 'ls' || char(8232) || 'ps' || char(8233) AS f, NULL AS g, 42 AS h,
                   -1.5 AS i, 1e300 AS j, x'00ff' AS k, 'Tokaïev 习近平 ' AS l, CAST(x'41ff42' AS TEXT) AS m,
                   '' AS n, '"' AS o
            UNION ALL SELECT 'é', char(194) || 'x', char(8232), ',', 'x' || char(226, 128), NULL, 0, 7, 0.1, 2.0,
                   x'', 'a' || char(0) || 'b', CAST(x'c3' AS TEXT), ' ', 'no'
            UNION ALL SELECT 'a long plain field, then', 'sixteen bytes ok', 'eight by' || char(13) || 'tes later',
                   'nine byte"s', 'seventeen bytes,x', 'tab' || char(9) || 'bed in a long field', 'Bakhtiyor Saidov; Wang Yi',
                   'ministre chinois des Affaires étrangères', 1, 2, 3, '0123456789abcde' || char(10), 'x', '', 'end'
            """
        let expected = Renderer().render(try ResultTable(statement: db.prepare(sql)), as: .csv)
        var bytes: [UInt8] = []
        try Renderer().streamCSV(db.prepare(sql)) { bytes += $0 }
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        var streamed = ""
        try Renderer().stream(db.prepare(sql), as: .csv) { streamed += $0 }
        #expect(streamed == expected)
    }

    @Test func utf8IsValidatedAsTheStandardLibraryDoes() {
        func agree(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { Renderer.isValidUTF8($0) } == (String(validating: bytes, as: UTF8.self) != nil)
        }
        var disagreements: [[UInt8]] = []
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                              0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        // Every lead byte with every second byte, then edge bytes in third and fourth place.
        for lead in UInt8.min...UInt8.max {
            for second in UInt8.min...UInt8.max {
                for tail: [UInt8] in [[], [0x80], [0x80, 0x80]] where !agree([0x61, lead, second] + tail) {
                    disagreements.append([0x61, lead, second] + tail)
                }
            }
        }
        for lead in UInt8(0xC0)...0xFF {
            for second in edges {
                for third in edges where !agree([lead, second, third, 0x80]) { disagreements.append([lead, second, third, 0x80]) }
            }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5))")
    }
}
