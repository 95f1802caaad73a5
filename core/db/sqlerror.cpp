#include "sqlerror.h"

namespace guanxi {

namespace {
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

Error SqlErrors::from(const QSqlError &error, const QString &whatFailed)
{
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
        advice = tr("The database file is damaged. Run File > Check database, or restore a "
                    "backup.");
        break;
    default:
        advice = tr("Nothing was changed.");
        break;
    }
    return Error{whatFailed + u' ' + advice, error.text(), {}};
}

} // namespace guanxi
