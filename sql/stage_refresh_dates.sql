-- Every statement that gained a source from the batch's statements of path $1 ('merge': before the
-- one-by-one loop, which compares first_seen; 'slow': after it, for the targets it recorded): its
-- date is the best any source gives and first_seen the earliest publication; a statement whose
-- dates stay as they are is not rewritten.
UPDATE statements s
SET said_on = b.said_on, said_earliest = b.said_earliest, said_latest = b.said_latest, date_basis = b.date_basis,
    first_seen = b.first_seen
FROM (SELECT DISTINCT ON (ss.statement_id) ss.statement_id, ss.said_on, ss.said_earliest, ss.said_latest,
             ss.date_basis,
             min(a.published) OVER (PARTITION BY ss.statement_id) AS first_seen
      FROM statement_sources ss JOIN articles a ON a.id = ss.article_id
      WHERE ss.statement_id IN (SELECT target_id FROM stage_statements WHERE path = $1::text)
      ORDER BY ss.statement_id,
               ss.said_on IS NULL,
               COALESCE(ss.said_latest, ss.said_on + 36500) - COALESCE(ss.said_earliest, ss.said_on - 36500),
               CASE ss.date_basis WHEN 'explicit' THEN 0 WHEN 'weekday' THEN 1 WHEN 'relative' THEN 2
                                  WHEN 'inherited' THEN 3 WHEN 'published' THEN 4 ELSE 5 END,
               ss.said_on) b
WHERE s.id = b.statement_id
  AND (s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.first_seen)
      IS DISTINCT FROM (b.said_on, b.said_earliest, b.said_latest, b.date_basis, b.first_seen)
