-- Guanxi schema version 14: what is owed follows from what was received.
-- An order owes its total less what settles it: payments received, a write-off
-- (recorded with who and why), or, for history, a "marked paid" settlement
-- standing for money received whose details were never recorded. The status
-- 'paid' is kept in step with the settlements by OrderStore; it can no longer
-- be set by hand over a balance.

ALTER TABLE payments ADD COLUMN kind TEXT NOT NULL DEFAULT 'payment'
    CHECK (kind IN ('payment', 'write_off', 'marked_paid'));
ALTER TABLE payments ADD COLUMN reference TEXT;

-- Orders marked paid before this version whose payments do not cover the
-- total: whoever set the status said the money came in, so that claim is kept
-- and made visible as one 'marked_paid' settlement of the rest, dated the day
-- the order was last changed (never before its order date). The order stays
-- paid and shows this settlement in its payments; nothing is deleted.
INSERT INTO payments (order_id, paid_on, amount_minor, method, note, created_at, created_by, kind)
SELECT o.id,
       max(o.order_date, substr(o.updated_at, 1, 10)),
       o.total_minor - (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p WHERE p.order_id = o.id),
       NULL, NULL, o.updated_at, o.updated_by, 'marked_paid'
FROM orders o
WHERE o.status = 'paid' AND o.kind = 'order'
  AND o.total_minor > (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p WHERE p.order_id = o.id);

-- Quotes and contracts owe nothing, so they cannot be paid: a quote or
-- contract marked paid goes back to signed.
UPDATE orders SET status = 'signed' WHERE status = 'paid' AND kind <> 'order';

-- Signed or delivered orders whose payments already cover the total are paid.
UPDATE orders SET status = 'paid'
WHERE kind = 'order' AND status IN ('signed', 'delivered') AND total_minor > 0
  AND total_minor <= (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p WHERE p.order_id = orders.id);
