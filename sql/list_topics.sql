-- Every topic with its statements, speakers and stance counts (stance '' = unsure).
SELECT tp.slug, tp.name, tp.description, tp.support_means, tp.definition,
       count(DISTINCT st.statement_id) AS statements,
       count(DISTINCT s.actor_id) AS actors,
       count(*) FILTER (WHERE st.stance = 'support') AS support,
       count(*) FILTER (WHERE st.stance = 'oppose') AS oppose,
       count(*) FILTER (WHERE st.stance = 'neutral') AS neutral,
       count(*) FILTER (WHERE st.statement_id IS NOT NULL AND st.stance IS NULL) AS unsure
FROM topics tp
LEFT JOIN statement_topics st ON st.topic_slug = tp.slug
LEFT JOIN statements s ON s.id = st.statement_id
WHERE ($1::text IS NULL OR tp.slug = $1::text)
GROUP BY tp.slug
ORDER BY tp.slug
