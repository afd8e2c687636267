-- The actor of that name (case-insensitive), created when new. No row when another transaction
-- created it concurrently: the caller asks again with find_actor_by_name.
WITH inserted AS (
    INSERT INTO actors (name, kind) VALUES ($1, $2)
    ON CONFLICT ((lower(name))) DO NOTHING
    RETURNING id
)
SELECT id FROM inserted
UNION ALL
SELECT id FROM actors WHERE lower(name) = lower($1)
LIMIT 1
