-- A topic row for a slug the classifier used; a topics import fills in its description later.
INSERT INTO topics (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING
