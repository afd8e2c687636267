-- Finding the statements a quote is another report of without reading all of a speaker's
-- statements (sql/stage_classify.sql, sql/stage_load_slow.sql). Loading asks two things of each
-- quote k of a known speaker:
--   1. which statements of that speaker have the same normalised words: an index on
--      (quote_key, actor_id, id) answers with one probe, and a small partial index finds the
--      statements any speaker's words can match (unknown speaker, corrected by a user);
--   2. which statements of that speaker contain k as whole words, or lie inside k (24+ characters).
--      Either way the two share a run of three consecutive words (or the inner one is a run of one
--      or two words of 24+ characters), so a GIN index over each statement's runs, hashed and salted
--      with its speaker, gives the candidates of both directions in one probe (&&) with the runs of
--      k; they are then checked with the exact test (a hash may collide, a run may be shared by
--      statements neither containing the other). Only words of one or two words looking for
--      statements containing them still read the speaker's statements (rare: 24+ characters).
-- Only expressions over the statement's own columns are indexed, so every change to a statement
-- (merging actors, re-attributing, a fuller wording) keeps the indexes right with no extra code.

-- The runs of three consecutive words of k (a normalised quote_key), each hashed with the speaker;
-- k of fewer than three words gives the hash of all of it. What statements_containing indexes.
CREATE FUNCTION quote_windows(actor bigint, k text) RETURNS integer[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
DECLARE
    w text[] := string_to_array(k, ' ');
    n integer := coalesce(cardinality(w), 0);
    salt text := actor || ' ';
    runs integer[] := '{}';
BEGIN
    IF n < 3 THEN
        RETURN ARRAY[hashtext(salt || k)];
    END IF;
    FOR i IN 1 .. n - 2 LOOP
        runs := array_append(runs, hashtext(salt || w[i] || ' ' || w[i + 1] || ' ' || w[i + 2]));
    END LOOP;
    RETURN runs;
END
$$;

-- What to look up for k: the hashes (as quote_windows makes them) of each run of three words of k
-- and of each run of one or two words of 24+ characters, the runs a statement containing k or lying
-- inside it shares with k.
CREATE FUNCTION quote_window_probe(actor bigint, k text) RETURNS integer[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
DECLARE
    w text[] := string_to_array(k, ' ');
    n integer := coalesce(cardinality(w), 0);
    salt text := actor || ' ';
    runs integer[] := '{}';
    one text;
    two text;
BEGIN
    FOR i IN 1 .. n LOOP
        one := w[i];
        IF length(one) >= 24 THEN
            runs := array_append(runs, hashtext(salt || one));
        END IF;
        IF i < n THEN
            two := one || ' ' || w[i + 1];
            IF length(two) >= 24 THEN
                runs := array_append(runs, hashtext(salt || two));
            END IF;
            IF i + 1 < n THEN
                runs := array_append(runs, hashtext(salt || two || ' ' || w[i + 2]));
            END IF;
        END IF;
    END LOOP;
    RETURN runs;
END
$$;

-- statements_quote_key (quote_key) becomes (quote_key, actor_id, id), which serves its lookups too
DROP INDEX statements_quote_key;
CREATE INDEX statements_quote_key ON statements (quote_key, actor_id, id);
CREATE INDEX statements_quote_key_loose ON statements (quote_key, id) WHERE actor_id IS NULL OR actor_corrected;
-- fastupdate off: every load searches this index right after inserting into it, and a search reads
-- all of GIN's pending list (up to 4 MB of unsorted entries) — a millisecond a probe.
CREATE INDEX statements_containing ON statements USING gin (quote_windows(actor_id, quote_key))
    WITH (fastupdate = off) WHERE actor_id IS NOT NULL AND length(quote_key) >= 24;
