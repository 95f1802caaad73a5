#include "activities/followupstore.h"

#include "customers/customerstore.h"
#include "customers/phonemask.h"
#include "leads/leadstore.h"
#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/enumtable.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "platform/clock.h"
#include "sales/dealstore.h"

#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {
constexpr BuiltInName builtInFollowUpChannels[] = {
    {"phone", QT_TRANSLATE_NOOP("FollowUpStore", "Phone")},
    {"wechat", QT_TRANSLATE_NOOP("FollowUpStore", "WeChat")},
    {"email", QT_TRANSLATE_NOOP("FollowUpStore", "E-mail")},
    {"sms", QT_TRANSLATE_NOOP("FollowUpStore", "SMS")},
    {"visit", QT_TRANSLATE_NOOP("FollowUpStore", "Visit")},
    {"meeting", QT_TRANSLATE_NOOP("FollowUpStore", "Meeting")},
    {"online_chat", QT_TRANSLATE_NOOP("FollowUpStore", "Online chat")},
    {"other", QT_TRANSLATE_NOOP("FollowUpStore", "Other")},
};

// True for an interaction (alias i) whose customer or lead the session sees.
QString interactionVisible(const Session &session)
{
    if (session.access().seesAll)
        return Session::everything();
    return QStringLiteral("(CASE WHEN i.customer_id IS NOT NULL THEN EXISTS (SELECT 1 FROM customers v WHERE v.id = "
                          "i.customer_id AND %1) ELSE EXISTS (SELECT 1 FROM leads v WHERE v.id = i.lead_id AND %1) END)")
        .arg(session.visibleOwner(QStringLiteral("v.owner_id")));
}
} // namespace

QString FollowUpStore::channelDisplayName(const FollowUpChannel &c)
{
    return builtInName("FollowUpStore", builtInFollowUpChannels, c.code, c.name);
}

Result<QList<FollowUpChannel>> FollowUpStore::channels(bool includeArchived) const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(includeArchived ? QStringLiteral("SELECT id, code, name, archived FROM follow_up_channels ORDER BY position, id")
                                : QStringLiteral("SELECT id, code, name, archived FROM follow_up_channels WHERE archived = 0 "
                                                 "ORDER BY position, id")))
        return SqlErrors::from(q.lastError(), tr("Could not read the follow-up channels."));
    QList<FollowUpChannel> out;
    while (q.next())
        out << FollowUpChannel{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    return out;
}

Result<qint64> FollowUpStore::findChannel(const QString &codeOrName) const
{
    auto all = channels(true);
    if (!all)
        return all.error();
    QStringList known;
    for (const FollowUpChannel &c : *all) {
        if (c.code == codeOrName || c.name.compare(codeOrName, Qt::CaseInsensitive) == 0
            || channelDisplayName(c) == codeOrName)
            return c.id;
        known << (c.code.isEmpty() ? c.name : c.code);
    }
    return Error{tr("There is no follow-up channel “%1”. Known channels: %2.")
                     .arg(codeOrName, known.join(QStringLiteral(", "))),
                 {}, QStringLiteral("channel")};
}

Result<qint64> FollowUpStore::addChannel(const QString &name)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s.error();
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{tr("Enter a name for the channel, e.g. 钉钉 or LinkedIn."), {}, QStringLiteral("name")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO follow_up_channels (name, position) "
                               "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM follow_up_channels)) RETURNING id"),
             {n})
        || !q.next())
        // A unique constraint: SQLite's extended code, PostgreSQL's SQLSTATE.
        return q.lastError().nativeErrorCode() == QStringLiteral("2067")
                       || q.lastError().nativeErrorCode() == QStringLiteral("23505")
                   ? Result<qint64>(Error{tr("A channel named “%1” exists already.").arg(n), {}, QStringLiteral("name")})
                   : Result<qint64>(SqlErrors::from(q.lastError(), tr("Could not add the channel.")));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status FollowUpStore::archiveChannel(qint64 id)
{
    if (Status s = m_session.require(Permission::EditStagesChannels); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE follow_up_channels SET archived = 1 WHERE id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not remove the channel."));
    return {};
}

Result<qint64> FollowUpStore::insertInteraction(const Interaction &i, qint64 user, const QString &name,
                                                const QString &now)
{
    QSqlQuery &ins = m_session.db().prepared(QStringLiteral(
        "INSERT INTO interactions (customer_id, lead_id, deal_id, channel_id, occurred_at, summary, feedback, outcome, "
        "next_follow_up, next_action, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QVariantList values = {i.customerId ? QVariant(i.customerId) : QVariant(),
                                 i.leadId ? QVariant(i.leadId) : QVariant(),
                                 i.dealId ? QVariant(i.dealId) : QVariant(),
                                 i.channelId ? QVariant(i.channelId) : QVariant(),
                                 toStoredTime(i.occurredAt),
                                 i.summary,
                                 i.feedback.isEmpty() ? QVariant() : QVariant(i.feedback),
                                 i.outcome.isEmpty() ? QVariant() : QVariant(i.outcome),
                                 i.nextFollowUp.isValid() ? QVariant(toStoredDate(i.nextFollowUp)) : QVariant(),
                                 i.nextAction.isEmpty() ? QVariant() : QVariant(i.nextAction),
                                 user ? QVariant(user) : QVariant(),
                                 now};
    for (int k = 0; k < values.size(); ++k)
        ins.bindValue(k, values.at(k));
    if (!ins.exec() || !ins.next())
        return SqlErrors::from(ins.lastError(), tr("Could not log the follow-up with “%1”.").arg(name));
    const qint64 id = ins.value(0).toLongLong();
    ins.finish();
    return id;
}

Status FollowUpStore::logChanges(qint64 id, const QString &summary, bool forLead, qint64 recordId,
                                 const QString &oldNext, const QString &newNext)
{
    ChangeLogStore log(m_session);
    const QString batch = ChangeLogStore::newBatch();
    if (Status s = log.record(Change::created(QStringLiteral("interaction"), id, summary.left(200), batch)); !s)
        return s;
    if (oldNext != newNext) {
        Change moved;
        moved.entity = forLead ? QStringLiteral("lead") : QStringLiteral("customer");
        moved.entityId = recordId;
        moved.action = QStringLiteral("update");
        moved.field = QStringLiteral("next_follow_up");
        moved.oldValue = oldNext.isNull() ? QStringLiteral("") : oldNext;
        moved.newValue = newNext.isNull() ? QStringLiteral("") : newNext;
        moved.batch = batch;
        if (Status s = log.record(moved); !s)
            return s;
    }
    return {};
}

Result<qint64> FollowUpStore::log(Interaction i, LoggedFollowUp *logged)
{
    const QList<Error> problems = Interactions::validate(i, m_session.now(), m_session.today());
    if (!problems.isEmpty())
        return problems.first();
    Database &db = m_session.db();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // A follow-up about a deal is also one with the deal's customer.
    if (i.dealId) {
        QSqlQuery &d = db.prepared(QStringLiteral("SELECT customer_id FROM deals d WHERE id = ? AND ")
                                   + m_session.visibleOwner(QStringLiteral("d.owner_id")));
        d.bindValue(0, i.dealId);
        if (!d.exec())
            return SqlErrors::from(d.lastError(), tr("Could not log the follow-up."));
        if (!d.next())
            return Error{tr("There is no deal with number %1.").arg(i.dealId), {}, QStringLiteral("deal"), ErrorKind::NotFound};
        i.customerId = d.value(0).toLongLong();
        d.finish();
    }
    const bool forLead = i.customerId == 0;
    const QString table = forLead ? QStringLiteral("leads") : QStringLiteral("customers");
    const qint64 recordId = forLead ? i.leadId : i.customerId;
    // Only about a record this session sees; another's is not there for it.
    QSqlQuery &c = db.prepared((forLead ? QStringLiteral("SELECT name, next_follow_up, last_contact_at, NULL FROM leads r "
                                                         "WHERE id = ? AND status IN ('new', 'qualified') AND ")
                                        : QStringLiteral("SELECT name, next_follow_up, last_contact_at, next_action FROM "
                                                         "customers r WHERE id = ? AND deleted_at IS NULL AND "))
                               + m_session.visibleOwner(QStringLiteral("r.owner_id")));
    c.bindValue(0, recordId);
    if (!c.exec())
        return SqlErrors::from(c.lastError(), tr("Could not log the follow-up."));
    if (!c.next())
        return forLead ? Error{tr("Lead %1 does not exist, or is converted or disqualified.").arg(recordId), {},
                               QStringLiteral("lead"), ErrorKind::NotFound}
                       : Error{tr("Customer %1 does not exist or is in the trash; restore it before logging a follow-up.")
                                   .arg(recordId),
                               {}, QStringLiteral("customer"), ErrorKind::NotFound};
    const QString name = c.value(0).toString();
    const QString oldNext = c.value(1).toString();
    const QDateTime lastContact = fromStoredTime(c.value(2).toString());
    LoggedFollowUp before{0, c.value(2).toString(), oldNext, c.value(3).toString()};
    c.finish();

    const qint64 user = i.userId ? i.userId : m_session.userId();
    // One time for the interaction and the record it moves.
    const QString now = toStoredTime(m_session.now());
    auto inserted = insertInteraction(i, user, name, now);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;

    // The last contact only moves forward (a follow-up logged late for last
    // week does not make the record look less recent).
    const QDateTime newLast = lastContact.isValid() && lastContact > i.occurredAt ? lastContact : i.occurredAt;
    const QString newNext = toStoredDate(i.nextFollowUp);
    const QString failure = tr("Could not log the follow-up with “%1”.").arg(name);
    FollowUpColumns columns;
    columns.lastContact = toStoredTime(newLast);
    columns.nextFollowUp = newNext.isEmpty() ? QVariant() : QVariant(newNext);
    if (!forLead)
        columns.nextAction = i.nextAction.isEmpty() ? QVariant() : QVariant(i.nextAction);
    columns.updatedBy = user ? QVariant(user) : QVariant();
    columns.updatedAt = now;
    if (Status s = forLead ? LeadStore(m_session).setFollowUpColumns(recordId, columns, failure)
                           : CustomerStore(m_session).setFollowUpColumns(recordId, columns, failure);
        !s)
        return s.error();
    if (i.dealId)
        if (Status s = DealStore(m_session).touchActivity(i.dealId, toStoredTime(newLast), failure); !s)
            return s.error();

    if (Status s = logChanges(id, i.summary, forLead, recordId, oldNext, newNext); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (forLead)
        m_session.announce(Session::Changed::Leads, {i.leadId});
    else
        m_session.announce(Session::Changed::Customers, {i.customerId});
    if (i.dealId)
        m_session.announce(Session::Changed::Deals, {i.dealId});
    if (logged) {
        before.interactionId = id;
        *logged = before;
    }
    return id;
}

Status FollowUpStore::unlog(const LoggedFollowUp &logged)
{
    Database &db = m_session.db();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(db.connection());
    if (!run(q, QStringLiteral("SELECT customer_id, lead_id, deal_id, next_follow_up, summary FROM interactions i WHERE id = ? AND ")
                    + interactionVisible(m_session),
             {logged.interactionId}))
        return SqlErrors::from(q.lastError(), tr("Could not take back the follow-up."));
    if (!q.next())
        return Error{tr("Follow-up %1 does not exist any more; there is nothing to take back.").arg(logged.interactionId),
                     {}, {}, ErrorKind::NotFound};
    const qint64 customerId = q.value(0).toLongLong();
    const qint64 leadId = q.value(1).toLongLong();
    const qint64 dealId = q.value(2).toLongLong();
    const QString next = q.value(3).toString();
    const QString summary = q.value(4).toString();
    q.finish();
    const bool forLead = customerId == 0;
    const QVariant user = m_session.userId() ? QVariant(m_session.userId()) : QVariant();
    const auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    if (!run(q, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {logged.interactionId}))
        return SqlErrors::from(q.lastError(), tr("Could not take back the follow-up."));
    FollowUpColumns columns;
    columns.lastContact = orNull(logged.lastContactBefore);
    columns.nextFollowUp = orNull(logged.nextFollowUpBefore);
    if (!forLead)
        columns.nextAction = orNull(logged.nextActionBefore);
    columns.updatedBy = user;
    const QString failure = tr("Could not take back the follow-up.");
    if (Status s = forLead ? LeadStore(m_session).setFollowUpColumns(leadId, columns, failure)
                           : CustomerStore(m_session).setFollowUpColumns(customerId, columns, failure);
        !s)
        return s;

    ChangeLogStore log(m_session);
    const QString batch = ChangeLogStore::newBatch();
    Change removed;
    removed.entity = QStringLiteral("interaction");
    removed.entityId = logged.interactionId;
    removed.action = QStringLiteral("delete");
    removed.oldValue = summary.left(200);
    removed.batch = batch;
    if (Status s = log.record(removed); !s)
        return s;
    if (next != logged.nextFollowUpBefore) {
        Change moved;
        moved.entity = forLead ? QStringLiteral("lead") : QStringLiteral("customer");
        moved.entityId = forLead ? leadId : customerId;
        moved.action = QStringLiteral("update");
        moved.field = QStringLiteral("next_follow_up");
        moved.oldValue = next;
        moved.newValue = logged.nextFollowUpBefore;
        moved.batch = batch;
        if (Status s = log.record(moved); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (forLead)
        m_session.announce(Session::Changed::Leads, {leadId});
    else
        m_session.announce(Session::Changed::Customers, {customerId});
    if (dealId)
        m_session.announce(Session::Changed::Deals, {dealId});
    return {};
}

Result<QList<Interaction>> FollowUpStore::forCustomer(qint64 customerId, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral(
            "SELECT i.id, i.channel_id, ch.code, ch.name, i.occurred_at, i.summary, i.feedback, i.outcome, "
            "i.next_follow_up, i.next_action, i.user_id, u.display_name FROM interactions i "
            "LEFT JOIN follow_up_channels ch ON ch.id = i.channel_id LEFT JOIN users u ON u.id = i.user_id "
            "WHERE i.customer_id = ? AND ") + interactionVisible(m_session)
                    + QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"),
             {customerId, limit}))
        return SqlErrors::from(q.lastError(), tr("Could not read the follow-ups."));
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.customerId = customerId;
        i.channelId = q.value(1).toLongLong();
        i.channelName = q.value(1).isNull() ? QString()
                                            : channelDisplayName({i.channelId, q.value(2).toString(), q.value(3).toString(), false});
        i.occurredAt = fromStoredTime(q.value(4).toString());
        i.summary = q.value(5).toString();
        i.feedback = q.value(6).toString();
        i.outcome = q.value(7).toString();
        i.nextFollowUp = fromStoredDate(q.value(8).toString());
        i.nextAction = q.value(9).toString();
        i.userId = q.value(10).toLongLong();
        i.userName = q.value(11).toString();
        out << i;
    }
    return out;
}

Status FollowUpStore::snooze(qint64 customerId, const QDate &newDate, QDate *before)
{
    if (!newDate.isValid() || newDate < m_session.today())
        return Error{tr("Snooze to today or a later day."), {}, QStringLiteral("next_follow_up")};
    return setNextFollowUp(customerId, newDate, before, tr("Could not snooze the follow-up."));
}

Status FollowUpStore::unsnooze(qint64 customerId, const QDate &before)
{
    return setNextFollowUp(customerId, before, nullptr, tr("Could not put the follow-up back on its day."));
}

Status FollowUpStore::setNextFollowUp(qint64 customerId, const QDate &newDate, QDate *before, const QString &failure)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT next_follow_up FROM customers c WHERE id = ? AND deleted_at IS NULL AND ")
                    + m_session.visibleOwner(QStringLiteral("c.owner_id")),
             {customerId}))
        return SqlErrors::from(q.lastError(), failure);
    if (!q.next())
        return Error{tr("Customer %1 does not exist or is in the trash.").arg(customerId), {}, {}, ErrorKind::NotFound};
    const QString oldNext = q.value(0).toString();
    q.finish();
    FollowUpColumns columns;
    columns.nextFollowUp = newDate.isValid() ? QVariant(toStoredDate(newDate)) : QVariant();
    columns.updatedBy = m_session.userId() ? QVariant(m_session.userId()) : QVariant();
    if (Status s = CustomerStore(m_session).setFollowUpColumns(customerId, columns, failure); !s)
        return s;
    Change c;
    c.entity = QStringLiteral("customer");
    c.entityId = customerId;
    c.action = QStringLiteral("update");
    c.field = QStringLiteral("next_follow_up");
    c.oldValue = oldNext.isNull() ? QStringLiteral("") : oldNext;
    c.newValue = newDate.isValid() ? toStoredDate(newDate) : QStringLiteral("");
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (before)
        *before = fromStoredDate(oldNext);
    m_session.announce(Session::Changed::Customers, {customerId});
    return {};
}

Result<QList<DueFollowUp>> FollowUpStore::query(qint64 ownerId, const QDate &from, const QDate &to, int limit) const
{
    // Customers and open leads alike, earliest first.
    QString customers = QStringLiteral(
        "SELECT c.id, 0, c.name, co.name, c.next_follow_up, c.next_action, "
        "(SELECT raw FROM customer_phones WHERE customer_id = c.id ORDER BY position LIMIT 1), "
        "c.stage, c.owner_id, u.display_name, c.name_sort FROM customers c "
        "LEFT JOIN customers co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE c.deleted_at IS NULL AND c.next_follow_up IS NOT NULL AND c.next_follow_up <= ? AND ")
        + m_session.visibleOwner(QStringLiteral("c.owner_id"));
    QString leads = QStringLiteral(
        "SELECT 0, l.id, l.name, l.company, l.next_follow_up, NULL, l.phone_raw, 'lead', l.owner_id, u.display_name, "
        "l.name_sort FROM leads l LEFT JOIN users u ON u.id = l.owner_id "
        "WHERE l.status IN ('new', 'qualified') AND l.next_follow_up IS NOT NULL AND l.next_follow_up <= ? AND ")
        + m_session.visibleOwner(QStringLiteral("l.owner_id"));
    QVariantList customerValues = {toStoredDate(to)}, leadValues = {toStoredDate(to)};
    if (from.isValid()) {
        customers += QStringLiteral(" AND c.next_follow_up >= ?");
        leads += QStringLiteral(" AND l.next_follow_up >= ?");
        customerValues << toStoredDate(from);
        leadValues << toStoredDate(from);
    }
    if (ownerId) {
        customers += QStringLiteral(" AND c.owner_id = ?");
        leads += QStringLiteral(" AND l.owner_id = ?");
        customerValues << ownerId;
        leadValues << ownerId;
    }
    QSqlQuery q(m_session.db().connection());
    if (!run(q, customers + QStringLiteral(" UNION ALL ") + leads + QStringLiteral(" ORDER BY 5, 11, 1, 2 LIMIT ?"),
             customerValues + leadValues + QVariantList{limit}))
        return SqlErrors::from(q.lastError(), tr("Could not read the follow-ups that are due."));
    QList<DueFollowUp> out;
    while (q.next()) {
        DueFollowUp d;
        d.customerId = q.value(0).toLongLong();
        d.leadId = q.value(1).toLongLong();
        d.name = q.value(2).toString();
        d.companyName = q.value(3).toString();
        d.due = fromStoredDate(q.value(4).toString());
        d.action = q.value(5).toString();
        d.phone = q.value(6).toString();
        d.stage = Customers::stageFromCode(q.value(7).toString()).value_or(Stage::Lead);
        d.ownerId = q.value(8).toLongLong();
        d.ownerName = q.value(9).toString();
        // A pool record's phone shows masked until someone claims it.
        if (PhoneMask::applies(m_session, d.ownerId))
            d.phone = PhoneMask::mask(d.phone);
        out << d;
    }
    return out;
}

Result<QList<DueFollowUp>> FollowUpStore::due(qint64 ownerId, const QDate &until, int limit) const
{
    return query(ownerId, QDate(), until, limit);
}

Result<QList<DueFollowUp>> FollowUpStore::scheduled(qint64 ownerId, const QDate &from, const QDate &to) const
{
    return query(ownerId, from, to, 100000);
}

} // namespace guanxi
