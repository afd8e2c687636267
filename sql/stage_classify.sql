-- How each staged statement of a new article is loaded, so that the batch gives the record that
-- loading its articles one at a time (statement by statement, see stage_load_slow.sql) gives:
--   'new'   no statement in the record or the batch can be another report of it: inserted;
--   'merge' its normalised words (16+ characters) are also those of other statements, every one
--           with a known speaker and none corrected, and no containment (below) involves those
--           words: then only statements of the same speaker can match, so it becomes another source
--           of the oldest statement in the record with these words and speaker (target_id), else of
--           the first such statement of the batch (its leader; target_id set by
--           stage_assign_ids.sql);
--           Words containing or inside other words of the same speaker (below) merge too when they
--           are settled: the record holds a statement of that speaker with these words, and one with
--           each of the speaker's words in the batch linked to them by containment, directly or
--           through others. The loop then looks none of these up by containment (the same words of
--           the same speaker come first, and nothing in the batch can take them away), so no report
--           in it can reach their statement, and their order against it does not matter;
--   'slow'  anything else — a span the article gives twice, these words also said by an unknown
--           speaker or in a corrected statement, or unsettled words containing or contained in other
--           words of the same speaker (24+ characters; with no date window, a superset of what can
--           match): loaded one by one in article order by stage_load_slow.sql, after the others.
WITH RECURSIVE mine AS (
    SELECT st.seq, st.ord, st.quote_key, st.actor_id, st.start_offset, st.end_offset
    FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
), speakers_words AS MATERIALIZED (  -- the distinct words (24+ characters) of each known speaker
    SELECT DISTINCT actor_id, quote_key FROM mine WHERE actor_id IS NOT NULL AND length(quote_key) >= 24
), recorded AS (  -- the oldest statement of these words and speaker
    SELECT p.key, p.actor_id,
           (SELECT min(s.id) FROM statements s WHERE s.quote_key = p.key AND s.actor_id = p.actor_id) AS first_id
    FROM (SELECT DISTINCT quote_key AS key, actor_id FROM mine
          WHERE length(quote_key) >= 16 AND actor_id IS NOT NULL) p
), unrecorded_words AS (  -- a known speaker's words (24+ characters) no statement of that speaker
    -- has yet: only for these can containment in the record change the path (see 'settled' above)
    SELECT actor_id, key AS quote_key FROM recorded WHERE first_id IS NULL AND length(key) >= 24
), batch_contained AS MATERIALIZED (  -- words of one speaker inside other words of that speaker
    SELECT m.actor_id, m.quote_key AS inner_key, o.quote_key AS outer_key
    FROM speakers_words m JOIN speakers_words o ON o.actor_id = m.actor_id AND o.quote_key <> m.quote_key
    WHERE strpos(' ' || o.quote_key || ' ', ' ' || m.quote_key || ' ') > 0
), contained AS (
    SELECT * FROM batch_contained
    UNION ALL
    -- in the record: candidates sharing a run of words (migrations/0003_containment_lookup.sql)
    SELECT m.actor_id, CASE WHEN length(m.quote_key) < length(c.quote_key) THEN m.quote_key ELSE c.quote_key END,
           CASE WHEN length(m.quote_key) < length(c.quote_key) THEN c.quote_key ELSE m.quote_key END
    FROM unrecorded_words m
    CROSS JOIN LATERAL (SELECT s.quote_key FROM statements s
                        WHERE quote_windows(s.actor_id, s.quote_key) && quote_window_probe(m.actor_id, m.quote_key)
                          AND s.actor_id IS NOT NULL AND length(s.quote_key) >= 24
                          AND s.actor_id + 0 = m.actor_id  -- (+ 0: the GIN index, not the speaker's rows)
                          AND s.quote_key <> m.quote_key
                        OFFSET 0) c
    WHERE strpos(' ' || c.quote_key || ' ', ' ' || m.quote_key || ' ') > 0
       OR strpos(' ' || m.quote_key || ' ', ' ' || c.quote_key || ' ') > 0
    UNION ALL
    SELECT m.actor_id, m.quote_key, s.quote_key  -- one or two words: no run of three to look up
    FROM unrecorded_words m JOIN statements s ON s.actor_id = m.actor_id AND s.quote_key <> m.quote_key
    WHERE m.quote_key NOT LIKE '% % %' AND strpos(' ' || s.quote_key || ' ', ' ' || m.quote_key || ' ') > 0
), tainted AS (  -- containment matches only within one speaker's words
    SELECT actor_id, inner_key AS key FROM contained UNION SELECT actor_id, outer_key FROM contained
), twice AS (
    SELECT seq, start_offset, end_offset FROM mine GROUP BY 1, 2, 3 HAVING count(*) > 1
), flagged AS (
    SELECT m.*, (t.seq IS NOT NULL) AS twice FROM mine m
    LEFT JOIN twice t ON t.seq = m.seq AND t.start_offset = m.start_offset AND t.end_offset = m.end_offset
), groups AS (
    SELECT f.quote_key AS key, count(*) AS n, bool_or(f.actor_id IS NULL) AS unattributed, bool_or(f.twice) AS twice
    FROM flagged f WHERE length(f.quote_key) >= 16 GROUP BY f.quote_key
), recorded_keys AS (  -- words already in the record: matched by speaker unless one is unknown or corrected
    SELECT g.key, EXISTS (SELECT 1 FROM statements s
                          WHERE s.quote_key = g.key AND (s.actor_id IS NULL OR s.actor_corrected)) AS loose
    FROM groups g WHERE EXISTS (SELECT 1 FROM statements s WHERE s.quote_key = g.key)
), unsettled (actor_id, key) AS (  -- words of a speaker the loop may look up by containment: no
    -- statement of that speaker has them yet, or they are linked by containment in the batch to such words
    SELECT actor_id, quote_key FROM unrecorded_words
    UNION
    SELECT u.actor_id, CASE WHEN c.inner_key = u.key THEN c.outer_key ELSE c.inner_key END
    FROM unsettled u JOIN batch_contained c ON c.actor_id = u.actor_id AND u.key IN (c.inner_key, c.outer_key)
), decided AS (
    SELECT f.seq, f.ord,
           CASE WHEN length(f.quote_key) < 16 THEN CASE WHEN f.twice THEN 'slow' ELSE 'new' END
                WHEN g.twice OR (t.key IS NOT NULL AND (r.first_id IS NULL OR u.key IS NOT NULL)) THEN 'slow'
                WHEN rk.key IS NULL AND g.n = 1 THEN 'new'
                WHEN g.unattributed OR rk.loose THEN 'slow'
                WHEN r.first_id IS NOT NULL THEN 'merge'
                WHEN row_number() OVER same_words = 1 THEN 'new'
                ELSE 'merge' END AS path,
           r.first_id,
           first_value(f.seq) OVER same_words AS leader_seq, first_value(f.ord) OVER same_words AS leader_ord
    FROM flagged f
    LEFT JOIN groups g ON g.key = f.quote_key
    LEFT JOIN recorded_keys rk ON rk.key = f.quote_key
    LEFT JOIN recorded r ON r.key = f.quote_key AND r.actor_id = f.actor_id
    LEFT JOIN tainted t ON t.key = f.quote_key AND t.actor_id = f.actor_id
    LEFT JOIN unsettled u ON u.key = f.quote_key AND u.actor_id = f.actor_id
    WINDOW same_words AS (PARTITION BY f.quote_key, f.actor_id ORDER BY f.seq, f.ord)
)
UPDATE stage_statements st
SET path = d.path,
    target_id = CASE WHEN d.path = 'merge' THEN d.first_id END,
    leader_seq = CASE WHEN d.path = 'merge' AND d.first_id IS NULL THEN d.leader_seq END,
    leader_ord = CASE WHEN d.path = 'merge' AND d.first_id IS NULL THEN d.leader_ord END
FROM decided d
WHERE st.seq = d.seq AND st.ord = d.ord
