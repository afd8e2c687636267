-- A topic ingest tags statements with, described as its lexicon describes it (name, description,
-- what support means). A topic stored by `topics import` keeps what the user gave it; one created
-- by an earlier ingest (named by its slug, or by an older lexicon) is brought up to date.
INSERT INTO topics (slug, name, description, support_means)
VALUES ($1, $2, $3, $4)
ON CONFLICT (slug) DO UPDATE
    SET name = EXCLUDED.name, description = EXCLUDED.description, support_means = EXCLUDED.support_means,
        updated_at = now()
    WHERE topics.definition = ''
      AND (topics.name, topics.description, topics.support_means)
          IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.description, EXCLUDED.support_means)
