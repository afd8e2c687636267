-- One article reporting a statement. No row back when this span of this article is loaded already.
INSERT INTO statement_sources (statement_id, article_id, start_offset, end_offset, text, kind, speaker_mention,
                               speaker_start, speaker_end, cue, said_on, said_earliest, said_latest, date_basis)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12::date, $13::date, $14)
ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING
RETURNING statement_id
