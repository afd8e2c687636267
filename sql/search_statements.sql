-- Full-text search over statements (websearch syntax: "a phrase", or, -word), best match first,
-- with the matched words marked « » (ShortWord=0 keeps "a", "we", "if" at a fragment's edges).
-- $1 query, $2 actor or null, $3 topic or null, $4 from, $5 to, $6 limit.
WITH q AS (SELECT websearch_to_tsquery('english', $1::text) AS query)
SELECT s.id, s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.kind, s.text, s.first_seen,
       COALESCE(ac.name, '') AS speaker, s.speaker_mention, s.cue,
       ts_rank(s.search_vector, q.query) AS rank,
       ts_headline('english', s.text, q.query,
                   'StartSel=«, StopSel=», MaxWords=35, MinWords=15, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "')
           AS snippet
FROM statements s
CROSS JOIN q
LEFT JOIN actors ac ON ac.id = s.actor_id
WHERE s.search_vector @@ q.query
  AND ($2::bigint IS NULL OR s.actor_id = $2::bigint)
  AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM statement_topics t
                                   WHERE t.statement_id = s.id AND t.topic_slug = $3::text))
  AND ($4::date IS NULL OR s.said_on >= $4::date)
  AND ($5::date IS NULL OR s.said_on <= $5::date)
ORDER BY rank DESC, s.said_on NULLS LAST, s.id
LIMIT $6::bigint
