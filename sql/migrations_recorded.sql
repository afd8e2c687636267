-- The migrations recorded in this database as one text, "version:checksum" in version order joined by
-- commas, for the check a command makes before its first query (record_store.cpp compares it with this
-- build's migrations). Run as a plain query: the table does not exist in a new database.
-- find_actor_candidates.sql carries the same expression, so that a command that starts by naming an
-- actor checks the schema in the same round trip.
SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) FROM schema_migrations
