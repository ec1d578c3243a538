-- Summaries the canned reports read, so that they answer in milliseconds on
-- archives of 100,000 sources instead of aggregating every statement and
-- commitment through source and meeting joins at each run.
--
-- Each summary holds what the sources with id <= summary_state.sources_upto
-- contribute. Archive.updateSummaries() folds in the sources above it (an
-- import calls it per batch and once at the end; opening an archive for writing
-- catches up), using the summary_pending_* views below: what those sources add.
-- Thread edits rebuild topic_thread. `bilat check` compares every summary with
-- a recomputation from the base tables.
--
-- Tables and views named summary_* and *_summary are bilat's own: the
-- documented interface stays the v_* views.

CREATE TABLE summary_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    -- Every source with an id up to this one is counted in the summaries.
    sources_upto INTEGER NOT NULL
) STRICT;

-- v_meetings without the title, per meeting: its computed columns stored.
-- A meeting's kind and place change only when a new source of it is stored,
-- which makes it pending here, so they are kept current too.
CREATE TABLE meeting_summary (
    meeting_id   INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    date         TEXT,
    kind         TEXT NOT NULL,
    place        TEXT,
    countries    TEXT,
    participants TEXT,
    sources      INTEGER NOT NULL
) STRICT;
-- The timeline's order, latest first: undated meetings, then by date.
CREATE INDEX meeting_summary_by_date ON meeting_summary (date IS NULL, date, meeting_id);

-- Dated meetings per year and country pair ('' for a meeting without countries).
CREATE TABLE meetings_by_year_pair (
    year     TEXT NOT NULL,
    pair     TEXT NOT NULL,
    meetings INTEGER NOT NULL CHECK (meetings >= 0),
    PRIMARY KEY (year, pair)
) STRICT, WITHOUT ROWID;

-- Per speaker: statements, distinct meetings, first and last meeting date.
CREATE TABLE person_summary (
    person_id  INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    meetings   INTEGER NOT NULL,
    first_seen TEXT,
    last_seen  TEXT
) STRICT;

-- Per commitment topic: mentions, distinct meetings, first and last meeting date.
CREATE TABLE topic_summary (
    topic          TEXT PRIMARY KEY,
    mentions       INTEGER NOT NULL,
    meetings       INTEGER NOT NULL,
    first_made     TEXT,
    last_mentioned TEXT
) STRICT;

-- Mentions per topic and thread: the threads of a topic are its rows here.
CREATE TABLE topic_thread (
    topic     TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    mentions  INTEGER NOT NULL CHECK (mentions > 0),
    PRIMARY KEY (topic, thread_id)
) STRICT, WITHOUT ROWID;

-- Signed documents per year of their meeting ('unknown' when undated) and kind.
CREATE TABLE documents_by_year_kind (
    year      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (year, kind)
) STRICT, WITHOUT ROWID;

-- source.meeting_id is stored after the long body: reading it from the row
-- walks the body's overflow pages. Joins from statements, commitments and
-- documents to their meeting read this index instead.
CREATE INDEX source_meeting ON source (id, meeting_id, location);

-- What the sources above the watermark add. A meeting counts for a person or a
-- topic only when no source below the watermark already counted it there.
-- Every import batch folds these in, so each must read only the new rows: the
-- watermark is a scalar subquery (a range on the source_id indexes) and the
-- unary + keeps the person and topic indexes from being scanned whole for the
-- GROUP BY or the NOT EXISTS.

CREATE VIEW summary_pending_meeting AS
SELECT v.meeting_id, v.date, v.kind, v.place, v.countries, v.participants, v.sources
FROM v_meetings v
WHERE v.meeting_id IN (SELECT meeting_id FROM source WHERE id > (SELECT sources_upto FROM summary_state));

CREATE VIEW summary_pending_person AS
SELECT st.person_id,
       count(*) AS statements,
       count(DISTINCT CASE WHEN NOT EXISTS (
           SELECT 1 FROM source older JOIN statement earlier ON earlier.source_id = older.id
           WHERE older.meeting_id = s.meeting_id AND older.id <= (SELECT sources_upto FROM summary_state)
             AND +earlier.person_id = st.person_id)
       THEN s.meeting_id END) AS meetings,
       min(m.date) AS first_seen,
       max(m.date) AS last_seen
FROM statement st
JOIN source s ON s.id = st.source_id
JOIN meeting m ON m.id = s.meeting_id
WHERE st.source_id > (SELECT sources_upto FROM summary_state)
GROUP BY +st.person_id;

CREATE VIEW summary_pending_topic AS
SELECT c.topic,
       count(*) AS mentions,
       count(DISTINCT CASE WHEN NOT EXISTS (
           SELECT 1 FROM source older JOIN commitment earlier ON earlier.source_id = older.id
           WHERE older.meeting_id = s.meeting_id AND older.id <= (SELECT sources_upto FROM summary_state)
             AND +earlier.topic = c.topic)
       THEN s.meeting_id END) AS meetings,
       min(m.date) AS first_made,
       max(m.date) AS last_mentioned
FROM commitment c
JOIN source s ON s.id = c.source_id
JOIN meeting m ON m.id = s.meeting_id
WHERE c.source_id > (SELECT sources_upto FROM summary_state)
GROUP BY +c.topic;

CREATE VIEW summary_pending_topic_thread AS
SELECT c.topic, c.thread_id, count(*) AS mentions
FROM commitment c
WHERE c.source_id > (SELECT sources_upto FROM summary_state) AND c.thread_id IS NOT NULL
GROUP BY +c.topic, +c.thread_id;

CREATE VIEW summary_pending_documents AS
SELECT coalesce(substr(m.date, 1, 4), 'unknown') AS year, d.kind, count(*) AS documents
FROM signed_document d
JOIN source s ON s.id = d.source_id
JOIN meeting m ON m.id = s.meeting_id
WHERE d.source_id > (SELECT sources_upto FROM summary_state)
GROUP BY 1, 2;

-- Backfill: with the watermark at 0, every source is pending.
INSERT INTO summary_state (id, sources_upto) VALUES (1, 0);
INSERT INTO meeting_summary (meeting_id, date, kind, place, countries, participants, sources)
SELECT meeting_id, date, kind, place, countries, participants, sources FROM summary_pending_meeting;
INSERT INTO meetings_by_year_pair (year, pair, meetings)
SELECT substr(date, 1, 4), coalesce(countries, ''), count(*) FROM meeting_summary WHERE date IS NOT NULL GROUP BY 1, 2;
INSERT INTO person_summary (person_id, statements, meetings, first_seen, last_seen)
SELECT person_id, statements, meetings, first_seen, last_seen FROM summary_pending_person;
INSERT INTO topic_summary (topic, mentions, meetings, first_made, last_mentioned)
SELECT topic, mentions, meetings, first_made, last_mentioned FROM summary_pending_topic;
INSERT INTO topic_thread (topic, thread_id, mentions)
SELECT topic, thread_id, mentions FROM summary_pending_topic_thread;
INSERT INTO documents_by_year_kind (year, kind, documents)
SELECT year, kind, documents FROM summary_pending_documents;
UPDATE summary_state SET sources_upto = (SELECT coalesce(max(id), 0) FROM source);
