-- The statement a newly read quote is another report of: the same words after normalising case,
-- punctuation and spacing, at least 16 characters of them (a fragment such as "is true" is said
-- too often to be the same quote), from a compatible speaker (the same one, or either unknown, or a
-- statement a user re-attributed), else — same speaker only, and first seen within a year — one
-- whose words contain these or lie inside them (whole words, at least 24 characters, so that
-- "Thank you" is never merged into a speech).
-- $1 quote text, $2 actor id or null, $3 publication day or null. Returns id or no row.
WITH k AS (SELECT quote_key($1::text) AS key)
(SELECT s.id FROM statements s, k
 WHERE s.quote_key = k.key
   AND length(k.key) >= 16
   AND (s.actor_id IS NOT DISTINCT FROM $2::bigint OR s.actor_id IS NULL OR $2::bigint IS NULL OR s.actor_corrected)
 ORDER BY (s.actor_id IS NOT DISTINCT FROM $2::bigint) DESC, s.id
 LIMIT 1)
UNION ALL
(SELECT s.id FROM statements s, k
 WHERE $2::bigint IS NOT NULL AND s.actor_id = $2::bigint
   AND length(k.key) > 0
   AND ($3::date IS NULL OR s.first_seen IS NULL OR s.first_seen BETWEEN $3::date - 366 AND $3::date + 366)
   AND ((length(k.key) >= 24 AND strpos(' ' || s.quote_key || ' ', ' ' || k.key || ' ') > 0)
     OR (length(s.quote_key) >= 24 AND strpos(' ' || k.key || ' ', ' ' || s.quote_key || ' ') > 0))
 ORDER BY s.id
 LIMIT 1)
LIMIT 1
