import SQLiteDB

extension Archive {
    /// The statements that fold the sources above the summaries' watermark into
    /// them (migration 0006 defines the tables and the summary_pending_* views of
    /// what those sources add), then move the watermark to the last source.
    ///
    /// A new source may join a meeting already summarised and change its
    /// countries, participants, kind or place: its old year-and-pair count is
    /// taken out before its row is replaced, and the new one added after.
    ///
    /// The rows of thread_mention and person_meeting go in `OR FAIL`, not with
    /// the default `ABORT`: a statement that may abort halfway makes SQLite copy
    /// every page it changes into a statement journal first, to undo its own
    /// rows, and a batch's person_meeting rows land all over that table (it is
    /// keyed by person). At 100,000 sources that copy peaked 19 MB above the
    /// rest of SQLite's memory at every batch (`sqlite3_memory_highwater`
    /// around each statement), and the import's peak RSS fell from 90 MB to
    /// 76 MB without it. No row of these views conflicts (the rows of every
    /// pending meeting are deleted first); if one ever did, the fold-in throws
    /// and its caller rolls back the whole transaction (``updateSummaries()``,
    /// ``updateSummariesInBatch()``), the rows before it included.
    /// meeting_summary keeps its journal: its foreign key may abort the statement.
    static let summaryFoldIn = [
        addCounts(into: "person_summary", key: "person_id", count: "statements", first: "first_seen", last: "last_seen",
                  from: "summary_pending_person"),
        addCounts(into: "topic_summary", key: "topic", count: "mentions", first: "first_made", last: "last_mentioned",
                  from: "summary_pending_topic"),
        """
        INSERT INTO topic_thread (topic, thread_id, mentions)
        SELECT topic, thread_id, mentions FROM summary_pending_topic_thread WHERE true
        ON CONFLICT (topic, thread_id) DO UPDATE SET mentions = mentions + excluded.mentions
        """,
        """
        INSERT INTO documents_by_year_kind (year, kind, documents)
        SELECT year, kind, documents FROM summary_pending_documents WHERE true
        ON CONFLICT (year, kind) DO UPDATE SET documents = documents + excluded.documents
        """,
        """
        UPDATE meetings_by_year_pair SET meetings = meetings - old.count
        FROM (SELECT substr(ms.date, 1, 4) AS year, coalesce(ms.countries, '') AS pair, count(*) AS count
              FROM meeting_summary ms JOIN summary_pending_meeting p ON p.meeting_id = ms.meeting_id
              WHERE ms.date IS NOT NULL GROUP BY 1, 2) AS old
        WHERE meetings_by_year_pair.year = old.year AND meetings_by_year_pair.pair = old.pair
        """,
        """
        INSERT OR REPLACE INTO meeting_summary (meeting_id, date, kind, place, countries, participants, sources)
        SELECT meeting_id, date, kind, place, countries, participants, sources FROM summary_pending_meeting
        """,
        // Every row of a pending meeting, now that its summary is current (migration 0009).
        // thread_countries counts the rows about to be replaced out, and the new ones in.
        """
        UPDATE thread_countries SET mentions = mentions - old.count
        FROM (SELECT thread_id, countries, count(*) AS count FROM thread_mention
              WHERE meeting_id IN (\(pendingMeetings))
              GROUP BY 1, 2) AS old
        WHERE thread_countries.thread_id = old.thread_id AND thread_countries.countries = old.countries
        """,
        """
        DELETE FROM thread_mention
        WHERE meeting_id IN (\(pendingMeetings))
        """,
        "INSERT OR FAIL INTO thread_mention (\(threadMentionColumns)) SELECT \(threadMentionColumns) FROM summary_pending_thread_mention",
        """
        INSERT INTO thread_countries (thread_id, countries, mentions)
        SELECT thread_id, countries, count(*) FROM thread_mention
        WHERE meeting_id IN (\(pendingMeetings))
        GROUP BY 1, 2
        ON CONFLICT (thread_id, countries) DO UPDATE SET mentions = mentions + excluded.mentions
        """,
        "DELETE FROM thread_countries WHERE mentions = 0",
        // A pending meeting's date may have changed, and with it its rows' place in the key: replaced, not updated.
        "DELETE FROM person_meeting WHERE meeting_id IN (\(pendingMeetings))",
        // In key order: each person's rows go in one after the other, their pages read once.
        """
        INSERT OR FAIL INTO person_meeting (\(personMeetingColumns)) SELECT \(personMeetingColumns) FROM summary_pending_person_meeting
        ORDER BY person_id, sort_date, meeting_id
        """,
        """
        INSERT INTO meetings_by_year_pair (year, pair, meetings)
        SELECT substr(ms.date, 1, 4), coalesce(ms.countries, ''), count(*)
        FROM meeting_summary ms JOIN summary_pending_meeting p ON p.meeting_id = ms.meeting_id
        WHERE ms.date IS NOT NULL GROUP BY 1, 2
        ON CONFLICT (year, pair) DO UPDATE SET meetings = meetings + excluded.meetings
        """,
        "DELETE FROM meetings_by_year_pair WHERE meetings = 0",
        "UPDATE summary_state SET sources_upto = (SELECT coalesce(max(id), 0) FROM source)",
    ]

    /// Adds what `pending` counts per `key` to `table`: its `count` and
    /// meetings summed, its first and last dates widened.
    private static func addCounts(
        into table: String, key: String, count: String, first: String, last: String, from pending: String
    ) -> String {
        """
        INSERT INTO \(table) (\(key), \(count), meetings, \(first), \(last))
        SELECT \(key), \(count), meetings, \(first), \(last) FROM \(pending) WHERE true
        ON CONFLICT (\(key)) DO UPDATE SET
            \(count) = \(count) + excluded.\(count),
            meetings = meetings + excluded.meetings,
            \(first) = CASE WHEN \(first) IS NULL OR excluded.\(first) < \(first) THEN excluded.\(first) ELSE \(first) END,
            \(last) = CASE WHEN \(last) IS NULL OR excluded.\(last) > \(last) THEN excluded.\(last) ELSE \(last) END
        """
    }

    /// Folds every source stored since the last call into the summaries the
    /// canned reports read; does nothing when there is none.
    ///
    /// Idempotent, and correct after any number of sources: call it once per
    /// import batch, inside the batch's transaction, so that a committed batch
    /// is always summarised. Inside a transaction it runs in a savepoint.
    public func updateSummaries() throws {
        guard try !summariesAreCurrent() else { return }
        try connection.transaction(.immediate) { try foldInSummaries() }
    }

    /// ``updateSummaries()`` as part of the caller's transaction, which must
    /// roll back whole if this throws (an import batch does).
    ///
    /// No savepoint: inside one, SQLite copies every page the fold-in changes
    /// into the savepoint's journal (in memory) first, one copy per page, and
    /// person_meeting's rows land all over the table by date: about 6 MB of
    /// peak memory on a 100,000-source import.
    func updateSummariesInBatch() throws {
        guard try !summariesAreCurrent() else { return }
        try foldInSummaries()
    }

    private func summariesAreCurrent() throws -> Bool {
        try connection.cachedStatement(
            "SELECT sources_upto >= (SELECT coalesce(max(id), 0) FROM source) FROM summary_state"
        ).map { try $0.get(0, as: Bool.self) }.first ?? true
    }

    private func foldInSummaries() throws {
        for sql in Self.summaryFoldIn { try connection.execute(sql, []) }
    }

    /// Counts the threads of each topic and lists each thread's mentions again,
    /// after an edit moved mentions between threads (link, unlink, merge, rename,
    /// a catalogue's wordings).
    ///
    /// Sources not yet summarised are folded in first: the recount includes them.
    func rebuildThreadSummary() throws {
        try updateSummaries()
        try connection.execute("DELETE FROM topic_thread", [])
        try connection.execute("INSERT INTO topic_thread (topic, thread_id, mentions) \(Self.topicThreadCount)", [])
        try connection.execute("DELETE FROM thread_mention", [])
        try connection.execute("INSERT INTO thread_mention (\(Self.threadMentionColumns)) \(Self.threadMentionList)", [])
        try connection.execute("DELETE FROM thread_countries", [])
        try connection.execute("INSERT INTO thread_countries (thread_id, countries, mentions) \(Self.threadCountriesCount)", [])
    }

    static let topicThreadCount =
        "SELECT topic, thread_id, count(*) FROM commitment WHERE thread_id IS NOT NULL GROUP BY topic, thread_id"

    /// The meetings of the sources above the watermark (with repeats; for `IN`).
    static let pendingMeetings = "SELECT meeting_id FROM source WHERE id > (SELECT sources_upto FROM summary_state)"

    static let threadMentionColumns = "thread_id, countries, sort_date, commitment_id, meeting_id, date, people, text, target, source"

    static let personMeetingColumns = "person_id, sort_date, meeting_id, date, kind, place, role, participants"

    static let threadCountriesCount = "SELECT thread_id, countries, count(*) FROM thread_mention GROUP BY thread_id, countries"

    /// Every threaded commitment with its meeting's countries, date and people
    /// from meeting_summary (which `bilat check` compares with v_meetings).
    static let threadMentionList = """
        SELECT c.thread_id, coalesce(m.countries, '') AS countries, coalesce(m.date, '~') AS sort_date, c.id AS commitment_id,
               m.meeting_id, m.date, coalesce(m.participants, '') AS people, c.text, c.target, s.location AS source
        FROM commitment c JOIN source s ON s.id = c.source_id JOIN meeting_summary m ON m.meeting_id = s.meeting_id
        WHERE c.thread_id IS NOT NULL
        """

    /// For `bilat check`: each summary against a recount from the base tables,
    /// as (invariant name, what the summary holds, what the recount gives, the key columns).
    static let summaryRecounts: [(name: String, stored: String, recount: String, key: String)] = [
        ("meeting summaries equal v_meetings",
         "SELECT meeting_id, date, kind, place, countries, participants, sources FROM meeting_summary",
         "SELECT meeting_id, date, kind, place, countries, participants, sources FROM v_meetings",
         "'meeting ' || meeting_id"),
        ("meetings per year and pair equal a recount",
         "SELECT year, pair, meetings FROM meetings_by_year_pair",
         """
         SELECT substr(date, 1, 4) AS year, coalesce(countries, '') AS pair, count(*) AS meetings
         FROM v_meetings WHERE date IS NOT NULL GROUP BY 1, 2
         """,
         "'year ' || year || ' pair ' || pair"),
        ("speaker summaries equal a recount",
         "SELECT person_id, statements, meetings, first_seen, last_seen FROM person_summary",
         recount("statement", by: "person_id"),
         "'person ' || person_id"),
        ("topic summaries equal a recount",
         "SELECT topic, mentions, meetings, first_made, last_mentioned FROM topic_summary",
         recount("commitment", by: "topic"),
         "'topic ' || topic"),
        ("threads per topic equal a recount",
         "SELECT topic, thread_id, mentions FROM topic_thread",
         topicThreadCount,
         "'topic ' || topic || ' thread ' || thread_id"),
        ("thread mentions equal a recount",
         "SELECT \(threadMentionColumns) FROM thread_mention",
         threadMentionList,
         "'commitment ' || commitment_id"),
        ("thread mentions per countries equal a recount",
         "SELECT thread_id, countries, mentions FROM thread_countries",
         threadCountriesCount,
         "'thread ' || thread_id || ' countries ' || countries"),
        ("meetings per person equal a recount",
         "SELECT \(personMeetingColumns) FROM person_meeting",
         """
         SELECT found.person_id, coalesce(m.date, ''), m.meeting_id, m.date, m.kind, m.place, found.role, m.participants
         FROM (SELECT person_id, meeting_id, role, min(rowid) FROM participation GROUP BY person_id, meeting_id) AS found
         JOIN meeting_summary m ON m.meeting_id = found.meeting_id
         """,
         "'person ' || person_id || ' meeting ' || meeting_id"),
        ("documents per year and kind equal a recount",
         "SELECT year, kind, documents FROM documents_by_year_kind",
         """
         SELECT coalesce(substr(m.date, 1, 4), 'unknown') AS year, d.kind, count(*) AS documents
         FROM signed_document d JOIN source s ON s.id = d.source_id JOIN meeting m ON m.id = s.meeting_id
         GROUP BY 1, 2
         """,
         "'year ' || year || ' kind ' || kind"),
    ]

    /// Rows of `table` per `key`: how many, in how many meetings, first and last meeting date.
    private static func recount(_ table: String, by key: String) -> String {
        """
        SELECT row.\(key), count(*), count(DISTINCT s.meeting_id), min(m.date), max(m.date)
        FROM \(table) row JOIN source s ON s.id = row.source_id JOIN meeting m ON m.id = s.meeting_id
        GROUP BY row.\(key)
        """
    }

    /// The summary invariants as queries that list what breaks them: rows the
    /// summary holds and the recount does not, or the other way round.
    static var summaryInvariants: [(name: String, sql: String)] {
        let watermark = (
            "summaries include every source",
            """
            SELECT 'sources after ' || sources_upto || ' are not counted in the report summaries; '
                   || 'open the archive for writing (bilat init) to count them'
            FROM summary_state WHERE sources_upto < (SELECT coalesce(max(id), 0) FROM source)
            """)
        return [watermark] + summaryRecounts.map { recount in
            (recount.name,
             """
             SELECT \(recount.key) || ' is wrong in the summary' FROM (\(recount.stored) EXCEPT \(recount.recount))
             UNION ALL
             SELECT \(recount.key) || ' is missing from the summary' FROM (\(recount.recount) EXCEPT \(recount.stored))
             """)
        }
    }
}
