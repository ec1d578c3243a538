-- bilat archive, schema version 1.
-- Every table is STRICT; every link is a foreign key. Rows that come from a
-- press release carry source_id, so "all rows of a source, or none" can be
-- checked, and deleting a source removes exactly what it brought.

CREATE TABLE country (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL
) STRICT;

-- One meeting, reported by one or more sources (a French and an English
-- readout of the same talks are two sources of one meeting).
CREATE TABLE meeting (
    id    INTEGER PRIMARY KEY,
    date  TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    place TEXT,
    kind  TEXT NOT NULL CHECK (kind IN ('talks', 'meeting', 'phone_call', 'video_call', 'press_conference',
                                        'strategic_dialogue', 'signing', 'visit', 'other')),
    title TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_by_date ON meeting (date);

CREATE TABLE meeting_country (
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES country (code),
    PRIMARY KEY (meeting_id, country_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_country_by_country ON meeting_country (country_code, meeting_id);

-- A press release as imported: where it came from, its exact content hash,
-- and its full text.
CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    location     TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    language     TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    title        TEXT NOT NULL,
    published_at TEXT,
    body         TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id)
) STRICT;
CREATE INDEX source_by_meeting ON source (meeting_id);

-- A person once, with every spelling seen (Tokaïev, Tokayev, TOKAYEV).
CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    country_code TEXT REFERENCES country (code)
) STRICT;
CREATE INDEX person_by_country ON person (country_code);

-- name_key is the spelling folded for matching: no case, no accents,
-- transliteration variants merged, tokens sorted (surname order does not matter).
CREATE TABLE person_alias (
    name_key  TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    spelling  TEXT NOT NULL
) STRICT;
CREATE INDEX person_alias_by_person ON person_alias (person_id);

-- Who took part in a meeting, and the role they held there, per source.
CREATE TABLE participation (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    source_id  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    role       TEXT,
    PRIMARY KEY (meeting_id, person_id, source_id)
) STRICT;
CREATE INDEX participation_by_person ON participation (person_id, meeting_id);
CREATE INDEX participation_by_source ON participation (source_id);

CREATE TABLE statement (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id),
    position  INTEGER NOT NULL CHECK (position >= 0),
    text      TEXT NOT NULL,
    UNIQUE (source_id, position)
) STRICT;
CREATE INDEX statement_by_person ON statement (person_id);

-- A commitment followed across meetings: "trade-doubling".
CREATE TABLE commitment_thread (
    id       TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    title    TEXT NOT NULL,
    topic    TEXT NOT NULL,
    target   TEXT,
    deadline TEXT
) STRICT;

-- One mention of a commitment in one source: the sentence, its topic,
-- target and deadline as written, and the thread it belongs to when known.
CREATE TABLE commitment (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    thread_id TEXT REFERENCES commitment_thread (id) ON UPDATE CASCADE ON DELETE SET NULL,
    position  INTEGER NOT NULL CHECK (position >= 0),
    topic     TEXT NOT NULL,
    text      TEXT NOT NULL,
    target    TEXT,
    deadline  TEXT,
    UNIQUE (source_id, position)
) STRICT;
CREATE INDEX commitment_by_thread ON commitment (thread_id);
CREATE INDEX commitment_by_topic ON commitment (topic);

CREATE TABLE signed_document (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    title     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    UNIQUE (source_id, position)
) STRICT;

CREATE TABLE signed_document_party (
    document_id  INTEGER NOT NULL REFERENCES signed_document (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES country (code),
    PRIMARY KEY (document_id, country_code)
) STRICT, WITHOUT ROWID;

-- Measured series (bilateral trade, CN-KZ, in billions of US dollars) to
-- hold commitments against.
CREATE TABLE indicator_series (
    id          TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    unit        TEXT NOT NULL
) STRICT;

CREATE TABLE indicator_value (
    series_id TEXT NOT NULL REFERENCES indicator_series (id) ON DELETE CASCADE,
    period    TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]*'),
    value     REAL NOT NULL,
    source    TEXT NOT NULL,
    PRIMARY KEY (series_id, period)
) STRICT;

-- Full-text search over statements and source texts. unicode61 with
-- remove_diacritics 2 folds case and accents: "echanges" finds "échanges".
CREATE VIRTUAL TABLE statement_fts USING fts5 (
    text, content = 'statement', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
    INSERT INTO statement_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
    INSERT INTO statement_fts (statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER statement_fts_update AFTER UPDATE OF text ON statement BEGIN
    INSERT INTO statement_fts (statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statement_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE source_fts USING fts5 (
    title, body, content = 'source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER source_fts_insert AFTER INSERT ON source BEGIN
    INSERT INTO source_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER source_fts_delete AFTER DELETE ON source BEGIN
    INSERT INTO source_fts (source_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER source_fts_update AFTER UPDATE OF title, body ON source BEGIN
    INSERT INTO source_fts (source_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO source_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Stable views for sqlite3, Datasette and pandas.
CREATE VIEW v_meetings AS
SELECT m.id AS meeting_id, m.date, m.kind, m.place, m.title,
       (SELECT group_concat(country_code, '-') FROM (SELECT country_code FROM meeting_country
            WHERE meeting_id = m.id ORDER BY country_code)) AS countries,
       (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT p.name FROM participation pa
            JOIN person p ON p.id = pa.person_id WHERE pa.meeting_id = m.id ORDER BY p.name)) AS participants,
       (SELECT count(*) FROM source s WHERE s.meeting_id = m.id) AS sources
FROM meeting m;

CREATE VIEW v_statements AS
SELECT st.id AS statement_id, s.meeting_id, m.date, p.name AS speaker, p.country_code AS speaker_country,
       st.text, st.position, s.id AS source_id, s.location AS source
FROM statement st
JOIN source s ON s.id = st.source_id
JOIN meeting m ON m.id = s.meeting_id
JOIN person p ON p.id = st.person_id;

CREATE VIEW v_commitments AS
SELECT c.id AS commitment_id, s.meeting_id, m.date, c.thread_id AS thread, c.topic, c.text, c.target,
       c.deadline, s.id AS source_id, s.location AS source
FROM commitment c
JOIN source s ON s.id = c.source_id
JOIN meeting m ON m.id = s.meeting_id;

CREATE VIEW v_documents AS
SELECT d.id AS document_id, s.meeting_id, m.date, d.kind, d.title,
       (SELECT group_concat(country_code, '-') FROM (SELECT country_code FROM signed_document_party
            WHERE document_id = d.id ORDER BY country_code)) AS parties,
       s.id AS source_id, s.location AS source
FROM signed_document d
JOIN source s ON s.id = d.source_id
JOIN meeting m ON m.id = s.meeting_id;
