-- Loads the staged statements stage_classify.sql marked 'slow' one by one, in article order, as
-- one article at a time would, inside the server (a loop here costs no round trips). Created for
-- the session (pg_temp) with the staging tables. Returns one row per slow statement: its article's
-- batch position and what happened ('new', 'merged', or 'skipped': the same span twice).
CREATE OR REPLACE FUNCTION pg_temp.stage_load_slow()
RETURNS TABLE (batch_seq integer, outcome text)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
    r record;
    target bigint;
    k text;
BEGIN
    FOR r IN SELECT st.*, a.article_id, a.published
             FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
             WHERE st.path = 'slow' ORDER BY st.seq, st.ord LOOP
        batch_seq := r.seq;
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
            INSERT INTO statement_sources (statement_id, article_id, start_offset, end_offset, text, kind,
                                           speaker_mention, speaker_start, speaker_end, cue, said_on, said_earliest,
                                           said_latest, date_basis)
            VALUES (target, r.article_id, r.start_offset, r.end_offset, r.words, r.kind, r.speaker_mention,
                    r.speaker_start, r.speaker_end, r.cue, r.said_on, r.said_earliest, r.said_latest, r.date_basis)
            ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING;
            IF NOT FOUND THEN  -- the same span twice in one article
                outcome := 'skipped';
                RETURN NEXT;
                CONTINUE;
            END IF;
            -- an unknown speaker is filled in, and when this report's words contain the old ones the
            -- statement takes the fuller wording (and this source's span); its date is the best one
            -- any source gives (a day before a range, a narrower range before a wider one, an explicit
            -- date before a weekday, a relative expression, an inherited date or the publication day),
            -- first_seen the earliest publication. A statement nothing changes is not rewritten.
            UPDATE statements s
            SET actor_id = COALESCE(s.actor_id, r.actor_id),
                text = CASE WHEN length(k) > length(s.quote_key) THEN r.words ELSE s.text END,
                article_id = CASE WHEN length(k) > length(s.quote_key) THEN r.article_id ELSE s.article_id END,
                start_offset = CASE WHEN length(k) > length(s.quote_key) THEN r.start_offset ELSE s.start_offset END,
                end_offset = CASE WHEN length(k) > length(s.quote_key) THEN r.end_offset ELSE s.end_offset END,
                quote_key = CASE WHEN length(k) > length(s.quote_key) THEN k ELSE s.quote_key END,
                said_on = b.said_on, said_earliest = b.said_earliest, said_latest = b.said_latest,
                date_basis = b.date_basis, first_seen = b.first_seen
            FROM (SELECT ss.said_on, ss.said_earliest, ss.said_latest, ss.date_basis,
                         (SELECT min(a.published) FROM statement_sources ss2 JOIN articles a ON a.id = ss2.article_id
                          WHERE ss2.statement_id = target) AS first_seen
                  FROM statement_sources ss
                  WHERE ss.statement_id = target
                  ORDER BY ss.said_on IS NULL,
                           COALESCE(ss.said_latest, ss.said_on + 36500) - COALESCE(ss.said_earliest, ss.said_on - 36500),
                           CASE ss.date_basis WHEN 'explicit' THEN 0 WHEN 'weekday' THEN 1 WHEN 'relative' THEN 2
                                              WHEN 'inherited' THEN 3 WHEN 'published' THEN 4 ELSE 5 END,
                           ss.said_on
                  LIMIT 1) b
            WHERE s.id = target
              AND ((s.actor_id IS NULL AND r.actor_id IS NOT NULL) OR length(k) > length(s.quote_key)
                   OR (s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.first_seen)
                      IS DISTINCT FROM (b.said_on, b.said_earliest, b.said_latest, b.date_basis, b.first_seen));
            outcome := 'merged';
        ELSIF EXISTS (SELECT 1 FROM statement_sources ss
                      WHERE ss.article_id = r.article_id AND ss.start_offset = r.start_offset
                        AND ss.end_offset = r.end_offset) THEN
            -- the same span twice in one article, the first merged into a statement shown elsewhere
            outcome := 'skipped';
            RETURN NEXT;
            CONTINUE;
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
            INSERT INTO statement_sources (statement_id, article_id, start_offset, end_offset, text, kind,
                                           speaker_mention, speaker_start, speaker_end, cue, said_on, said_earliest,
                                           said_latest, date_basis)
            VALUES (target, r.article_id, r.start_offset, r.end_offset, r.words, r.kind, r.speaker_mention,
                    r.speaker_start, r.speaker_end, r.cue, r.said_on, r.said_earliest, r.said_latest, r.date_basis);
            outcome := 'new';
        END IF;
        -- its topics, with the stance this report shows; a later report fills in a stance an earlier
        -- one left unsure, but never overrides one
        INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence)
        SELECT target, t.topic_slug, t.stance, t.stance_rule, t.stance_evidence::jsonb
        FROM stage_topics t WHERE t.seq = r.seq AND t.ord = r.ord
        ON CONFLICT (statement_id, topic_slug) DO UPDATE
            SET stance = EXCLUDED.stance, stance_rule = EXCLUDED.stance_rule, stance_evidence = EXCLUDED.stance_evidence
            WHERE statement_topics.stance IS NULL AND EXCLUDED.stance IS NOT NULL;
        RETURN NEXT;
    END LOOP;
END
$fn$;
