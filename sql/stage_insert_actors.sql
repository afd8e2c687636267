-- Speakers of the new articles that no actor is called and no user alias names become actors,
-- spelled (and of the kind) as first read in the batch.
INSERT INTO actors (name, kind)
SELECT DISTINCT ON (lower(st.speaker)) st.speaker, st.speaker_kind
FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
WHERE st.speaker IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM actors x WHERE lower(x.name) = lower(st.speaker))
  AND NOT EXISTS (SELECT 1 FROM actor_aliases al WHERE al.alias_key = lower(st.speaker) AND al.origin = 'user')
ORDER BY lower(st.speaker), st.seq, st.ord
ON CONFLICT ((lower(name))) DO NOTHING
