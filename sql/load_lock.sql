-- One loading transaction at a time across every ingest: whether a quote is another report of a
-- statement depends on what earlier loads wrote, so two loads must not both miss each other's
-- uncommitted statements. Released at commit or rollback.
SELECT pg_advisory_xact_lock(74032)
