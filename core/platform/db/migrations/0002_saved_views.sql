-- Guanxi schema version 2: named views of the customer list (filters, search,
-- sort and columns), e.g. "My customers" or "Due this week".

CREATE TABLE saved_views (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL DEFAULT 'customer',
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    definition  TEXT NOT NULL,           -- JSON: filters, search text, sort, columns
    owner_id    INTEGER REFERENCES users (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    UNIQUE (entity, owner_id, name)
);
