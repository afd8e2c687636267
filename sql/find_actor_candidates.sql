-- Actors whose name or an alias equals the given name ($1), case-insensitively (actor_candidates,
-- migration 0004): exact name first, then the most quoted.
-- Every row also carries the migrations recorded in this database (the expression of
-- migrations_recorded.sql): a query command's first query is often this one, and checking the schema
-- in it saves the command a round trip (record_store::find_actors). With no candidate, the one row has
-- a null id.
SELECT c.id, c.name, c.kind, c.statements, c.exact, recorded.migrations
FROM (SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) AS migrations
      FROM schema_migrations) recorded
LEFT JOIN actor_candidates($1) c ON true
ORDER BY c.exact DESC, c.statements DESC, c.name
