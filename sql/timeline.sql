-- One actor's statements in date order (their sources and topics: sources_of_statements.sql,
-- topics_of_statements.sql).
-- $1 actor id, $2 topic slug or null, $3 from date or null, $4 to date or null, $5 kinds (text[])
-- or null, $6 stances (text[]) or null: a stance on $2, or on any topic when $2 is null,
-- $7 outlets (text[], lower case) or null, $8 limit or null.
SELECT s.id, s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.kind, s.text, s.first_seen,
       ac.name AS speaker, s.speaker_mention, s.cue
FROM statements s
JOIN actors ac ON ac.id = s.actor_id
WHERE s.actor_id = $1
  AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM statement_topics t
                                   WHERE t.statement_id = s.id AND t.topic_slug = $2::text))
  AND ($3::date IS NULL OR s.said_on >= $3::date)
  AND ($4::date IS NULL OR s.said_on <= $4::date)
  AND ($5::text[] IS NULL OR s.kind = ANY ($5::text[]))
  AND ($6::text[] IS NULL OR EXISTS (SELECT 1 FROM statement_topics t
                                     WHERE t.statement_id = s.id AND t.stance = ANY ($6::text[])
                                       AND ($2::text IS NULL OR t.topic_slug = $2::text)))
  AND ($7::text[] IS NULL OR EXISTS (SELECT 1 FROM statement_sources ss JOIN articles ar ON ar.id = ss.article_id
                                     WHERE ss.statement_id = s.id AND lower(ar.outlet) = ANY ($7::text[])))
ORDER BY s.said_on NULLS LAST, s.first_seen NULLS LAST, s.id
LIMIT $8::bigint
