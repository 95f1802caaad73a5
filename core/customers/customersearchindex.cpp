#include "customers/customersearchindex.h"

#include "customers/customer.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/searchkeys.h"

#include <QSqlQuery>

namespace guanxi {

namespace {
// One index segment per batch instead of per customer: about 2 MB of keys
// for ordinary customers, at most 8 MB however long their notes.
constexpr qsizetype heldBatch = 5000;
constexpr qsizetype heldBytes = 8 << 20;
} // namespace

Status CustomerSearchIndex::refresh(qint64 id, bool hold)
{
    if (hold) {
        m_held.append({id, std::nullopt});   // read back when written
        return m_held.size() < heldBatch ? Status() : writeHeld();
    }
    Database &db = m_session.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT c.kind, c.name, co.name, c.city, c.notes, "
        "(SELECT group_concat(raw || '|' || e164, '|') FROM customer_phones WHERE customer_id = c.id), "
        "(SELECT group_concat(email, ' ') FROM customer_emails WHERE customer_id = c.id) "
        "FROM customers c LEFT JOIN customers co ON co.id = c.company_id WHERE c.id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not update the search index."));
    // Never a row's problem: the customer was just written.
    if (!q.next())
        return Error{tr("Could not update the search index."), QStringLiteral("customer %1 not found").arg(id), {},
                     ErrorKind::Storage};
    // Migration 0018 rebuilds the index from the same columns.
    const SearchDocument doc = SearchKeys::stored(
        q.value(0).toString() == Customers::kindCode(CustomerKind::Person), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
        q.value(6).toString());
    q.finish();
    return write(id, SearchKeys::build(doc));
}

Status CustomerSearchIndex::refresh(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (Status s = refresh(id); !s)
            return s;
    return {};
}

Status CustomerSearchIndex::add(const Customer &c, const QString &companyName, bool hold)
{
    SearchDocument doc;
    doc.name = c.name;
    doc.person = c.kind == CustomerKind::Person;
    doc.companyName = companyName;
    doc.city = c.city;
    doc.notes = c.notes;
    // The same words, in the same order, as refresh() reads back.
    for (const Phone &p : c.phones)
        for (const QString &part : {p.raw, p.e164})
            if (!part.isEmpty())
                doc.phones << part;
    for (const Email &e : c.emails)
        if (!e.address.isEmpty())
            doc.emails << e.address;
    QString keys = SearchKeys::build(doc);
    m_heldBytes += keys.size() * qsizetype(sizeof(QChar));
    m_held.append({c.id, std::move(keys)});
    return hold && m_held.size() < heldBatch && m_heldBytes < heldBytes ? Status() : writeHeld();
}

Status CustomerSearchIndex::write(qint64 id, const QString &keys)
{
    // The delete finds nothing unless a damaged file kept a purged
    // customer's row; then it keeps the insert from failing.
    QSqlQuery &del = m_session.db().prepared(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.bindValue(0, id);
    QSqlQuery &ins = m_session.db().prepared(QStringLiteral("INSERT INTO customer_search (rowid, keys) VALUES (?, ?)"));
    ins.bindValue(0, id);
    ins.bindValue(1, keys);
    if (!del.exec() || !ins.exec())
        return SqlErrors::from(del.lastError().isValid() ? del.lastError() : ins.lastError(),
                               tr("Could not update the search index."));
    return {};
}

Status CustomerSearchIndex::remove(qint64 id)
{
    QSqlQuery &del = m_session.db().prepared(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.bindValue(0, id);
    if (!del.exec())
        return SqlErrors::from(del.lastError(), tr("Could not update the search index."));
    return {};
}

Status CustomerSearchIndex::writeHeld()
{
    // Taken out first: after a failure the caller's transaction is given up,
    // and these keys with it.
    const auto held = std::exchange(m_held, {});
    m_heldBytes = 0;
    // In order: a customer created and then changed in the same load gets
    // its new keys, then the changed ones.
    for (const auto &[id, keys] : held)
        if (Status s = keys ? write(id, *keys) : refresh(id); !s)
            return s;
    return {};
}

Status CustomerSearchIndex::flush()
{
    return writeHeld();
}

Result<QList<qint64>> CustomerSearchIndex::search(const QString &query, int limit) const
{
    const QString match = SearchKeys::matchExpression(query);
    if (match.isEmpty())
        return QList<qint64>();
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("SELECT rowid FROM customer_search WHERE ")
                                           + visibleMatch(m_session.visibleOwner(QStringLiteral("v.owner_id")))
                                           + QStringLiteral(" LIMIT ?"));
    q.bindValue(0, match);
    q.bindValue(1, limit);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not search for “%1”.").arg(query));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status CustomerSearchIndex::rebuild()
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("DELETE FROM customer_search")) || !q.exec(QStringLiteral("SELECT id FROM customers")))
        return SqlErrors::from(q.lastError(), tr("Could not rebuild the search index."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (Status s = refresh(ids); !s)
        return s;
    return tx.commit();
}

QString CustomerSearchIndex::visibleMatch(const QString &visible)
{
    // Seen by everyone: the index alone. Else the hits whose owner the
    // session sees, so that the cap counts only those.
    if (visible == u"1")
        return QStringLiteral("customer_search MATCH ?");
    // customers_owner_of (id, owner_id): the owner without the wide row.
    return QStringLiteral("customer_search MATCH ? AND EXISTS (SELECT 1 FROM customers v INDEXED BY "
                          "customers_owner_of WHERE v.id = customer_search.rowid AND %1)")
        .arg(visible);
}

CustomerSearchIndex::Condition CustomerSearchIndex::matchCondition(const QString &idColumn, const QString &query,
                                                                   int limit, const QString &visible)
{
    const QString match = SearchKeys::matchExpression(query);
    if (match.isEmpty())
        return {};
    return {idColumn + QStringLiteral(" IN (SELECT rowid FROM customer_search WHERE ") + visibleMatch(visible)
                + QStringLiteral(" LIMIT ?)"),
            {match, limit}};
}

} // namespace guanxi
