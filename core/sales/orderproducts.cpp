// OrderStore: the product catalogue order lines pick from.
#include "sales/orderstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "sales/salesaccess.h"
#include "text/money.h"

#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

Result<QList<Product>> OrderStore::products() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT id, sku, name, category, unit_price_minor, currency FROM products WHERE active = 1 "
                               "ORDER BY category, name")))
        return SqlErrors::from(q.lastError(), tr("Could not read the products."));
    QList<Product> out;
    while (q.next())
        out << Product{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toLongLong(), q.value(5).toString()};
    return out;
}

Result<qint64> OrderStore::addProduct(Product p)
{
    p.sku = p.sku.trimmed();
    p.name = p.name.simplified();
    if (p.sku.isEmpty() || p.name.isEmpty())
        return Error{tr("A product needs a SKU and a name."), {}, QStringLiteral("sku")};
    if (p.unitPriceMinor < 0 || p.unitPriceMinor > Money::maxMinor)
        return Error{tr("The unit price must be between 0 and 10,000,000,000,000."), {}, QStringLiteral("price")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO products (sku, name, category, unit_price_minor, currency) VALUES (?, ?, ?, ?, ?) "
                               "RETURNING id"),
             {p.sku, p.name, nullable(p.category), p.unitPriceMinor, p.currency})
        || !q.next())
        return SalesAccess::isDuplicate(q.lastError())
                   ? Result<qint64>(Error{tr("SKU “%1” exists already.").arg(p.sku), {}, QStringLiteral("sku")})
                   : Result<qint64>(SqlErrors::from(q.lastError(), tr("Could not add the product.")));
    return q.value(0).toLongLong();
}

} // namespace guanxi
