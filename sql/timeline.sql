-- One actor's statements in date order, with every article that reports them and their topics, in one
-- statement: one snapshot and one round trip. (Three queries in a read-only transaction took four more
-- round trips; BENCHMARKS.md, session 10.)
-- $1 actor id, or null to resolve the name $9 here: the actor of exactly that name, else the only
-- actor with it as a name or alias (actor_candidates, migration 0004; none when the name is unknown or
-- names several actors). $2 topic slug or null, $3 from date or null, $4 to date or null, $5 kinds
-- (text[]) or null, $6 stances (text[]) or null: a stance on $2, or on any topic when $2 is null,
-- $7 outlets (text[], lower case) or null, $8 limit or null.
--
-- Every row is one of four parts (record_queries.cpp reads them by column number):
--   part 0, a statement: ord (its place in the timeline, from 1), id, said_on, said_earliest,
--           said_latest, date_basis, kind, text, first_seen, speaker, speaker_mention, cue;
--   part 1, a source of statement ord: ord, statement id, external id, url, outlet, title, published,
--           and the article's id last (the reader orders sources by publication, then that id);
--   part 2, a topic of statement ord: ord, statement id, topic slug, stance;
--   part 3, one row: null, the actor's id, name and kind (nulls when $9 resolved to none), and the
--           migrations this database records (migrations_recorded.sql), so that a command whose first
--           query this is checks the schema in the same round trip.
-- The rows are not sorted: sorting the 1,000-statement timeline's 2,700 rows cost the server 4-5 ms,
-- more than the reader's placing them by ord. Sources and topics are found through the sorted array of
-- the shown ids, so each index is walked in id order.
WITH chosen AS (
    SELECT $1::bigint AS id WHERE $1::bigint IS NOT NULL
    UNION ALL
    (SELECT c.id FROM actor_candidates($9::text) c
     WHERE $1::bigint IS NULL
       AND (c.exact OR (SELECT count(*) FROM actor_candidates($9::text)) = 1)
     ORDER BY c.exact DESC, c.statements DESC, c.name
     LIMIT 1)
),
shown AS MATERIALIZED (
    SELECT row_number() OVER (ORDER BY s.said_on NULLS LAST, s.first_seen NULLS LAST, s.id) AS ord,
           s.id, s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.kind, s.text, s.first_seen,
           ac.name AS speaker, s.speaker_mention, s.cue
    FROM statements s
    JOIN actors ac ON ac.id = s.actor_id
    WHERE s.actor_id = (SELECT id FROM chosen)
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
)
SELECT 0 AS part, ord, id, said_on::text, said_earliest::text, said_latest::text, date_basis, kind, text,
       first_seen::text, speaker, speaker_mention, cue, NULL::bigint AS article_id
FROM shown
UNION ALL
SELECT 1, sh.ord, sh.id, ar.external_id, ar.url, ar.outlet, ar.title, ar.published::text,
       NULL, NULL, NULL, NULL, NULL, ar.id
FROM statement_sources ss
JOIN shown sh ON sh.id = ss.statement_id
JOIN articles ar ON ar.id = ss.article_id
WHERE ss.statement_id = ANY ((SELECT array_agg(id ORDER BY id) FROM shown)::bigint[])
UNION ALL
SELECT 2, sh.ord, sh.id, t.topic_slug, t.stance, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM statement_topics t
JOIN shown sh ON sh.id = t.statement_id
WHERE t.statement_id = ANY ((SELECT array_agg(id ORDER BY id) FROM shown)::bigint[])
UNION ALL
SELECT 3, NULL, ac.id, ac.name, ac.kind, recorded.migrations, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM (SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) AS migrations
      FROM schema_migrations) recorded
LEFT JOIN chosen ch ON true
LEFT JOIN actors ac ON ac.id = ch.id
