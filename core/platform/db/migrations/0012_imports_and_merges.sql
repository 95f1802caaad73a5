-- Guanxi schema version 12: imports that can be reverted, saved column
-- mappings, and merges of duplicate customers that can be undone.

-- One row per import run that wrote something. `batch` is also the change-log
-- batch of every change the import made.
CREATE TABLE import_batches (
    id           INTEGER PRIMARY KEY,
    batch        TEXT NOT NULL UNIQUE,
    entity       TEXT NOT NULL,                 -- customer, lead, order
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,                 -- csv, xlsx, vcard
    encoding     TEXT,
    mode         TEXT NOT NULL CHECK (mode IN ('create', 'update', 'upsert')),
    rows_read    INTEGER NOT NULL DEFAULT 0,
    created      INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    skipped      INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    user_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    imported_at  TEXT NOT NULL,
    reverted_at  TEXT,
    reverted_by  INTEGER REFERENCES users (id) ON DELETE SET NULL
);

-- Every record an import created or updated, with the record as it was
-- before an update (JSON), so the whole import can be reverted later.
CREATE TABLE import_records (
    batch_id   INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('create', 'update')),
    before     TEXT,
    PRIMARY KEY (batch_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX import_records_by_entity ON import_records (entity_id);

-- Column mappings saved by name and reused for the next file of that shape.
CREATE TABLE import_profiles (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    mapping     TEXT NOT NULL,                  -- JSON: header -> field
    updated_at  TEXT NOT NULL,
    UNIQUE (entity, name)
);

-- A merge of two customers: what the survivor was before (JSON) and which
-- rows moved from the merged customer (JSON: table -> ids), so it can be
-- undone. The merged customer itself goes to the trash.
CREATE TABLE customer_merges (
    id               INTEGER PRIMARY KEY,
    survivor_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    merged_id        INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    survivor_before  TEXT NOT NULL,
    moved            TEXT NOT NULL,
    batch            TEXT NOT NULL,
    user_id          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    merged_at        TEXT NOT NULL,
    undone_at        TEXT,
    undone_by        INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX customer_merges_by_survivor ON customer_merges (survivor_id);
CREATE INDEX customer_merges_by_merged ON customer_merges (merged_id);

-- Imports and the duplicates tool look customers up by their exact name.
CREATE INDEX customers_by_exact_name ON customers (name, company_id) WHERE deleted_at IS NULL;
