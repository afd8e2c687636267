DELETE FROM actors WHERE id = $1
