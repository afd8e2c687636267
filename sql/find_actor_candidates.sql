-- Actors whose name or an alias equals the given name, case-insensitively.
SELECT a.id, a.name, a.kind,
       (SELECT count(*) FROM statements s WHERE s.actor_id = a.id) AS statements
FROM actors a
WHERE lower(a.name) = lower($1)
   OR EXISTS (SELECT 1 FROM actor_aliases al WHERE al.actor_id = a.id AND al.alias_key = lower($1))
ORDER BY (lower(a.name) = lower($1)) DESC, statements DESC, a.name
