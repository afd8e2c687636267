-- An actor's topics: statements per topic and per stance (stance '' = unsure).
SELECT t.topic_slug, COALESCE(t.stance, '') AS stance, count(*) AS n
FROM statement_topics t JOIN statements s ON s.id = t.statement_id
WHERE s.actor_id = $1
GROUP BY t.topic_slug, t.stance
ORDER BY t.topic_slug, stance
