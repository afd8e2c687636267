-- A topic row for every slug the classifier gave a statement of a new article; `topics import`
-- fills in its description later.
INSERT INTO topics (slug, name)
SELECT DISTINCT t.topic_slug, t.topic_slug
FROM stage_topics t JOIN stage_article_ids a ON a.seq = t.seq
ORDER BY 1
ON CONFLICT (slug) DO NOTHING
