-- The aggregation alone, for guanxi-bench-rfm to run in the sqlite3 shell:
-- AnalyticsStore::purchases with the default window (no dates, CNY) written
-- in, word for word. One row per live customer with a purchase (the store
-- sorts them by id if they do not come that way): last
-- order date, distinct orders, sum of totals, name.
SELECT p.customer_id, p.last_date, p.order_count, p.monetary, c.name FROM (
    SELECT customer_id, max(order_date) AS last_date, count(*) AS order_count, sum(total_minor) AS monetary
    FROM orders
    WHERE status || '' IN ('signed', 'delivered', 'paid') AND kind = 'order' AND currency = 'CNY'
    AND (NULL IS NULL OR order_date >= NULL) AND (NULL IS NULL OR order_date <= NULL)
    GROUP BY customer_id) p
JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL;
