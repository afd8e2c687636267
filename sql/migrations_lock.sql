-- One migrating process at a time: a session lock, released by migrations_unlock or at disconnect.
SELECT pg_advisory_lock(74031)
