SELECT alias, origin FROM actor_aliases WHERE actor_id = $1 ORDER BY origin DESC, alias_key
