-- Actor $2 merges into actor $1: statements, aliases and corrections move, $2's name becomes a
-- user alias of $1 (so later ingests of that name land on $1). delete_actor then removes $2.
-- Returns the number of statements and aliases moved.
WITH moved_statements AS (
    UPDATE statements SET actor_id = $1::bigint WHERE actor_id = $2::bigint RETURNING id
), moved_corrections AS (
    UPDATE attribution_corrections SET actor_id = $1::bigint WHERE actor_id = $2::bigint RETURNING quote_key
), moved_aliases AS (
    INSERT INTO actor_aliases (alias, actor_id, origin)
    SELECT DISTINCT ON (lower(alias)) alias, $1::bigint, origin
    FROM (SELECT alias, origin FROM actor_aliases WHERE actor_id = $2::bigint
          UNION ALL
          SELECT name, 'user' FROM actors WHERE id = $2::bigint) x
    ORDER BY lower(alias), (origin = 'user') DESC
    ON CONFLICT (alias_key, actor_id) DO UPDATE
        SET origin = CASE WHEN EXCLUDED.origin = 'user' THEN 'user' ELSE actor_aliases.origin END
    RETURNING alias
)
SELECT (SELECT count(*) FROM moved_statements), (SELECT count(*) FROM moved_aliases)
