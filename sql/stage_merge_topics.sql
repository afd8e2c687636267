-- The topics the batch's statements of path $1 give the statement they are another report of
-- ('merge') or the statement they were loaded into ('slow', after stage_load_slow.sql: the one
-- inserted or merged into): a stance the statement lacks is taken from the first report (in batch
-- order) that has one, as loading one report at a time does.
INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
SELECT DISTINCT ON (COALESCE(st.target_id, st.statement_id), t.topic_slug) COALESCE(st.target_id, st.statement_id),
       t.topic_slug, t.stance, t.stance_rule, t.stance_evidence::jsonb
FROM stage_topics t JOIN stage_statements st ON st.seq = t.seq AND st.ord = t.ord
WHERE st.path = $1::text AND COALESCE(st.target_id, st.statement_id) IS NOT NULL
ORDER BY COALESCE(st.target_id, st.statement_id), t.topic_slug, t.stance IS NULL, st.seq, st.ord
ON CONFLICT (statement_id, topic_slug) DO UPDATE
    SET stance = EXCLUDED.stance, stance_rule = EXCLUDED.stance_rule, stance_evidence = EXCLUDED.stance_evidence
    WHERE statement_topics.stance IS NULL AND EXCLUDED.stance IS NOT NULL
