-- The actor an ingested name belongs to: the actor of that name, else the one a user gave that
-- alias (alias add, merge, rename), else a new actor. No row when another transaction created it
-- concurrently: the caller asks again with find_actor_by_name. $1 name, $2 kind.
WITH named AS (
    SELECT id, 0 AS pref FROM actors WHERE lower(name) = lower($1::text)
    UNION ALL
    SELECT actor_id, 1 FROM actor_aliases WHERE alias_key = lower($1::text) AND origin = 'user'
), inserted AS (
    INSERT INTO actors (name, kind)
    SELECT $1::text, $2::text WHERE NOT EXISTS (SELECT 1 FROM named)
    ON CONFLICT ((lower(name))) DO NOTHING
    RETURNING id
)
SELECT id FROM (SELECT id, pref FROM named UNION ALL SELECT id, 2 FROM inserted) c ORDER BY pref, id LIMIT 1
