-- The topics and stances of the statements stage_insert_statements.sql inserted.
INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
SELECT st.statement_id, t.topic_slug, t.stance, t.stance_rule, t.stance_evidence::jsonb
FROM stage_topics t JOIN stage_statements st ON st.seq = t.seq AND st.ord = t.ord
WHERE st.path = 'new'
