SELECT s.id, s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.kind, s.text, s.first_seen,
       COALESCE(ac.name, '') AS speaker, s.speaker_mention, s.cue,
       COALESCE((SELECT jsonb_object_agg(t.topic_slug, t.stance)
                 FROM statement_topics t WHERE t.statement_id = s.id), '{}'::jsonb)::text AS topics,
       (SELECT jsonb_agg(jsonb_build_object('article', ar.external_id, 'url', ar.url, 'outlet', ar.outlet,
                                            'title', ar.title, 'published', ar.published)
                         ORDER BY ar.published NULLS LAST, ar.id)
        FROM statement_sources ss JOIN articles ar ON ar.id = ss.article_id
        WHERE ss.statement_id = s.id)::text AS sources
FROM statements s LEFT JOIN actors ac ON ac.id = s.actor_id
WHERE s.id = $1
