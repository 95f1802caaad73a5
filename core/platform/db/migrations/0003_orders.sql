-- Guanxi schema version 3: orders, the purchases that analysis (RFM) reads.
-- Money is integer minor units (fen, cents) plus a currency code.

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    order_date   TEXT NOT NULL,          -- local calendar date, YYYY-MM-DD
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'signed', 'delivered', 'paid', 'cancelled')),
    currency     TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    total_minor  INTEGER NOT NULL CHECK (total_minor >= 0),
    owner_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    notes        TEXT,
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at   TEXT NOT NULL,
    updated_by   INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX orders_by_customer ON orders (customer_id, order_date);
CREATE INDEX orders_by_date ON orders (order_date);
