-- A new name for actor $1; the old one stays a user alias so later ingests still find the actor.
WITH old AS (SELECT name FROM actors WHERE id = $1::bigint),
kept AS (
    INSERT INTO actor_aliases (alias, actor_id, origin) SELECT name, $1::bigint, 'user' FROM old
    ON CONFLICT (alias_key, actor_id) DO UPDATE SET origin = 'user'
)
UPDATE actors SET name = $2::text WHERE id = $1::bigint
