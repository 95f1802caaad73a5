#!/usr/bin/python3
"""RFM in pandas, for guanxi-bench-rfm: the definition of core/analytics/rfm.h
with the default options (no window, CNY, reference date = the day after the
latest purchase), written the way an analyst would with Debian's
python3-pandas: read the orders and customers, filter, group, numpy
quantiles (method "linear"), scores, segments.

    rfm_pandas.py DATABASE OUT.csv

Writes one row per customer in scope, by id (customer_id, recency, frequency,
monetary, r, f, m, segment) and prints one line of figures on stdout:
    load S compute S write S customers N orders N maxrss_kb N
"""
import resource
import sqlite3
import sys
import time

import numpy as np
import pandas as pd


def main():
    database, out = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    orders = pd.read_sql_query(
        "SELECT id, customer_id, order_date, status, currency, total_minor, kind FROM orders", con)
    customers = pd.read_sql_query("SELECT id, deleted_at FROM customers", con)
    con.close()
    t1 = time.perf_counter()

    # Purchases: orders (not quotes or contracts) signed, delivered or paid,
    # in CNY, of live customers.
    live = customers.loc[customers["deleted_at"].isna(), "id"]
    o = orders[orders["status"].isin(["signed", "delivered", "paid"])
               & (orders["kind"] == "order")
               & (orders["currency"] == "CNY")
               & orders["customer_id"].isin(live)]
    # Dates as datetime64 before grouping: max() over text columns takes
    # pandas' slow per-group Python path (20 s instead of 1 s here).
    o = o.assign(order_date=pd.to_datetime(o["order_date"], format="%Y-%m-%d"))
    # id is the primary key: every row is a distinct order, so size() counts them.
    g = o.groupby("customer_id", sort=True).agg(
        last=("order_date", "max"), frequency=("id", "size"), monetary=("total_minor", "sum"))
    last = g["last"]
    reference = last.max() + pd.Timedelta(days=1)
    recency = (reference - last).dt.days.to_numpy(np.int64)
    frequency = g["frequency"].to_numpy(np.int64)
    monetary = g["monetary"].to_numpy(np.int64)
    n = len(g)

    # Cut points: the 20/40/60/80 % quantiles, numpy's linear method (R type 7).
    probabilities = [0.2 * k for k in range(1, 5)]

    def below(values):
        cuts = np.quantile(values.astype(np.float64), probabilities, method="linear")
        return (values.astype(np.float64)[:, None] > cuts[None, :]).sum(axis=1)

    r = 5 - below(recency)
    f = 1 + below(frequency)
    m = 1 + below(monetary)
    # Segments: strict comparisons with the means, exactly, in integers.
    assert n == 0 or max(int(monetary.max()), int(recency.max()), int(frequency.max())) * n < 2**63
    near = recency * n < int(recency.sum())
    frequent = frequency * n > int(frequency.sum())
    valuable = monetary * n > int(monetary.sum())
    segment = np.where(valuable, "important_", "general_").astype(object) + np.where(
        near, np.where(frequent, "value", "development"), np.where(frequent, "retention", "win_back"))
    result = pd.DataFrame({"customer_id": g.index.to_numpy(), "recency": recency, "frequency": frequency,
                           "monetary": monetary, "r": r, "f": f, "m": m, "segment": segment})
    t2 = time.perf_counter()

    result.to_csv(out, index=False, header=False, lineterminator="\n")
    t3 = time.perf_counter()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"load {t1 - t0:.3f} compute {t2 - t1:.3f} write {t3 - t2:.3f} customers {n} "
          f"orders {len(orders)} maxrss_kb {maxrss}")


if __name__ == "__main__":
    main()
