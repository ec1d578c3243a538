-- One person's meetings, with the role held at each and who else took part.
-- param person: a name or part of one, in any spelling seen (required)
-- A name that matches several people lists each one's meetings in turn (in
-- the order bilat first saw them), undated meetings first, then by date. The
-- role is the one the meeting's first source gave. Reads person_meeting, kept
-- in that order (bilat check verifies it; migrations 0009 and 0011 say how).
SELECT p.name AS person,
       pm.date,
       pm.kind,
       pm.place,
       pm.role,
       pm.participants,
       pm.meeting_id AS meeting
FROM person p
JOIN person_meeting pm ON pm.person_id = p.id
WHERE p.id IN (SELECT person_id FROM person_alias WHERE spelling LIKE '%' || :person || '%')
ORDER BY p.id, pm.sort_date, pm.meeting_id;
