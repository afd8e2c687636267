-- A topic of a statement, with the stance this source shows; a later source fills in a stance an
-- earlier one left unsure, but never overrides one.
INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
VALUES ($1, $2, $3, $4, $5::jsonb)
ON CONFLICT (statement_id, topic_slug) DO UPDATE
    SET stance = EXCLUDED.stance, stance_rule = EXCLUDED.stance_rule, stance_evidence = EXCLUDED.stance_evidence
    WHERE statement_topics.stance IS NULL AND EXCLUDED.stance IS NOT NULL
