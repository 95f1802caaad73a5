#include "platform/db/sqlerror.h"

#include <QMutex>

#include <atomic>

namespace guanxi {

namespace {
std::atomic<quint64> damageCount{0};
QMutex damageMutex;
QString damageDetail;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

bool SqlErrors::isBusy(const QSqlError &error)
{
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

Error SqlErrors::from(const QSqlError &error, const QString &whatFailed)
{
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
