-- The topics a further report gives its statement: as stage_load_slow.sql does one report at a
-- time, a stance the statement lacks is taken from the first report (in batch order) that has one.
INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
SELECT DISTINCT ON (st.target_id, t.topic_slug) st.target_id, t.topic_slug, t.stance, t.stance_rule,
       t.stance_evidence::jsonb
FROM stage_topics t JOIN stage_statements st ON st.seq = t.seq AND st.ord = t.ord
WHERE st.path = 'merge'
ORDER BY st.target_id, t.topic_slug, t.stance IS NULL, st.seq, st.ord
ON CONFLICT (statement_id, topic_slug) DO UPDATE
    SET stance = EXCLUDED.stance, stance_rule = EXCLUDED.stance_rule, stance_evidence = EXCLUDED.stance_evidence
    WHERE statement_topics.stance IS NULL AND EXCLUDED.stance IS NOT NULL
