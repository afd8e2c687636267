-- Every statement that gained a source from the batch's statements of path $1 ('merge': before the
-- one-by-one loop, which compares first_seen; 'slow': after it, for the targets it recorded): its
-- date is the best any source gives and first_seen the earliest publication; a statement whose
-- dates stay as they are is not rewritten. Each target's sources are read through their index, so
-- the cost follows the batch, not the size of the record (a join over all sources was a scan of
-- statement_sources at every batch).
UPDATE statements s
SET said_on = b.said_on, said_earliest = b.said_earliest, said_latest = b.said_latest, date_basis = b.date_basis,
    first_seen = b.first_seen
FROM (SELECT t.statement_id, best.said_on, best.said_earliest, best.said_latest, best.date_basis, best.first_seen
      FROM (SELECT DISTINCT target_id AS statement_id FROM stage_statements
            WHERE path = $1::text AND target_id IS NOT NULL) t
      CROSS JOIN LATERAL (  -- one read of the target's sources: the best date, and the earliest publication
          SELECT ss.said_on, ss.said_earliest, ss.said_latest, ss.date_basis, min(a.published) OVER () AS first_seen
          FROM statement_sources ss JOIN articles a ON a.id = ss.article_id
          WHERE ss.statement_id = t.statement_id
          ORDER BY ss.said_on IS NULL,
                   COALESCE(ss.said_latest, ss.said_on + 36500) - COALESCE(ss.said_earliest, ss.said_on - 36500),
                   CASE ss.date_basis WHEN 'explicit' THEN 0 WHEN 'weekday' THEN 1 WHEN 'relative' THEN 2
                                      WHEN 'inherited' THEN 3 WHEN 'published' THEN 4 ELSE 5 END,
                   ss.said_on
          LIMIT 1) best) b
WHERE s.id = b.statement_id
  AND (s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.first_seen)
      IS DISTINCT FROM (b.said_on, b.said_earliest, b.said_latest, b.date_basis, b.first_seen)
