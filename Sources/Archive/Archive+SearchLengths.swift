import SQLiteDB

extension Archive {
    /// The packed lengths of the statements' search index (migration 0010).
    public static let statementLengths = FullTextLengths(index: "statement_fts", table: "statement_lengths")
    /// The packed lengths of the sources' search index (migration 0010).
    public static let sourceLengths = FullTextLengths(index: "source_fts", table: "source_lengths")
    private static let searchLengths = [statementLengths, sourceLengths]
    /// The name of the check that compares them with the indexes.
    static let searchLengthsCheck = "search lengths match the search index"

    /// Counts the blocks of the rows an import batch indexed: those above
    /// `statementsAfter` and `sourcesAfter`.
    func countSearchLengths(statementsAfter: Int64, sourcesAfter: Int64) throws {
        try connection.writeBlocks(ofRowsAfter: statementsAfter, of: Self.statementLengths)
        try connection.writeBlocks(ofRowsAfter: sourcesAfter, of: Self.sourceLengths)
    }

    /// Counts the blocks that are missing: all of them after migration 0010,
    /// those of rows written by hand since (their triggers deleted them). Takes
    /// the write lock only when there are some.
    func countMissingSearchLengths() throws {
        let missing = try Self.searchLengths.map { try connection.missingBlocks(of: $0) }
        guard missing.contains(where: { !$0.isEmpty }) else { return }
        try connection.transaction(.immediate) {
            for lengths in Self.searchLengths { try connection.writeMissingBlocks(of: lengths) }
        }
    }

    /// Blocks of packed lengths that differ from the search index's own figures.
    func staleSearchLengths() throws -> [ArchiveProblem] {
        try Self.searchLengths.flatMap { lengths in
            try connection.staleBlocks(of: lengths).map { block in
                let first = block * FullTextLengths.rowsPerBlock
                return ArchiveProblem(
                    check: Self.searchLengthsCheck,
                    detail: "\(lengths.table) block \(block) (rows \(first)–\(first + FullTextLengths.rowsPerBlock - 1)) "
                        + "differs from \(lengths.index); delete it and open the archive for writing (bilat init) to count it again")
            }
        }
    }
}
