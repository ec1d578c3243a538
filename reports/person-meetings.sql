-- One person's meetings, with the role held at each and who else took part.
-- param person: a name or part of one, in any spelling seen (required)
-- The role is the one the meeting's first source gave: found.role is the
-- role of the row min(rowid) picks (SQLite gives a bare column the values of
-- that row), read from the index participation_by_person. Reads
-- meeting_summary, which bilat keeps equal to v_meetings (bilat check verifies it).
SELECT m.date,
       m.kind,
       m.place,
       found.role,
       m.participants,
       m.meeting_id AS meeting
FROM (SELECT person_id, meeting_id, role, min(rowid) FROM participation
      WHERE person_id IN (SELECT person_id FROM person_alias WHERE spelling LIKE '%' || :person || '%')
      GROUP BY person_id, meeting_id) AS found
JOIN meeting_summary m ON m.meeting_id = found.meeting_id
ORDER BY m.date, m.meeting_id, found.person_id;
