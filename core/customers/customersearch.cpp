// CustomerStore: the search index and the small look-ups behind pickers and
// filters.
#include "customers/customerstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"

#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

namespace {
// One index segment per batch instead of per customer: about 2 MB of keys
// for ordinary customers, at most 8 MB however long their notes.
constexpr qsizetype heldBatch = 5000;
constexpr qsizetype heldBytes = 8 << 20;
} // namespace

Status CustomerStore::writeSearchKeys(qint64 id)
{
    if (bulkNow()) {
        m_heldKeys.append({id, std::nullopt});   // read back when written
        return m_heldKeys.size() < heldBatch ? Status() : writeHeldKeys();
    }
    return replaceSearchKeys(id);
}

Status CustomerStore::replaceSearchKeys(qint64 id)
{
    Database &db = m_session.db();
    QSqlQuery &q = db.prepared(QStringLiteral(
        "SELECT c.name, co.name, c.notes, "
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
    SearchDocument doc;
    doc.name = q.value(0).toString();
    doc.companyName = q.value(1).toString();
    doc.notes = q.value(2).toString();
    doc.phones = q.value(3).toString().split(u'|', Qt::SkipEmptyParts);
    doc.emails = q.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    q.finish();
    QSqlQuery &del = db.prepared(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.bindValue(0, id);
    QSqlQuery &ins = db.prepared(QStringLiteral("INSERT INTO customer_search (rowid, keys) VALUES (?, ?)"));
    ins.bindValue(0, id);
    ins.bindValue(1, SearchKeys::build(doc));
    if (!del.exec() || !ins.exec())
        return SqlErrors::from(del.lastError().isValid() ? del.lastError() : ins.lastError(),
                               tr("Could not update the search index."));
    return {};
}

Status CustomerStore::insertSearchKeys(const Customer &c, const QString &companyName)
{
    SearchDocument doc;
    doc.name = c.name;
    doc.companyName = companyName;
    doc.notes = c.notes;
    // The same words, in the same order, as writeSearchKeys() reads back.
    for (const Phone &p : c.phones)
        for (const QString &part : {p.raw, p.e164})
            if (!part.isEmpty())
                doc.phones << part;
    for (const Email &e : c.emails)
        if (!e.address.isEmpty())
            doc.emails << e.address;
    QString keys = SearchKeys::build(doc);
    m_heldBytes += keys.size() * qsizetype(sizeof(QChar));
    m_heldKeys.append({c.id, std::move(keys)});
    return bulkNow() && m_heldKeys.size() < heldBatch && m_heldBytes < heldBytes ? Status() : writeHeldKeys();
}

Status CustomerStore::writeHeldKeys()
{
    // Taken out first: after a failure the caller's transaction is given up,
    // and these keys with it.
    const auto held = std::exchange(m_heldKeys, {});
    m_heldBytes = 0;
    // The delete finds nothing unless a damaged file kept a purged
    // customer's row; then it keeps the insert from failing.
    QSqlQuery &del = m_session.db().prepared(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    QSqlQuery &ins = m_session.db().prepared(QStringLiteral("INSERT INTO customer_search (rowid, keys) VALUES (?, ?)"));
    // In order: a customer created and then changed in the same load gets
    // its new keys, then the changed ones.
    for (const auto &[id, keys] : held) {
        if (!keys) {
            if (Status s = replaceSearchKeys(id); !s)
                return s;
            continue;
        }
        del.bindValue(0, id);
        ins.bindValue(0, id);
        ins.bindValue(1, *keys);
        if (!del.exec() || !ins.exec())
            return SqlErrors::from(del.lastError().isValid() ? del.lastError() : ins.lastError(),
                                   tr("Could not update the search index."));
    }
    return {};
}

Status CustomerStore::endBulkLoading()
{
    m_bulk = false;
    m_liveCompanies.clear();
    return writeHeldKeys();
}

Result<QList<qint64>> CustomerStore::search(const QString &query, int limit) const
{
    const QString match = SearchKeys::matchExpression(query);
    if (match.isEmpty())
        return QList<qint64>();
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?"));
    q.bindValue(0, match);
    q.bindValue(1, limit);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not search for “%1”.").arg(query));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status CustomerStore::rebuildSearchIndex()
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
    for (qint64 id : ids)
        if (Status s = writeSearchKeys(id); !s)
            return s;
    return tx.commit();
}

Result<QList<CompanyRef>> CustomerStore::companies(const QString &namePrefix, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    q.prepare(QStringLiteral("SELECT id, name FROM customers WHERE kind = 'company' AND deleted_at IS NULL "
                             "AND name LIKE ? ESCAPE '\\' ORDER BY name_sort LIMIT ?"));
    QString escaped = namePrefix;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    q.addBindValue(u'%' + escaped + u'%');
    q.addBindValue(limit);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not list the companies."));
    QList<CompanyRef> out;
    while (q.next())
        out << CompanyRef{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

Result<qint64> CustomerStore::companyByName(const QString &name) const
{
    QSqlQuery q(m_session.db().connection());
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE kind = 'company' AND deleted_at IS NULL "
                             "AND name = ? ORDER BY id LIMIT 1"));
    q.addBindValue(name.simplified());
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not look up the company “%1”.").arg(name));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QStringList> CustomerStore::cities() const
{
    QSqlQuery q(m_session.db().connection());
    // DISTINCT over the city index reads one entry per city, not every row.
    if (!q.exec(QStringLiteral("SELECT DISTINCT city FROM customers WHERE deleted_at IS NULL "
                               "AND city IS NOT NULL ORDER BY city")))
        return SqlErrors::from(q.lastError(), tr("Could not list the cities."));
    // Then in pinyin order, as the list sorts them (a few hundred at most).
    QList<QPair<QString, QString>> keyed;
    while (q.next()) {
        const QString city = q.value(0).toString();
        keyed.append({Pinyin::sortKey(city), city});
    }
    std::sort(keyed.begin(), keyed.end());
    QStringList out;
    for (const auto &k : keyed)
        out << k.second;
    return out;
}

Result<QStringList> CustomerStore::tagNames() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return SqlErrors::from(q.lastError(), tr("Could not list the tags."));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> CustomerStore::countLive() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the customers."));
    return q.value(0).toLongLong();
}

} // namespace guanxi

namespace guanxi {

namespace {
Result<QList<qint64>> ids(Session &session, const QString &sql, const QString &value, const QString &what)
{
    QSqlQuery &q = session.db().prepared(sql);
    q.bindValue(0, value);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), CustomerStore::tr("Could not look up the customer by %1.").arg(what));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}
} // namespace

Result<QList<qint64>> CustomerStore::findByPhone(const QString &e164) const
{
    return ids(m_session, QStringLiteral("SELECT DISTINCT c.id FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                                         "WHERE p.e164 = ? AND c.deleted_at IS NULL LIMIT 10"),
               e164, tr("phone"));
}

Result<QList<qint64>> CustomerStore::findByEmail(const QString &email) const
{
    return ids(m_session, QStringLiteral("SELECT DISTINCT c.id FROM customer_emails e JOIN customers c ON c.id = e.customer_id "
                                         "WHERE lower(e.email) = lower(?) AND c.deleted_at IS NULL LIMIT 10"),
               email.trimmed(), tr("e-mail"));
}

Result<QList<qint64>> CustomerStore::findByName(const QString &name) const
{
    return ids(m_session, QStringLiteral("SELECT id FROM customers WHERE name = ? AND deleted_at IS NULL LIMIT 10"),
               name.simplified(), tr("name"));
}

Result<QList<qint64>> CustomerStore::findByNameAndCompany(const QString &name, qint64 companyId) const
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "SELECT id FROM customers WHERE name = ? AND company_id = ? AND deleted_at IS NULL LIMIT 10"));
    q.bindValue(0, name.simplified());
    q.bindValue(1, companyId);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not look up the customer by %1.").arg(tr("name")));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<CompanyRef>> CustomerStore::allCompanies() const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM customers WHERE kind = 'company' AND deleted_at IS NULL")))
        return SqlErrors::from(q.lastError(), tr("Could not read the companies."));
    QList<CompanyRef> out;
    while (q.next())
        out << CompanyRef{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

Result<QList<qint64>> CustomerStore::liveIds() const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id")))
        return SqlErrors::from(q.lastError(), tr("Could not read the customers."));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Status CustomerStore::refreshSearchKeys(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (Status s = writeSearchKeys(id); !s)
            return s;
    return {};
}

} // namespace guanxi
