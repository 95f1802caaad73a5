#include "sales/order.h"

#include "text/money.h"

namespace guanxi {

QList<OrderStatus> Orders::statuses()
{
    return {OrderStatus::Draft, OrderStatus::Signed, OrderStatus::Delivered, OrderStatus::Paid,
            OrderStatus::Cancelled};
}

QString Orders::statusCode(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Draft: return QStringLiteral("draft");
    case OrderStatus::Signed: return QStringLiteral("signed");
    case OrderStatus::Delivered: return QStringLiteral("delivered");
    case OrderStatus::Paid: return QStringLiteral("paid");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderStatus> Orders::statusFromCode(const QString &code)
{
    for (OrderStatus s : statuses())
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QString Orders::statusLabel(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Draft: return tr("Draft");
    case OrderStatus::Signed: return tr("Signed");
    case OrderStatus::Delivered: return tr("Delivered");
    case OrderStatus::Paid: return tr("Paid");
    case OrderStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString Orders::paymentKindCode(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Received: return QStringLiteral("payment");
    case PaymentKind::WriteOff: return QStringLiteral("write_off");
    case PaymentKind::MarkedPaid: return QStringLiteral("marked_paid");
    }
    return {};
}

std::optional<PaymentKind> Orders::paymentKindFromCode(const QString &code)
{
    for (PaymentKind k : {PaymentKind::Received, PaymentKind::WriteOff, PaymentKind::MarkedPaid})
        if (paymentKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString Orders::paymentKindLabel(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Received: return tr("Payment");
    case PaymentKind::WriteOff: return tr("Written off");
    case PaymentKind::MarkedPaid: return tr("Marked paid (no payment details)");
    }
    return {};
}

QString Orders::kindCode(OrderKind k)
{
    switch (k) {
    case OrderKind::Quote: return QStringLiteral("quote");
    case OrderKind::Contract: return QStringLiteral("contract");
    case OrderKind::Order: return QStringLiteral("order");
    }
    return {};
}

std::optional<OrderKind> Orders::kindFromCode(const QString &code)
{
    for (OrderKind k : {OrderKind::Quote, OrderKind::Contract, OrderKind::Order})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QString Orders::kindLabel(OrderKind k)
{
    switch (k) {
    case OrderKind::Quote: return tr("Quote");
    case OrderKind::Contract: return tr("Contract");
    case OrderKind::Order: return tr("Order");
    }
    return {};
}

Status Orders::computeTotals(Order &o)
{
    if (o.lines.isEmpty()) {
        if (o.totalMinor < 0)
            return Error{tr("The order total cannot be negative."), {}, QStringLiteral("total")};
        return {};
    }
    qint64 sum = 0;
    for (int i = 0; i < o.lines.size(); ++i) {
        OrderLine &l = o.lines[i];
        l.description = l.description.simplified();
        if (l.description.isEmpty())
            return Error{tr("Line %1 needs a description or a product.").arg(i + 1), {}, QStringLiteral("lines")};
        if (l.quantity <= 0)
            return Error{tr("Line %1: the quantity must be at least 1.").arg(i + 1), {}, QStringLiteral("lines")};
        if (l.unitPriceMinor < 0 || l.discountMinor < 0)
            return Error{tr("Line %1: prices and discounts cannot be negative.").arg(i + 1), {}, QStringLiteral("lines")};
        qint64 gross = 0;
        if (__builtin_mul_overflow(l.quantity, l.unitPriceMinor, &gross) || gross > Money::maxMinor)
            return Error{tr("Line %1: the amount is too large.").arg(i + 1), {}, QStringLiteral("lines")};
        if (l.discountMinor > gross)
            return Error{tr("Line %1: the discount is larger than the line's amount.").arg(i + 1), {}, QStringLiteral("lines")};
        l.totalMinor = gross - l.discountMinor;
        if (__builtin_add_overflow(sum, l.totalMinor, &sum) || sum > Money::maxMinor)
            return Error{tr("The order total is too large."), {}, QStringLiteral("lines")};
    }
    if (o.discountMinor < 0)
        return Error{tr("The discount cannot be negative."), {}, QStringLiteral("discount")};
    if (o.discountMinor > sum)
        return Error{tr("The discount is larger than the order's lines add up to."), {}, QStringLiteral("discount")};
    o.totalMinor = sum - o.discountMinor;
    return {};
}

} // namespace guanxi
