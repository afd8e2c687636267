-- The topics of each of the given statements with the speaker's stance (null when unsure).
-- $1 statement ids (bigint[]).
SELECT statement_id, topic_slug, stance
FROM statement_topics
WHERE statement_id = ANY ($1::bigint[])
