-- The 'new' statements, with the ids stage_assign_ids.sql gave them, in batch order; each gets its
-- first source from stage_insert_sources.sql.
INSERT INTO statements (id, article_id, actor_id, kind, text, start_offset, end_offset, speaker_mention,
                        speaker_start, speaker_end, cue, attribution_rule, said_on, said_earliest,
                        said_latest, date_basis, confidence, quote_key, first_seen)
SELECT st.statement_id, a.article_id, st.actor_id, st.kind, st.words, st.start_offset, st.end_offset,
       st.speaker_mention, st.speaker_start, st.speaker_end, st.cue, st.attribution_rule, st.said_on,
       st.said_earliest, st.said_latest, st.date_basis, st.confidence, st.quote_key, a.published
FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
WHERE st.path = 'new'
ORDER BY st.seq, st.ord
