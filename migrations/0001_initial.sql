-- The record: articles, actors and their aliases, statements, topics and per-topic stances.
-- Offsets are Unicode code points into articles.body (the text exactly as read).

CREATE TABLE articles (
    id            bigserial PRIMARY KEY,
    content_hash  bytea NOT NULL UNIQUE,          -- sha256 of body: the same coverage loads once
    external_id   text NOT NULL,                  -- JSON id or file name
    source_file   text NOT NULL DEFAULT '',
    url           text NOT NULL DEFAULT '',
    outlet        text NOT NULL DEFAULT '',
    title         text NOT NULL DEFAULT '',
    published     date,                           -- null: the input gave none (statements undated)
    body          text NOT NULL,
    warnings      text[] NOT NULL DEFAULT '{}',
    ingested_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE actors (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (name <> ''),
    kind        text NOT NULL DEFAULT 'unknown' CHECK (kind IN ('person', 'organisation', 'unknown')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX actors_name_key ON actors (lower(name));

CREATE TABLE actor_aliases (
    alias       text NOT NULL CHECK (alias <> ''),
    alias_key   text GENERATED ALWAYS AS (lower(alias)) STORED,
    actor_id    bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    PRIMARY KEY (alias_key, actor_id)
);
CREATE INDEX actor_aliases_actor ON actor_aliases (actor_id);

CREATE TABLE statements (
    id                bigserial PRIMARY KEY,
    article_id        bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id          bigint REFERENCES actors (id),        -- null: no sieve named a speaker
    kind              text NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'question')),
    text              text NOT NULL,
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL,
    speaker_mention   text,
    speaker_start     integer,
    speaker_end       integer,
    cue               text,
    attribution_rule  text NOT NULL DEFAULT '',
    said_on           date,
    said_earliest     date,
    said_latest       date,
    date_basis        text CHECK (date_basis IN ('explicit', 'weekday', 'relative', 'inherited', 'published')),
    confidence        real NOT NULL DEFAULT 0,
    CHECK (end_offset > start_offset),
    CHECK (said_earliest IS NULL OR said_latest IS NULL OR said_earliest <= said_latest),
    UNIQUE (article_id, start_offset, end_offset)
);
-- the timeline: one actor's statements in date order
CREATE INDEX statements_actor_date ON statements (actor_id, said_on, id);
CREATE INDEX statements_said_on ON statements (said_on);

CREATE TABLE topics (
    slug           text PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    name           text NOT NULL,
    description    text NOT NULL DEFAULT '',
    support_means  text NOT NULL DEFAULT '',
    definition     text NOT NULL DEFAULT '',    -- the topic's lexicon entry as text (topics export)
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE statement_topics (
    statement_id     bigint NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    topic_slug       text NOT NULL REFERENCES topics (slug) ON UPDATE CASCADE,
    stance           text CHECK (stance IN ('support', 'oppose', 'neutral')),  -- null: unsure
    stance_rule      text,
    stance_evidence  jsonb,                    -- [{"start","end","text"}] code-point spans
    PRIMARY KEY (statement_id, topic_slug),
    CHECK (stance IS NULL OR (stance_rule IS NOT NULL AND stance_evidence IS NOT NULL))
);
-- timeline by topic: statements of a topic, then joined to the actor/date index
CREATE INDEX statement_topics_topic ON statement_topics (topic_slug, statement_id);
