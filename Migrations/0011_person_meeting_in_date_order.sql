-- person_meeting (migration 0009) keyed by person, then date, then meeting,
-- so that reports/person-meetings.sql reads each person's meetings in date
-- order from the table instead of sorting them: the sort of the 19,564 rows
-- "Wang" matches on 100,000 sources took 20 ms, as long as reading them.
-- sort_date is the date, or '' for an undated meeting (first, as NULL dates
-- sorted before). A meeting's date can change when another source of it
-- arrives, which moves its rows: the fold-in deletes the rows of every
-- pending meeting (found by person_meeting_by_meeting) and inserts them again.

CREATE TABLE person_meeting_by_date (
    person_id    INTEGER NOT NULL,
    sort_date    TEXT NOT NULL,
    meeting_id   INTEGER NOT NULL,
    date         TEXT,
    kind         TEXT NOT NULL,
    place        TEXT,
    role         TEXT,
    participants TEXT,
    PRIMARY KEY (person_id, sort_date, meeting_id)
) STRICT, WITHOUT ROWID;

INSERT INTO person_meeting_by_date (person_id, sort_date, meeting_id, date, kind, place, role, participants)
SELECT person_id, coalesce(date, ''), meeting_id, date, kind, place, role, participants FROM person_meeting;

DROP TABLE person_meeting;
ALTER TABLE person_meeting_by_date RENAME TO person_meeting;
CREATE INDEX person_meeting_by_meeting ON person_meeting (meeting_id);

DROP VIEW summary_pending_person_meeting;
CREATE VIEW summary_pending_person_meeting AS
SELECT found.person_id, coalesce(m.date, '') AS sort_date, m.meeting_id, m.date, m.kind, m.place, found.role, m.participants
FROM (SELECT person_id, meeting_id, role, min(rowid) FROM participation
      WHERE meeting_id IN (SELECT meeting_id FROM source WHERE id > (SELECT sources_upto FROM summary_state))
      GROUP BY meeting_id, person_id) AS found
JOIN meeting_summary m ON m.meeting_id = found.meeting_id;
