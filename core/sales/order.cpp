#include "sales/order.h"

#include "platform/enumtable.h"
#include "text/money.h"

namespace guanxi {

namespace {

constexpr auto statusTable = enumTable<OrderStatus>("Orders", {
    {OrderStatus::Draft, "draft", QT_TRANSLATE_NOOP("Orders", "Draft")},
    {OrderStatus::Signed, "signed", QT_TRANSLATE_NOOP("Orders", "Signed")},
    {OrderStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("Orders", "Delivered")},
    {OrderStatus::Paid, "paid", QT_TRANSLATE_NOOP("Orders", "Paid")},
    {OrderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Orders", "Cancelled")},
});

constexpr auto kindTable = enumTable<OrderKind>("Orders", {
    {OrderKind::Quote, "quote", QT_TRANSLATE_NOOP("Orders", "Quote")},
    {OrderKind::Contract, "contract", QT_TRANSLATE_NOOP("Orders", "Contract")},
    {OrderKind::Order, "order", QT_TRANSLATE_NOOP("Orders", "Order")},
});

constexpr auto paymentKindTable = enumTable<PaymentKind>("Orders", {
    {PaymentKind::Received, "payment", QT_TRANSLATE_NOOP("Orders", "Payment")},
    {PaymentKind::WriteOff, "write_off", QT_TRANSLATE_NOOP("Orders", "Written off")},
    {PaymentKind::MarkedPaid, "marked_paid", QT_TRANSLATE_NOOP("Orders", "Marked paid (no payment details)")},
});

} // namespace

QList<OrderStatus> Orders::statuses() { return statusTable.values(); }
QString Orders::statusCode(OrderStatus s) { return statusTable.code(s); }
std::optional<OrderStatus> Orders::statusFromCode(const QString &code) { return statusTable.fromCode(code); }
QString Orders::statusLabel(OrderStatus s) { return statusTable.label(s); }

QString Orders::kindCode(OrderKind k) { return kindTable.code(k); }
std::optional<OrderKind> Orders::kindFromCode(const QString &code) { return kindTable.fromCode(code); }
QString Orders::kindLabel(OrderKind k) { return kindTable.label(k); }

QString Orders::paymentKindCode(PaymentKind k) { return paymentKindTable.code(k); }
std::optional<PaymentKind> Orders::paymentKindFromCode(const QString &code) { return paymentKindTable.fromCode(code); }
QString Orders::paymentKindLabel(PaymentKind k) { return paymentKindTable.label(k); }

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
