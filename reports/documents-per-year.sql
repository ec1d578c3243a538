-- Signed documents per year and kind.
SELECT coalesce(substr(d.date, 1, 4), 'unknown') AS year,
       d.kind,
       count(*) AS documents
FROM v_documents d
GROUP BY year, d.kind
ORDER BY year, d.kind;
