-- Meetings per year for each pair of countries.
-- param country: only pairs that include this ISO code, e.g. KZ (optional)
SELECT substr(m.date, 1, 4) AS year,
       countries AS pair,
       count(*) AS meetings
FROM v_meetings m
WHERE m.date IS NOT NULL
  AND (:country IS NULL OR m.countries LIKE '%' || upper(:country) || '%')
GROUP BY year, pair
ORDER BY year, pair;
