#include "platform/changelogstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

#include <QSqlQuery>
#include <QUuid>

namespace guanxi {

using sql::run;

QString ChangeLogStore::newBatch()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status ChangeLogStore::record(Change c)
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO change_log (entity, entity_id, action, field, old_value, new_value, user_id, "
        "changed_at, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 user = c.userId ? c.userId : m_session.userId();
    q.bindValue(0, c.entity);
    q.bindValue(1, c.entityId);
    q.bindValue(2, c.action);
    q.bindValue(3, c.field.isEmpty() ? QVariant() : QVariant(c.field));
    q.bindValue(4, c.oldValue.isNull() ? QVariant() : QVariant(c.oldValue));
    q.bindValue(5, c.newValue.isNull() ? QVariant() : QVariant(c.newValue));
    q.bindValue(6, user ? QVariant(user) : QVariant());
    q.bindValue(7, toStoredTime(c.changedAt.isValid() ? c.changedAt : m_session.now()));
    q.bindValue(8, c.batch.isEmpty() ? QVariant() : QVariant(c.batch));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not record the change in the history."));
    return {};
}

Result<QList<Change>> ChangeLogStore::history(const QString &entity, qint64 entityId, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral(
            "SELECT l.id, l.action, l.field, l.old_value, l.new_value, l.user_id, u.display_name, "
            "l.changed_at, l.batch FROM change_log l LEFT JOIN users u ON u.id = l.user_id "
            "WHERE l.entity = ? AND l.entity_id = ? ORDER BY l.id DESC LIMIT ?"),
             {entity, entityId, limit}))
        return SqlErrors::from(q.lastError(), tr("Could not read the history."));
    QList<Change> out;
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        c.entity = entity;
        c.entityId = entityId;
        c.action = q.value(1).toString();
        c.field = q.value(2).toString();
        c.oldValue = q.value(3).toString();
        c.newValue = q.value(4).toString();
        c.userId = q.value(5).toLongLong();
        c.userName = q.value(6).toString();
        c.changedAt = fromStoredTime(q.value(7).toString());
        c.batch = q.value(8).toString();
        out << c;
    }
    return out;
}

} // namespace guanxi
