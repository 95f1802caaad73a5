#include "activities/notificationstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "platform/clock.h"

#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {
// True for a notification (alias n) about a record the session sees, or
// about no record of those kinds.
QString aboutVisible(const Session &session)
{
    if (session.access().seesAll)
        return Session::everything();
    QString sql = QStringLiteral("(CASE n.entity");
    for (const char *table : {"lead", "customer", "deal", "order"})
        sql += QStringLiteral(" WHEN '%1' THEN EXISTS (SELECT 1 FROM %1s v WHERE v.id = n.entity_id AND %2)")
                   .arg(QLatin1StringView(table), session.visibleOwner(QStringLiteral("v.owner_id")));
    return sql + QStringLiteral(" ELSE TRUE END)");
}
} // namespace

Status NotificationStore::add(qint64 userId, const QString &kind, const QString &entity, qint64 entityId,
                              const QString &message)
{
    if (!userId)
        return {};
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO notifications (user_id, kind, entity, entity_id, message, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, userId);
    q.bindValue(1, kind);
    q.bindValue(2, entity);
    q.bindValue(3, entityId);
    q.bindValue(4, message);
    q.bindValue(5, toStoredTime(m_session.now()));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not record the notification."));
    m_session.announce(Session::Changed::Notifications);
    return {};
}

Result<QList<Notification>> NotificationStore::list(qint64 userId, bool unreadOnly, int limit) const
{
    if (!m_session.seesOwner(userId))
        return QList<Notification>();
    QSqlQuery q(m_session.db().connection());
    if (!run(q,
             QStringLiteral("SELECT id, kind, entity, entity_id, message, created_at, read_at FROM notifications n "
                            "WHERE user_id = ? AND ")
                 + aboutVisible(m_session) + (unreadOnly ? QStringLiteral(" AND read_at IS NULL") : QString())
                 + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
             {userId, limit}))
        return SqlErrors::from(q.lastError(), tr("Could not read the notifications."));
    QList<Notification> out;
    while (q.next())
        out << Notification{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                            q.value(4).toString(), fromStoredTime(q.value(5).toString()), !q.value(6).isNull()};
    return out;
}

Result<qint64> NotificationStore::unreadCount(qint64 userId) const
{
    if (!m_session.seesOwner(userId))
        return qint64(0);
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM notifications n WHERE user_id = ? AND read_at IS NULL AND ")
                    + aboutVisible(m_session),
             {userId})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read the notifications."));
    return q.value(0).toLongLong();
}

Status NotificationStore::markAllRead(qint64 userId)
{
    // Someone else's inbox outside the team is not this session's to clear.
    if (!m_session.seesOwner(userId))
        return {};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"),
             {toStoredTime(m_session.now()), userId}))
        return SqlErrors::from(q.lastError(), tr("Could not mark the notifications read."));
    m_session.announce(Session::Changed::Notifications);
    return {};
}

} // namespace guanxi
