#include "analytics/salesstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "platform/clock.h"
#include "sales/currencyrates.h"

#include <QHash>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

namespace {
const QString purchaseStatus = QStringLiteral("o.status IN ('signed', 'delivered', 'paid') AND o.kind = 'order'");

// A purchase, in the scope's one currency if it has one (then appends it to values).
QString purchase(const SalesScope &s, QVariantList &values)
{
    if (s.currency.isEmpty())
        return purchaseStatus;
    values << s.currency;
    return purchaseStatus + QStringLiteral(" AND o.currency = ?");
}

// An order's total in the scope's currency: as it is when the scope has one,
// else in the base currency at the rate on the order date (NULL without one).
QString orderAmount(const SalesScope &s)
{
    return s.currency.isEmpty() ? CurrencyRates::amountSql(QStringLiteral("o.total_minor"), QStringLiteral("o.currency"),
                                                           QStringLiteral("o.order_date"))
                                : QStringLiteral("o.total_minor");
}

// The same for a deal's amount (one '?' for today when converted).
QString dealAmount(const SqlDialect &dialect, const SalesScope &s, QVariantList &values, const QDate &today)
{
    if (!s.currency.isEmpty())
        return QStringLiteral("d.amount_minor");
    values << toStoredDate(today);
    return CurrencyRates::amountSql(QStringLiteral("d.amount_minor"), QStringLiteral("d.currency"),
                                    CurrencyRates::dealDaySql(dialect));
}

// " AND d.currency = ?" when the scope has one currency.
QString dealCurrency(const SalesScope &s, QVariantList &values)
{
    if (s.currency.isEmpty())
        return {};
    values << s.currency;
    return QStringLiteral(" AND d.currency = ?");
}

// " AND <owner> = ? AND <source> = ?" for the filters that are set.
QString scopeFilter(const SalesScope &s, QVariantList &values, const QString &owner, const QString &source)
{
    QString sql;
    if (s.ownerId) {
        sql += QStringLiteral(" AND ") + owner + QStringLiteral(" = ?");
        values << s.ownerId;
    }
    if (s.sourceId) {
        sql += QStringLiteral(" AND ") + source + QStringLiteral(" = ?");
        values << s.sourceId;
    }
    return sql;
}

// " AND ..." that the session sees the records of each owner column (constant text).
QString visibleTo(const Session &session, std::initializer_list<const char *> columns)
{
    QString sql;
    for (const char *column : columns)
        sql += QStringLiteral(" AND ") + session.visibleOwner(QString::fromLatin1(column));
    return sql;
}

// Live customers the session sees, with " AND c.owner_id = ? AND
// c.source_id = ?" for the filters that are set.
QString customerScope(const Session &session, const SalesScope &s, QVariantList &values,
                      const QString &owner = QStringLiteral("c.owner_id"))
{
    return QStringLiteral(" AND c.deleted_at IS NULL") + visibleTo(session, {"c.owner_id"})
           + scopeFilter(s, values, owner, QStringLiteral("c.source_id"));
}

// "CASE WHEN col < ? THEN 0 WHEN col < ? THEN 1 ... END" for buckets between
// consecutive boundaries (UTC instants: any time zone's months and days).
QString bucketOf(const QString &column, const QList<QDateTime> &boundaries, QVariantList &values)
{
    QString sql = QStringLiteral("CASE");
    for (int i = 1; i < boundaries.size(); ++i) {
        sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(i - 1);
        values << toStoredTime(boundaries.at(i));
    }
    return sql + QStringLiteral(" END");
}

QDate monthFrom(const QString &yearMonth)
{
    return QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
}
} // namespace

namespace {
// " AND ..." for the deals of a scope touched since activeSince (if valid):
// those the session sees, of customers it sees.
QString dealsInScope(const Session &session, const SalesScope &scope, const QDateTime &activeSince,
                     QVariantList &values)
{
    QString sql = dealCurrency(scope, values) + visibleTo(session, {"d.owner_id"});
    sql += customerScope(session, scope, values, QStringLiteral("d.owner_id"));
    if (activeSince.isValid()) {
        sql += QStringLiteral(" AND d.updated_at >= ?");
        values << toStoredTime(activeSince);
    }
    return sql;
}

// " AND ..." for purchases of a scope between two dates: orders the session
// sees, of customers it sees.
QString purchasesInScope(const Session &session, const SalesScope &scope, const QDate &from, const QDate &to,
                         QVariantList &values)
{
    const QString sql = QStringLiteral(" AND ") + purchase(scope, values)
                        + QStringLiteral(" AND o.order_date >= ? AND o.order_date <= ?");
    values << toStoredDate(from) << toStoredDate(to);
    return sql + visibleTo(session, {"o.owner_id"}) + customerScope(session, scope, values);
}
} // namespace

Result<Conversion> SalesStore::dealConversion(const SalesScope &scope, const QDateTime &activeSince) const
{
    if (!scope.currency.isEmpty())
        return Conversion{scope.currency, {}, {}};
    QVariantList values{toStoredDate(m_session.today())};
    const QString records = QStringLiteral("SELECT d.currency AS currency, ") + CurrencyRates::dealDaySql(m_session.db().dialect())
                            + QStringLiteral(" AS day FROM deals d JOIN customers c ON c.id = d.customer_id WHERE TRUE")
                            + dealsInScope(m_session, scope, activeSince, values);
    return CurrencyRates(m_session).conversion(records, values);
}

Result<Conversion> SalesStore::purchaseConversion(const SalesScope &scope, const QDate &from, const QDate &to) const
{
    if (!scope.currency.isEmpty())
        return Conversion{scope.currency, {}, {}};
    QVariantList values;
    const QString records = QStringLiteral("SELECT o.currency AS currency, o.order_date AS day FROM orders o "
                                           "JOIN customers c ON c.id = o.customer_id WHERE TRUE")
                            + purchasesInScope(m_session, scope, from, to, values);
    return CurrencyRates(m_session).conversion(records, values);
}

Result<QList<DealPath>> SalesStore::dealPaths(const SalesScope &scope, const QDateTime &activeSince) const
{
    // Deals without a rate are left out (dealConversion counts them).
    // Values are bound in the order of the text: one call that adds values per statement.
    QVariantList values;
    QString sql = QStringLiteral("SELECT d.id, ") + dealAmount(m_session.db().dialect(), scope, values, m_session.today());
    sql += QStringLiteral(" AS amount, d.owner_id, c.source_id, d.stage_id, d.closed_at, d.created_at, h.to_stage_id, "
                          "h.moved_at FROM deals d JOIN customers c ON c.id = d.customer_id "
                          "LEFT JOIN deal_stage_history h ON h.deal_id = d.id WHERE TRUE")
           + dealsInScope(m_session, scope, activeSince, values);
    sql += QStringLiteral(" ORDER BY d.id, h.moved_at, h.id");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not read the deals and their stage history."));
    QList<DealPath> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).isNull())
            continue;
        if (out.isEmpty() || out.last().dealId != id) {
            DealPath d;
            d.dealId = id;
            d.amountMinor = q.value(1).toLongLong();
            d.ownerId = q.value(2).toLongLong();
            d.sourceId = q.value(3).toLongLong();
            d.stageId = q.value(4).toLongLong();
            d.closedAt = fromStoredTime(q.value(5).toString());
            // A deal without history entered its stage when it was created.
            if (q.value(8).isNull())
                d.steps << DealStep{d.stageId, fromStoredTime(q.value(6).toString())};
            out << d;
        }
        if (!q.value(8).isNull())
            out.last().steps << DealStep{q.value(7).toLongLong(), fromStoredTime(q.value(8).toString())};
    }
    return out;
}

Result<QList<MonthPurchases>> SalesStore::monthlyPurchases(const SalesScope &scope, const QDate &from,
                                                           const QDate &to) const
{
    // Orders count and buy whatever their currency; revenue leaves out those
    // without a rate (purchaseConversion says which).
    QVariantList values;
    const QString sql = QStringLiteral("SELECT substr(o.order_date, 1, 7), count(*), coalesce(sum(") + orderAmount(scope)
                        + QStringLiteral("), 0), count(DISTINCT o.customer_id) "
                                         "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE TRUE")
                        + purchasesInScope(m_session, scope, from, to, values) + QStringLiteral(" GROUP BY 1 ORDER BY 1");
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not sum up the purchases by month."));
    QList<MonthPurchases> out;
    while (q.next())
        out << MonthPurchases{monthFrom(q.value(0).toString()), q.value(1).toLongLong(), q.value(2).toLongLong(),
                              q.value(3).toLongLong()};
    return out;
}

Result<QList<CohortCell>> SalesStore::cohortActivity(const SalesScope &scope, const QDate &from, const QDate &to,
                                                     const QDate &cohortFrom) const
{
    // The first purchase of each customer who bought in the window, over all
    // of their purchases (orders_by_customer finds them).
    QVariantList values;
    QString sql = QStringLiteral("WITH buyers AS (SELECT DISTINCT o.customer_id AS id FROM orders o "
                                 "JOIN customers c ON c.id = o.customer_id WHERE TRUE")
                  + purchasesInScope(m_session, scope, from, to, values)
                  + QStringLiteral("), firsts AS (SELECT b.id, (SELECT min(o.order_date) FROM orders o WHERE o.customer_id = b.id AND ");
    sql += purchase(scope, values) + visibleTo(m_session, {"o.owner_id"});
    sql += QStringLiteral(") AS first FROM buyers b) "
                          "SELECT substr(f.first, 1, 7), substr(o.order_date, 1, 7), count(DISTINCT o.customer_id) "
                          "FROM firsts f JOIN orders o ON o.customer_id = f.id WHERE ");
    sql += purchase(scope, values) + visibleTo(m_session, {"o.owner_id"})
           + QStringLiteral(" AND o.order_date >= ? AND o.order_date <= ?");
    values << toStoredDate(from) << toStoredDate(to);
    if (cohortFrom.isValid()) {
        sql += QStringLiteral(" AND f.first >= ?");
        values << toStoredDate(cohortFrom);
    }
    sql += QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2");
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not group the customers by their first purchase."));
    QList<CohortCell> out;
    while (q.next())
        out << CohortCell{monthFrom(q.value(0).toString()), monthFrom(q.value(1).toString()), q.value(2).toLongLong()};
    return out;
}

Result<std::pair<qint64, qint64>> SalesStore::repeatBuyers(const SalesScope &scope, const QDate &from,
                                                           const QDate &to) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*), count(*) FILTER (WHERE n >= 2) FROM (SELECT o.customer_id, "
                                       "count(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id WHERE TRUE")
                        + purchasesInScope(m_session, scope, from, to, values) + QStringLiteral(" GROUP BY o.customer_id) b");
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the repeat buyers."));
    return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<QList<qint64>> SalesStore::newCustomers(const SalesScope &scope, const QList<QDateTime> &boundaries) const
{
    QList<qint64> out(std::max<qsizetype>(0, boundaries.size() - 1), 0);
    if (out.isEmpty())
        return out;
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + bucketOf(QStringLiteral("c.created_at"), boundaries, values)
                  + QStringLiteral(", count(*) FROM customers c WHERE c.created_at >= ? AND c.created_at < ?");
    values << toStoredTime(boundaries.first()) << toStoredTime(boundaries.last());
    sql += customerScope(m_session, scope, values) + QStringLiteral(" GROUP BY 1");
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not count the new customers by month."));
    while (q.next())
        if (const int b = q.value(0).toInt(); b >= 0 && b < out.size())
            out[b] = q.value(1).toLongLong();
    return out;
}

Result<QList<UserBucketCount>> SalesStore::followUpActivity(const SalesScope &scope,
                                                            const QList<QDateTime> &boundaries) const
{
    if (boundaries.size() < 2)
        return QList<UserBucketCount>{};
    QVariantList values;
    // Follow-ups with customers in the trash are left out, like the customers.
    QString sql = QStringLiteral("SELECT i.user_id, ") + bucketOf(QStringLiteral("i.occurred_at"), boundaries, values)
                  + QStringLiteral(", count(*) FROM interactions i LEFT JOIN customers c ON c.id = i.customer_id "
                                   "LEFT JOIN leads l ON l.id = i.lead_id WHERE i.occurred_at >= ? AND i.occurred_at < ? "
                                   "AND c.deleted_at IS NULL")
                  + visibleTo(m_session, {"i.user_id", "c.owner_id", "l.owner_id"});
    values << toStoredTime(boundaries.first()) << toStoredTime(boundaries.last());
    sql += scopeFilter(scope, values, QStringLiteral("i.user_id"), QStringLiteral("coalesce(c.source_id, l.source_id)"))
           + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2");
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not count the follow-ups by salesperson."));
    QList<UserBucketCount> out;
    while (q.next())
        out << UserBucketCount{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong()};
    return out;
}

Result<QList<OwnerOverdue>> SalesStore::overdue(const SalesScope &scope, const QDate &today) const
{
    QHash<qint64, OwnerOverdue> byOwner;
    QList<qint64> order;
    for (const bool leads : {false, true}) {
        QVariantList values{toStoredDate(today)};
        QString sql = leads ? QStringLiteral("SELECT c.owner_id, count(*) FROM leads c WHERE c.status IN ('new', 'qualified') "
                                             "AND c.next_follow_up IS NOT NULL AND c.next_follow_up < ?")
                            : QStringLiteral("SELECT c.owner_id, count(*) FROM customers c WHERE c.deleted_at IS NULL "
                                             "AND c.next_follow_up IS NOT NULL AND c.next_follow_up < ?");
        sql += visibleTo(m_session, {"c.owner_id"});
        sql += scopeFilter(scope, values, QStringLiteral("c.owner_id"), QStringLiteral("c.source_id"))
               + QStringLiteral(" GROUP BY c.owner_id ORDER BY c.owner_id");
        QSqlQuery q(m_session.db().connection());
        if (!run(q, sql, values))
            return SqlErrors::from(q.lastError(), tr("Could not count the overdue follow-ups."));
        while (q.next()) {
            const qint64 owner = q.value(0).toLongLong();
            if (!byOwner.contains(owner))
                order << owner;
            OwnerOverdue &o = byOwner[owner];
            o.ownerId = owner;
            (leads ? o.leads : o.customers) = q.value(1).toLongLong();
        }
    }
    std::sort(order.begin(), order.end());
    QList<OwnerOverdue> out;
    for (qint64 owner : order)
        out << byOwner.value(owner);
    return out;
}

Result<DealKpiFigures> SalesStore::dealKpis(const SalesScope &scope, const QDateTime &wonSince,
                                            const QDateTime &closedSince) const
{
    const QString won = toStoredTime(wonSince), closed = toStoredTime(closedSince);
    // Amounts of deals without a rate are left out (dealConversion names them); counts keep them.
    QVariantList values;
    QString sql = QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN x.kind = 'open' THEN x.amount END), 0), "
        "count(*) FILTER (WHERE x.kind = 'open'), "
        "coalesce(sum(CASE WHEN x.kind = 'open' THEN x.amount * x.probability END), 0), "
        "coalesce(sum(CASE WHEN x.kind = 'won' AND x.closed_at >= ? THEN x.amount END), 0), "
        "count(*) FILTER (WHERE x.kind = 'won' AND x.closed_at >= ?), "
        "count(*) FILTER (WHERE x.kind <> 'open' AND x.closed_at >= ?), "
        "count(*) FILTER (WHERE x.kind = 'won' AND x.closed_at >= ?) FROM (SELECT s.kind, d.closed_at, "
        "coalesce(d.probability, s.probability) AS probability, ");
    values << won << won << closed << closed;
    sql += dealAmount(m_session.db().dialect(), scope, values, m_session.today());
    sql += QStringLiteral(" AS amount FROM deals d JOIN deal_stages s ON s.id = d.stage_id "
                          "JOIN customers c ON c.id = d.customer_id WHERE TRUE")
           + dealsInScope(m_session, scope, QDateTime(), values) + QStringLiteral(") x");
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not add up the deals for the dashboard."));
    DealKpiFigures f;
    f.openMinor = q.value(0).toLongLong();
    f.openDeals = q.value(1).toLongLong();
    f.weightedMinor = (q.value(2).toLongLong() + 50) / 100;   // sum(amount × percent), rounded to the fen
    f.wonMinor = q.value(3).toLongLong();
    f.wonDeals = q.value(4).toLongLong();
    f.closedRecent = q.value(5).toLongLong();
    f.wonRecent = q.value(6).toLongLong();
    return f;
}

} // namespace guanxi
