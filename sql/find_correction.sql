-- The actor a user re-attributed these words to (`statements reassign`), if any.
SELECT actor_id FROM attribution_corrections WHERE quote_key = quote_key($1::text)
