-- The batch's 'slow' statements, loaded one by one in the server (see stage_load_slow.sql).
SELECT batch_seq, outcome FROM pg_temp.stage_load_slow()
