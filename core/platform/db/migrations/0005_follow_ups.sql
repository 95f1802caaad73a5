-- Guanxi schema version 5: follow-ups (跟进). Each interaction with a customer
-- is logged with its channel, summary, the customer's feedback, the outcome
-- and the next follow-up; the customer keeps its last contact and next action.

CREATE TABLE follow_up_channels (
    id        INTEGER PRIMARY KEY,
    code      TEXT UNIQUE,              -- built-in channels keep a code
    name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position  INTEGER NOT NULL DEFAULT 0,
    archived  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO follow_up_channels (code, name, position) VALUES
    ('phone',       'Phone',        1),
    ('wechat',      'WeChat',       2),
    ('email',       'E-mail',       3),
    ('sms',         'SMS',          4),
    ('visit',       'Visit',        5),
    ('meeting',     'Meeting',      6),
    ('online_chat', 'Online chat',  7),
    ('other',       'Other',        8);

CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel_id      INTEGER REFERENCES follow_up_channels (id) ON DELETE SET NULL,
    occurred_at     TEXT NOT NULL,       -- UTC
    summary         TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    feedback        TEXT,                -- the customer's feedback or objection
    outcome         TEXT,
    next_follow_up  TEXT,                -- local date set by this follow-up
    next_action     TEXT,
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX interactions_by_customer ON interactions (customer_id, occurred_at);
CREATE INDEX interactions_by_user ON interactions (user_id, occurred_at);

ALTER TABLE customers ADD COLUMN last_contact_at TEXT;
ALTER TABLE customers ADD COLUMN next_action TEXT;

-- The Today page: one owner's due follow-ups in date order.
CREATE INDEX customers_due ON customers (owner_id, next_follow_up)
    WHERE deleted_at IS NULL AND next_follow_up IS NOT NULL;
