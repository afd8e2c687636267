-- Statement $1 re-attributed to actor $2 by a user; remembered by its words so that re-ingesting
-- any report of it gives the same answer. Returns the statement id, or no row when there is none.
WITH updated AS (
    UPDATE statements SET actor_id = $2::bigint, actor_corrected = true WHERE id = $1::bigint
    RETURNING id, quote_key
), remembered AS (
    INSERT INTO attribution_corrections (quote_key, actor_id)
    SELECT quote_key, $2::bigint FROM updated
    ON CONFLICT (quote_key) DO UPDATE SET actor_id = EXCLUDED.actor_id, corrected_at = now()
)
SELECT id FROM updated
