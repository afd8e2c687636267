-- Speakers of the new articles that no actor is called and no user alias names become actors,
-- spelled as first read in the batch and of the first kind the batch gives them: a bare "Velcourt
-- said" leaves the kind unknown where "Governor Velcourt" in another article does not. An actor
-- still of unknown kind takes the kind the batch gives its name.
WITH speakers AS (
    SELECT st.speaker, st.speaker_kind, st.seq, st.ord
    FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
    WHERE st.speaker IS NOT NULL
), known_kinds AS (
    SELECT DISTINCT ON (lower(speaker)) lower(speaker) AS name_key, speaker_kind AS kind
    FROM speakers WHERE speaker_kind <> 'unknown'
    ORDER BY lower(speaker), seq, ord
), upgraded AS (
    UPDATE actors x SET kind = k.kind
    FROM known_kinds k
    WHERE lower(x.name) = k.name_key AND x.kind = 'unknown'
    RETURNING x.id
)
INSERT INTO actors (name, kind)
SELECT DISTINCT ON (lower(s.speaker)) s.speaker, COALESCE(k.kind, s.speaker_kind)
FROM speakers s LEFT JOIN known_kinds k ON k.name_key = lower(s.speaker)
WHERE NOT EXISTS (SELECT 1 FROM actors x WHERE lower(x.name) = lower(s.speaker))
  AND NOT EXISTS (SELECT 1 FROM actor_aliases al WHERE al.alias_key = lower(s.speaker) AND al.origin = 'user')
ORDER BY lower(s.speaker), s.seq, s.ord
ON CONFLICT ((lower(name))) DO NOTHING
