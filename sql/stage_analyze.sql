-- Statistics for the staging tables (autovacuum never analyses temporary tables), so that the
-- planner joins the batch by hash rather than row by row. Only the columns the loading statements
-- join, group or filter on: sampling the words and spans as well took most of the time.
ANALYZE stage_statements (seq, ord, speaker, quote_key, actor_id, path, target_id, leader_seq, leader_ord), stage_article_ids
