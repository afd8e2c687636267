-- After a source is added: the statement's date is the best one any source gives (a day before a
-- range, a narrower range before a wider one, an explicit date before a weekday, a relative
-- expression, an inherited date or the publication day), first_seen the earliest publication.
UPDATE statements s
SET said_on = b.said_on, said_earliest = b.said_earliest, said_latest = b.said_latest, date_basis = b.date_basis,
    first_seen = (SELECT min(a.published) FROM statement_sources ss JOIN articles a ON a.id = ss.article_id
                  WHERE ss.statement_id = s.id)
FROM (SELECT said_on, said_earliest, said_latest, date_basis
      FROM statement_sources
      WHERE statement_id = $1::bigint
      ORDER BY said_on IS NULL,
               COALESCE(said_latest, said_on + 36500) - COALESCE(said_earliest, said_on - 36500),
               CASE date_basis WHEN 'explicit' THEN 0 WHEN 'weekday' THEN 1 WHEN 'relative' THEN 2
                               WHEN 'inherited' THEN 3 WHEN 'published' THEN 4 ELSE 5 END,
               said_on
      LIMIT 1) b
WHERE s.id = $1::bigint
