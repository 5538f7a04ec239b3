-- Runs once, on the first start of an empty data volume (docker-entrypoint-initdb.d), as the
-- superuser created from POSTGRES_USER (cites). One database per service; each service's Flyway
-- migrations create its tables.
CREATE DATABASE application OWNER cites;
CREATE DATABASE fee OWNER cites;
CREATE DATABASE verification OWNER cites;
CREATE DATABASE permit OWNER cites;
