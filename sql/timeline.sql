-- One actor's statements in date order, optionally on one topic and within a date range.
-- $1 actor id, $2 topic slug or null, $3 from date or null, $4 to date or null.
SELECT s.id, s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.kind, s.text,
       ac.name AS speaker, s.speaker_mention, s.cue,
       ar.external_id, ar.url, ar.outlet, ar.title, ar.published,
       COALESCE((SELECT jsonb_object_agg(t.topic_slug, t.stance)
                 FROM statement_topics t WHERE t.statement_id = s.id), '{}'::jsonb)::text AS topics
FROM statements s
JOIN articles ar ON ar.id = s.article_id
JOIN actors ac ON ac.id = s.actor_id
WHERE s.actor_id = $1
  AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM statement_topics t
                                   WHERE t.statement_id = s.id AND t.topic_slug = $2::text))
  AND ($3::date IS NULL OR s.said_on >= $3::date)
  AND ($4::date IS NULL OR s.said_on <= $4::date)
ORDER BY s.said_on NULLS LAST, ar.published NULLS LAST, s.article_id, s.start_offset
