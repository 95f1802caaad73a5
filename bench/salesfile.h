#pragma once

// The file guanxi-bench-rfm measures (and the sales reports were timed on):
// customers and their orders over 2022-2025, written straight into a
// Guanxi file with SQLite's C API. Deterministic for given counts: 1 % of
// the customers in the trash, 12 % never order, the others by a log-normal
// weight (a few with thousands of orders, many with one or two), each within
// their own active period; mixed statuses, 2 % of the customers buying in
// USD; order ids in date order. Names come from the words in benchdata.h.
#include <QString>

namespace guanxi::bench {

// Creates path (which must not exist) with the real migrations, then the
// rows; prints its steps. False (said on stderr) when something failed.
bool writeSalesFile(const QString &path, qint64 customers, qint64 orders);

} // namespace guanxi::bench
