-- Commitments by topic: how many mentions, in how many meetings, over which dates.
-- Reads topic_summary and topic_thread, which bilat keeps equal to counting
-- v_commitments per topic (bilat check verifies it).
SELECT t.topic,
       t.mentions,
       t.meetings,
       (SELECT count(*) FROM topic_thread tt WHERE tt.topic = t.topic) AS threads,
       t.first_made,
       t.last_mentioned
FROM topic_summary t
ORDER BY t.mentions DESC, t.topic;
