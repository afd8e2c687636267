SELECT min(said_on), max(said_on), count(*) FILTER (WHERE actor_corrected)
FROM statements WHERE actor_id = $1
