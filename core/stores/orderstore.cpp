#include "orderstore.h"

#include "changelogstore.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "services/session.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace guanxi {

Result<qint64> OrderStore::create(Order o)
{
    o.number = o.number.trimmed();
    if (o.number.isEmpty())
        return Error{tr("Enter an order number."), {}, QStringLiteral("number")};
    if (!o.orderDate.isValid())
        return Error{tr("Enter the order date (e.g. 2026-03-31)."), {}, QStringLiteral("order_date")};
    if (o.totalMinor < 0)
        return Error{tr("The order total cannot be negative."), {}, QStringLiteral("total")};
    if (o.currency.size() != 3)
        return Error{tr("“%1” is not a currency code; use three letters such as CNY or USD.").arg(o.currency),
                     {}, QStringLiteral("currency")};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = toStoredTime(m_session.now());
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO orders (number, customer_id, order_date, status, currency, total_minor, owner_id, "
        "notes, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 owner = o.ownerId ? o.ownerId : m_session.userId();
    const QVariantList values = {o.number, o.customerId, toStoredDate(o.orderDate), Orders::statusCode(o.status),
                                 o.currency.toUpper(), o.totalMinor, owner ? QVariant(owner) : QVariant(),
                                 o.notes.isEmpty() ? QVariant() : QVariant(o.notes), now,
                                 m_session.userId() ? QVariant(m_session.userId()) : QVariant(), now,
                                 m_session.userId() ? QVariant(m_session.userId()) : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QStringLiteral("2067"))
            return Error{tr("Order number “%1” exists already.").arg(o.number), {}, QStringLiteral("number")};
        if (q.lastError().nativeErrorCode() == QStringLiteral("787"))
            return Error{tr("Customer %1 does not exist.").arg(o.customerId), {}, QStringLiteral("customer")};
        return SqlErrors::from(q.lastError(), tr("Could not save order “%1”.").arg(o.number));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Change c;
    c.entity = QStringLiteral("order");
    c.entityId = id;
    c.action = QStringLiteral("create");
    c.newValue = o.number;
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Order>> OrderStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    q.prepare(QStringLiteral("SELECT id, number, order_date, status, currency, total_minor, owner_id, notes "
                             "FROM orders WHERE customer_id = ? ORDER BY order_date DESC, id DESC"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not read the orders."));
    QList<Order> out;
    while (q.next()) {
        Order o;
        o.id = q.value(0).toLongLong();
        o.number = q.value(1).toString();
        o.customerId = customerId;
        o.orderDate = fromStoredDate(q.value(2).toString());
        o.status = Orders::statusFromCode(q.value(3).toString()).value_or(OrderStatus::Draft);
        o.currency = q.value(4).toString();
        o.totalMinor = q.value(5).toLongLong();
        o.ownerId = q.value(6).toLongLong();
        o.notes = q.value(7).toString();
        out << o;
    }
    return out;
}

Result<OrderSummary> OrderStore::summary(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(total_minor), 0), max(order_date) FROM orders "
                             "WHERE customer_id = ? AND status IN ('signed', 'delivered', 'paid')"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read the orders."));
    return OrderSummary{q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredDate(q.value(2).toString())};
}

Result<qint64> OrderStore::count() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM orders")) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the orders."));
    return q.value(0).toLongLong();
}

} // namespace guanxi
