-- Guanxi schema version 8: opportunities (商机) moving through the funnel.
-- Stages are editable and carry a default win probability; every stage change
-- is kept with its time for conversion and time-in-stage analysis.

CREATE TABLE deal_stages (
    id           INTEGER PRIMARY KEY,
    code         TEXT UNIQUE,            -- built-in stages keep a code and show translated
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    probability  INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind         TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    position     INTEGER NOT NULL DEFAULT 0
);

INSERT INTO deal_stages (code, name, probability, kind, position) VALUES
    ('first_contact',  'First contact',      10, 'open', 1),
    ('needs_confirmed','Needs confirmed',    30, 'open', 2),
    ('proposal',       'Proposal and quote', 50, 'open', 3),
    ('negotiation',    'Negotiation',        70, 'open', 4),
    ('won',            'Won',               100, 'won',  5),
    ('lost',           'Lost',                0, 'lost', 6);

CREATE TABLE deals (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    amount_minor      INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency          TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    stage_id          INTEGER NOT NULL REFERENCES deal_stages (id) ON DELETE RESTRICT,
    probability       INTEGER CHECK (probability BETWEEN 0 AND 100),   -- NULL: the stage's default
    expected_close    TEXT,                                             -- local date
    owner_id          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    products          TEXT,
    lost_reason       TEXT,
    closed_at         TEXT,
    last_activity_at  TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    created_by        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at        TEXT NOT NULL,
    updated_by        INTEGER REFERENCES users (id) ON DELETE SET NULL
);
-- A board column: the deals of one stage, most recently active first.
CREATE INDEX deals_by_stage ON deals (stage_id, last_activity_at DESC, id DESC);
CREATE INDEX deals_by_customer ON deals (customer_id);
CREATE INDEX deals_by_owner ON deals (owner_id, stage_id);

CREATE TABLE deal_stage_history (
    id             INTEGER PRIMARY KEY,
    deal_id        INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    from_stage_id  INTEGER REFERENCES deal_stages (id) ON DELETE SET NULL,
    to_stage_id    INTEGER REFERENCES deal_stages (id) ON DELETE SET NULL,
    moved_at       TEXT NOT NULL,
    user_id        INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX deal_stage_history_by_deal ON deal_stage_history (deal_id, moved_at);
