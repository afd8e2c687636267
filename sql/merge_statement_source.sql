-- A further source of statement $1: an unknown speaker is filled in, and when the new report's
-- words contain the old ones the statement takes the fuller wording (and that source's span).
-- $1 statement, $2 actor or null, $3 text, $4 article, $5 start, $6 end.
UPDATE statements s
SET actor_id = COALESCE(s.actor_id, $2::bigint),
    text = CASE WHEN fuller THEN $3::text ELSE s.text END,
    quote_key = CASE WHEN fuller THEN quote_key($3::text) ELSE s.quote_key END,
    article_id = CASE WHEN fuller THEN $4::bigint ELSE s.article_id END,
    start_offset = CASE WHEN fuller THEN $5::integer ELSE s.start_offset END,
    end_offset = CASE WHEN fuller THEN $6::integer ELSE s.end_offset END
FROM (SELECT length(quote_key($3::text)) > length(quote_key) AS fuller FROM statements WHERE id = $1::bigint) f
WHERE s.id = $1::bigint
