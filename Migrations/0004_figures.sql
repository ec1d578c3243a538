-- Figures the texts report: amounts of money, quantities and percentages,
-- each with its sentence, so that a user can accept one as an indicator value.

CREATE TABLE figure (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    text      TEXT NOT NULL,
    -- The number as written (43.8 for "43,8 milliards de dollars"), in `unit` ("billion USD").
    value     REAL NOT NULL,
    unit      TEXT NOT NULL CHECK (unit <> ''),
    -- The year or part of a year the sentence gives: "2024", "2025-H1"; NULL when it names none.
    period    TEXT CHECK (period IS NULL OR period GLOB '[0-9][0-9][0-9][0-9]*'),
    sentence  TEXT NOT NULL,
    UNIQUE (source_id, position)
) STRICT;
CREATE INDEX figure_by_unit ON figure (unit, period);

CREATE VIEW v_figures AS
SELECT f.id AS figure_id, s.meeting_id, m.date, f.text, f.value, f.unit, f.period, f.sentence,
       s.id AS source_id, s.location AS source
FROM figure f
JOIN source s ON s.id = f.source_id
JOIN meeting m ON m.id = s.meeting_id;
