SELECT id FROM actors WHERE lower(name) = lower($1)
