// PoolStore: the rules that return records nobody followed up (or won) to the
// pool, and the warnings before they do.
#include "leads/poolstore.h"

#include "activities/notificationstore.h"
#include "leads/poolsql.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QSqlQuery>

#include <functional>

namespace guanxi {

using sql::run;
using namespace poolsql;

namespace {
// A customer's last win: its latest deal closed in a won stage, or when its
// owner got it, or when it was created.
QString lastWin(const SqlDialect &d, const QString &alias = {})
{
    return d.greatest(d.greatest(QStringLiteral("coalesce((SELECT max(d.closed_at) FROM deals d JOIN deal_stages s ON "
                                                "s.id = d.stage_id WHERE d.customer_id = %1id AND s.kind = 'won'), '')")
                                     .arg(alias),
                                 QStringLiteral("coalesce(%1owned_since, '')").arg(alias)),
                      alias + QStringLiteral("created_at"));
}
} // namespace

Result<QList<PoolMove>> PoolStore::reclaimable(PoolEntity entity, const QString &sql, const QString &cutoff,
                                                const std::function<QString(const QDateTime &)> &why) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, {cutoff}))
        return SqlErrors::from(q.lastError(), tr("Could not find records to return to the pool."));
    QList<PoolMove> out;
    while (q.next()) {
        PoolMove m;
        m.entity = entity;
        m.entityId = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.action = QStringLiteral("reclaim");
        m.fromUser = q.value(2).toLongLong();
        m.fromName = userName(m_session, m.fromUser);
        m.reason = why(fromStoredTime(q.value(3).toString()));
        m.at = m_session.now();
        out << m;
    }
    return out;
}

Status PoolStore::returnToPool(PoolEntity entity, const QList<PoolMove> &moves)
{
    QSqlQuery &update = m_session.db().prepared(QStringLiteral("UPDATE ") + table(entity) + QStringLiteral(
        " SET owner_id = NULL, owned_since = NULL, row_version = row_version + 1 WHERE id = ?"));
    for (const PoolMove &m : moves) {
        update.bindValue(0, m.entityId);
        if (!update.exec())
            return SqlErrors::from(update.lastError(), tr("Could not return “%1” to the pool.").arg(m.name));
        if (Status s = recordMove(entity, m.entityId, m.action, m.fromUser, 0, m.reason); !s)
            return s;
        if (Status s = NotificationStore(m_session).add(m.fromUser, QStringLiteral("reclaimed"), entityCode(entity),
                                                        m.entityId,
                                                        tr("“%1” went back to the public pool: %2").arg(m.name, m.reason));
            !s)
            return s;
    }
    return {};
}

Result<QList<PoolMove>> PoolStore::reclaim()
{
    auto r = rules();
    if (!r)
        return r.error();
    QList<PoolMove> moved;
    if (r->reclaimAfterDays <= 0 && r->reclaimNoWinDays <= 0)
        return moved;
    const auto day = [](const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")); };
    const SqlDialect &d = m_session.db().dialect();
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    for (PoolEntity entity : {PoolEntity::Lead, PoolEntity::Customer}) {
        if (r->reclaimAfterDays <= 0)
            break;
        auto batch = reclaimable(entity,
                                 QStringLiteral("SELECT id, name, owner_id, ") + lastActivity(d, entity)
                                     + QStringLiteral(" FROM ") + table(entity)
                                     + QStringLiteral(" WHERE owner_id IS NOT NULL AND ") + liveCondition(entity)
                                     + QStringLiteral(" AND ") + lastActivity(d, entity) + QStringLiteral(" < ?"),
                                 toStoredTime(m_session.now().addDays(-r->reclaimAfterDays)),
                                 [&](const QDateTime &last) {
                                     return tr("no follow-up for %n day(s) (last activity %1)", nullptr, r->reclaimAfterDays)
                                         .arg(day(last));
                                 });
        if (!batch)
            return batch.error();
        if (Status s = returnToPool(entity, *batch); !s)
            return s.error();
        moved += *batch;
    }
    if (r->reclaimNoWinDays > 0) {
        auto batch = reclaimable(PoolEntity::Customer,
                                 QStringLiteral("SELECT c.id, c.name, c.owner_id, ") + lastWin(d, QStringLiteral("c."))
                                     + QStringLiteral(" FROM customers c WHERE c.owner_id IS NOT NULL AND "
                                                      "c.deleted_at IS NULL AND ")
                                     + lastWin(d, QStringLiteral("c.")) + QStringLiteral(" < ?"),
                                 toStoredTime(m_session.now().addDays(-r->reclaimNoWinDays)),
                                 [&](const QDateTime &since) {
                                     return tr("no won deal for %n day(s) (since %1)", nullptr, r->reclaimNoWinDays).arg(day(since));
                                 });
        if (!batch)
            return batch.error();
        if (Status s = returnToPool(PoolEntity::Customer, *batch); !s)
            return s.error();
        moved += *batch;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    QList<qint64> leads, customers;
    for (const PoolMove &m : std::as_const(moved))
        (m.entity == PoolEntity::Lead ? leads : customers) << m.entityId;
    if (!leads.isEmpty())
        announce(PoolEntity::Lead, leads);
    if (!customers.isEmpty())
        announce(PoolEntity::Customer, customers);
    return moved;
}

Result<QList<PoolItem>> PoolStore::warnings(qint64 userId) const
{
    auto r = rules();
    if (!r)
        return r.error();
    QList<PoolItem> out;
    const SqlDialect &d = m_session.db().dialect();
    const QString t = QStringLiteral("t.");
    // One pass per rule: what it will return to the pool within the warning days.
    struct Rule {
        int days;
        QList<PoolEntity> entities;
        std::function<QString(PoolEntity)> since;
    };
    const QList<Rule> passes = {
        {r->reclaimAfterDays, {PoolEntity::Lead, PoolEntity::Customer}, [&](PoolEntity e) { return lastActivity(d, e, t); }},
        {r->reclaimNoWinDays, {PoolEntity::Customer}, [&](PoolEntity) { return lastWin(d, t); }},
    };
    for (const Rule &rule : passes) {
        if (rule.days <= 0)
            continue;
        const QString from = toStoredTime(m_session.now().addDays(-rule.days));
        const QString to = toStoredTime(m_session.now().addDays(-qMax(0, rule.days - r->warnDaysBefore)));
        for (PoolEntity entity : rule.entities) {
            QSqlQuery q(m_session.db().connection());
            QVariantList values = {from, to};
            const QString since = rule.since(entity);
            QString sql = QStringLiteral("SELECT t.id, t.name, t.city, ") + since + QStringLiteral(", u.display_name FROM ")
                          + table(entity)
                          + QStringLiteral(" t LEFT JOIN users u ON u.id = t.owner_id WHERE t.owner_id IS NOT NULL AND ")
                          + m_session.visibleOwner(QStringLiteral("t.owner_id")) + QStringLiteral(" AND ")
                          + liveCondition(entity, t) + QStringLiteral(" AND ") + since + QStringLiteral(" >= ? AND ") + since
                          + QStringLiteral(" < ?");
            if (userId) {
                sql += QStringLiteral(" AND t.owner_id = ?");
                values << userId;
            }
            sql += QStringLiteral(" ORDER BY 4 LIMIT 1000");
            if (!run(q, sql, values))
                return SqlErrors::from(q.lastError(), tr("Could not read what returns to the pool soon."));
            while (q.next()) {
                PoolItem item;
                item.entity = entity;
                item.id = q.value(0).toLongLong();
                item.name = q.value(1).toString();
                item.city = q.value(2).toString();
                item.since = fromStoredTime(q.value(3).toString());
                item.reclaimAt = item.since.addDays(rule.days);
                item.ownerName = q.value(4).toString();
                out << item;
            }
        }
    }
    return out;
}

} // namespace guanxi
