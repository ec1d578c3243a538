-- A commitment lives between the countries that make it.
--
-- "Double bilateral trade" agreed by China and Kazakhstan and the same words
-- agreed by China and Uzbekistan are two commitments with two histories: bilat
-- track follows a thread between one set of countries (the meeting's
-- countries, "CN-KZ"), and a target measures the series of those countries
-- only. NULL: a target written before this migration, or one meant for every
-- pair of countries the thread is mentioned between.
ALTER TABLE thread_target ADD COLUMN countries TEXT
    CHECK (countries IS NULL OR (countries GLOB '[A-Z][A-Z]*' AND countries NOT GLOB '*[^A-Z-]*'));
