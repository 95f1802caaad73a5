#include "leads/poolstore.h"


#include "leads/poolsql.h"
#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/retry.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "activities/notificationstore.h"
#include "team/teamsettings.h"
#include "team/userstore.h"
#include "platform/clock.h"

#include <QSqlQuery>

#include <functional>

namespace guanxi {

using sql::nullable;
using sql::run;
using namespace poolsql;

namespace {
const QString capKey = QStringLiteral("pool.claim_cap");
const QString cooldownKey = QStringLiteral("pool.cooldown_days");
const QString reclaimKey = QStringLiteral("pool.reclaim_after_days");
const QString warnKey = QStringLiteral("pool.warn_days_before");
const QString noWinKey = QStringLiteral("pool.reclaim_no_win_days");

// Locks a team member's row to the end of the transaction (on a server; a
// SQLite write transaction holds the whole file already), so that whatever
// counts their holdings and then gives them more runs one at a time.
Status lockUser(Session &session, qint64 userId)
{
    QSqlQuery q(session.db().connection());
    if (!run(q, QStringLiteral("SELECT id FROM users WHERE id = ?") + session.db().dialect().forUpdate(), {userId}))
        return SqlErrors::from(q.lastError(), PoolStore::tr("Could not count what you hold."));
    return {};
}
} // namespace

QString PoolStore::entityCode(PoolEntity entity)
{
    return entity == PoolEntity::Lead ? QStringLiteral("lead") : QStringLiteral("customer");
}

Result<PoolRules> PoolStore::rules() const
{
    TeamSettings settings(m_session);
    PoolRules r;
    for (auto [key, target] : {std::pair{capKey, &r.claimCap}, std::pair{cooldownKey, &r.cooldownDays},
                               std::pair{reclaimKey, &r.reclaimAfterDays}, std::pair{warnKey, &r.warnDaysBefore},
                               std::pair{noWinKey, &r.reclaimNoWinDays}}) {
        auto v = settings.integer(key, *target);
        if (!v)
            return v.error();
        *target = *v;
    }
    return r;
}

Status PoolStore::setRules(const PoolRules &r)
{
    if (Status s = m_session.require(Permission::EditPoolRules); !s)
        return s;
    if (r.claimCap < 1)
        return Error{tr("The claim limit must be at least 1."), {}, QStringLiteral("claim_cap")};
    if (r.cooldownDays < 0 || r.reclaimAfterDays < 0 || r.warnDaysBefore < 0 || r.reclaimNoWinDays < 0)
        return Error{tr("Days cannot be negative; use 0 to switch a rule off."), {}, QStringLiteral("days")};
    if (r.reclaimAfterDays > 0 && r.warnDaysBefore >= r.reclaimAfterDays)
        return Error{tr("The warning (%1 days before) must come after the record was assigned: make it shorter than "
                        "%2 days.").arg(r.warnDaysBefore).arg(r.reclaimAfterDays),
                     {}, QStringLiteral("warn_days_before")};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    TeamSettings settings(m_session);
    for (auto [key, value] : {std::pair{capKey, r.claimCap}, std::pair{cooldownKey, r.cooldownDays},
                              std::pair{reclaimKey, r.reclaimAfterDays}, std::pair{warnKey, r.warnDaysBefore},
                              std::pair{noWinKey, r.reclaimNoWinDays}})
        if (Status s = settings.setInteger(key, value); !s)
            return s;
    return tx.commit();
}

Result<qint64> PoolStore::count(PoolEntity entity) const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table(entity) + QStringLiteral(" WHERE owner_id IS NULL AND ")
                + liveCondition(entity))
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the public pool."));
    return q.value(0).toLongLong();
}

Result<QList<PoolItem>> PoolStore::list(PoolEntity entity, qint64 offset, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    const QString sql =
        entity == PoolEntity::Lead
            ? QStringLiteral("SELECT id, name, company, city, coalesce((SELECT max(moved_at) FROM pool_moves m WHERE m.entity = "
                             "'lead' AND m.entity_id = leads.id), created_at) FROM leads WHERE owner_id IS NULL AND status IN "
                             "('new', 'qualified') ORDER BY id DESC LIMIT ? OFFSET ?")
            : QStringLiteral("SELECT c.id, c.name, co.name, c.city, coalesce((SELECT max(moved_at) FROM pool_moves m WHERE "
                             "m.entity = 'customer' AND m.entity_id = c.id), c.created_at) FROM customers c LEFT JOIN customers co ON "
                             "co.id = c.company_id WHERE c.owner_id IS NULL AND c.deleted_at IS NULL "
                             "ORDER BY c.id DESC LIMIT ? OFFSET ?");
    if (!run(q, sql, {limit, offset}))
        return SqlErrors::from(q.lastError(), tr("Could not read the public pool."));
    QList<PoolItem> out;
    while (q.next()) {
        PoolItem item;
        item.entity = entity;
        item.id = q.value(0).toLongLong();
        item.name = q.value(1).toString();
        item.company = q.value(2).toString();
        item.city = q.value(3).toString();
        item.since = fromStoredTime(q.value(4).toString());
        out << item;
    }
    return out;
}

Result<qint64> PoolStore::holdings(qint64 userId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT (SELECT count(*) FROM leads WHERE owner_id = ? AND status IN ('new', 'qualified')) "
                               "+ (SELECT count(*) FROM customers WHERE owner_id = ? AND deleted_at IS NULL)"),
             {userId, userId})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count what you hold."));
    return q.value(0).toLongLong();
}

Result<QString> PoolStore::nameOf(PoolEntity entity, qint64 id, qint64 *owner) const
{
    // Another's record that this session does not see is not there for it.
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT name, owner_id, ") + liveCondition(entity) + QStringLiteral(" FROM ") + table(entity)
                    + QStringLiteral(" WHERE id = ? AND ") + m_session.visibleOwner(QStringLiteral("owner_id")),
             {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read the record."));
    if (!q.next() || !q.value(2).toBool())
        return Error{entity == PoolEntity::Lead ? tr("Lead %1 does not exist, or is converted or disqualified.").arg(id)
                                                : tr("Customer %1 does not exist or is in the trash.").arg(id),
                     {}, {}, ErrorKind::NotFound};
    if (owner)
        *owner = q.value(1).toLongLong();
    return q.value(0).toString();
}

Status PoolStore::insertMove(PoolEntity entity, qint64 id, const QString &action, qint64 from, qint64 to,
                             const QString &reason, const QString &failure)
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO pool_moves (entity, entity_id, action, from_user, to_user, reason, by_user, moved_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {entityCode(entity), id, action, from ? QVariant(from) : QVariant(),
                                 to ? QVariant(to) : QVariant(), reason.isEmpty() ? QVariant() : QVariant(reason),
                                 m_session.userId() ? QVariant(m_session.userId()) : QVariant(),
                                 toStoredTime(m_session.now())};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return SqlErrors::from(q.lastError(), failure);
    return {};
}

Status PoolStore::setOwnerInForm(qint64 customerId, qint64 from, qint64 to, const QString &customerName)
{
    const QString failure = tr("Could not save the customer “%1”.").arg(customerName);
    // A new owner starts a new reclaim clock. No row_version step: the
    // form's save (CustomerStore::update) counts once.
    QSqlQuery &owned =
        m_session.db().prepared(QStringLiteral("UPDATE customers SET owner_id = ?, owned_since = ? WHERE id = ?"));
    owned.bindValue(0, to ? QVariant(to) : QVariant());
    owned.bindValue(1, to ? QVariant(toStoredTime(m_session.now())) : QVariant());
    owned.bindValue(2, customerId);
    if (!owned.exec())
        return SqlErrors::from(owned.lastError(), failure);
    return insertMove(PoolEntity::Customer, customerId, to ? QStringLiteral("assign") : QStringLiteral("release"), from,
                      to, tr("owner changed in the form"), failure);
}

Status PoolStore::recordMove(PoolEntity entity, qint64 id, const QString &action, qint64 from, qint64 to,
                             const QString &reason)
{
    if (Status s = insertMove(entity, id, action, from, to, reason, tr("Could not record the move.")); !s)
        return s;
    Change c;
    c.entity = entityCode(entity);
    c.entityId = id;
    c.action = QStringLiteral("update");
    c.field = QStringLiteral("owner");
    c.oldValue = userName(m_session, from);
    c.newValue = userName(m_session, to);
    if (!reason.isEmpty())
        c.newValue += QStringLiteral(" (") + action + QStringLiteral(": ") + reason + u')';
    else
        c.newValue += QStringLiteral(" (") + action + u')';
    return ChangeLogStore(m_session).record(c);
}

void PoolStore::announce(PoolEntity entity, const QList<qint64> &ids)
{
    if (entity == PoolEntity::Lead)
        m_session.announce(Session::Changed::Leads, ids);
    else
        m_session.announce(Session::Changed::Customers, ids);
}

Status PoolStore::claim(PoolEntity entity, qint64 id)
{
    return retrying(m_session.db(), [&] { return claimOnce(entity, id); });
}

Status PoolStore::claimOnce(PoolEntity entity, qint64 id)
{
    const qint64 me = m_session.userId();
    if (!me)
        return Error{tr("Choose who you are in Settings before claiming from the pool."), {}, {}};
    auto r = rules();
    if (!r)
        return r.error();
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    // The claimer's own row stays locked to the end, so that two claims of
    // theirs (two windows, two computers) count their holdings one after the
    // other and cannot both pass the limit.
    if (Status s = lockUser(m_session, me); !s)
        return s;
    qint64 owner = 0;
    auto name = nameOf(entity, id, &owner);
    if (!name)
        return name.error();
    if (owner == me)
        return Error{tr("“%1” is yours already.").arg(*name), {}, {}};
    if (owner)
        return Error{tr("“%1” is not in the pool any more: %2 holds it. Pick another one from the pool.")
                         .arg(*name, userName(m_session, owner)),
                     {}, {}};
    auto held = holdings(me);
    if (!held)
        return held.error();
    if (*held >= r->claimCap)
        return Error{tr("You hold %n lead(s) and customer(s), the most anyone may hold when claiming (%1). Release or "
                        "convert some first, or ask a manager to raise the limit.", nullptr, int(*held))
                         .arg(r->claimCap),
                     {}, {}};
    if (r->cooldownDays > 0) {
        QSqlQuery q(m_session.db().connection());
        if (!run(q, QStringLiteral("SELECT max(moved_at) FROM pool_moves WHERE from_user = ? AND action IN ('release', "
                                   "'reclaim') AND entity = ? AND entity_id = ?"),
                 {me, entityCode(entity), id})
            || !q.next())
            return SqlErrors::from(q.lastError(), tr("Could not check when you last held “%1”.").arg(*name));
        const QDateTime released = fromStoredTime(q.value(0).toString());
        if (released.isValid() && released.addDays(r->cooldownDays) > m_session.now())
            return Error{tr("You gave “%1” back to the pool on %2; you can claim it again from %3, so that others get "
                            "a chance first.")
                             .arg(*name, released.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  released.addDays(r->cooldownDays).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         {}, {}};
    }
    QSqlQuery q(m_session.db().connection());
    // "AND owner_id IS NULL" makes a race with another claimer a no-op, not an overwrite.
    if (!run(q, QStringLiteral("UPDATE ") + table(entity) + QStringLiteral(" SET owner_id = ?, owned_since = ?, "
                                                                           "row_version = row_version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND owner_id IS NULL"),
             {me, toStoredTime(m_session.now()), toStoredTime(m_session.now()), me, id}))
        return SqlErrors::from(q.lastError(), tr("Could not claim “%1”.").arg(*name));
    if (q.numRowsAffected() != 1)
        return Error{tr("“%1” was just claimed by someone else; pick another one from the pool.").arg(*name), {}, {}};
    if (Status s = recordMove(entity, id, QStringLiteral("claim"), 0, me, QString()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    announce(entity, {id});
    return {};
}

Status PoolStore::release(PoolEntity entity, qint64 id, const QString &reason)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    qint64 owner = 0;
    auto name = nameOf(entity, id, &owner);
    if (!name)
        return name.error();
    if (!owner)
        return Error{tr("“%1” is in the pool already.").arg(*name), {}, {}};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE ") + table(entity) + QStringLiteral(" SET owner_id = NULL, owned_since = NULL, "
                                                                           "row_version = row_version + 1, updated_at = ?, updated_by = ? WHERE id = ?"),
             {toStoredTime(m_session.now()), m_session.userId() ? QVariant(m_session.userId()) : QVariant(), id}))
        return SqlErrors::from(q.lastError(), tr("Could not release “%1”.").arg(*name));
    if (Status s = recordMove(entity, id, QStringLiteral("release"), owner, 0, reason.simplified()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    announce(entity, {id});
    return {};
}

Result<int> PoolStore::releaseMany(PoolEntity entity, const QList<qint64> &ids, const QString &reason)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    int released = 0;
    for (qint64 id : ids) {
        qint64 owner = 0;
        if (auto name = nameOf(entity, id, &owner); !name)
            return name.error();
        if (!owner)
            continue;
        if (Status s = release(entity, id, reason); !s)
            return s.error();
        ++released;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return released;
}

Status PoolStore::assign(PoolEntity entity, const QList<qint64> &ids, qint64 userId, const QString &reason)
{
    return retrying(m_session.db(), [&] { return assignOnce(entity, ids, userId, reason); });
}

Status PoolStore::assignOnce(PoolEntity entity, const QList<qint64> &ids, qint64 userId, const QString &reason)
{
    auto user = UserStore(m_session).byId(userId);
    if (!user)
        return user.error();
    if (!user->active)
        return Error{tr("%1 is no longer active; assign to someone else.").arg(user->displayName), {}, {}};
    // A manager assigns within the team, a salesperson to themselves.
    if (!m_session.seesOwner(userId))
        return Error{tr("You can assign records only to the members of your team; %1 is not one of them. Ask their "
                        "manager or an administrator.")
                         .arg(user->displayName),
                     {}, QStringLiteral("user"), ErrorKind::Denied};
    auto r = rules();
    if (!r)
        return r.error();
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    // As in claim(): the assignee's holdings are counted under their row's lock.
    if (Status s = lockUser(m_session, userId); !s)
        return s;
    auto held = holdings(userId);
    if (!held)
        return held.error();
    qint64 adding = 0;
    QList<qint64> owners;
    for (qint64 id : ids) {
        qint64 owner = 0;
        auto name = nameOf(entity, id, &owner);
        if (!name)
            return name.error();
        owners << owner;
        if (owner != userId)
            ++adding;
    }
    if (*held + adding > r->claimCap)
        return Error{tr("%1 holds %n lead(s) and customer(s); %2 more would pass the limit of %3. Assign fewer, or raise "
                        "the limit in the pool rules.", nullptr, int(*held))
                         .arg(user->displayName)
                         .arg(adding)
                         .arg(r->claimCap),
                     {}, {}};
    QSqlQuery q(m_session.db().connection());
    for (int i = 0; i < ids.size(); ++i) {
        if (owners.at(i) == userId)
            continue;
        if (!run(q, QStringLiteral("UPDATE ") + table(entity) + QStringLiteral(" SET owner_id = ?, owned_since = ?, "
                                                                               "row_version = row_version + 1, "
                                                                               "updated_at = ?, updated_by = ? WHERE id = ?"),
                 {userId, toStoredTime(m_session.now()), toStoredTime(m_session.now()),
                  m_session.userId() ? QVariant(m_session.userId()) : QVariant(), ids.at(i)}))
            return SqlErrors::from(q.lastError(), tr("Could not assign record %1.").arg(ids.at(i)));
        if (Status s = recordMove(entity, ids.at(i), QStringLiteral("assign"), owners.at(i), userId, reason.simplified()); !s)
            return s;
        if (userId != m_session.userId()) {
            auto name = nameOf(entity, ids.at(i), nullptr);
            const QString what = entity == PoolEntity::Lead ? tr("New lead for you: %1").arg(name.value_or(QString()))
                                                            : tr("New customer for you: %1").arg(name.value_or(QString()));
            const QString message = reason.simplified().isEmpty() ? what : what + QStringLiteral(" (") + reason.simplified() + u')';
            if (Status s = NotificationStore(m_session).add(userId, QStringLiteral("assigned"), entityCode(entity), ids.at(i), message); !s)
                return s;
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    announce(entity, ids);
    return {};
}

Result<QList<PoolMove>> PoolStore::history(PoolEntity entity, qint64 id) const
{
    // Only the history of a record this session sees.
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT m.action, m.from_user, f.display_name, m.to_user, t.display_name, m.reason, "
                               "m.moved_at FROM pool_moves m LEFT JOIN users f ON f.id = m.from_user LEFT JOIN users t "
                               "ON t.id = m.to_user WHERE m.entity = ? AND m.entity_id = ? AND EXISTS (SELECT 1 FROM ")
                    + table(entity) + QStringLiteral(" r WHERE r.id = m.entity_id AND ")
                    + m_session.visibleOwner(QStringLiteral("r.owner_id"))
                    + QStringLiteral(") ORDER BY m.moved_at, m.id"),
             {entityCode(entity), id}))
        return SqlErrors::from(q.lastError(), tr("Could not read the pool history."));
    QList<PoolMove> out;
    while (q.next()) {
        PoolMove m;
        m.entity = entity;
        m.entityId = id;
        m.action = q.value(0).toString();
        m.fromUser = q.value(1).toLongLong();
        m.fromName = q.value(2).toString();
        m.toUser = q.value(3).toLongLong();
        m.toName = q.value(4).toString();
        m.reason = q.value(5).toString();
        m.at = fromStoredTime(q.value(6).toString());
        out << m;
    }
    return out;
}

} // namespace guanxi
