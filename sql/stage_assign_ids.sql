-- Ids for the 'new' statements from the statements' own sequence, in batch order (what the
-- column default would give them); a 'merge' statement whose words first appeared in this batch
-- takes its leader's id as its target. Known before the insert, so nothing is joined back after it.
WITH numbered AS (
    SELECT seq, ord, nextval(pg_get_serial_sequence('statements', 'id')) AS id
    FROM (SELECT seq, ord FROM stage_statements WHERE path = 'new' ORDER BY seq, ord) o
), assigned AS (
    UPDATE stage_statements st SET statement_id = n.id
    FROM numbered n WHERE st.seq = n.seq AND st.ord = n.ord
    RETURNING st.seq, st.ord, st.statement_id
)
UPDATE stage_statements st SET target_id = a.statement_id
FROM assigned a
WHERE st.path = 'merge' AND st.target_id IS NULL AND a.seq = st.leader_seq AND a.ord = st.leader_ord
