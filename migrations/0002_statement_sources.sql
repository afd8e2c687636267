-- One statement, many sources: the same quote reported by several outlets is one statement with
-- one row per article it appears in. Existing statements keep their ids; each gets its own
-- occurrence as its first source, and statements of one actor whose normalised words are equal
-- are merged (their sources and topics move to the oldest one, nothing is dropped).
-- Also: user corrections (aliases, re-attributions) that later ingests respect, and the
-- full-text index `search` uses.

-- The words of a quote with case, punctuation and spacing normalised: the key two reports of the
-- same quote share. Defined here, in SQL only, so loading and migrating can never disagree.
CREATE FUNCTION quote_key(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT btrim(regexp_replace(lower(t), '[^[:alnum:]]+', ' ', 'g')) $$;

-- The same text may be published by two outlets under two ids: each is a source of its statements.
-- Re-ingesting the same article (same text, id and outlet) still loads nothing.
ALTER TABLE articles DROP CONSTRAINT articles_content_hash_key;
CREATE UNIQUE INDEX articles_identity ON articles (content_hash, external_id, outlet);

ALTER TABLE statements
    ADD COLUMN quote_key text,
    ADD COLUMN first_seen date,                                   -- earliest publication of a source
    ADD COLUMN actor_corrected boolean NOT NULL DEFAULT false;    -- set by `statements reassign`

CREATE TABLE statement_sources (
    statement_id      bigint NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    article_id        bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL,
    text              text NOT NULL,                -- the words as this article reports them
    kind              text NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'question')),
    speaker_mention   text,
    speaker_start     integer,
    speaker_end       integer,
    cue               text,
    said_on           date,
    said_earliest     date,
    said_latest       date,
    date_basis        text CHECK (date_basis IN ('explicit', 'weekday', 'relative', 'inherited', 'published')),
    CHECK (end_offset > start_offset),
    PRIMARY KEY (article_id, start_offset, end_offset)
);
CREATE INDEX statement_sources_statement ON statement_sources (statement_id);

INSERT INTO statement_sources (statement_id, article_id, start_offset, end_offset, text, kind, speaker_mention,
                               speaker_start, speaker_end, cue, said_on, said_earliest, said_latest, date_basis)
SELECT id, article_id, start_offset, end_offset, text, kind, speaker_mention, speaker_start, speaker_end, cue,
       said_on, said_earliest, said_latest, date_basis
FROM statements;

UPDATE statements s SET quote_key = quote_key(s.text),
                        first_seen = (SELECT a.published FROM articles a WHERE a.id = s.article_id);

-- merge statements of one actor (or both unattributed) with equal keys into the oldest of them
CREATE TEMPORARY TABLE statement_merges ON COMMIT DROP AS
SELECT s.id AS duplicate, min(s.id) OVER (PARTITION BY s.actor_id, s.quote_key) AS keeper
FROM statements s;
DELETE FROM statement_merges WHERE duplicate = keeper;

UPDATE statement_sources ss SET statement_id = m.keeper FROM statement_merges m WHERE ss.statement_id = m.duplicate;
INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
SELECT m.keeper, t.topic_slug, t.stance, t.stance_rule, t.stance_evidence
FROM statement_topics t JOIN statement_merges m ON m.duplicate = t.statement_id
ON CONFLICT (statement_id, topic_slug) DO UPDATE
    SET stance = EXCLUDED.stance, stance_rule = EXCLUDED.stance_rule, stance_evidence = EXCLUDED.stance_evidence
    WHERE statement_topics.stance IS NULL;
DELETE FROM statements s USING statement_merges m WHERE s.id = m.duplicate;
UPDATE statements s SET first_seen = (SELECT min(a.published) FROM statement_sources ss
                                      JOIN articles a ON a.id = ss.article_id WHERE ss.statement_id = s.id)
WHERE s.id IN (SELECT keeper FROM statement_merges);

ALTER TABLE statements ALTER COLUMN quote_key SET NOT NULL;
CREATE INDEX statements_quote_key ON statements (quote_key);
CREATE INDEX statements_actor_first_seen ON statements (actor_id, first_seen);

-- Corrections a user made, keyed so that a later ingest of the same words repeats them.
CREATE TABLE attribution_corrections (
    quote_key    text PRIMARY KEY,
    actor_id     bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    corrected_at timestamptz NOT NULL DEFAULT now()
);

-- Where an alias came from: 'ingest' (the extractor's name or a surname) or 'user' (alias add,
-- merge, rename). A user alias decides which actor an ingested name belongs to.
ALTER TABLE actor_aliases ADD COLUMN origin text NOT NULL DEFAULT 'ingest' CHECK (origin IN ('ingest', 'user'));

-- Full-text search over what was said (`onrecord search`).
ALTER TABLE statements ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED;
CREATE INDEX statements_search ON statements USING gin (search_vector);

-- `positions --topic` and the stance counts read statement_topics by topic and stance
CREATE INDEX statement_topics_topic_stance ON statement_topics (topic_slug, stance);
