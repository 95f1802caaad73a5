-- Guanxi schema version 6: leads (线索). A lead is a contact not yet a
-- customer: captured with its source and campaign, screened (qualified or
-- disqualified with a reason, never deleted), and converted into a customer.

CREATE TABLE leads (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),   -- the contact person
    name_sort          TEXT NOT NULL,
    company            TEXT,
    job_title          TEXT,
    phone_raw          TEXT,
    phone_e164         TEXT,
    email              TEXT,
    province           TEXT,
    city               TEXT,
    industry           TEXT,
    source_id          INTEGER REFERENCES source_channels (id) ON DELETE SET NULL,
    campaign           TEXT,
    product_interest   TEXT,
    notes              TEXT,
    status             TEXT NOT NULL DEFAULT 'new'
                       CHECK (status IN ('new', 'qualified', 'disqualified', 'converted')),
    disqualify_reason  TEXT,
    owner_id           INTEGER REFERENCES users (id) ON DELETE SET NULL,  -- NULL: in the public pool
    owned_since        TEXT,                                              -- when the owner got it
    customer_id        INTEGER REFERENCES customers (id) ON DELETE SET NULL, -- after conversion
    created_at         TEXT NOT NULL,
    created_by         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at         TEXT NOT NULL,
    updated_by         INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX leads_by_status ON leads (status, created_at);
CREATE INDEX leads_by_owner ON leads (owner_id, status);
CREATE INDEX leads_by_phone ON leads (phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX leads_by_email ON leads (lower(email)) WHERE email IS NOT NULL;
