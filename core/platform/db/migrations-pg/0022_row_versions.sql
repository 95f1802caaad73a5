-- Guanxi on PostgreSQL, schema version 22: row versions (see
-- core/platform/db/migrations/0022_row_versions.sql). As on SQLite the column
-- comes last in each table; bigint as every other INTEGER.
ALTER TABLE customers ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE leads ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE deals ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE orders ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
