UPDATE actors SET kind = $2 WHERE id = $1
