-- One statement by id, with its speaker (sources and topics are fetched like a timeline's).
SELECT s.id, s.said_on, s.said_earliest, s.said_latest, s.date_basis, s.kind, s.text, s.first_seen,
       COALESCE(ac.name, '') AS speaker, s.speaker_mention, s.cue
FROM statements s LEFT JOIN actors ac ON ac.id = s.actor_id
WHERE s.id = $1
