#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include "util/result.h"

#include <optional>

namespace guanxi {

enum class OrderStatus { Draft, Signed, Delivered, Paid, Cancelled };
enum class OrderKind { Quote, Contract, Order };

struct OrderLine {
    qint64 productId = 0;
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;     // computed: quantity × unit price − discount
};

// A payment received against an order (回款).
struct Payment {
    qint64 id = 0;
    QDate paidOn;
    qint64 amountMinor = 0;
    QString method;
    QString note;
};

// A purchase. Amounts are integer minor units (fen/cents) with an ISO 4217
// currency code; never floating point.
struct Order {
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QDate orderDate;
    OrderStatus status = OrderStatus::Draft;
    QString currency = QStringLiteral("CNY");
    qint64 totalMinor = 0;
    qint64 ownerId = 0;
    QString notes;
    QDateTime createdAt;
    OrderKind kind = OrderKind::Order;
    qint64 discountMinor = 0;  // off the whole order
    qint64 dealId = 0;
    QList<OrderLine> lines;    // empty: totalMinor is taken as given (imports)
    qint64 paidMinor = 0;      // filled when read back
    QString customerName;      // filled when read back
    // Nothing is owed on a cancelled order, nor on one marked paid (imported
    // history has the status but no payment records).
    qint64 outstandingMinor() const
    {
        return status == OrderStatus::Cancelled || status == OrderStatus::Paid ? 0 : qMax<qint64>(0, totalMinor - paidMinor);
    }
};

struct Orders {
    Q_DECLARE_TR_FUNCTIONS(Orders)
public:
    static QString statusCode(OrderStatus status);
    static std::optional<OrderStatus> statusFromCode(const QString &code);
    static QString statusLabel(OrderStatus status);
    static QList<OrderStatus> statuses();
    static QString kindCode(OrderKind kind);
    static std::optional<OrderKind> kindFromCode(const QString &code);
    static QString kindLabel(OrderKind kind);
    // Fills each line's total and the order's total; an Error when a line is
    // wrong or a figure would overflow. Nothing else is checked here.
    static Status computeTotals(Order &order);
};

} // namespace guanxi
