-- Each staged statement of a new article: its normalised words, its speaker's actor (the actor of
-- that name, else the one a user gave that alias) and the actor it is attributed to (a user's
-- re-attribution of these words wins).
WITH names AS (
    SELECT DISTINCT ON (n.speaker) n.speaker, c.id
    FROM (SELECT DISTINCT speaker FROM stage_statements WHERE speaker IS NOT NULL) n
    CROSS JOIN LATERAL (SELECT id, 0 AS pref FROM actors WHERE lower(name) = lower(n.speaker)
                        UNION ALL
                        SELECT actor_id, 1 FROM actor_aliases
                        WHERE alias_key = lower(n.speaker) AND origin = 'user') c
    ORDER BY n.speaker, c.pref, c.id
), keyed AS (
    SELECT st.seq, st.ord, quote_key(st.words) AS key, n.id AS speaker_id
    FROM stage_statements st
    JOIN stage_article_ids a ON a.seq = st.seq
    LEFT JOIN names n ON n.speaker = st.speaker
)
UPDATE stage_statements st
SET quote_key = k.key, speaker_id = k.speaker_id, actor_id = COALESCE(c.actor_id, k.speaker_id)
FROM keyed k LEFT JOIN attribution_corrections c ON c.quote_key = k.key
WHERE st.seq = k.seq AND st.ord = k.ord
