-- A topic from a topic file (`topics import`); returns true when it was new.
INSERT INTO topics (slug, name, description, support_means, definition)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (slug) DO UPDATE
    SET name = EXCLUDED.name, description = EXCLUDED.description, support_means = EXCLUDED.support_means,
        definition = EXCLUDED.definition, updated_at = now()
RETURNING (xmax = 0) AS inserted
