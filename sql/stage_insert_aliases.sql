-- Every ingested speaker name is an alias of its actor, and so is a person's last name.
INSERT INTO actor_aliases (alias, actor_id)
SELECT DISTINCT ON (lower(alias), actor_id) alias, actor_id
FROM (SELECT speaker AS alias, speaker_id AS actor_id, seq, ord, 0 AS part
      FROM stage_statements WHERE speaker_id IS NOT NULL
      UNION ALL
      SELECT surname, speaker_id, seq, ord, 1
      FROM stage_statements WHERE speaker_id IS NOT NULL AND surname IS NOT NULL) x
ORDER BY lower(alias), actor_id, seq, ord, part
ON CONFLICT DO NOTHING
