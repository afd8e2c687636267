-- Loads the staged statements stage_classify.sql marked 'slow' one by one, in article order, as
-- one article at a time would, inside the server (a loop here costs no round trips). Created for
-- the session (pg_temp) with the staging tables. Returns one row per slow statement: its article's
-- batch position and what happened ('new', 'merged', or 'skipped': the same span twice). What no
-- look-up in the loop reads is left to set-based statements after it: the loaded statements'
-- sources (inserted once the loop ends), and, for the statements it records in stage_statements
-- (statement_id: inserted; target_id: merged into), their topics (stage_merge_topics.sql) and
-- their dates (stage_refresh_dates.sql).
CREATE OR REPLACE FUNCTION pg_temp.stage_load_slow()
RETURNS TABLE (batch_seq integer, outcome text)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
    r record;
    target bigint;
    -- each loaded statement's place in the batch, the statement it is or became a source of, and
    -- whether that one is new: recorded in stage_statements after the loop
    loaded_seq integer[] := '{}';
    loaded_ord integer[] := '{}';
    loaded_into bigint[] := '{}';
    loaded_new boolean[] := '{}';
    k text;
BEGIN
    -- A span an article gives twice is loaded at its first report: every later one is skipped,
    -- whatever the look-ups would find (all reports of the span are 'slow', stage_classify.sql).
    FOR r IN SELECT st.*, a.article_id, a.published,
                    row_number() OVER (PARTITION BY st.seq, st.start_offset, st.end_offset ORDER BY st.ord) > 1
                        AS repeated
             FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
             WHERE st.path = 'slow' ORDER BY st.seq, st.ord LOOP
        batch_seq := r.seq;
        IF r.repeated THEN
            outcome := 'skipped';
            RETURN NEXT;
            CONTINUE;
        END IF;
        k := r.quote_key;
        -- The statement these words are another report of: the same words after normalising case,
        -- punctuation and spacing, at least 16 characters of them (a fragment such as "is true" is
        -- said too often to be the same quote), from a compatible speaker (the same one, or either
        -- unknown, or a statement a user re-attributed), else — same speaker only, and first seen
        -- within a year — one whose words contain these or lie inside them (whole words, at least
        -- 24 characters, so that "Thank you" is never merged into a speech).
        target := NULL;
        IF length(k) >= 16 THEN  -- the same speaker first (both unknown counts), then the oldest
            IF r.actor_id IS NULL THEN
                SELECT s.id INTO target FROM statements s WHERE s.quote_key = k AND s.actor_id IS NULL
                ORDER BY s.id LIMIT 1;
                IF target IS NULL THEN
                    SELECT min(s.id) INTO target FROM statements s WHERE s.quote_key = k;
                END IF;
            ELSE
                SELECT s.id INTO target FROM statements s WHERE s.quote_key = k AND s.actor_id = r.actor_id
                ORDER BY s.id LIMIT 1;
                IF target IS NULL THEN
                    SELECT s.id INTO target FROM statements s
                    WHERE s.quote_key = k AND (s.actor_id IS NULL OR s.actor_corrected)
                    ORDER BY s.id LIMIT 1;
                END IF;
            END IF;
        END IF;
        -- containing or inside: candidates sharing a run of words (migrations/0003_containment_lookup.sql)
        IF target IS NULL AND r.actor_id IS NOT NULL AND length(k) >= 24 THEN
            SELECT min(c.id) INTO target FROM (
                SELECT s.id FROM statements s
                WHERE quote_windows(s.actor_id, s.quote_key) && quote_window_probe(r.actor_id, k)
                  AND s.actor_id IS NOT NULL AND length(s.quote_key) >= 24
                  AND s.actor_id + 0 = r.actor_id  -- (+ 0: the GIN index, not the speaker's rows)
                  AND (strpos(' ' || s.quote_key || ' ', ' ' || k || ' ') > 0
                       OR strpos(' ' || k || ' ', ' ' || s.quote_key || ' ') > 0)
                  AND (r.published IS NULL OR s.first_seen IS NULL
                       OR s.first_seen BETWEEN r.published - 366 AND r.published + 366)
                UNION ALL
                SELECT s.id FROM statements s  -- one or two words: no run of three to look up
                WHERE k NOT LIKE '% % %' AND s.actor_id = r.actor_id
                  AND strpos(' ' || s.quote_key || ' ', ' ' || k || ' ') > 0
                  AND (r.published IS NULL OR s.first_seen IS NULL
                       OR s.first_seen BETWEEN r.published - 366 AND r.published + 366)
            ) c;
        END IF;

        IF target IS NOT NULL THEN
            -- an unknown speaker is filled in, and when this report's words contain the old ones the
            -- statement takes the fuller wording (and this source's span); first_seen, the earliest
            -- publication of a source, is what later containment look-ups compare, so it is kept right
            -- here (the least of the old one and this report's). The date, the best one any source
            -- gives, is matched by nothing, so it is chosen once for every target after the loop
            -- (stage_refresh_dates.sql): rewriting the statement, its text search vector and its
            -- indexes at every further report, after reading all of its sources, was most of the loop.
            -- A statement nothing changes is not rewritten.
            UPDATE statements s
            SET actor_id = COALESCE(s.actor_id, r.actor_id),
                text = CASE WHEN length(k) > length(s.quote_key) THEN r.words ELSE s.text END,
                article_id = CASE WHEN length(k) > length(s.quote_key) THEN r.article_id ELSE s.article_id END,
                start_offset = CASE WHEN length(k) > length(s.quote_key) THEN r.start_offset ELSE s.start_offset END,
                end_offset = CASE WHEN length(k) > length(s.quote_key) THEN r.end_offset ELSE s.end_offset END,
                quote_key = CASE WHEN length(k) > length(s.quote_key) THEN k ELSE s.quote_key END,
                first_seen = LEAST(s.first_seen, r.published)
            WHERE s.id = target
              AND ((s.actor_id IS NULL AND r.actor_id IS NOT NULL) OR length(k) > length(s.quote_key)
                   OR LEAST(s.first_seen, r.published) IS DISTINCT FROM s.first_seen);
            outcome := 'merged';
        ELSE
            INSERT INTO statements (article_id, actor_id, kind, text, start_offset, end_offset, speaker_mention,
                                    speaker_start, speaker_end, cue, attribution_rule, said_on, said_earliest,
                                    said_latest, date_basis, confidence, quote_key, first_seen)
            VALUES (r.article_id, r.actor_id, r.kind, r.words, r.start_offset, r.end_offset, r.speaker_mention,
                    r.speaker_start, r.speaker_end, r.cue, r.attribution_rule, r.said_on, r.said_earliest,
                    r.said_latest, r.date_basis, r.confidence, k, r.published)
            ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING
            RETURNING id INTO target;
            IF target IS NULL THEN  -- the same span twice in one article
                outcome := 'skipped';
                RETURN NEXT;
                CONTINUE;
            END IF;
            outcome := 'new';
        END IF;
        loaded_seq := array_append(loaded_seq, r.seq);
        loaded_ord := array_append(loaded_ord, r.ord);
        loaded_into := array_append(loaded_into, target);
        loaded_new := array_append(loaded_new, outcome = 'new');
        RETURN NEXT;
    END LOOP;
    UPDATE stage_statements st
    SET statement_id = CASE WHEN m.is_new THEN m.loaded_into END,
        target_id = CASE WHEN NOT m.is_new THEN m.loaded_into END
    FROM unnest(loaded_seq, loaded_ord, loaded_into, loaded_new) AS m (seq, ord, loaded_into, is_new)
    WHERE st.seq = m.seq AND st.ord = m.ord;
    -- each loaded report is a source of the statement it became or joined, in batch order
    INSERT INTO statement_sources (statement_id, article_id, start_offset, end_offset, text, kind, speaker_mention,
                                   speaker_start, speaker_end, cue, said_on, said_earliest, said_latest, date_basis)
    SELECT m.loaded_into, a.article_id, st.start_offset, st.end_offset, st.words, st.kind, st.speaker_mention,
           st.speaker_start, st.speaker_end, st.cue, st.said_on, st.said_earliest, st.said_latest, st.date_basis
    FROM unnest(loaded_seq, loaded_ord, loaded_into) AS m (seq, ord, loaded_into)
    JOIN stage_statements st ON st.seq = m.seq AND st.ord = m.ord
    JOIN stage_article_ids a ON a.seq = st.seq
    ORDER BY m.seq, m.ord;
END
$fn$;
