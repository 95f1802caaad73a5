#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QSqlError>

namespace guanxi {

// Turns a QSqlError into an Error whose message says what was being done and
// what the user can do; busy and read-only files get their own advice.
struct SqlErrors {
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    static Error from(const QSqlError &error, const QString &whatFailed);
    static bool isBusy(const QSqlError &error);
    // PostgreSQL: a serialization failure, deadlock or lock timeout (40001,
    // 40P01, 55P03): the whole transaction may be tried again.
    static bool isRetryable(const QSqlError &error);
    // PostgreSQL: the connection to the server is gone.
    static bool isConnectionLost(const QSqlError &error);
    // SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged.
    static bool isDamage(const QSqlError &error);
    // How many damage errors from() has seen in this process: a Database
    // compares it with the count when it opened (see Database::damageSeen).
    static quint64 damageReports();
    static void reportDamage(const QString &detail);
    static QString lastDamageDetail();
};

} // namespace guanxi
