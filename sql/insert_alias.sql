INSERT INTO actor_aliases (alias, actor_id) VALUES ($1, $2) ON CONFLICT DO NOTHING
