-- The index on a person's participations holds the role too, so that the
-- reports that list a person's meetings with the role held at each
-- (reports/person-meetings.sql, bilat person, bilat people) read it from the
-- index instead of looking up every participation row: 19,563 lookups, a
-- sixth of person-meetings' time, for "Wang" on an archive of 100,000
-- sources. It replaces the index on (person_id, meeting_id), which served the
-- same queries by the same first columns.

DROP INDEX participation_by_person;
CREATE INDEX participation_by_person ON participation (person_id, meeting_id, role);
