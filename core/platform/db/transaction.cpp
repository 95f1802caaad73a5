#include "platform/db/transaction.h"

#include "platform/db/database.h"
#include "platform/db/filewriters.h"
#include "platform/db/serverconnection.h"
#include "platform/db/sqlerror.h"

#include <QDateTime>

#include <QSqlQuery>

namespace guanxi {

namespace {
QSqlError run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.lastError();
}
QString savepoint(int level)
{
    return QStringLiteral("gx_sp%1").arg(level);
}
} // namespace

Transaction::~Transaction()
{
    if (m_level >= 0)
        rollback();
}

Status Transaction::begin()
{
    int &depth = m_db.transactionDepth();
    // A savepoint outside any transaction would start (and on release commit)
    // one of its own: refuse when SQLite already rolled the outer one back.
    if (depth > 0 && !m_db.inTransaction())
        return Database::transactionGivenUp(QStringLiteral("savepoint without an open transaction"));
    if (depth == 0 && m_db.damageSeen())
        return m_db.damagedError();
    if (depth == 0 && m_db.isReadOnly())
        return Error{Database::tr("Nothing was changed: %1").arg(m_db.readOnlyReason()),
                     QStringLiteral("read-only connection"), {}, ErrorKind::Denied};
    // SQLite: take the write lock now, not at the first write, so a busy
    // file fails here. PostgreSQL locks rows as they are written.
    const QString sql = depth > 0        ? QStringLiteral("SAVEPOINT ") + savepoint(depth)
                        : m_db.isServer() ? QStringLiteral("BEGIN")
                                          : QStringLiteral("BEGIN IMMEDIATE");
    const QSqlError err = run(m_db, sql);
    if (err.isValid()) {
        if (SqlErrors::isBusy(err))
            return m_db.busyError();
        return SqlErrors::from(err, Database::tr("Could not start saving."));
    }
    if (depth == 0 && !m_longWork.isEmpty() && !m_db.isServer())
        m_announced = FileWriters::announce(m_db.path(), m_longWork, QDateTime::currentDateTimeUtc());
    m_level = depth++;
    m_pendingMark = m_db.pendingAfterCommit();
    return {};
}

Status Transaction::commit()
{
    if (m_level < 0)
        return {};
    if (m_level == 0 && m_db.damageSeen()) {
        rollback(); // damage met inside this transaction: none of it is saved
        return m_db.damagedError();
    }
    // A statement failed inside it and was not handled: PostgreSQL would
    // answer COMMIT with a rollback and no error. Never report that as saved.
    if (m_level == 0 && m_db.isServer() && ServerConnection::transactionFailed(m_db.connection())) {
        rollback();
        return Database::transactionGivenUp(QStringLiteral("a statement failed inside the transaction"));
    }
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ") + savepoint(m_level);
    const QSqlError err = run(m_db, sql);
    if (err.isValid()) {
        const Error error = SqlErrors::from(err, Database::tr("Could not save the changes."));
        rollback();
        return error;
    }
    m_db.transactionDepth() = m_level;
    const bool outermost = m_level == 0;
    m_level = -1;
    withdraw();
    if (outermost) {
        m_db.noteCommitted();
        m_db.runAfterCommit();
    }
    return {};
}

void Transaction::rollback()
{
    if (m_level < 0)
        return;
    if (m_level == 0) {
        run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        run(m_db, QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    m_db.transactionDepth() = m_level;
    m_db.dropAfterCommit(m_pendingMark);
    const bool outermost = m_level == 0;
    m_level = -1;
    withdraw();
    if (outermost)
        (void)m_db.damageSeen(); // a statement that failed on damage: never write again
}

void Transaction::withdraw()
{
    if (m_announced)
        FileWriters::withdraw(m_db.path());
    m_announced = false;
}

} // namespace guanxi
