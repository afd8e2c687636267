-- Every article that reports each of the given statements, oldest publication first: fetched once
-- for all the rows a query command shows, instead of one subquery a row. $1 statement ids (bigint[]).
SELECT ss.statement_id, ar.external_id, ar.url, ar.outlet, ar.title, ar.published
FROM statement_sources ss
JOIN articles ar ON ar.id = ss.article_id
WHERE ss.statement_id = ANY ($1::bigint[])
ORDER BY ss.statement_id, ar.published NULLS LAST, ar.id
