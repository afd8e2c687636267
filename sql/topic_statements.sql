-- Statements tagged with topics, with their stance and its evidence, for positions and reports:
-- one actor ($1, or every actor when null), one topic ($2, or every topic when null), in date order.
SELECT s.id, s.actor_id, ac.name AS actor, t.topic_slug, s.said_on, s.said_earliest, s.said_latest,
       s.first_seen, s.kind, s.text, t.stance, t.stance_rule,
       (SELECT string_agg(e->>'text', ' … ') FROM jsonb_array_elements(t.stance_evidence) e) AS evidence
FROM statement_topics t
JOIN statements s ON s.id = t.statement_id
JOIN actors ac ON ac.id = s.actor_id
WHERE ($1::bigint IS NULL OR s.actor_id = $1::bigint)
  AND ($2::text IS NULL OR t.topic_slug = $2::text)
  AND ($3::date IS NULL OR s.said_on >= $3::date)
  AND ($4::date IS NULL OR s.said_on <= $4::date)
ORDER BY ac.name, s.actor_id, t.topic_slug, s.said_on NULLS LAST, s.first_seen NULLS LAST, s.id
