#include "platform/db/sqlerror.h"

#include "platform/db/retry.h"

#include <QMutex>

#include <atomic>

namespace guanxi {

namespace {
std::atomic<quint64> damageCount{0};
QMutex damageMutex;
QString damageDetail;

// PostgreSQL reports a five-character SQLSTATE ("40001"); SQLite a number
// below 10,000 (an extended result code).
QString sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

int primaryCode(const QSqlError &error)
{
    if (!sqlState(error).isEmpty())
        return -1;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

bool SqlErrors::isRetryable(const QSqlError &error)
{
    const QString state = sqlState(error);
    return state == u"40001" || state == u"40P01" || state == u"55P03";
}

bool SqlErrors::isConnectionLost(const QSqlError &error)
{
    const QString state = sqlState(error);
    if (state.startsWith(QStringLiteral("08")) || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return true;
    // libpq reports a dropped socket without a SQLSTATE (SQLite always gives
    // a result code).
    if (!error.nativeErrorCode().isEmpty())
        return false;
    return error.type() == QSqlError::ConnectionError
           || error.databaseText().contains(QStringLiteral("server closed the connection"))
           || error.databaseText().contains(QStringLiteral("no connection to the server"))
           || error.databaseText().contains(QStringLiteral("terminating connection"));
}

bool SqlErrors::isBusy(const QSqlError &error)
{
    if (isRetryable(error))
        return true;
    const int code = primaryCode(error);
    return code == 5 /*SQLITE_BUSY*/ || code == 6 /*SQLITE_LOCKED*/;
}

bool SqlErrors::isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 11 /*SQLITE_CORRUPT*/ || code == 26 /*SQLITE_NOTADB*/;
}

quint64 SqlErrors::damageReports()
{
    return damageCount.load();
}

void SqlErrors::reportDamage(const QString &detail)
{
    {
        QMutexLocker lock(&damageMutex);
        damageDetail = detail;
    }
    ++damageCount;
}

QString SqlErrors::lastDamageDetail()
{
    QMutexLocker lock(&damageMutex);
    return damageDetail;
}

namespace {
Error fromServer(const QSqlError &error, const QString &state, const QString &whatFailed)
{
    QString advice;
    ErrorKind kind = ErrorKind::Storage;
    QString field;
    if (SqlErrors::isRetryable(error)) {
        advice = SqlErrors::tr("Someone else was changing the same records at the same moment. Nothing was changed; "
                               "try again.");
        kind = ErrorKind::Busy;
        // Worth running again: a deadlock or a serialization failure. Not a
        // lock waited for in vain (55P03): that holder is still there.
        if (state != u"55P03")
            field = retryField(); // see retrying()
    } else if (state == u"57014") {
        advice = SqlErrors::tr("It was stopped.");
        kind = ErrorKind::Cancelled;
    } else if (state == u"42501") {
        advice = SqlErrors::tr("The database server does not allow your login to do this. Nothing was changed; ask "
                               "the administrator.");
        kind = ErrorKind::Denied;
    } else if (state == u"25006") {
        advice = SqlErrors::tr("The connection is read-only, so nothing can be changed.");
        kind = ErrorKind::Denied;
    } else if (state == u"53100") {
        advice = SqlErrors::tr("The database server's disk is full. Nothing was changed; tell the administrator.");
        kind = ErrorKind::Io;
    } else if (SqlErrors::isConnectionLost(error)) {
        advice = SqlErrors::tr("The connection to the database server was lost, so this was not saved. Open the "
                               "team database again (File › Open Recent) once the server can be reached.");
    } else {
        advice = SqlErrors::tr("Nothing was changed.");
    }
    return Error{whatFailed + u' ' + advice, error.text(), field, kind};
}
} // namespace

Error SqlErrors::from(const QSqlError &error, const QString &whatFailed)
{
    if (const QString state = sqlState(error); !state.isEmpty() || isConnectionLost(error))
        return fromServer(error, state, whatFailed);
    if (isDamage(error))
        reportDamage(error.text());
    QString advice;
    switch (primaryCode(error)) {
    case 5:
    case 6:
        advice = tr("Another program is writing to the database. Try again in a moment.");
        break;
    case 8:
        advice = tr("The database is open read-only, so nothing can be changed. Make the file "
                    "writable and reopen it.");
        break;
    case 13:
        advice = tr("The disk is full. Free some space and try again.");
        break;
    case 11:
    case 26:
        advice = tr("The database file is damaged; Guanxi will not write to it again. Restore a backup (File > "
                    "Restore from Backup, or guanxi-cli restore).");
        break;
    default:
        advice = tr("Nothing was changed.");
        break;
    }
    ErrorKind kind = ErrorKind::Storage;
    switch (primaryCode(error)) {
    case 5:
    case 6: kind = ErrorKind::Busy; break;
    case 8: kind = ErrorKind::Denied; break;
    case 11:
    case 26: kind = ErrorKind::Damaged; break;
    case 10:
    case 13:
    case 14: kind = ErrorKind::Io; break;
    case 9: kind = ErrorKind::Cancelled; break;
    default: break;
    }
    return Error{whatFailed + u' ' + advice, error.text(), {}, kind};
}

} // namespace guanxi
