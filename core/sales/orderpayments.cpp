// OrderStore: what settles an order's balance (payments, write-offs) and the
// "paid" status that follows from them.
#include "sales/orderstore.h"

#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "text/money.h"
#include "platform/clock.h"

#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {
// Why an order takes no payment, or empty when it owes.
QString whyNothingOwed(const Order &o)
{
    if (o.status == OrderStatus::Cancelled)
        return OrderStore::tr("“%1” is cancelled; no payment can be recorded against it.").arg(o.number);
    if (o.kind != OrderKind::Order)
        return OrderStore::tr("“%1” is a %2 and owes nothing yet; advance it to an order before recording payments.")
            .arg(o.number, Orders::kindLabel(o.kind).toLower());
    if (o.status == OrderStatus::Draft)
        return OrderStore::tr("“%1” is a draft and owes nothing yet; mark it signed or delivered before recording "
                              "payments.")
            .arg(o.number);
    if (o.outstandingMinor() == 0)
        return OrderStore::tr("Nothing is owed on “%1”: it is settled in full.").arg(o.number);
    return {};
}

Change orderChange(qint64 orderId, const QString &field, const QString &oldValue, const QString &newValue)
{
    Change c;
    c.entity = QStringLiteral("order");
    c.entityId = orderId;
    c.action = QStringLiteral("update");
    c.field = field;
    c.oldValue = oldValue;
    c.newValue = newValue;
    return c;
}
} // namespace

Result<qint64> OrderStore::insertSettlement(const Order &order, const Payment &p)
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO payments (order_id, paid_on, amount_minor, method, note, created_at, created_by, "
                               "kind, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {order.id, toStoredDate(p.paidOn), p.amountMinor, nullable(p.method.trimmed()), nullable(p.note.trimmed()),
              toStoredTime(m_session.now()), nullable(m_session.userId()), Orders::paymentKindCode(p.kind),
              nullable(p.reference.trimmed())})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not record the payment on “%1”.").arg(order.number));
    const qint64 id = q.value(0).toLongLong();
    const QString field = p.kind == PaymentKind::WriteOff ? QStringLiteral("write_off") : QStringLiteral("payment");
    if (Status s = ChangeLogStore(m_session).record(orderChange(order.id, field, {}, Money::plain(p.amountMinor))); !s)
        return s.error();
    return id;
}

// Keeps the status in step with the settlements, inside the caller's
// transaction: a signed or delivered order whose total is covered becomes
// paid; a paid order no longer covered goes back to its status before.
Status OrderStore::settle(qint64 orderId)
{
    auto o = get(orderId);
    if (!o)
        return o.error();
    QString next;
    if (o->kind == OrderKind::Order && o->totalMinor > 0 && o->settledMinor() >= o->totalMinor
        && (o->status == OrderStatus::Signed || o->status == OrderStatus::Delivered)) {
        next = Orders::statusCode(OrderStatus::Paid);
    } else if (o->status == OrderStatus::Paid && o->settledMinor() < o->totalMinor) {
        next = Orders::statusCode(OrderStatus::Delivered);
        auto history = ChangeLogStore(m_session).history(QStringLiteral("order"), orderId);
        if (!history)
            return history.error();
        for (const Change &c : *history)   // newest first
            if (c.field == QStringLiteral("status") && c.newValue == QStringLiteral("paid")) {
                if (c.oldValue == QStringLiteral("signed") || c.oldValue == QStringLiteral("delivered"))
                    next = c.oldValue;
                break;
            }
    }
    if (next.isEmpty())
        return {};
    return setCode(*o, QStringLiteral("status"), Orders::statusCode(o->status), next);
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
    if (const QString why = whyNothingOwed(*o); !why.isEmpty())
        return Error{why, {}, QStringLiteral("amount")};
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
    p.kind = PaymentKind::Received;
    auto id = insertSettlement(*o, p);
    if (!id)
        return id.error();
    if (Status s = settle(orderId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Orders, {orderId});
    return *id;
}

Result<qint64> OrderStore::writeOff(qint64 orderId, const QString &reason, std::optional<qint64> expectedMinor)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the rest will not be paid (for example: the customer closed down, or a discount "
                        "agreed after delivery)."),
                     {}, QStringLiteral("reason")};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto o = get(orderId);
    if (!o)
        return o.error();
    if (const QString why = whyNothingOwed(*o); !why.isEmpty())
        return Error{why, {}, {}};
    // What the user saw and confirmed must be what is written off: on a shared
    // file someone may have recorded a payment since.
    if (expectedMinor && *expectedMinor != o->outstandingMinor())
        return Error{tr("“%1” now has %2 outstanding, not %3: a payment was recorded or removed meanwhile. Look at "
                        "the order again before writing off.")
                         .arg(o->number, Money::plain(o->outstandingMinor()), Money::plain(*expectedMinor)),
                     {}, {}};
    Payment p;
    p.kind = PaymentKind::WriteOff;
    p.paidOn = m_session.today();
    p.amountMinor = o->outstandingMinor();
    p.note = reason;
    auto id = insertSettlement(*o, p);
    if (!id)
        return id.error();
    if (Status s = settle(orderId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Orders, {orderId});
    return *id;
}

Status OrderStore::removePayment(qint64 paymentId)
{
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT order_id, amount_minor, kind FROM payments WHERE id = ?"), {paymentId}))
        return SqlErrors::from(q.lastError(), tr("Could not read payment %1.").arg(paymentId));
    if (!q.next())
        return Error{tr("Payment %1 does not exist; it may have been removed already.").arg(paymentId), {}, {}};
    const qint64 orderId = q.value(0).toLongLong();
    const qint64 amount = q.value(1).toLongLong();
    const bool writeOff = q.value(2).toString() == QStringLiteral("write_off");
    q.finish();
    // A payment of an order this session does not see is not there for it.
    if (auto order = get(orderId); !order)
        return order.error().kind == ErrorKind::NotFound
                   ? Status(Error{tr("Payment %1 does not exist; it may have been removed already.").arg(paymentId), {},
                                  {}, ErrorKind::NotFound})
                   : Status(order.error());
    if (!run(q, QStringLiteral("DELETE FROM payments WHERE id = ?"), {paymentId}))
        return SqlErrors::from(q.lastError(), tr("Could not remove payment %1.").arg(paymentId));
    const QString field = writeOff ? QStringLiteral("write_off") : QStringLiteral("payment");
    if (Status s = ChangeLogStore(m_session).record(orderChange(orderId, field, Money::plain(amount), {})); !s)
        return s;
    if (Status s = settle(orderId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Orders, {orderId});
    return {};
}

Result<QList<Payment>> OrderStore::payments(qint64 orderId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT p.id, p.paid_on, p.amount_minor, p.method, p.note, p.reference, p.kind, "
                               "u.display_name, p.created_at FROM payments p LEFT JOIN users u ON u.id = p.created_by "
                               "WHERE p.order_id = ? AND EXISTS (SELECT 1 FROM orders o WHERE o.id = p.order_id AND ")
                    + m_session.visibleOwner(QStringLiteral("o.owner_id")) + QStringLiteral(") ORDER BY p.paid_on, p.id"),
             {orderId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the payments."));
    QList<Payment> out;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.paidOn = fromStoredDate(q.value(1).toString());
        p.amountMinor = q.value(2).toLongLong();
        p.method = q.value(3).toString();
        p.note = q.value(4).toString();
        p.reference = q.value(5).toString();
        p.kind = Orders::paymentKindFromCode(q.value(6).toString()).value_or(PaymentKind::Received);
        p.recordedBy = q.value(7).toString();
        p.recordedAt = fromStoredTime(q.value(8).toString());
        out << p;
    }
    return out;
}

Result<QList<Receivable>> OrderStore::receivables(const ReceivablesQuery &query) const
{
    QString sql = QStringLiteral(
        "SELECT o.id, o.number, o.customer_id, c.name, o.owner_id, o.order_date, o.total_minor, "
        "coalesce(s.received, 0), coalesce(s.written_off, 0) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN (SELECT order_id, sum(amount_minor) FILTER (WHERE kind <> 'write_off') AS received, "
        "sum(amount_minor) FILTER (WHERE kind = 'write_off') AS written_off FROM payments GROUP BY order_id) s "
        "ON s.order_id = o.id "
        "WHERE o.kind = 'order' AND o.status IN ('signed', 'delivered', 'paid') AND o.currency = ? "
        "AND o.total_minor > coalesce(s.received, 0) + coalesce(s.written_off, 0) AND ")
        + m_session.visibleOwner(QStringLiteral("o.owner_id"));
    QVariantList values{query.currency.toUpper()};
    if (query.ownerId) {
        sql += QStringLiteral(" AND o.owner_id = ?");
        values << query.ownerId;
    }
    if (query.sourceId) {
        sql += QStringLiteral(" AND c.source_id = ?");
        values << query.sourceId;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND o.order_date >= ?");
        values << toStoredDate(query.from);
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND o.order_date <= ?");
        values << toStoredDate(query.to);
    }
    sql += QStringLiteral(" ORDER BY o.order_date, o.id");
    QSqlQuery q(m_session.db().connection());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not read what is owed."));
    QList<Receivable> out;
    while (q.next())
        out << Receivable{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                          q.value(4).toLongLong(), fromStoredDate(q.value(5).toString()), q.value(6).toLongLong(),
                          q.value(7).toLongLong(), q.value(8).toLongLong()};
    return out;
}

} // namespace guanxi
