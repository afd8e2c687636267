-- What the record holds, for `onrecord stats`.
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM articles WHERE published IS NULL) AS articles_without_date,
       (SELECT count(*) FROM statements) AS statements,
       (SELECT count(*) FROM statement_sources) AS sources,
       (SELECT count(*) FROM (SELECT statement_id FROM statement_sources GROUP BY statement_id
                              HAVING count(*) > 1) m) AS several_sources,
       (SELECT count(*) FROM actors) AS actors,
       (SELECT count(*) FROM topics) AS topics,
       (SELECT count(*) FROM statements WHERE actor_id IS NULL) AS without_speaker,
       (SELECT count(*) FROM statements WHERE said_on IS NULL) AS without_date,
       (SELECT count(DISTINCT statement_id) FROM statement_topics WHERE stance IS NOT NULL) AS with_stance,
       (SELECT min(published) FROM articles) AS first_published,
       (SELECT max(published) FROM articles) AS last_published,
       (SELECT min(said_on) FROM statements) AS first_said,
       (SELECT max(said_on) FROM statements) AS last_said,
       (SELECT COALESCE(jsonb_object_agg(kind, n), '{}'::jsonb)::text
        FROM (SELECT kind, count(*) AS n FROM statements GROUP BY kind) k) AS by_kind
