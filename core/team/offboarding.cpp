#include "team/offboarding.h"

#include "leads/poolstore.h"
#include "platform/change.h"
#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "team/userstore.h"

#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {
QString nameOf(Session &session, qint64 userId)
{
    if (!userId)
        return {};
    auto u = UserStore(session).byId(userId);
    return u ? u->displayName : QString::number(userId);
}
} // namespace

Result<QList<qint64>> Offboarding::owned(const QString &sql, qint64 userId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, {userId}))
        return SqlErrors::from(q.lastError(), tr("Could not read what the team member holds."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<int> Offboarding::moveOwner(const QString &entity, const QString &table, const QList<qint64> &ids,
                                   qint64 from, qint64 to)
{
    const QString now = toStoredTime(m_session.now());
    const QString fromName = nameOf(m_session, from);
    const QString toName = nameOf(m_session, to);
    const QString batch = ChangeLogStore::newBatch();
    QSqlQuery q(m_session.db().connection());
    for (qint64 id : ids) {
        if (!run(q, QStringLiteral("UPDATE ") + table
                        + QStringLiteral(" SET owner_id = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                 {sql::nullable(to), now, sql::nullable(m_session.userId()), id}))
            return SqlErrors::from(q.lastError(), tr("Could not hand over record %1.").arg(id));
        Change c;
        c.entity = entity;
        c.entityId = id;
        c.action = QStringLiteral("update");
        c.field = QStringLiteral("owner");
        c.oldValue = fromName;
        c.newValue = toName;
        c.batch = batch;
        if (Status s = ChangeLogStore(m_session).record(c); !s)
            return s.error();
    }
    return int(ids.size());
}

// The leaver's manager when active, else the administrator doing this; a
// session without a user (a file without logins) picks its first active
// administrator.
Result<qint64> Offboarding::salesHeir(qint64 from) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT m.id FROM users u JOIN users m ON m.id = u.manager_id "
                               "WHERE u.id = ? AND m.active = 1 AND m.id <> u.id"),
             {from}))
        return SqlErrors::from(q.lastError(), tr("Could not read who manages the team member."));
    if (q.next())
        return q.value(0).toLongLong();
    if (m_session.userId() && m_session.userId() != from)
        return m_session.userId();
    if (!run(q, QStringLiteral("SELECT id FROM users WHERE role = 'admin' AND active = 1 AND id <> ? ORDER BY id "
                               "LIMIT 1"),
             {from}))
        return SqlErrors::from(q.lastError(), tr("Could not read the administrators."));
    if (q.next())
        return q.value(0).toLongLong();
    return Error{tr("Nobody can take over the deals and orders of this team member: name a manager or an active "
                    "administrator first."),
                 {}, QStringLiteral("to"), ErrorKind::Invalid};
}

Result<int> Offboarding::moveSales(qint64 from, qint64 to, Handover &h)
{
    auto deals = owned(QStringLiteral("SELECT d.id FROM deals d JOIN deal_stages s ON s.id = d.stage_id "
                                      "WHERE d.owner_id = ? AND s.kind = 'open' ORDER BY d.id"), from);
    if (!deals)
        return deals.error();
    auto dealsMoved = moveOwner(QStringLiteral("deal"), QStringLiteral("deals"), *deals, from, to);
    if (!dealsMoved)
        return dealsMoved.error();
    h.deals = *dealsMoved;
    auto orders = owned(QStringLiteral("SELECT id FROM orders WHERE owner_id = ? ORDER BY id"), from);
    if (!orders)
        return orders.error();
    auto ordersMoved = moveOwner(QStringLiteral("order"), QStringLiteral("orders"), *orders, from, to);
    if (!ordersMoved)
        return ordersMoved.error();
    h.orders = *ordersMoved;
    return h.deals + h.orders;
}

Result<Handover> Offboarding::handOver(qint64 from, qint64 to)
{
    const QString reason = tr("%1 left the team").arg(nameOf(m_session, from));
    Handover h;
    auto customers = owned(QStringLiteral("SELECT id FROM customers WHERE owner_id = ? AND deleted_at IS NULL "
                                          "ORDER BY id"), from);
    if (!customers)
        return customers.error();
    auto leads = owned(QStringLiteral("SELECT id FROM leads WHERE owner_id = ? AND status IN ('new', 'qualified') "
                                      "ORDER BY id"), from);
    if (!leads)
        return leads.error();
    PoolStore pool(m_session);
    for (auto [entity, ids] : {std::pair{PoolEntity::Customer, *customers}, std::pair{PoolEntity::Lead, *leads}}) {
        if (ids.isEmpty())
            continue;
        Status moved;
        if (to) {
            moved = pool.assign(entity, ids, to, reason);
        } else if (auto released = pool.releaseMany(entity, ids, reason); !released) {
            moved = released.error();
        }
        if (!moved)
            return moved.error();
    }
    h.customers = int(customers->size());
    h.leads = int(leads->size());
    auto trashed = owned(QStringLiteral("SELECT id FROM customers WHERE owner_id = ? AND deleted_at IS NOT NULL "
                                        "ORDER BY id"), from);
    if (!trashed)
        return trashed.error();
    if (auto n = moveOwner(QStringLiteral("customer"), QStringLiteral("customers"), *trashed, from, to); !n)
        return n.error();
    auto heir = to ? Result<qint64>(to) : salesHeir(from);
    if (!heir)
        return heir.error();
    h.salesTo = *heir;
    if (auto n = moveSales(from, h.salesTo, h); !n)
        return n.error();
    return h;
}

} // namespace guanxi
