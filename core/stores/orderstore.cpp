#include "orderstore.h"

#include "changelogstore.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/sqlvalues.h"
#include "db/transaction.h"
#include "services/session.h"
#include "stores/dealstore.h"
#include "text/money.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {

const QString selectOrder = QStringLiteral(
    "SELECT o.id, o.number, o.customer_id, c.name, o.order_date, o.status, o.currency, o.total_minor, o.owner_id, "
    "o.notes, o.created_at, o.kind, o.discount_minor, o.deal_id, "
    "(SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.order_id = o.id) "
    "FROM orders o JOIN customers c ON c.id = o.customer_id ");

Order orderFrom(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.customerId = q.value(2).toLongLong();
    o.customerName = q.value(3).toString();
    o.orderDate = fromStoredDate(q.value(4).toString());
    o.status = Orders::statusFromCode(q.value(5).toString()).value_or(OrderStatus::Draft);
    o.currency = q.value(6).toString();
    o.totalMinor = q.value(7).toLongLong();
    o.ownerId = q.value(8).toLongLong();
    o.notes = q.value(9).toString();
    o.createdAt = fromStoredTime(q.value(10).toString());
    o.kind = Orders::kindFromCode(q.value(11).toString()).value_or(OrderKind::Order);
    o.discountMinor = q.value(12).toLongLong();
    o.dealId = q.value(13).toLongLong();
    o.paidMinor = q.value(14).toLongLong();
    return o;
}

Status check(Order &o)
{
    o.number = o.number.trimmed();
    o.currency = o.currency.trimmed().toUpper();
    if (o.number.isEmpty())
        return Error{OrderStore::tr("Enter an order number."), {}, QStringLiteral("number")};
    if (!o.orderDate.isValid())
        return Error{OrderStore::tr("Enter the order date (e.g. 2026-03-31)."), {}, QStringLiteral("order_date")};
    if (o.currency.size() != 3)
        return Error{OrderStore::tr("“%1” is not a currency code; use three letters such as CNY or USD.").arg(o.currency),
                     {}, QStringLiteral("currency")};
    if (o.totalMinor > Money::maxMinor)
        return Error{OrderStore::tr("The order total is too large."), {}, QStringLiteral("total")};
    return Orders::computeTotals(o);
}
} // namespace

Status OrderStore::writeLines(qint64 orderId, const QList<OrderLine> &lines)
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), {orderId}))
        return SqlErrors::from(q.lastError(), tr("Could not save the order lines."));
    for (int i = 0; i < lines.size(); ++i) {
        const OrderLine &l = lines.at(i);
        if (!run(q, QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, description, quantity, "
                                   "unit_price_minor, discount_minor, total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {orderId, i, nullable(l.productId), l.description, l.quantity, l.unitPriceMinor, l.discountMinor, l.totalMinor}))
            return SqlErrors::from(q.lastError(), tr("Could not save line %1.").arg(i + 1));
    }
    return {};
}

Result<qint64> OrderStore::create(Order o)
{
    if (Status s = check(o); !s)
        return s.error();
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = toStoredTime(m_session.now());
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO orders (number, customer_id, order_date, status, currency, total_minor, owner_id, notes, created_at, "
        "created_by, updated_at, updated_by, kind, discount_minor, deal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 owner = o.ownerId ? o.ownerId : m_session.userId();
    const QVariantList values = {o.number, o.customerId, toStoredDate(o.orderDate), Orders::statusCode(o.status),
                                 o.currency, o.totalMinor, nullable(owner), nullable(o.notes), now,
                                 nullable(m_session.userId()), now, nullable(m_session.userId()), Orders::kindCode(o.kind),
                                 o.discountMinor, nullable(o.dealId)};
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
    if (Status s = writeLines(id, o.lines); !s)
        return s.error();
    Change c;
    c.entity = QStringLiteral("order");
    c.entityId = id;
    c.action = QStringLiteral("create");
    c.newValue = o.number;
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce([s = &m_session, v = QList<qint64>{id}] { emit s->ordersChanged(v); });
    return id;
}

Status OrderStore::update(Order o)
{
    if (Status s = check(o); !s)
        return s;
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE orders SET number = ?, order_date = ?, status = ?, currency = ?, total_minor = ?, "
                               "notes = ?, discount_minor = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
             {o.number, toStoredDate(o.orderDate), Orders::statusCode(o.status), o.currency, o.totalMinor, nullable(o.notes),
              o.discountMinor, toStoredTime(m_session.now()), nullable(m_session.userId()), o.id}))
        return q.lastError().nativeErrorCode() == QStringLiteral("2067")
                   ? Status(Error{tr("Order number “%1” exists already.").arg(o.number), {}, QStringLiteral("number")})
                   : Status(SqlErrors::from(q.lastError(), tr("Could not save order “%1”.").arg(o.number)));
    if (!o.lines.isEmpty())
        if (Status s = writeLines(o.id, o.lines); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce([s = &m_session, v = QList<qint64>{o.id}] { emit s->ordersChanged(v); });
    return {};
}

Result<Order> OrderStore::get(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, selectOrder + QStringLiteral("WHERE o.id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read order %1.").arg(id));
    if (!q.next())
        return Error{tr("Order %1 does not exist.").arg(id), {}, {}};
    Order o = orderFrom(q);
    if (!run(q, QStringLiteral("SELECT product_id, description, quantity, unit_price_minor, discount_minor, total_minor "
                               "FROM order_lines WHERE order_id = ? ORDER BY position"),
             {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read order %1.").arg(id));
    while (q.next())
        o.lines << OrderLine{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
    return o;
}

Result<QList<Order>> OrderStore::forCustomer(qint64 customerId) const
{
    OrderListQuery q;
    q.customerId = customerId;
    return list(q, 0, 1000);
}

namespace {
QString whereFor(const OrderListQuery &query, QVariantList &values)
{
    QStringList parts = {QStringLiteral("1 = 1")};
    if (query.status) {
        parts << QStringLiteral("o.status = ?");
        values << Orders::statusCode(*query.status);
    }
    if (query.kind) {
        parts << QStringLiteral("o.kind = ?");
        values << Orders::kindCode(*query.kind);
    }
    if (query.customerId) {
        parts << QStringLiteral("o.customer_id = ?");
        values << query.customerId;
    }
    if (query.unpaidOnly)
        parts << QStringLiteral("o.status NOT IN ('cancelled', 'paid') AND o.kind = 'order' AND o.total_minor > "
                                "(SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.order_id = o.id)");
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> OrderStore::count(const OrderListQuery &query) const
{
    QVariantList values;
    const QString where = whereFor(query, values);
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM orders o") + where, values) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the orders."));
    return q.value(0).toLongLong();
}

Result<QList<Order>> OrderStore::list(const OrderListQuery &query, qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = whereFor(query, values);
    values << limit << offset;
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, selectOrder + where + QStringLiteral(" ORDER BY o.order_date DESC, o.id DESC LIMIT ? OFFSET ?"), values))
        return SqlErrors::from(q.lastError(), tr("Could not read the orders."));
    QList<Order> out;
    while (q.next())
        out << orderFrom(q);
    return out;
}

Result<OrderSummary> OrderStore::summary(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*), coalesce(sum(total_minor), 0), max(order_date) FROM orders "
                               "WHERE customer_id = ? AND kind = 'order' AND currency = 'CNY' "
                               "AND status IN ('signed', 'delivered', 'paid')"),
             {customerId})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read the orders."));
    return OrderSummary{q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredDate(q.value(2).toString())};
}

Result<qint64> OrderStore::findByNumber(const QString &number) const
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("SELECT id FROM orders WHERE number = ?"));
    q.bindValue(0, number.trimmed());
    if (!q.exec())
        return SqlErrors::from(q.lastError(), tr("Could not look up order “%1”.").arg(number));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QString> OrderStore::nextNumber(OrderKind kind) const
{
    const QString prefix = (kind == OrderKind::Quote ? QStringLiteral("QT-") : kind == OrderKind::Contract ? QStringLiteral("CT-")
                                                                                                           : QStringLiteral("SO-"))
                           + QString::number(m_session.today().year()) + u'-';
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM orders WHERE number LIKE ?"), {prefix + u'%'}) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not number the order."));
    for (qint64 n = q.value(0).toLongLong() + 1;; ++n) {
        const QString candidate = prefix + QStringLiteral("%1").arg(n, 5, 10, QChar(u'0'));
        auto taken = findByNumber(candidate);
        if (!taken)
            return taken.error();
        if (*taken == 0)
            return candidate;
    }
}

Status OrderStore::advance(qint64 id)
{
    auto o = get(id);
    if (!o)
        return o.error();
    if (o->kind == OrderKind::Order)
        return Error{tr("“%1” is an order already.").arg(o->number), {}, {}};
    if (o->status == OrderStatus::Cancelled)
        return Error{tr("“%1” is cancelled; it cannot become a contract or an order.").arg(o->number), {}, {}};
    const OrderKind next = o->kind == OrderKind::Quote ? OrderKind::Contract : OrderKind::Order;
    return setCode(*o, QStringLiteral("kind"), Orders::kindCode(o->kind), Orders::kindCode(next));
}

Status OrderStore::setStatus(qint64 id, OrderStatus status)
{
    auto o = get(id);
    if (!o)
        return o.error();
    return setCode(*o, QStringLiteral("status"), Orders::statusCode(o->status), Orders::statusCode(status));
}

// Changes the kind or status column of one order and logs it, in one transaction.
Status OrderStore::setCode(const Order &order, const QString &column, const QString &oldCode, const QString &newCode)
{
    // The column goes into the SQL text, so only these two are accepted.
    if (column != QStringLiteral("kind") && column != QStringLiteral("status"))
        return Error{QStringLiteral("OrderStore::setCode: unknown column %1").arg(column), {}, {}};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE orders SET %1 = ?, updated_at = ?, updated_by = ? WHERE id = ?").arg(column),
             {newCode, toStoredTime(m_session.now()), nullable(m_session.userId()), order.id}))
        return SqlErrors::from(q.lastError(), tr("Could not change “%1”.").arg(order.number));
    Change c;
    c.entity = QStringLiteral("order");
    c.entityId = order.id;
    c.action = QStringLiteral("update");
    c.field = column;
    c.oldValue = oldCode;
    c.newValue = newCode;
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce([s = &m_session, v = QList<qint64>{order.id}] { emit s->ordersChanged(v); });
    return {};
}

Result<qint64> OrderStore::addPayment(qint64 orderId, Payment p)
{
    // The balance is read inside the write transaction: two payments at once
    // cannot both fit into what is owed.
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto o = get(orderId);
    if (!o)
        return o.error();
    if (o->status == OrderStatus::Cancelled)
        return Error{tr("“%1” is cancelled; no payment can be recorded against it.").arg(o->number), {}, {}};
    if (p.amountMinor <= 0)
        return Error{tr("Enter the amount received."), {}, QStringLiteral("amount")};
    if (p.amountMinor > o->outstandingMinor())
        return Error{tr("%1 is more than the %2 still owed on “%3”; check the amount.")
                         .arg(Money::plain(p.amountMinor), Money::plain(o->outstandingMinor()), o->number),
                     {}, QStringLiteral("amount")};
    if (!p.paidOn.isValid())
        p.paidOn = m_session.today();
    if (p.paidOn > m_session.today())
        return Error{tr("The payment date %1 is in the future.").arg(p.paidOn.toString(Qt::ISODate)), {}, QStringLiteral("paid_on")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO payments (order_id, paid_on, amount_minor, method, note, created_at, created_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {orderId, toStoredDate(p.paidOn), p.amountMinor, nullable(p.method), nullable(p.note),
              toStoredTime(m_session.now()), nullable(m_session.userId())}))
        return SqlErrors::from(q.lastError(), tr("Could not record the payment."));
    const qint64 id = q.lastInsertId().toLongLong();
    Change c;
    c.entity = QStringLiteral("order");
    c.entityId = orderId;
    c.action = QStringLiteral("update");
    c.field = QStringLiteral("payment");
    c.newValue = Money::plain(p.amountMinor);
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s.error();
    if (p.amountMinor == o->outstandingMinor() && o->status != OrderStatus::Paid) {
        if (!run(q, QStringLiteral("UPDATE orders SET status = 'paid', updated_at = ? WHERE id = ?"),
                 {toStoredTime(m_session.now()), orderId}))
            return SqlErrors::from(q.lastError(), tr("Could not record the payment."));
        Change paid;
        paid.entity = QStringLiteral("order");
        paid.entityId = orderId;
        paid.action = QStringLiteral("update");
        paid.field = QStringLiteral("status");
        paid.oldValue = Orders::statusCode(o->status);
        paid.newValue = QStringLiteral("paid");
        if (Status s = ChangeLogStore(m_session).record(paid); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce([s = &m_session, v = QList<qint64>{orderId}] { emit s->ordersChanged(v); });
    return id;
}

Result<QList<Payment>> OrderStore::payments(qint64 orderId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT id, paid_on, amount_minor, method, note FROM payments WHERE order_id = ? ORDER BY paid_on, id"),
             {orderId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the payments."));
    QList<Payment> out;
    while (q.next())
        out << Payment{q.value(0).toLongLong(), fromStoredDate(q.value(1).toString()), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toString()};
    return out;
}

Result<qint64> OrderStore::createFromDeal(qint64 dealId)
{
    auto deal = DealStore(m_session).get(dealId);
    if (!deal)
        return deal.error();
    auto number = nextNumber(OrderKind::Order);
    if (!number)
        return number.error();
    Order o;
    o.number = *number;
    o.customerId = deal->customerId;
    o.orderDate = m_session.today();
    o.status = OrderStatus::Draft;
    o.currency = deal->currency;
    o.ownerId = deal->ownerId;
    o.dealId = dealId;
    o.lines << OrderLine{0, deal->products.isEmpty() ? deal->title : deal->products, 1, deal->amountMinor, 0, 0};
    return create(o);
}

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
    if (!run(q, QStringLiteral("INSERT INTO products (sku, name, category, unit_price_minor, currency) VALUES (?, ?, ?, ?, ?)"),
             {p.sku, p.name, nullable(p.category), p.unitPriceMinor, p.currency}))
        return q.lastError().nativeErrorCode() == QStringLiteral("2067")
                   ? Result<qint64>(Error{tr("SKU “%1” exists already.").arg(p.sku), {}, QStringLiteral("sku")})
                   : Result<qint64>(SqlErrors::from(q.lastError(), tr("Could not add the product.")));
    return q.lastInsertId().toLongLong();
}

} // namespace guanxi
