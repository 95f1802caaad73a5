#include "order.h"

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

} // namespace guanxi
