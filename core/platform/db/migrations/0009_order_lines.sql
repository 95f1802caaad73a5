-- Guanxi schema version 9: the business process (商务过程). Products; quotes,
-- contracts and orders with line items and a discount, totals kept in integer
-- minor units; payments (回款) against an order and its outstanding balance.

CREATE TABLE products (
    id                INTEGER PRIMARY KEY,
    sku               TEXT NOT NULL UNIQUE CHECK (length(trim(sku)) > 0),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category          TEXT,
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    currency          TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    active            INTEGER NOT NULL DEFAULT 1
);

ALTER TABLE orders ADD COLUMN kind TEXT NOT NULL DEFAULT 'order' CHECK (kind IN ('quote', 'contract', 'order'));
ALTER TABLE orders ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0);
ALTER TABLE orders ADD COLUMN deal_id INTEGER REFERENCES deals (id) ON DELETE SET NULL;

CREATE TABLE order_lines (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL DEFAULT 0,
    product_id        INTEGER REFERENCES products (id) ON DELETE SET NULL,
    description       TEXT NOT NULL CHECK (length(trim(description)) > 0),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor    INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    total_minor       INTEGER NOT NULL CHECK (total_minor >= 0)
);
CREATE INDEX order_lines_by_order ON order_lines (order_id, position);

CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    paid_on       TEXT NOT NULL,         -- local date
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    method        TEXT,
    note          TEXT,
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX payments_by_order ON payments (order_id, paid_on);
CREATE INDEX orders_by_status ON orders (status, order_date);
