import SQLiteDB

/// What storing a source did.
public enum StoreOutcome: Equatable, Sendable {
    /// The source is new; `isNewMeeting` is false when it joined a meeting
    /// already reported by another source.
    case imported(sourceID: Int64, meetingID: Int64, isNewMeeting: Bool)
    /// A source with the same SHA-256 is already in the archive; nothing changed.
    case unchanged(sourceID: Int64)
}

/// What an import batch reads once instead of once per row: facts the batch
/// itself does not change, and the meetings it has stored sources of.
struct ImportBatchState {
    /// Country codes in the archive when the batch began; codes are never deleted.
    let knownCountries: Set<String>
    /// Whether any commitment's thread was set by hand (`threads assign`); most archives have none.
    let hasThreadOverrides: Bool
    /// The catalogue's wordings (``Archive/threadWordings()``), read for every commitment without a thread.
    let threadWordings: [(thread: String, pattern: String)]
    /// The meetings this batch created or added a source to, by date: what
    /// person_meeting, folded in when the batch began, does not know yet.
    var meetingsByDate: [String: [Int64]] = [:]

    init(_ archive: Archive) throws {
        let connection = archive.connection
        knownCountries = Set(try connection.query("SELECT code FROM country") { try $0.get(0, as: String.self) })
        hasThreadOverrides = try connection.scalar("SELECT 1 FROM thread_override LIMIT 1", as: Int.self) != nil
        threadWordings = try archive.threadWordings()
    }
}

extension Archive {
    /// Runs `body`, which stores sources, in one transaction; before committing,
    /// counts what it added in the report summaries, indexes every source and
    /// statement it added for full-text search and packs their lengths for
    /// ranking (migration 0010).
    ///
    /// Indexing once per batch rather than once per row is what keeps FTS5
    /// from flushing a tiny index segment at every INSERT (see migration 0005).
    /// Called inside another batch, it is part of that batch.
    ///
    /// Triggers are off inside a batch (``Connection/withTriggersDisabled(_:)``):
    /// the only ones its writes would fire index new sources and statements
    /// for search, which the batch does itself, and with them every INSERT into
    /// those tables journaled the pages it changed (without: a 10k import took
    /// ~7 % less time). `body` must write through ``store(_:importedAt:)`` or
    /// ``storeBatch(_:importedAt:)``, which insert and never delete or edit a
    /// source or statement.
    public func importBatch<T>(_ body: () throws -> T) throws -> T {
        try connection.transaction(.immediate) {
            guard batch == nil else { return try body() }
            return try connection.withTriggersDisabled { try writeBatch(body) }
        }
    }

    /// The work of ``importBatch(_:)`` inside its transaction.
    private func writeBatch<T>(_ body: () throws -> T) throws -> T {
        // Meetings are matched through person_meeting (``matchingMeeting(date:people:)``):
        // sources stored without bilat since the last batch are counted in first.
        try updateSummariesInBatch()
        batch = try ImportBatchState(self)
        defer { batch = nil }
        try connection.execute(
            """
            INSERT INTO search_index_pending (id, sources_after, statements_after)
            VALUES (1, (SELECT coalesce(max(id), 0) FROM source), (SELECT coalesce(max(id), 0) FROM statement))
            """, [])
        let result = try body()
        // Committed batches are always counted in the report summaries (migration 0006).
        try updateSummariesInBatch()
        try connection.execute(
            """
            INSERT INTO source_fts (rowid, title, body) SELECT id, title, body FROM source
            WHERE id > (SELECT sources_after FROM search_index_pending)
            """, [])
        try connection.execute(
            """
            INSERT INTO statement_fts (rowid, text) SELECT id, text FROM statement
            WHERE id > (SELECT statements_after FROM search_index_pending)
            """, [])
        try connection.prepare("SELECT statements_after, sources_after FROM search_index_pending").forEachRow { row in
            try countSearchLengths(
                statementsAfter: try row.get(0, as: Int64.self), sourcesAfter: try row.get(1, as: Int64.self))
        }
        try connection.execute("DELETE FROM search_index_pending", [])
        return result
    }

    /// Stores one source and everything it reports, all or nothing.
    ///
    /// Inside a batch (``importBatch(_:)``) this runs in its own savepoint, so
    /// a failure takes back this source's rows alone.
    public func store(_ source: NewSource, importedAt: String) throws -> StoreOutcome {
        let outcome = try importBatch { try storeRows(of: source, importedAt: importedAt) }
        // Once its savepoint is released: a source that failed leaves no meeting behind.
        noteMeeting(of: outcome, source: source)
        return outcome
    }

    /// Stores `sources` in one import batch, each all or nothing: what became
    /// of each, in order. A source that fails leaves nothing behind and the
    /// others are stored.
    ///
    /// The batch is first written with no savepoint per source. A savepoint
    /// makes SQLite copy every page a source changes into its journal before
    /// changing it, and opening and releasing it calls every full-text table:
    /// without them a 10k import took ~8 % less time (interleaved runs).
    /// Failures are rare, so when a source does fail, the whole transaction
    /// rolls back and the batch is written again the careful way, one
    /// savepoint per source (``store(_:importedAt:)``).
    public func storeBatch(_ sources: [NewSource], importedAt: String) throws -> [Result<StoreOutcome, any Error>] {
        do {
            return try importBatch {
                var outcomes: [Result<StoreOutcome, any Error>] = []
                outcomes.reserveCapacity(sources.count)
                for source in sources {
                    let outcome: StoreOutcome
                    do { outcome = try storeRows(of: source, importedAt: importedAt) } catch { throw SourceFailed() }
                    noteMeeting(of: outcome, source: source)
                    outcomes.append(.success(outcome))
                }
                return outcomes
            }
        } catch is SourceFailed {
            return try importBatch { sources.map { source in Result { try store(source, importedAt: importedAt) } } }
        }
    }

    /// Why ``storeBatch(_:importedAt:)`` gave up writing a batch in one go.
    private struct SourceFailed: Error {}

    /// Records the meeting a stored source is about for the rest of the batch
    /// (``ImportBatchState/meetingsByDate``).
    private func noteMeeting(of outcome: StoreOutcome, source: NewSource) {
        if case .imported(_, let meetingID, _) = outcome, let date = source.meeting.date {
            batch?.meetingsByDate[date, default: []].append(meetingID)
        }
    }

    /// The rows of one source, inside the savepoint ``store(_:importedAt:)`` opened
    /// or straight in the transaction of ``storeBatch(_:importedAt:)``.
    private func storeRows(of source: NewSource, importedAt: String) throws -> StoreOutcome {
        if let existing = try connection.cachedStatement("SELECT id FROM source WHERE sha256 = ?")
            .map([source.sha256], { try $0.get(0, as: Int64.self) }).first
        {
            return .unchanged(sourceID: existing)
        }
        var people: [String: Int64] = [:]
        for participant in source.participants {
            people[participant.name] = try personID(named: participant.name, country: participant.country)
        }
        let participantIDs = source.participants.compactMap { people[$0.name] }
        let existingMeeting = try matchingMeeting(date: source.meeting.date, people: participantIDs)
        let meetingID = try existingMeeting ?? insertMeeting(source.meeting, title: source.title)
        for code in source.meeting.countries {
            try ensureCountry(code)
            try connection.execute(
                "INSERT OR IGNORE INTO meeting_country (meeting_id, country_code) VALUES (?, ?)", [meetingID, code])
        }
        if existingMeeting != nil { try fillMeetingGaps(meetingID, with: source.meeting) }

        try connection.execute(
            """
            INSERT INTO source (location, sha256, language, title, published_at, body, imported_at, meeting_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [source.location, source.sha256, source.language, source.title, source.publishedAt, source.body,
             importedAt, meetingID])
        let sourceID = connection.lastInsertedRowID

        for participant in source.participants {
            guard let personID = people[participant.name] else { continue }
            try connection.execute(
                "INSERT OR IGNORE INTO participation (meeting_id, person_id, source_id, role) VALUES (?, ?, ?, ?)",
                [meetingID, personID, sourceID, participant.role])
        }
        for (position, statement) in source.statements.enumerated() {
            let speaker = try people[statement.speaker] ?? personID(named: statement.speaker, country: nil)
            people[statement.speaker] = speaker
            try connection.execute(
                "INSERT INTO statement (source_id, person_id, position, text) VALUES (?, ?, ?, ?)",
                [sourceID, speaker, position, statement.text])
        }
        for (position, commitment) in source.commitments.enumerated() {
            let (thread, isOverride) = try resolveThread(text: commitment.text, extracted: commitment.thread)
            if let thread, !isOverride {
                try connection.execute(
                    "INSERT OR IGNORE INTO commitment_thread (id, title, topic) VALUES (?, ?, ?)",
                    [thread, commitment.threadTitle ?? thread, commitment.topic])
            }
            try connection.execute(
                """
                INSERT INTO commitment (source_id, thread_id, position, topic, text, target, deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [sourceID, thread, position, commitment.topic, commitment.text, commitment.target,
                 commitment.deadline])
        }
        for (position, document) in source.documents.enumerated() {
            try connection.execute(
                "INSERT INTO signed_document (source_id, position, title, kind) VALUES (?, ?, ?, ?)",
                [sourceID, position, document.title, document.kind])
            let documentID = connection.lastInsertedRowID
            for code in source.meeting.countries {
                try connection.execute(
                    "INSERT OR IGNORE INTO signed_document_party (document_id, country_code) VALUES (?, ?)",
                    [documentID, code])
            }
        }
        for (position, figure) in source.figures.enumerated() {
            try connection.execute(
                "INSERT INTO figure (source_id, position, text, value, unit, period, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [sourceID, position, figure.text, figure.value, figure.unit, figure.period, figure.sentence])
        }
        return .imported(sourceID: sourceID, meetingID: meetingID, isNewMeeting: existingMeeting == nil)
    }

    // MARK: People

    /// The person with this name in any known spelling, created when new.
    ///
    /// A full name matches by its folded key (``PersonKey``); a single name
    /// ("Tokayev") matches the one person whose name contains it, if only one does.
    public func personID(named name: String, country: String?) throws -> Int64 {
        let key = personKey(of: name)
        if let (id, hasCountry) = try findPerson(key: key) {
            if let country, !hasCountry { try setCountryIfUnknown(person: id, country: country) }
            return id
        }
        let tokens = PersonKey.tokens(of: name)
        if tokens.count == 1, let id = try findPerson(containing: tokens[0], country: country) {
            try connection.execute(
                "INSERT OR IGNORE INTO person_alias (name_key, person_id, spelling) VALUES (?, ?, ?)", [key, id, name])
            return id
        }
        if let country { try ensureCountry(country) }
        try connection.execute("INSERT INTO person (name, country_code) VALUES (?, ?)", [name, country])
        let id = connection.lastInsertedRowID
        try connection.execute(
            "INSERT INTO person_alias (name_key, person_id, spelling) VALUES (?, ?, ?)", [key, id, name])
        return id
    }

    /// ``PersonKey/make(_:)`` of `name`, remembered.
    ///
    /// An import meets the same few hundred names in thousands of sources, and
    /// folding a name took the import's writer, its bottleneck, ~5 % of its
    /// instructions (callgrind, 1,000 sources). At most ``personKeyLimit`` are
    /// kept, a few megabytes.
    private func personKey(of name: String) -> String {
        if let key = personKeys[name] { return key }
        if personKeys.count >= Self.personKeyLimit { personKeys.removeAll(keepingCapacity: true) }
        let key = PersonKey.make(name)
        personKeys[name] = key
        return key
    }

    private static let personKeyLimit = 16_384

    /// The person a name key belongs to, and whether their country is known.
    private func findPerson(key: String) throws -> (id: Int64, hasCountry: Bool)? {
        try connection.cachedStatement(
            "SELECT a.person_id, p.country_code IS NOT NULL FROM person_alias a JOIN person p ON p.id = a.person_id WHERE a.name_key = ?"
        ).map([key]) { (try $0.get(0, as: Int64.self), try $0.get(1, as: Bool.self)) }.first
    }

    private func findPerson(containing token: String, country: String?) throws -> Int64? {
        let ids = try connection.cachedStatement(
            """
            SELECT DISTINCT a.person_id FROM person_alias a JOIN person p ON p.id = a.person_id
            WHERE (' ' || a.name_key || ' ') LIKE ('% ' || ? || ' %')
              AND (? IS NULL OR p.country_code IS NULL OR p.country_code = ?)
            """
        ).map([token, country, country]) { try $0.get(0, as: Int64.self) }
        return ids.count == 1 ? ids[0] : nil
    }

    private func setCountryIfUnknown(person: Int64, country: String) throws {
        try ensureCountry(country)
        try connection.execute(
            "UPDATE person SET country_code = ? WHERE id = ? AND country_code IS NULL", [country, person])
    }

    /// Makes sure a country code can be referenced; unknown codes are named by their code.
    func ensureCountry(_ code: String) throws {
        if batch?.knownCountries.contains(code) == true { return }
        try connection.execute(
            "INSERT OR IGNORE INTO country (code, name_en, name_fr) VALUES (?, ?, ?)", [code, code, code])
    }

    // MARK: Meetings

    /// A meeting on the same date with the same people: another readout of it.
    ///
    /// Without a date two readouts cannot be told to be one meeting, so none matches.
    /// The rule: the first meeting of the day (by id) that shares two people
    /// with the source, or one when either side has only one.
    private func matchingMeeting(date: String?, people: [Int64]) throws -> Int64? {
        guard let date, !people.isEmpty else { return nil }
        let wanted = Set(people)
        for meeting in try meetings(on: date, withAnyOf: wanted) {
            var shared = 0, participants = 0
            try connection.cachedStatement(
                """
                SELECT DISTINCT p.person_id FROM meeting m JOIN participation p ON p.meeting_id = m.id
                WHERE m.id = ? AND m.date = ?
                """
            ).forEachRow([meeting, date]) { row in
                participants += 1
                if wanted.contains(try row.get(0, as: Int64.self)) { shared += 1 }
            }
            if shared > 0 && shared >= min(2, wanted.count, participants) { return meeting }
        }
        return nil
    }

    /// The meetings on `date` that one of `people` took part in, by id (a
    /// superset: ``matchingMeeting(date:people:)`` checks each against the base tables).
    ///
    /// A meeting that shares no one with the source cannot match, so only these are
    /// read: one lookup per person in person_meeting (by person, then date),
    /// where reading every meeting of the day and its people cost one lookup
    /// per meeting (27 a day on average at 100,000 sources). person_meeting is
    /// current when the batch begins; what the batch itself stored is in
    /// ``ImportBatchState/meetingsByDate``.
    private func meetings(on date: String, withAnyOf people: Set<Int64>) throws -> [Int64] {
        var found = Set(batch?.meetingsByDate[date] ?? [])
        let statement = try connection.cachedStatement(
            "SELECT meeting_id FROM person_meeting WHERE person_id = ? AND sort_date = ?")
        for person in people {
            try statement.forEachRow([person, date]) { found.insert(try $0.get(0, as: Int64.self)) }
        }
        return found.sorted()
    }

    private func insertMeeting(_ meeting: NewMeeting, title: String) throws -> Int64 {
        try connection.execute(
            "INSERT INTO meeting (date, place, kind, title) VALUES (?, ?, ?, ?)",
            [meeting.date, meeting.place, meeting.kind, title])
        return connection.lastInsertedRowID
    }

    /// A second readout may know what the first did not (the place, a precise kind).
    private func fillMeetingGaps(_ id: Int64, with meeting: NewMeeting) throws {
        try connection.execute(
            "UPDATE meeting SET place = coalesce(place, ?), kind = CASE WHEN kind = 'other' THEN ? ELSE kind END WHERE id = ?",
            [meeting.place, meeting.kind, id])
    }
}
