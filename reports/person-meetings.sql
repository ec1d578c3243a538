-- One person's meetings, with the role held at each and who else took part.
-- param person: a name or part of one, in any spelling seen (required)
SELECT m.date,
       m.kind,
       m.place,
       pa.role,
       m.participants,
       m.meeting_id AS meeting
FROM participation pa
JOIN v_meetings m ON m.meeting_id = pa.meeting_id
WHERE pa.person_id IN (SELECT person_id FROM person_alias WHERE spelling LIKE '%' || :person || '%')
GROUP BY m.meeting_id, pa.person_id
ORDER BY m.date, m.meeting_id;
