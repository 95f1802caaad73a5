-- Guanxi schema version 1: team members, customers and what hangs off them,
-- the change log, custom fields and the search index.
-- Times are UTC ISO 8601 text ending in Z; calendar dates are YYYY-MM-DD.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    role          TEXT NOT NULL DEFAULT 'sales' CHECK (role IN ('admin', 'manager', 'sales')),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE source_channels (
    id        INTEGER PRIMARY KEY,
    code      TEXT UNIQUE,              -- built-in channels keep a code; user-added ones have none
    name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position  INTEGER NOT NULL DEFAULT 0,
    archived  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO source_channels (code, name, position) VALUES
    ('website',     'Website form',      1),
    ('social',      'Social / WeChat',   2),
    ('exhibition',  'Exhibition',        3),
    ('visit',       'Visit',             4),
    ('referral',    'Referral',          5),
    ('third_party', 'Third-party list',  6),
    ('other',       'Other',             7);

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_sort       TEXT NOT NULL,       -- pinyin / lower-case key: 张三 sorts under Z
    company_id      INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    job_title       TEXT,
    province        TEXT,
    city            TEXT,
    address         TEXT,
    industry        TEXT,
    source_id       INTEGER REFERENCES source_channels (id) ON DELETE SET NULL,
    stage           TEXT NOT NULL DEFAULT 'lead'
                    CHECK (stage IN ('lead', 'prospect', 'customer', 'loyal', 'churned')),
    owner_id        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    notes           TEXT,
    birthday        TEXT,                -- birthday (person) or founding anniversary (company)
    next_follow_up  TEXT,
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at      TEXT NOT NULL,
    updated_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    deleted_at      TEXT,                -- set while the customer is in the trash
    deleted_by      INTEGER REFERENCES users (id) ON DELETE SET NULL
);

-- The list pages through live customers in these orders; partial indexes keep
-- the trash out of them.
CREATE INDEX customers_by_name     ON customers (name_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city     ON customers (city, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_province ON customers (province, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_stage    ON customers (stage, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_owner    ON customers (owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_source   ON customers (source_id, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_follow   ON customers (next_follow_up, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_created  ON customers (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_updated  ON customers (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_company  ON customers (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX customers_in_trash    ON customers (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE customer_phones (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    label        TEXT,
    raw          TEXT NOT NULL,          -- as the user typed it
    e164         TEXT NOT NULL           -- normalised, e.g. +8613812345678
);
CREATE INDEX customer_phones_by_customer ON customer_phones (customer_id, position);
CREATE INDEX customer_phones_by_e164 ON customer_phones (e164);

CREATE TABLE customer_emails (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    label        TEXT,
    email        TEXT NOT NULL           -- trimmed; compared lower-cased
);
CREATE INDEX customer_emails_by_customer ON customer_emails (customer_id, position);
CREATE INDEX customer_emails_by_email ON customer_emails (lower(email));

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE customer_tags (
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_by_tag ON customer_tags (tag_id, customer_id);

CREATE TABLE custom_fields (
    id        INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL DEFAULT 'customer',
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    type      TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice', 'multi_choice')),
    choices   TEXT,                      -- JSON array of strings for the choice types
    position  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, name)
);

CREATE TABLE custom_values (
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    field_id     INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    value        TEXT NOT NULL,          -- number as text, date YYYY-MM-DD, multi choice as JSON array
    PRIMARY KEY (customer_id, field_id)
) WITHOUT ROWID;

-- One log for the timeline, audit, undo and reverting an import.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge')),
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at  TEXT NOT NULL,
    batch       TEXT
);
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, id);
CREATE INDEX change_log_by_batch ON change_log (batch) WHERE batch IS NOT NULL;

-- Search keys built in C++ (core/text/searchkeys): words, pinyin full and
-- initials, CJK bigrams, phone digit suffixes. rowid = customers.id.
CREATE VIRTUAL TABLE customer_search USING fts5 (
    keys,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
