-- Guanxi schema version 10: lead assignment rules, evaluated in order, and
-- the notifications that tell a team member what was assigned to them.

CREATE TABLE assignment_rules (
    id               INTEGER PRIMARY KEY,
    position         INTEGER NOT NULL DEFAULT 0,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active           INTEGER NOT NULL DEFAULT 1,
    match_province   TEXT,                -- NULL: any
    match_city       TEXT,
    match_industry   TEXT,
    match_source_id  INTEGER REFERENCES source_channels (id) ON DELETE SET NULL,
    match_product    TEXT,                -- found anywhere in the lead's product interest
    method           TEXT NOT NULL CHECK (method IN ('user', 'round_robin', 'least_loaded')),
    user_ids         TEXT NOT NULL,       -- JSON array: the person, or the team in order
    next_index       INTEGER NOT NULL DEFAULT 0   -- round-robin: whose turn it is
);

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,            -- assigned, reclaimed
    entity      TEXT,
    entity_id   INTEGER,
    message     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    read_at     TEXT
);
CREATE INDEX notifications_by_user ON notifications (user_id, read_at, id);
