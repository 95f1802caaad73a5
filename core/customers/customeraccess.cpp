// CustomerStore: what this session may see of a customer: visibility, masked
// reads, revealing a pool customer's numbers, and the history.
#include "customers/customerstore.h"

#include "customers/mergestore.h"
#include "customers/phonemask.h"
#include "platform/auditstore.h"
#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace guanxi {

Error CustomerStore::notFound(qint64 id)
{
    return Error{tr("Customer %1 does not exist (it may have been purged from the trash).").arg(id), {}, {},
                 ErrorKind::NotFound};
}

Status CustomerStore::checkVisible(const QList<qint64> &ids) const
{
    // Someone who sees everyone: nothing to check (and, as before, ids of
    // customers that do not exist are left to each caller).
    if (ids.isEmpty() || m_session.access().seesAll)
        return {};
    // Ids given that are missing, or whose owner this session does not see.
    const QString sql = QStringLiteral("SELECT j.value FROM %1 LEFT JOIN customers c ON c.id = j.value "
                                       "WHERE c.id IS NULL OR NOT %2 LIMIT 1")
                            .arg(m_session.db().dialect().idTable(QStringLiteral("j")),
                                 m_session.visibleOwner(QStringLiteral("c.owner_id")));
    QSqlQuery q(m_session.db().connection());
    if (!sql::run(q, sql, {SqlDialect::idArray(ids)}))
        return SqlErrors::from(q.lastError(), tr("Could not read the customers."));
    if (q.next())
        return notFound(q.value(0).toLongLong());
    return {};
}

Result<Customer> CustomerStore::read(qint64 id) const
{
    auto stored = get(id);
    if (!stored)
        return stored;
    Customer c = *stored;
    c.masked = PhoneMask::apply(m_session, c);
    return c;
}

Result<QList<Phone>> CustomerStore::revealPhones(qint64 id)
{
    if (Status s = m_session.require(Permission::RevealPhone); !s)
        return s.error();
    auto c = get(id);
    if (!c)
        return c.error();
    AuditEvent e;
    e.action = AuditAction::PhoneRevealed;
    e.entity = QStringLiteral("customer");
    e.entityId = id;
    QJsonArray shown;
    for (const Phone &p : std::as_const(c->phones))
        shown.append(PhoneMask::mask(p.raw, p.e164));
    e.detail.insert(QStringLiteral("phones"), shown);
    if (Status s = AuditStore(m_session).record(e); !s)
        return s.error();
    return c->phones;
}

Result<QList<Change>> CustomerStore::history(qint64 id, int limit) const
{
    if (Status s = checkVisible({id}); !s)
        return s.error();
    // The history of the records merged into this one (merges in force)
    // belongs to it too: the change log keeps each under its own record.
    QList<qint64> records = {id};
    for (qsizetype i = 0; i < records.size() && records.size() < 1000; ++i) {
        auto merges = MergeStore(m_session).forCustomer(records.at(i));
        if (!merges)
            return merges.error();
        for (const MergeRecord &m : std::as_const(*merges))
            if (m.survivorId == records.at(i) && !m.undoneAt.isValid() && !records.contains(m.mergedId))
                records << m.mergedId;
    }
    QList<Change> out;
    for (qint64 record : std::as_const(records)) {
        auto changes = ChangeLogStore(m_session).history(QStringLiteral("customer"), record, limit);
        if (!changes)
            return changes.error();
        out << *changes;
    }
    if (records.size() > 1) {
        std::stable_sort(out.begin(), out.end(), [](const Change &a, const Change &b) {
            return a.changedAt != b.changedAt ? a.changedAt > b.changedAt : a.id > b.id;
        });
        out = out.mid(0, limit);
    }
    maskHistory(id, out);
    return out;
}

// A pool customer's old numbers and addresses are as hidden as its current
// ones: the history shows them masked too.
void CustomerStore::maskHistory(qint64 id, QList<Change> &changes) const
{
    auto c = get(id);
    if (!c || !PhoneMask::applies(m_session, c->ownerId))
        return;
    const auto maskList = [](const QString &joined, bool phones) {
        if (joined.isEmpty())
            return joined;
        QStringList parts = joined.split(QStringLiteral(", "));
        for (QString &part : parts)
            part = phones ? PhoneMask::mask(part) : QStringLiteral("****");
        return parts.join(QStringLiteral(", "));
    };
    for (Change &change : changes) {
        const bool phones = change.field == u"phones";
        if (!phones && change.field != u"emails")
            continue;
        change.oldValue = maskList(change.oldValue, phones);
        change.newValue = maskList(change.newValue, phones);
    }
}

void CustomerStore::keepHiddenContacts(Customer &c, const Customer &before)
{
    for (Phone &p : c.phones) {
        if (!PhoneMask::isMasked(p.raw))
            continue;
        for (const Phone &old : before.phones)
            if (PhoneMask::mask(old.raw, old.e164) == p.raw) {
                p = Phone{p.label.isEmpty() ? old.label : p.label, old.raw, old.e164, old.problem};
                break;
            }
    }
    QList<Email> emails = before.emails;
    for (const Email &e : std::as_const(c.emails)) {
        bool known = false;
        for (const Email &old : before.emails)
            known = known || old.address.compare(e.address, Qt::CaseInsensitive) == 0;
        if (!known)
            emails << e;
    }
    c.emails = emails;
}

} // namespace guanxi
