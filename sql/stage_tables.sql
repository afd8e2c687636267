-- Session-private staging tables the batch loader COPYs analysed articles into; emptied at every
-- commit or rollback. Offsets and dates are already in the record's form (code points, days).
CREATE TEMPORARY TABLE IF NOT EXISTS stage_articles (
    seq          integer NOT NULL,              -- position in the batch
    body         text NOT NULL,
    external_id  text NOT NULL,
    source_file  text NOT NULL,
    url          text NOT NULL,
    outlet       text NOT NULL,
    title        text NOT NULL,
    published    date,
    warnings     text[] NOT NULL
) ON COMMIT DELETE ROWS;

-- The batch's articles that were new (the others are loaded already) and their record ids.
CREATE TEMPORARY TABLE IF NOT EXISTS stage_article_ids (
    seq          integer PRIMARY KEY,
    article_id   bigint NOT NULL,
    published    date
) ON COMMIT DELETE ROWS;

CREATE TEMPORARY TABLE IF NOT EXISTS stage_statements (
    seq              integer NOT NULL,
    ord              integer NOT NULL,          -- position in the article's statements
    speaker          text,
    speaker_kind     text NOT NULL,
    surname          text,                      -- a person's last name, also an alias
    words            text NOT NULL,
    kind             text NOT NULL,
    start_offset     integer NOT NULL,
    end_offset       integer NOT NULL,
    speaker_mention  text,
    speaker_start    integer,
    speaker_end      integer,
    cue              text,
    attribution_rule text NOT NULL,
    said_on          date,
    said_earliest    date,
    said_latest      date,
    date_basis       text,
    confidence       real NOT NULL,
    -- filled in by the load: the normalised words, the speaker's actor, the actor after user
    -- corrections, how it is loaded (stage_classify.sql), the statement it is or becomes a source of
    quote_key        text,
    speaker_id       bigint,
    actor_id         bigint,
    path             text,                      -- 'new', 'merge' or 'slow'
    target_id        bigint,                    -- for 'merge': the statement it is another report of
    leader_seq       integer,                   -- for 'merge' into a statement new in this batch: the
    leader_ord       integer,                   -- staged statement that one is inserted from
    statement_id     bigint,                    -- for 'new': the id it is inserted with
    PRIMARY KEY (seq, ord)
) ON COMMIT DELETE ROWS;

CREATE TEMPORARY TABLE IF NOT EXISTS stage_topics (
    seq              integer NOT NULL,
    ord              integer NOT NULL,
    topic_slug       text NOT NULL,
    stance           text,
    stance_rule      text,
    stance_evidence  text,
    PRIMARY KEY (seq, ord, topic_slug)
) ON COMMIT DELETE ROWS;

-- The loading statements are short; JIT compiling one (the planner guesses a high cost for the
-- batch joins) took seconds.
SET jit = off;
-- Sorts and hashes over a batch of a thousand articles fit in memory rather than spilling to disk.
SET work_mem = '64MB';
