-- How many statements of each new article became another source of an existing statement.
SELECT seq, count(*) FROM stage_statements WHERE path = 'merge' GROUP BY seq
