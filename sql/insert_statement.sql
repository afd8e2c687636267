INSERT INTO statements (article_id, actor_id, kind, text, start_offset, end_offset, speaker_mention,
                        speaker_start, speaker_end, cue, attribution_rule, said_on, said_earliest,
                        said_latest, date_basis, confidence)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $13::date, $14::date, $15, $16)
ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING
RETURNING id
