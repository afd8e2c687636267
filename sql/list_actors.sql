-- Every actor with how many statements are attributed to them, most quoted first.
SELECT a.id, a.name, a.kind, count(s.id) AS statements
FROM actors a LEFT JOIN statements s ON s.actor_id = a.id
GROUP BY a.id
ORDER BY statements DESC, a.name
