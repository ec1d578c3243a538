-- The speakers with the most statements, with their meetings and years active.
-- param limit: how many speakers to list (optional, default 20)
-- Reads person_summary, which bilat keeps equal to counting v_statements per
-- speaker (bilat check verifies it); two people of one name and country, which
-- bilat does not create, are counted from v_statements together.
SELECT p.name AS speaker,
       p.country_code AS country,
       sum(ps.statements) AS statements,
       CASE WHEN count(*) = 1 THEN sum(ps.meetings)
            ELSE (SELECT count(DISTINCT s.meeting_id) FROM v_statements s
                  WHERE s.speaker = p.name AND s.speaker_country IS p.country_code) END AS meetings,
       min(ps.first_seen) AS first_seen,
       max(ps.last_seen) AS last_seen
FROM person_summary ps
JOIN person p ON p.id = ps.person_id
GROUP BY p.name, p.country_code
ORDER BY statements DESC, p.name
LIMIT coalesce(CAST(:limit AS INTEGER), 20);
