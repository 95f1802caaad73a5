-- Guanxi schema version 7: the public pool (公海). A lead or customer without
-- an owner is in the pool; every move in or out is recorded with who and why.
-- Team-wide rules (claim cap, cool-down, reclaim after N days) are settings of
-- the file, not of one workstation.

ALTER TABLE customers ADD COLUMN owned_since TEXT;

CREATE TABLE pool_moves (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL CHECK (entity IN ('lead', 'customer')),
    entity_id  INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('claim', 'release', 'assign', 'reclaim')),
    from_user  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    to_user    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reason     TEXT,
    by_user    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    moved_at   TEXT NOT NULL
);
CREATE INDEX pool_moves_by_entity ON pool_moves (entity, entity_id, moved_at);
CREATE INDEX pool_moves_releases ON pool_moves (from_user, action, entity, entity_id, moved_at);

CREATE INDEX customers_in_pool ON customers (id) WHERE owner_id IS NULL AND deleted_at IS NULL;

CREATE TABLE team_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
