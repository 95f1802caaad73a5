#include "analyticsstore.h"

#include "db/database.h"
#include "db/sqlerror.h"
#include "db/sqlvalues.h"
#include "services/session.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace guanxi {

Result<QList<PurchaseSummary>> AnalyticsStore::purchases(const PurchaseWindow &w) const
{
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT o.customer_id, max(o.order_date), count(DISTINCT o.id), sum(o.total_minor), c.name "
                                 "FROM orders o JOIN customers c ON c.id = o.customer_id AND c.deleted_at IS NULL "
                                 "WHERE o.status IN ('signed', 'delivered', 'paid') AND o.currency = ? "
                                 "AND (? IS NULL OR o.order_date >= ?) AND (? IS NULL OR o.order_date <= ?) "
                                 "GROUP BY o.customer_id ORDER BY o.customer_id"),
                  {w.currency, sql::nullable(w.from), sql::nullable(w.from), sql::nullable(w.to), sql::nullable(w.to)}))
        return SqlErrors::from(q.lastError(), tr("Could not sum up the purchases."));
    QList<PurchaseSummary> out;
    while (q.next())
        out << PurchaseSummary{q.value(0).toLongLong(), fromStoredDate(q.value(1).toString()), q.value(2).toLongLong(),
                               q.value(3).toLongLong(), q.value(4).toString()};
    return out;
}

Result<qint64> AnalyticsStore::liveCustomers() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the customers."));
    return q.value(0).toLongLong();
}

} // namespace guanxi
