#include "platform/session.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"

#include <QSqlQuery>

namespace guanxi {

Session::Session(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

void Session::announce(std::function<void()> f)
{
    if (!m_quiet)
        m_db.afterCommit(std::move(f));
}

Status Session::setAccess(Access access)
{
    if (!access.seesAll) {
        // Per connection, in memory (temp_store = MEMORY): a worker's
        // connection fills its own from the WorkerSpec.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS guanxi_visible_owners "
                                   "(user_id INTEGER PRIMARY KEY)"))
            || !q.exec(QStringLiteral("DELETE FROM temp.guanxi_visible_owners")))
            return SqlErrors::from(q.lastError(), tr("Could not prepare what this user may see."));
        if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.guanxi_visible_owners (user_id) VALUES (?)")))
            return SqlErrors::from(q.lastError(), tr("Could not prepare what this user may see."));
        for (qint64 owner : std::as_const(access.visibleOwners)) {
            q.bindValue(0, owner);
            if (!q.exec())
                return SqlErrors::from(q.lastError(), tr("Could not prepare what this user may see."));
        }
    }
    m_userId = access.userId;
    m_access = std::move(access);
    return {};
}

Status Session::require(Permission permission) const
{
    if (m_access.can(permission))
        return {};
    return Error{tr("Your role (%1) does not have the permission “%2”; ask an administrator to grant it.")
                     .arg(Roles::label(m_access.role), Permissions::label(permission)),
                 {}, Permissions::code(permission), ErrorKind::Denied};
}

QString Session::visibleOwner(const QString &column) const
{
    if (m_access.seesAll)
        return QStringLiteral("1");
    return QStringLiteral("(%1 IS NULL OR %1 IN temp.guanxi_visible_owners)").arg(column);
}

} // namespace guanxi
