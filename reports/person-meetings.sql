-- One person's meetings, with the role held at each and who else took part.
-- param person: a name or part of one, in any spelling seen (required)
-- The role is the one the meeting's first source gave. Reads person_meeting,
-- which bilat keeps equal to the person's participations joined with
-- v_meetings (bilat check verifies it; migration 0009 says how).
SELECT date,
       kind,
       place,
       role,
       participants,
       meeting_id AS meeting
FROM person_meeting
WHERE person_id IN (SELECT person_id FROM person_alias WHERE spelling LIKE '%' || :person || '%')
ORDER BY date, meeting_id, person_id;
