-- An alias a user gave: it now decides which actor an ingested name belongs to.
INSERT INTO actor_aliases (alias, actor_id, origin) VALUES ($1, $2, 'user')
ON CONFLICT (alias_key, actor_id) DO UPDATE SET origin = 'user'
