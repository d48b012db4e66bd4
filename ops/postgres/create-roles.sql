-- The hub's two PostgreSQL roles, once per cluster. Run as a superuser with psql:
--   psql -v ON_ERROR_STOP=1 -v app_password="$APP_PW" -v migrator_password="$MIGRATOR_PW" -f create-roles.sql
-- Idempotent: re-running re-applies the attributes and the passwords (passwords only through psql variables,
-- never written into this file).
--
--   khub_migrator  owns the hub's schema and every table in it; `khub db migrate` connects as this role.
--   khub_app       what the API and the workers connect as: reads and writes rows in the hub's schema, nothing else
--                  (no DDL, no CREATE anywhere, no other schema, not a superuser).
-- Both find the hub's tables through their search_path (schema khub), so the EF model needs no schema name.

SELECT 'CREATE ROLE khub_migrator' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khub_migrator') \gexec
SELECT 'CREATE ROLE khub_app' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khub_app') \gexec

ALTER ROLE khub_migrator WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'migrator_password';
ALTER ROLE khub_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
ALTER ROLE khub_migrator SET search_path = khub;
ALTER ROLE khub_app SET search_path = khub;
-- A runaway query or a forgotten transaction of the application must not hold locks for ever.
ALTER ROLE khub_app SET idle_in_transaction_session_timeout = '5min';
