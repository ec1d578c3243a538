-- Following commitments across meetings: the catalogue of thread wordings,
-- measurable targets on indicator series, and the user's own corrections.

-- Wordings that put a commitment in a thread, per language: words that must
-- all appear, a trailing * matching any ending ("doubl* commerc*").
CREATE TABLE thread_wording (
    thread_id TEXT NOT NULL REFERENCES commitment_thread (id) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    pattern   TEXT NOT NULL CHECK (trim(pattern) <> ''),
    PRIMARY KEY (thread_id, language, pattern)
) STRICT;

-- A measurable target: baseline period × factor, or an absolute value, by a deadline.
CREATE TABLE thread_target (
    thread_id       TEXT PRIMARY KEY REFERENCES commitment_thread (id) ON UPDATE CASCADE ON DELETE CASCADE,
    series_id       TEXT NOT NULL REFERENCES indicator_series (id) ON UPDATE CASCADE,
    baseline_period TEXT,
    factor          REAL CHECK (factor IS NULL OR factor > 0),
    target_value    REAL,
    deadline        TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]*'),
    CHECK ((baseline_period IS NOT NULL AND factor IS NOT NULL) OR target_value IS NOT NULL)
) STRICT;

-- The user's link, unlink and merge edits, keyed by the commitment's text so
-- that they apply again when a source is imported anew. thread_id NULL: unlinked.
CREATE TABLE thread_override (
    commitment_text TEXT PRIMARY KEY,
    thread_id       TEXT REFERENCES commitment_thread (id) ON UPDATE CASCADE ON DELETE CASCADE
) STRICT;

-- Thread ids retired by a merge or a rename, and where they went.
CREATE TABLE thread_alias (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL REFERENCES commitment_thread (id) ON UPDATE CASCADE ON DELETE CASCADE
) STRICT;

CREATE INDEX commitment_by_text ON commitment (text);
