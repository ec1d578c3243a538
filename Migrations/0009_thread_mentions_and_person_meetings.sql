-- Two more summaries (see migration 0006), for the two reads that list
-- thousands of rows on an archive of 100,000 sources:
--
-- * `bilat track` follows a thread between one set of countries and says how
--   many mentions it has between each. The countries are the meeting's, so
--   every mention of the thread was read to learn them: "trade-doubling" has
--   33,000 mentions, 8,300 of them between CN and KZ (80 ms of SQL alone),
--   and each mention it shows is a lookup in three b-trees (the commitment,
--   its source, its meeting), 25,000 random pages. thread_mention holds, per
--   thread and set of countries and in date order, what `bilat track` shows
--   of each mention: the mentions are one range of its rows. thread_countries
--   counts them per set of countries.
-- * reports/person-meetings.sql lists a person's meetings with the role held
--   at each: 19,500 rows for "Wang", each looked up in meeting_summary.
--   person_meeting holds the rows themselves, per person.
--
-- Both are kept like the others: what the sources above the watermark change
-- is folded in per import batch (Archive.summaryFoldIn). A new source can only
-- add rows or change those of its meeting (its countries, kind, place,
-- participants), so the fold-in replaces every row of the meetings that
-- pending sources belong to. Thread edits rebuild thread_mention. `bilat
-- check` compares both with a recount from the base tables and meeting_summary
-- (itself checked against v_meetings).

CREATE TABLE thread_mention (
    thread_id     TEXT NOT NULL,
    -- The meeting's countries, as in meeting_summary ("CN-KZ"; '' for none).
    countries     TEXT NOT NULL,
    -- The meeting's date, '~' when it has none: in key order, the mentions
    -- come as bilat track lists them (by date, undated last, then commitment).
    sort_date     TEXT NOT NULL,
    commitment_id INTEGER NOT NULL,
    meeting_id    INTEGER NOT NULL,
    date          TEXT,
    -- The meeting's participants ('' for none), the commitment's text and
    -- target, the source's location.
    people        TEXT NOT NULL,
    text          TEXT NOT NULL,
    target        TEXT,
    source        TEXT NOT NULL,
    PRIMARY KEY (thread_id, countries, sort_date, commitment_id)
) STRICT, WITHOUT ROWID;
-- For the fold-in, which replaces the rows of a meeting.
CREATE INDEX thread_mention_by_meeting ON thread_mention (meeting_id);

-- Rows of thread_mention per thread and set of countries.
CREATE TABLE thread_countries (
    thread_id TEXT NOT NULL,
    countries TEXT NOT NULL,
    mentions  INTEGER NOT NULL CHECK (mentions >= 0),
    PRIMARY KEY (thread_id, countries)
) STRICT, WITHOUT ROWID;

-- One row per person and meeting; the role is the one the meeting's first
-- source gave (the participation row with the lowest rowid).
CREATE TABLE person_meeting (
    person_id    INTEGER NOT NULL,
    meeting_id   INTEGER NOT NULL,
    date         TEXT,
    kind         TEXT NOT NULL,
    place        TEXT,
    role         TEXT,
    participants TEXT,
    PRIMARY KEY (person_id, meeting_id)
) STRICT, WITHOUT ROWID;

-- The rows of the meetings that sources above the watermark belong to, as
-- they are once meeting_summary counts those sources. (The filter sits inside
-- the GROUP BY: SQLite does not push it into an aggregate subquery.)
CREATE VIEW summary_pending_thread_mention AS
SELECT c.thread_id, coalesce(m.countries, '') AS countries, coalesce(m.date, '~') AS sort_date, c.id AS commitment_id,
       m.meeting_id, m.date, coalesce(m.participants, '') AS people, c.text, c.target, s.location AS source
FROM meeting_summary m
JOIN source s ON s.meeting_id = m.meeting_id
JOIN commitment c ON c.source_id = s.id
WHERE m.meeting_id IN (SELECT meeting_id FROM source WHERE id > (SELECT sources_upto FROM summary_state))
  AND c.thread_id IS NOT NULL;

CREATE VIEW summary_pending_person_meeting AS
SELECT found.person_id, m.meeting_id, m.date, m.kind, m.place, found.role, m.participants
FROM (SELECT person_id, meeting_id, role, min(rowid) FROM participation
      WHERE meeting_id IN (SELECT meeting_id FROM source WHERE id > (SELECT sources_upto FROM summary_state))
      GROUP BY meeting_id, person_id) AS found
JOIN meeting_summary m ON m.meeting_id = found.meeting_id;

-- Backfill as migration 0006 did: with the watermark at 0 for a moment, every
-- source is pending. Sources not yet counted in meeting_summary (written by
-- hand) stay pending after: their meetings' rows are replaced when they are.
CREATE TEMP TABLE backfill_watermark AS SELECT sources_upto FROM summary_state;
UPDATE summary_state SET sources_upto = 0;
INSERT INTO thread_mention (thread_id, countries, sort_date, commitment_id, meeting_id, date, people, text, target, source)
SELECT thread_id, countries, sort_date, commitment_id, meeting_id, date, people, text, target, source
FROM summary_pending_thread_mention;
INSERT INTO thread_countries (thread_id, countries, mentions)
SELECT thread_id, countries, count(*) FROM thread_mention GROUP BY 1, 2;
INSERT INTO person_meeting (person_id, meeting_id, date, kind, place, role, participants)
SELECT person_id, meeting_id, date, kind, place, role, participants FROM summary_pending_person_meeting;
UPDATE summary_state SET sources_upto = (SELECT sources_upto FROM temp.backfill_watermark);
DROP TABLE temp.backfill_watermark;
