-- A statement seen for the first time; its first source is inserted by insert_statement_source.
-- $17 is the publication day of the article (first_seen).
INSERT INTO statements (article_id, actor_id, kind, text, start_offset, end_offset, speaker_mention,
                        speaker_start, speaker_end, cue, attribution_rule, said_on, said_earliest,
                        said_latest, date_basis, confidence, quote_key, first_seen)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $13::date, $14::date, $15, $16, quote_key($4),
        $17::date)
ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING
RETURNING id
