-- The migrations recorded in this database, for the check every command makes before it runs
-- (run as a plain query: the table does not exist in a new database).
SELECT version, checksum FROM schema_migrations ORDER BY version
