-- Signed documents per year and kind.
-- Reads documents_by_year_kind, which bilat keeps equal to counting
-- v_documents per year and kind (bilat check verifies it).
SELECT year, kind, documents
FROM documents_by_year_kind
ORDER BY year, kind;
