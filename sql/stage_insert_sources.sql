-- A source for each 'new' statement (its first) and each 'merge' one (another report).
INSERT INTO statement_sources (statement_id, article_id, start_offset, end_offset, text, kind, speaker_mention,
                               speaker_start, speaker_end, cue, said_on, said_earliest, said_latest, date_basis)
SELECT CASE st.path WHEN 'new' THEN st.statement_id ELSE st.target_id END, a.article_id, st.start_offset,
       st.end_offset, st.words, st.kind, st.speaker_mention, st.speaker_start, st.speaker_end, st.cue, st.said_on,
       st.said_earliest, st.said_latest, st.date_basis
FROM stage_statements st JOIN stage_article_ids a ON a.seq = st.seq
WHERE st.path IN ('new', 'merge')
