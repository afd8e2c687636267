-- The staged articles not yet in the record (same text, id and outlet: loaded already; the same
-- one twice in the batch: its first copy), inserted; returns the batch positions that were new.
WITH staged AS (
    SELECT DISTINCT ON (h, external_id, outlet) seq, h, external_id, source_file, url, outlet, title, published,
                                                body, warnings
    FROM (SELECT s.*, sha256(convert_to(s.body, 'UTF8')) AS h FROM stage_articles s) s
    ORDER BY h, external_id, outlet, seq
), inserted AS (
    INSERT INTO articles (content_hash, external_id, source_file, url, outlet, title, published, body, warnings)
    SELECT h, external_id, source_file, url, outlet, title, published, body, warnings FROM staged ORDER BY seq
    ON CONFLICT (content_hash, external_id, outlet) DO NOTHING
    RETURNING id, content_hash, external_id, outlet, published
)
INSERT INTO stage_article_ids (seq, article_id, published)
SELECT s.seq, i.id, i.published
FROM inserted i JOIN staged s ON s.h = i.content_hash AND s.external_id = i.external_id AND s.outlet = i.outlet
RETURNING seq
