#include "sales/orderstore.h"

#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "sales/dealstore.h"
#include "sales/salesaccess.h"
#include "text/money.h"
#include "platform/clock.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {

const QString selectOrder = QStringLiteral(
    "SELECT o.id, o.number, o.customer_id, c.name, o.order_date, o.status, o.currency, o.total_minor, o.owner_id, "
    "o.notes, o.created_at, o.kind, o.discount_minor, o.deal_id, "
    "(SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.order_id = o.id AND p.kind <> 'write_off'), "
    "(SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.order_id = o.id AND p.kind = 'write_off'), "
    "o.row_version FROM orders o JOIN customers c ON c.id = o.customer_id ");

// An automatic number: its prefix with the year (QT-2026-) and its count.
const QRegularExpression &automaticNumber()
{
    static const QRegularExpression re(QStringLiteral("^((?:QT|CT|SO)-\\d{4}-)(\\d{1,15})$"));
    return re;
}

// The start of an automatic number of this kind: QT-2026-00001 for a quote.
QString automaticPrefix(OrderKind kind)
{
    return kind == OrderKind::Quote ? QStringLiteral("QT-") : kind == OrderKind::Contract ? QStringLiteral("CT-")
                                                                                          : QStringLiteral("SO-");
}

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
    o.writtenOffMinor = q.value(15).toLongLong();
    o.version = q.value(16).toLongLong();
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
    if (o.status == OrderStatus::Paid && o.kind != OrderKind::Order)
        return Error{OrderStore::tr("A %1 owes nothing, so it cannot be paid; advance it to an order first.")
                         .arg(Orders::kindLabel(o.kind).toLower()),
                     {}, QStringLiteral("status")};
    return Orders::computeTotals(o);
}

// Whether an order may go from its status to `next` with `total` as its new
// total. "Paid" follows from what settles the order, never the other way.
Status statusChange(const Order &before, OrderStatus next, qint64 total)
{
    const qint64 settled = before.settledMinor();
    if (next == OrderStatus::Paid) {
        if (before.kind != OrderKind::Order)
            return Error{OrderStore::tr("“%1” is a %2 and owes nothing, so it cannot be paid; advance it to an order first.")
                             .arg(before.number, Orders::kindLabel(before.kind).toLower()),
                         {}, QStringLiteral("status")};
        if (settled < total)
            return Error{OrderStore::tr("“%1” still has %2 outstanding, so it cannot be marked paid. Record the payments "
                                        "received, or write off the rest with a reason; it becomes paid when nothing "
                                        "is owed.")
                             .arg(before.number, Money::plain(total - settled)),
                         {}, QStringLiteral("status")};
        return {};
    }
    if (before.status == OrderStatus::Paid && next != OrderStatus::Cancelled && settled >= total && total > 0)
        return Error{OrderStore::tr("“%1” is paid in full, so its status stays paid. If a payment was recorded by "
                                    "mistake, remove it first.")
                         .arg(before.number),
                     {}, QStringLiteral("status")};
    if (next == OrderStatus::Cancelled && before.status != OrderStatus::Cancelled && settled > 0)
        return Error{OrderStore::tr("“%1” has %2 received or written off, so cancelling it would make that money "
                                    "disappear. Remove the payments first (for a refund), then cancel.")
                         .arg(before.number, Money::plain(settled)),
                     {}, QStringLiteral("status")};
    if (next == OrderStatus::Draft && settled > 0)
        return Error{OrderStore::tr("“%1” has payments recorded, so it cannot go back to draft. Remove them first, "
                                    "or cancel the order.")
                         .arg(before.number),
                     {}, QStringLiteral("status")};
    return {};
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
    if (Status s = SalesAccess::customerVisible(m_session, o.customerId); !s)
        return s.error();
    if (Status s = SalesAccess::ownerAllowed(m_session, o.ownerId ? o.ownerId : m_session.userId(),
                                             SalesAccess::Record::Order);
        !s)
        return s.error();
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = toStoredTime(m_session.now());
    QSqlQuery &q = m_session.db().prepared(QStringLiteral(
        "INSERT INTO orders (number, customer_id, order_date, status, currency, total_minor, owner_id, notes, created_at, "
        "created_by, updated_at, updated_by, kind, discount_minor, deal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    const qint64 owner = o.ownerId ? o.ownerId : m_session.userId();
    const QVariantList values = {o.number, o.customerId, toStoredDate(o.orderDate), Orders::statusCode(o.status),
                                 o.currency, o.totalMinor, nullable(owner), nullable(o.notes), now,
                                 nullable(m_session.userId()), now, nullable(m_session.userId()), Orders::kindCode(o.kind),
                                 o.discountMinor, nullable(o.dealId)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        if (SalesAccess::isDuplicate(q.lastError()))
            return Error{tr("Order number “%1” exists already.").arg(o.number), {}, QStringLiteral("number")};
        if (SalesAccess::isMissingReference(q.lastError()))
            return Error{tr("Customer %1 does not exist.").arg(o.customerId), {}, QStringLiteral("customer")};
        return SqlErrors::from(q.lastError(), tr("Could not save order “%1”.").arg(o.number));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = noteIssuedNumber(o.number); !s)
        return s.error();
    if (Status s = writeLines(id, o.lines); !s)
        return s.error();
    if (o.status == OrderStatus::Paid && o.totalMinor > 0) {
        // Created as paid (imported history, an order entered after the
        // fact): the money came in, its details were not given.
        o.id = id;
        Payment marked;
        marked.kind = PaymentKind::MarkedPaid;
        marked.paidOn = o.orderDate;
        marked.amountMinor = o.totalMinor;
        if (auto settled = insertSettlement(o, marked); !settled)
            return settled.error();
    }
    if (Status s = ChangeLogStore(m_session).record(Change::created(QStringLiteral("order"), id, o.number)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Orders, {id});
    return id;
}

Status OrderStore::update(Order o)
{
    if (Status s = check(o); !s)
        return s;
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto before = get(o.id);
    if (!before)
        return before.error();
    if (Status s = statusChange(*before, o.status, o.totalMinor); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE orders SET number = ?, order_date = ?, status = ?, currency = ?, total_minor = ?, "
                               "notes = ?, discount_minor = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND (CAST(? AS bigint) = 0 OR row_version = ?)"),
             {o.number, toStoredDate(o.orderDate), Orders::statusCode(o.status), o.currency, o.totalMinor, nullable(o.notes),
              o.discountMinor, toStoredTime(m_session.now()), nullable(m_session.userId()), o.id, o.version, o.version}))
        return SalesAccess::isDuplicate(q.lastError())
                   ? Status(Error{tr("Order number “%1” exists already.").arg(o.number), {}, QStringLiteral("number")})
                   : Status(SqlErrors::from(q.lastError(), tr("Could not save order “%1”.").arg(o.number)));
    // Checked and written in one statement; the order was read just now.
    if (q.numRowsAffected() == 0)
        return ChangeLogStore(m_session).conflict(QStringLiteral("order"), o.id);
    // What changed, for the history and for a later save's conflict message.
    const QString batch = ChangeLogStore::newBatch();
    ChangeLogStore log(m_session);
    for (auto [field, oldValue, newValue] :
         {std::tuple{QStringLiteral("number"), before->number, o.number},
          std::tuple{QStringLiteral("order_date"), toStoredDate(before->orderDate), toStoredDate(o.orderDate)},
          std::tuple{QStringLiteral("status"), Orders::statusCode(before->status), Orders::statusCode(o.status)},
          std::tuple{QStringLiteral("currency"), before->currency, o.currency},
          std::tuple{QStringLiteral("total"), Money::plain(before->totalMinor), Money::plain(o.totalMinor)},
          std::tuple{QStringLiteral("discount"), Money::plain(before->discountMinor), Money::plain(o.discountMinor)},
          std::tuple{QStringLiteral("notes"), before->notes, o.notes}}) {
        if (oldValue == newValue)
            continue;
        Change c;
        c.entity = QStringLiteral("order");
        c.entityId = o.id;
        c.action = QStringLiteral("update");
        c.field = field;
        c.oldValue = oldValue.isNull() ? QStringLiteral("") : oldValue;
        c.newValue = newValue.isNull() ? QStringLiteral("") : newValue;
        c.batch = batch;
        if (Status s = log.record(c); !s)
            return s;
    }
    if (o.number != before->number)
        if (Status s = noteIssuedNumber(o.number); !s)
            return s;
    if (!o.lines.isEmpty())
        if (Status s = writeLines(o.id, o.lines); !s)
            return s;
    if (Status s = settle(o.id); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Orders, {o.id});
    return {};
}

Result<Order> OrderStore::get(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    // Another's order this session does not see reads as not there.
    if (!run(q, selectOrder + QStringLiteral("WHERE o.id = ? AND ") + m_session.visibleOwner(QStringLiteral("o.owner_id")),
             {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read order %1.").arg(id));
    if (!q.next())
        return Error{tr("Order %1 does not exist.").arg(id), {}, {}, ErrorKind::NotFound};
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
QString whereFor(const Session &session, const OrderListQuery &query, QVariantList &values)
{
    QStringList parts = {session.visibleOwner(QStringLiteral("o.owner_id"))};
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
    if (query.ownerId) {
        parts << QStringLiteral("o.owner_id = ?");
        values << query.ownerId;
    }
    if (!query.currency.isEmpty()) {
        parts << QStringLiteral("o.currency = ?");
        values << query.currency;
    }
    // As Order::outstandingMinor(): what a signed, delivered or paid order
    // still owes after its payments and write-offs.
    if (query.unpaidOnly)
        parts << QStringLiteral("o.status IN ('signed', 'delivered', 'paid') AND o.kind = 'order' AND o.total_minor > "
                                "(SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.order_id = o.id)");
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> OrderStore::count(const OrderListQuery &query) const
{
    QVariantList values;
    const QString where = whereFor(m_session, query, values);
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM orders o") + where, values) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the orders."));
    return q.value(0).toLongLong();
}

Result<QList<Order>> OrderStore::list(const OrderListQuery &query, qint64 offset, int limit) const
{
    QVariantList values;
    const QString where = whereFor(m_session, query, values);
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

namespace {
// A customer's purchases: orders (not quotes or contracts) signed, delivered
// or paid, of those the session sees.
QString customerPurchases(const Session &session)
{
    return QStringLiteral(" FROM orders o WHERE o.customer_id = ? AND o.kind = 'order' "
                          "AND o.status IN ('signed', 'delivered', 'paid') AND ")
           + session.visibleOwner(QStringLiteral("o.owner_id"));
}
} // namespace

Result<OrderSummary> OrderStore::summary(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    const QString amount = CurrencyRates::amountSql(QStringLiteral("o.total_minor"), QStringLiteral("o.currency"),
                                                    QStringLiteral("o.order_date"));
    if (!run(q, QStringLiteral("SELECT count(*), coalesce(sum(") + amount + QStringLiteral("), 0), max(o.order_date), "
                    "count(*) - count(") + amount + QStringLiteral(")") + customerPurchases(m_session),
             {customerId})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read the orders."));
    return OrderSummary{q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredDate(q.value(2).toString()),
                        q.value(3).toLongLong()};
}

Result<Conversion> OrderStore::summaryConversion(qint64 customerId) const
{
    return CurrencyRates(m_session).conversion(QStringLiteral("SELECT o.currency, o.order_date AS day")
                                                   + customerPurchases(m_session),
                                               {customerId});
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

Result<QString> OrderStore::nextNumber(OrderKind kind, int year) const
{
    const QString prefix = automaticPrefix(kind) + QString::number(year ? year : m_session.today().year()) + u'-';
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT coalesce((SELECT last_value FROM number_sequences WHERE prefix = ?), 0)"),
             {prefix})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not number the order."));
    // Past the highest number ever issued; a number typed by hand may sit there.
    for (qint64 n = q.value(0).toLongLong() + 1;; ++n) {
        const QString candidate = prefix + QStringLiteral("%1").arg(n, 5, 10, QChar(u'0'));
        auto taken = findByNumber(candidate);
        if (!taken)
            return taken.error();
        if (*taken == 0)
            return candidate;
    }
}

Status OrderStore::noteIssuedNumber(const QString &number)
{
    const QRegularExpressionMatch m = automaticNumber().match(number);
    if (!m.hasMatch())
        return {};
    QSqlQuery q(m_session.db().connection());
    if (!run(q,
             QStringLiteral("INSERT INTO number_sequences (prefix, last_value) VALUES (?, ?) "
                            "ON CONFLICT (prefix) DO UPDATE SET last_value = CASE WHEN excluded.last_value > "
                            "number_sequences.last_value THEN excluded.last_value ELSE number_sequences.last_value END"),
             {m.captured(1), m.captured(2).toLongLong()}))
        return SqlErrors::from(q.lastError(), tr("Could not number the order."));
    return {};
}

Status OrderStore::advance(qint64 id)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto o = get(id);
    if (!o)
        return o.error();
    if (o->kind == OrderKind::Order)
        return Error{tr("“%1” is an order already.").arg(o->number), {}, {}};
    if (o->status == OrderStatus::Cancelled)
        return Error{tr("“%1” is cancelled; it cannot become a contract or an order.").arg(o->number), {}, {}};
    const OrderKind next = o->kind == OrderKind::Quote ? OrderKind::Contract : OrderKind::Order;
    // Only a number Guanxi gave (QT- for a quote, CT- for a contract) is renumbered.
    if (automaticNumber().match(o->number).hasMatch() && o->number.startsWith(automaticPrefix(o->kind))) {
        auto number = nextNumber(next);
        if (!number)
            return number.error();
        if (Status s = setCode(*o, QStringLiteral("number"), o->number, *number); !s)
            return s;
        if (Status s = noteIssuedNumber(*number); !s)
            return s;
    }
    if (Status s = setCode(*o, QStringLiteral("kind"), Orders::kindCode(o->kind), Orders::kindCode(next)); !s)
        return s;
    // The customer took it: as an order it is signed, and from now on owes.
    if (next == OrderKind::Order && o->status == OrderStatus::Draft)
        if (Status s = setCode(*o, QStringLiteral("status"), Orders::statusCode(o->status),
                               Orders::statusCode(OrderStatus::Signed));
            !s)
            return s;
    if (Status s = settle(id); !s)
        return s;
    return tx.commit();
}

Status OrderStore::setStatus(qint64 id, OrderStatus status)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto o = get(id);
    if (!o)
        return o.error();
    if (o->status == status)
        return tx.commit();
    if (Status s = statusChange(*o, status, o->totalMinor); !s)
        return s;
    if (Status s = setCode(*o, QStringLiteral("status"), Orders::statusCode(o->status), Orders::statusCode(status)); !s)
        return s;
    if (Status s = settle(id); !s)
        return s;
    return tx.commit();
}

// Changes the kind, status or number column of one order and logs it, in one transaction.
Status OrderStore::setCode(const Order &order, const QString &column, const QString &oldCode, const QString &newCode)
{
    // The column goes into the SQL text, so only these are accepted.
    if (column != QStringLiteral("kind") && column != QStringLiteral("status") && column != QStringLiteral("number"))
        return Error{QStringLiteral("OrderStore::setCode: unknown column %1").arg(column), {}, {}};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE orders SET %1 = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                                   "WHERE id = ?").arg(column),
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
    m_session.announce(Session::Changed::Orders, {order.id});
    return {};
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

} // namespace guanxi
