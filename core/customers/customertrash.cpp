// CustomerStore: the trash. Delete moves there; restore brings back; purge is
// explicit and final.
#include "customers/customerstore.h"

#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QSqlQuery>

namespace guanxi {

Status CustomerStore::setDeleted(const QList<qint64> &ids, bool deleted)
{
    m_liveCompanies.clear();
    if (ids.isEmpty())
        return {};
    if (Status s = checkVisible(ids); !s)
        return s;
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    const QString batch = ChangeLogStore::newBatch();
    ChangeLogStore log(m_session);
    const QString now = toStoredTime(m_session.now());
    for (qint64 id : ids) {
        QSqlQuery &q = m_session.db().prepared(
            deleted ? QStringLiteral("UPDATE customers SET deleted_at = ?, deleted_by = ?, "
                                     "row_version = row_version + 1 WHERE id = ? AND deleted_at IS NULL")
                    : QStringLiteral("UPDATE customers SET deleted_at = NULL, deleted_by = NULL, "
                                     "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND deleted_at IS NOT NULL"));
        q.bindValue(0, now);
        q.bindValue(1, m_session.userId() ? QVariant(m_session.userId()) : QVariant());
        q.bindValue(2, id);
        if (!q.exec())
            return SqlErrors::from(q.lastError(), deleted ? tr("Could not move the customers to the trash.")
                                                          : tr("Could not restore the customers."));
        if (q.numRowsAffected() == 0)
            continue; // already where it should be
        Change c;
        c.entity = QStringLiteral("customer");
        c.entityId = id;
        c.action = deleted ? QStringLiteral("delete") : QStringLiteral("restore");
        c.batch = batch;
        if (Status s = log.record(c); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Customers, ids);
    return {};
}

Status CustomerStore::moveToTrash(const QList<qint64> &ids)
{
    if (Status s = m_session.require(Permission::Delete); !s)
        return s;
    return setDeleted(ids, true);
}

Status CustomerStore::restore(const QList<qint64> &ids)
{
    return setDeleted(ids, false);
}

Status CustomerStore::purge(const QList<qint64> &ids)
{
    m_liveCompanies.clear();
    if (ids.isEmpty())
        return {};
    if (Status s = m_session.require(Permission::Purge); !s)
        return s;
    if (Status s = checkVisible(ids); !s)
        return s;
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    const QString batch = ChangeLogStore::newBatch();
    ChangeLogStore log(m_session);
    for (qint64 id : ids) {
        QSqlQuery &name = m_session.db().prepared(
            QStringLiteral("SELECT name FROM customers WHERE id = ? AND deleted_at IS NOT NULL"));
        name.bindValue(0, id);
        if (!name.exec())
            return SqlErrors::from(name.lastError(), tr("Could not empty the trash."));
        if (!name.next())
            return Error{tr("Customer %1 is not in the trash; only customers in the trash can be "
                            "purged.").arg(id),
                         {}, {}};
        const QString oldName = name.value(0).toString();
        name.finish();
        // People of a purged company lose the link (ON DELETE SET NULL); their
        // search keys must lose its name too.
        QList<qint64> members;
        QSqlQuery &m = m_session.db().prepared(QStringLiteral("SELECT id FROM customers WHERE company_id = ?"));
        m.bindValue(0, id);
        if (!m.exec())
            return SqlErrors::from(m.lastError(), tr("Could not purge “%1”.").arg(oldName));
        while (m.next())
            members << m.value(0).toLongLong();
        if (Status s = m_index.remove(id); !s)
            return Error{tr("Could not purge “%1”.").arg(oldName), s.error().detail, {}, s.error().kind};
        QSqlQuery &q = m_session.db().prepared(QStringLiteral("DELETE FROM customers WHERE id = ?"));
        q.bindValue(0, id);
        if (!q.exec())
            return SqlErrors::from(q.lastError(), tr("Could not purge “%1”.").arg(oldName));
        for (qint64 member : members)
            if (Status s = m_index.refresh(member); !s)
                return s;
        Change c;
        c.entity = QStringLiteral("customer");
        c.entityId = id;
        c.action = QStringLiteral("purge");
        c.oldValue = oldName;
        c.batch = batch;
        if (Status s = log.record(c); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Customers, ids);
    return {};
}

Result<QList<TrashEntry>> CustomerStore::trash() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT c.id, c.name, c.kind, c.deleted_at, u.display_name "
                               "FROM customers c LEFT JOIN users u ON u.id = c.deleted_by "
                               "WHERE c.deleted_at IS NOT NULL AND %1 ORDER BY c.deleted_at DESC, c.id")
                    .arg(m_session.visibleOwner(QStringLiteral("c.owner_id")))))
        return SqlErrors::from(q.lastError(), tr("Could not read the trash."));
    QList<TrashEntry> out;
    while (q.next())
        out << TrashEntry{q.value(0).toLongLong(), q.value(1).toString(),
                          Customers::kindFromCode(q.value(2).toString()).value_or(CustomerKind::Person),
                          fromStoredTime(q.value(3).toString()), q.value(4).toString()};
    return out;
}

} // namespace guanxi
