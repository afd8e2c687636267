-- Statistics for the staging tables (autovacuum never analyses temporary tables), so that the
-- planner joins the batch by hash rather than row by row.
ANALYZE stage_statements, stage_article_ids
