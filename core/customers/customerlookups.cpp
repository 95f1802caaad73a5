// CustomerStore: the small look-ups behind pickers, filters and imports.
#include "customers/customerstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"

#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

using sql::run;

// Only the customers this session sees: the pool and the owners it may see.
QString CustomerStore::visible(QStringView alias) const
{
    return m_session.visibleOwner(alias.toString() + QStringLiteral("owner_id"));
}

Result<QList<CompanyRef>> CustomerStore::companies(const QString &namePrefix, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    QString escaped = namePrefix;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    if (!run(q, QStringLiteral("SELECT id, name FROM customers WHERE kind = 'company' AND deleted_at IS NULL "
                               "AND lower(name) LIKE lower(?) ESCAPE '\\' AND %1 ORDER BY name_sort LIMIT ?").arg(visible()),
             {QString(u'%' + escaped + u'%'), limit}))
        return SqlErrors::from(q.lastError(), tr("Could not list the companies."));
    QList<CompanyRef> out;
    while (q.next())
        out << CompanyRef{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

Result<qint64> CustomerStore::companyByName(const QString &name) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT id FROM customers WHERE kind = 'company' AND deleted_at IS NULL "
                               "AND name = ? AND %1 ORDER BY id LIMIT 1").arg(visible()),
             {name.simplified()}))
        return SqlErrors::from(q.lastError(), tr("Could not look up the company “%1”.").arg(name));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QStringList> CustomerStore::cities() const
{
    QSqlQuery q(m_session.db().connection());
    // DISTINCT over the city index reads one entry per city, not every row;
    // then, for someone who does not see everyone, the cities where they see
    // a customer, each found in that city's range of the index (a DISTINCT
    // with the owner condition reads every row: 3 s instead of 0.15 on a
    // million customers).
    const QString seen = visible(u"c.");
    const QString sql = seen == Session::everything()
                            ? QStringLiteral("SELECT DISTINCT city FROM customers WHERE deleted_at IS NULL "
                                             "AND city IS NOT NULL ORDER BY city")
                            : QStringLiteral("SELECT k.city FROM (SELECT DISTINCT city FROM customers WHERE deleted_at "
                                             "IS NULL AND city IS NOT NULL) k WHERE EXISTS (SELECT 1 FROM customers c "
                                             "WHERE c.city = k.city AND c.deleted_at IS NULL AND %1) ORDER BY k.city")
                                  .arg(seen);
    if (!q.exec(sql))
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
    // Without case, as SQLite's tags.name compares (PostgreSQL's does not).
    if (!q.exec(QStringLiteral("SELECT name FROM tags ORDER BY lower(name)")))
        return SqlErrors::from(q.lastError(), tr("Could not list the tags."));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<qint64> CustomerStore::countLive() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL AND %1").arg(visible()))
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the customers."));
    return q.value(0).toLongLong();
}

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
    if (e164.isEmpty())
        return QList<qint64>(); // a number not verified is nobody else's number
    return ids(m_session, QStringLiteral("SELECT DISTINCT c.id FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                                         "WHERE p.e164 = ? AND c.deleted_at IS NULL AND %1 LIMIT 10").arg(visible(u"c.")),
               e164, tr("phone"));
}

Result<QList<qint64>> CustomerStore::findByEmail(const QString &email) const
{
    return ids(m_session, QStringLiteral("SELECT DISTINCT c.id FROM customer_emails e JOIN customers c ON c.id = e.customer_id "
                                         "WHERE lower(e.email) = lower(?) AND c.deleted_at IS NULL AND %1 LIMIT 10").arg(visible(u"c.")),
               email.trimmed(), tr("e-mail"));
}

Result<QList<qint64>> CustomerStore::findByName(const QString &name) const
{
    return ids(m_session, QStringLiteral("SELECT id FROM customers WHERE name = ? AND deleted_at IS NULL AND %1 LIMIT 10").arg(visible()),
               name.simplified(), tr("name"));
}

Result<QList<qint64>> CustomerStore::findByNameAndCompany(const QString &name, qint64 companyId) const
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "SELECT id FROM customers WHERE name = ? AND company_id = ? AND deleted_at IS NULL AND %1 LIMIT 10").arg(visible()));
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
    if (!q.exec(QStringLiteral("SELECT id, name FROM customers WHERE kind = 'company' AND deleted_at IS NULL AND %1").arg(visible())))
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
    if (!q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL AND %1 ORDER BY id").arg(visible())))
        return SqlErrors::from(q.lastError(), tr("Could not read the customers."));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace guanxi
