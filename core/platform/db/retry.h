#pragma once

#include "platform/db/database.h"

#include <QRandomGenerator>
#include <QThread>

namespace guanxi {

// The Error::field SqlErrors gives an error from such a failure.
inline QString retryField()
{
    return QStringLiteral("retry");
}

// Runs work — one whole transaction, begun and committed inside it — and on
// a team database runs it again when the server gave it up because it met
// another person's transaction at the wrong moment (a deadlock or a
// serialization failure, 40P01/40001, or a lock it could not wait for,
// 55P03): up to four more times, after about 20, 40, 80 and 160 ms, each
// pause a little random so that two clients do not meet again. Only from
// outside any transaction (inside one, the outer work must start again), and
// never on a file: SQLite's writers already take turns.
template<typename Work>
auto retrying(Database &db, Work work) -> decltype(work())
{
    for (int attempt = 0;; ++attempt) {
        auto result = work();
        if (result || attempt == 4 || !db.isServer() || db.transactionDepth() > 0
            || result.error().field != retryField())
            return result;
        QThread::msleep(unsigned((20 << attempt) + QRandomGenerator::global()->bounded(20)));
    }
}

} // namespace guanxi
