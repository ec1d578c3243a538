-- The speakers with the most statements, with their meetings and years active.
-- param limit: how many speakers to list (optional, default 20)
SELECT s.speaker,
       s.speaker_country AS country,
       count(*) AS statements,
       count(DISTINCT s.meeting_id) AS meetings,
       min(s.date) AS first_seen,
       max(s.date) AS last_seen
FROM v_statements s
GROUP BY s.speaker, s.speaker_country
ORDER BY statements DESC, s.speaker
LIMIT coalesce(CAST(:limit AS INTEGER), 20);
