-- RFM as ONE SQL statement, for guanxi-bench-rfm to run in the sqlite3 shell
-- next to RfmAnalysis::run on the same file. It computes what
-- core/analytics/rfm.h defines, for the default options (no window, currency
-- CNY, reference date = the day after the latest purchase):
--   purchases: orders with status signed, delivered or paid, in CNY, of live
--   customers (deleted_at IS NULL), summed per customer: last order date,
--   distinct orders, sum of total_minor (the same SQL as the store's);
--   R = days from the last purchase to the reference date, F, M;
--   cut points: 20/40/60/80 % quantiles, linear (R type 7), computed with the
--   same floating-point steps as Rfm::quantile (h = (n-1)*(0.2*k), lo = floor(h),
--   cut = v[lo] + (h - lo) * (v[lo+1] - v[lo]));
--   scores: F, M = 1 + cuts strictly below; R = 5 - cuts strictly below;
--   segments from exact integer comparisons with the means (x * n against
--   the sum; SQLite integers, so exact while the products fit in 64 bits).
-- Output: one row per customer in scope, by id:
--   customer_id, recency, frequency, monetary, r, f, m, segment code.
WITH
p AS MATERIALIZED (   -- the aggregation of AnalyticsStore::purchases (bench/rfm-purchases.sql)
    SELECT p.customer_id AS id, p.last_date AS last, p.order_count AS f, p.monetary AS m FROM (
        SELECT customer_id, max(order_date) AS last_date, count(*) AS order_count, sum(total_minor) AS monetary
        FROM orders
        WHERE status || '' IN ('signed', 'delivered', 'paid') AND kind = 'order' AND currency = 'CNY'
        GROUP BY customer_id) p
    JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
),
ref AS (SELECT julianday(max(last)) + 1 AS day FROM p),
v AS MATERIALIZED (SELECT p.id, CAST(ref.day - julianday(p.last) AS INTEGER) AS r, p.f, p.m FROM p, ref),
tot AS MATERIALIZED (SELECT count(*) AS n, sum(r) AS sr, sum(f) AS sf, sum(m) AS sm FROM v),
k(k) AS (VALUES (1), (2), (3), (4)),
pos AS (
    SELECT k, (n - 1) * (0.2 * k) AS h, CAST((n - 1) * (0.2 * k) AS INTEGER) AS lo,
           min(CAST((n - 1) * (0.2 * k) AS INTEGER) + 1, n - 1) AS hi
    FROM tot, k
),
ranked AS (
    SELECT r, f, m,
           row_number() OVER (ORDER BY r) - 1 AS ir,
           row_number() OVER (ORDER BY f) - 1 AS jf,
           row_number() OVER (ORDER BY m) - 1 AS km
    FROM v
),
-- Each metric's values at the ranks lo and hi of every cut point.
ends AS MATERIALIZED (
    SELECT pos.k, pos.h, pos.lo,
           max(CASE WHEN ranked.ir = pos.lo THEN ranked.r END) AS r_lo, max(CASE WHEN ranked.ir = pos.hi THEN ranked.r END) AS r_hi,
           max(CASE WHEN ranked.jf = pos.lo THEN ranked.f END) AS f_lo, max(CASE WHEN ranked.jf = pos.hi THEN ranked.f END) AS f_hi,
           max(CASE WHEN ranked.km = pos.lo THEN ranked.m END) AS m_lo, max(CASE WHEN ranked.km = pos.hi THEN ranked.m END) AS m_hi
    FROM pos JOIN ranked ON ranked.ir IN (pos.lo, pos.hi) OR ranked.jf IN (pos.lo, pos.hi) OR ranked.km IN (pos.lo, pos.hi)
    GROUP BY pos.k
),
-- The twelve cut points in one row.
cuts AS MATERIALIZED (
    SELECT max(CASE WHEN k = 1 THEN r_lo + (h - lo) * (r_hi - r_lo) END) AS r1,
           max(CASE WHEN k = 2 THEN r_lo + (h - lo) * (r_hi - r_lo) END) AS r2,
           max(CASE WHEN k = 3 THEN r_lo + (h - lo) * (r_hi - r_lo) END) AS r3,
           max(CASE WHEN k = 4 THEN r_lo + (h - lo) * (r_hi - r_lo) END) AS r4,
           max(CASE WHEN k = 1 THEN f_lo + (h - lo) * (f_hi - f_lo) END) AS f1,
           max(CASE WHEN k = 2 THEN f_lo + (h - lo) * (f_hi - f_lo) END) AS f2,
           max(CASE WHEN k = 3 THEN f_lo + (h - lo) * (f_hi - f_lo) END) AS f3,
           max(CASE WHEN k = 4 THEN f_lo + (h - lo) * (f_hi - f_lo) END) AS f4,
           max(CASE WHEN k = 1 THEN m_lo + (h - lo) * (m_hi - m_lo) END) AS m1,
           max(CASE WHEN k = 2 THEN m_lo + (h - lo) * (m_hi - m_lo) END) AS m2,
           max(CASE WHEN k = 3 THEN m_lo + (h - lo) * (m_hi - m_lo) END) AS m3,
           max(CASE WHEN k = 4 THEN m_lo + (h - lo) * (m_hi - m_lo) END) AS m4
    FROM ends
),
scored AS (
    SELECT v.id, v.r, v.f, v.m,
           5 - ((c.r1 < v.r) + (c.r2 < v.r) + (c.r3 < v.r) + (c.r4 < v.r)) AS rs,
           1 + (c.f1 < v.f) + (c.f2 < v.f) + (c.f3 < v.f) + (c.f4 < v.f) AS fs,
           1 + (c.m1 < v.m) + (c.m2 < v.m) + (c.m3 < v.m) + (c.m4 < v.m) AS ms,
           v.r * tot.n < tot.sr AS near,
           v.f * tot.n > tot.sf AS frequent,
           v.m * tot.n > tot.sm AS valuable
    FROM v, tot, cuts c
)
SELECT id, r, f, m, rs, fs, ms,
       CASE WHEN valuable THEN 'important_' ELSE 'general_' END
       || CASE WHEN near THEN (CASE WHEN frequent THEN 'value' ELSE 'development' END)
               ELSE (CASE WHEN frequent THEN 'retention' ELSE 'win_back' END) END AS segment
FROM scored
ORDER BY id;
