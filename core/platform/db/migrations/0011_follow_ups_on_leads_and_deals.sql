-- Guanxi schema version 11: follow-ups may be with a lead or about a deal,
-- not only with a customer. SQLite cannot relax NOT NULL in place, so the
-- interactions table is rebuilt (inside this step's transaction).

CREATE TABLE interactions_new (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    lead_id         INTEGER REFERENCES leads (id) ON DELETE CASCADE,
    deal_id         INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    channel_id      INTEGER REFERENCES follow_up_channels (id) ON DELETE SET NULL,
    occurred_at     TEXT NOT NULL,
    summary         TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    feedback        TEXT,
    outcome         TEXT,
    next_follow_up  TEXT,
    next_action     TEXT,
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL)
);
INSERT INTO interactions_new (id, customer_id, channel_id, occurred_at, summary, feedback, outcome, next_follow_up,
                              next_action, user_id, created_at)
    SELECT id, customer_id, channel_id, occurred_at, summary, feedback, outcome, next_follow_up, next_action, user_id,
           created_at FROM interactions;
DROP TABLE interactions;
ALTER TABLE interactions_new RENAME TO interactions;
CREATE INDEX interactions_by_customer ON interactions (customer_id, occurred_at);
CREATE INDEX interactions_by_lead ON interactions (lead_id, occurred_at) WHERE lead_id IS NOT NULL;
CREATE INDEX interactions_by_deal ON interactions (deal_id, occurred_at) WHERE deal_id IS NOT NULL;
CREATE INDEX interactions_by_user ON interactions (user_id, occurred_at);

-- A lead's follow-ups restart its reclaim clock, as a customer's do.
ALTER TABLE leads ADD COLUMN last_contact_at TEXT;
ALTER TABLE leads ADD COLUMN next_follow_up TEXT;
CREATE INDEX leads_due ON leads (owner_id, next_follow_up) WHERE next_follow_up IS NOT NULL;
