-- Prepares the hub's database for the two roles of create-roles.sql. Run as a superuser, connected to the hub's
-- database (e.g. psql -d kommunhubben -f prepare-database.sql), after create-roles.sql and before the first
-- `khub db migrate`. Idempotent. Plain SQL without psql variables: the integration tests run this very file on
-- every test database.

-- Nobody but the two roles may connect; nobody may create anything in public or read what is there.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO khub_app, khub_migrator', current_database());
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- The hub's schema belongs to the migration role: only it can create, alter or drop tables there.
CREATE SCHEMA IF NOT EXISTS khub AUTHORIZATION khub_migrator;
ALTER SCHEMA khub OWNER TO khub_migrator;
REVOKE ALL ON SCHEMA khub FROM PUBLIC;
GRANT USAGE ON SCHEMA khub TO khub_app;

-- The application reads and writes rows, in the tables the migrations create now and later. No TRUNCATE,
-- REFERENCES or TRIGGER: it needs none of them.
ALTER DEFAULT PRIVILEGES FOR ROLE khub_migrator IN SCHEMA khub GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO khub_app;
ALTER DEFAULT PRIVILEGES FOR ROLE khub_migrator IN SCHEMA khub GRANT USAGE, SELECT ON SEQUENCES TO khub_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA khub TO khub_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA khub TO khub_app;
