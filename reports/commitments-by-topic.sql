-- Commitments by topic: how many mentions, in how many meetings, over which dates.
SELECT c.topic,
       count(*) AS mentions,
       count(DISTINCT c.meeting_id) AS meetings,
       count(DISTINCT c.thread) AS threads,
       min(c.date) AS first_made,
       max(c.date) AS last_mentioned
FROM v_commitments c
GROUP BY c.topic
ORDER BY mentions DESC, c.topic;
