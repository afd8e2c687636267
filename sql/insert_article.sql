-- One article; nothing when the same text is already loaded under the same id and outlet (returns
-- no row then). The same text under another id or outlet is another source of its statements.
INSERT INTO articles (content_hash, external_id, source_file, url, outlet, title, published, body, warnings)
VALUES (sha256(convert_to($1::text, 'UTF8')), $2, $3, $4, $5, $6, $7::date, $1::text, $8::text[])
ON CONFLICT (content_hash, external_id, outlet) DO NOTHING
RETURNING id
