-- Meetings per year for each pair of countries.
-- param country: only pairs that include this ISO code, e.g. KZ (optional)
-- Reads meetings_by_year_pair, which bilat keeps equal to counting v_meetings
-- per year and countries (bilat check verifies it).
SELECT year,
       nullif(pair, '') AS pair,
       meetings
FROM meetings_by_year_pair
WHERE :country IS NULL OR pair LIKE '%' || upper(:country) || '%'
ORDER BY year, pair;
