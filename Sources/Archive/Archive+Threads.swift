import SQLiteDB

extension Archive {
    /// Loads a thread catalogue: adds or updates each thread, replaces its
    /// wordings and target, then puts unthreaded commitments that match a
    /// wording into their thread. Returns how many commitments were linked.
    @discardableResult
    public func loadCatalogue(_ entries: [ThreadEntry]) throws -> Int {
        try connection.transaction(.immediate) {
            for entry in entries {
                try connection.execute(
                    """
                    INSERT INTO commitment_thread (id, title, topic) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET title = excluded.title, topic = excluded.topic
                    """, [entry.id, entry.title, entry.topic])
                try connection.execute("DELETE FROM thread_wording WHERE thread_id = ?", [entry.id])
                for (language, patterns) in entry.wordings {
                    for pattern in patterns {
                        try connection.execute(
                            "INSERT OR IGNORE INTO thread_wording (thread_id, language, pattern) VALUES (?, ?, ?)",
                            [entry.id, language, pattern])
                    }
                }
                try connection.execute("DELETE FROM thread_target WHERE thread_id = ?", [entry.id])
                if let target = entry.target {
                    try connection.execute(
                        "INSERT OR IGNORE INTO indicator_series (id, description, unit) VALUES (?, ?, '')",
                        [target.series, target.series])
                    try connection.execute(
                        """
                        INSERT INTO thread_target (thread_id, series_id, baseline_period, factor, target_value, deadline, countries)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                        [entry.id, target.series, target.baselinePeriod, target.factor, target.value, target.deadline, target.countries])
                }
            }
            let linked = try relinkUnthreadedCommitments()
            try rebuildThreadSummary()
            return linked
        }
    }

    /// Puts commitments without a thread (and without a user's unlink) into
    /// the first thread whose wording they match.
    func relinkUnthreadedCommitments() throws -> Int {
        let wordings = try threadWordings()
        let candidates = try connection.query(
            """
            SELECT c.id, c.text FROM commitment c
            WHERE c.thread_id IS NULL AND NOT EXISTS (SELECT 1 FROM thread_override o WHERE o.commitment_text = c.text)
            """
        ) { (try $0.get(0, as: Int64.self), try $0.get(1, as: String.self)) }
        var linked = 0
        for (id, text) in candidates {
            guard let thread = Self.thread(for: text, wordings: wordings) else { continue }
            try connection.execute("UPDATE commitment SET thread_id = ? WHERE id = ?", [thread, id])
            linked += 1
        }
        return linked
    }

    func threadWordings() throws -> [(thread: String, pattern: String)] {
        // An import batch read them when it began: no batch changes the catalogue.
        if let wordings = batch?.threadWordings { return wordings }
        return try connection.cachedStatement("SELECT thread_id, pattern FROM thread_wording ORDER BY thread_id, pattern")
            .map { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) }
    }

    static func thread(for text: String, wordings: [(thread: String, pattern: String)]) -> String? {
        guard !wordings.isEmpty else { return nil }
        let words = Wording.words(text)
        return wordings.first { Wording.matches($0.pattern, words: words) }?.thread
    }

    /// The thread a new commitment belongs to: the user's override for its
    /// text first, then the id the extractor gave (following merges and
    /// renames), then the catalogue's wordings.
    func resolveThread(text: String, extracted: String?) throws -> (thread: String?, isOverride: Bool) {
        // An import batch knows whether there are overrides at all; most archives have none.
        if batch?.hasThreadOverrides != false,
           let override = try connection.cachedStatement("SELECT thread_id FROM thread_override WHERE commitment_text = ?")
            .map([text], { $0[0] }).first
        {
            return (String.fromDatabaseValue(override) ?? nil, true)
        }
        if let extracted {
            let renamed = try connection.cachedStatement("SELECT new_id FROM thread_alias WHERE old_id = ?")
                .map([extracted]) { try $0.get(0, as: String.self) }.first
            return (renamed ?? extracted, false)
        }
        return (Self.thread(for: text, wordings: try threadWordings()), false)
    }

    // MARK: Edits

    /// Known thread ids, sorted.
    public func threadIDs() throws -> [String] {
        try connection.query("SELECT id FROM commitment_thread ORDER BY id") { try $0.get(0, as: String.self) }
    }

    private func requireThread(_ id: String) throws {
        let known = try threadIDs()
        guard known.contains(id) else {
            throw InputError("no thread '\(id)'" + Suggestions.phrase(for: id, among: known))
        }
    }

    private func commitmentText(_ id: Int64) throws -> String {
        guard let text = try connection.scalar("SELECT text FROM commitment WHERE id = ?", [id], as: String.self) else {
            throw InputError("no commitment \(id) (bilat sql \"SELECT commitment_id, text FROM v_commitments\" lists them)")
        }
        return text
    }

    /// Puts commitment `id` (and every mention with the same text, now and on
    /// later imports) into `thread`.
    public func link(commitment id: Int64, to thread: String) throws {
        try connection.transaction(.immediate) {
            try requireThread(thread)
            let text = try commitmentText(id)
            try connection.execute(
                "INSERT INTO thread_override (commitment_text, thread_id) VALUES (?, ?) ON CONFLICT DO UPDATE SET thread_id = excluded.thread_id",
                [text, thread])
            try connection.execute("UPDATE commitment SET thread_id = ? WHERE text = ?", [thread, text])
            try rebuildThreadSummary()
        }
    }

    /// Takes commitment `id` (and every mention with the same text) out of its thread, for good.
    public func unlink(commitment id: Int64) throws {
        try connection.transaction(.immediate) {
            let text = try commitmentText(id)
            try connection.execute(
                "INSERT INTO thread_override (commitment_text, thread_id) VALUES (?, NULL) ON CONFLICT DO UPDATE SET thread_id = NULL",
                [text])
            try connection.execute("UPDATE commitment SET thread_id = NULL WHERE text = ?", [text])
            try rebuildThreadSummary()
        }
    }

    /// Moves every mention of `source` into `target` and retires `source`;
    /// later imports that find `source` file into `target`.
    public func merge(thread source: String, into target: String) throws {
        try connection.transaction(.immediate) {
            try requireThread(source)
            try requireThread(target)
            guard source != target else { throw InputError("a thread cannot be merged into itself") }
            try connection.execute("UPDATE commitment SET thread_id = ? WHERE thread_id = ?", [target, source])
            try connection.execute("UPDATE thread_override SET thread_id = ? WHERE thread_id = ?", [target, source])
            try connection.execute(
                "INSERT OR IGNORE INTO thread_wording (thread_id, language, pattern) SELECT ?, language, pattern FROM thread_wording WHERE thread_id = ?",
                [target, source])
            try connection.execute("UPDATE thread_alias SET new_id = ? WHERE new_id = ?", [target, source])
            try connection.execute("DELETE FROM commitment_thread WHERE id = ?", [source])
            try connection.execute("INSERT OR REPLACE INTO thread_alias (old_id, new_id) VALUES (?, ?)", [source, target])
            try rebuildThreadSummary()
        }
    }

    /// Gives thread `old` the id `new`; later imports that find `old` file into `new`.
    public func rename(thread old: String, to new: String) throws {
        try connection.transaction(.immediate) {
            try requireThread(old)
            guard new.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), !new.isEmpty else {
                throw InputError("thread id '\(new)' must be lower-case letters, digits and dashes")
            }
            if try threadIDs().contains(new) { throw InputError("thread '\(new)' exists already; merge instead") }
            // ON UPDATE CASCADE carries the new id into mentions, wordings, targets and overrides.
            try connection.execute("UPDATE commitment_thread SET id = ? WHERE id = ?", [new, old])
            try connection.execute("INSERT OR REPLACE INTO thread_alias (old_id, new_id) VALUES (?, ?)", [old, new])
            try rebuildThreadSummary()
        }
    }
}
