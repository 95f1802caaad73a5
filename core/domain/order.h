#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace guanxi {

enum class OrderStatus { Draft, Signed, Delivered, Paid, Cancelled };

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
};

struct Orders {
    Q_DECLARE_TR_FUNCTIONS(Orders)
public:
    static QString statusCode(OrderStatus status);
    static std::optional<OrderStatus> statusFromCode(const QString &code);
    static QString statusLabel(OrderStatus status);
    static QList<OrderStatus> statuses();
};

} // namespace guanxi
