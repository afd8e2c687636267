-- Actors whose name or an alias equals the given name, case-insensitively, exact name first, then
-- the most quoted. Two index lookups joined by UNION: an OR over both tables made the planner scan
-- every actor (6 ms at 5,000 actors, against 0.1 ms).
WITH matched AS (
    SELECT id FROM actors WHERE lower(name) = lower($1)
    UNION
    SELECT actor_id FROM actor_aliases WHERE alias_key = lower($1)
)
SELECT a.id, a.name, a.kind,
       (SELECT count(*) FROM statements s WHERE s.actor_id = a.id) AS statements
FROM matched m
JOIN actors a ON a.id = m.id
ORDER BY (lower(a.name) = lower($1)) DESC, statements DESC, a.name
