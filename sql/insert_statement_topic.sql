INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
VALUES ($1, $2, $3, $4, $5::jsonb)
ON CONFLICT (statement_id, topic_slug) DO NOTHING
