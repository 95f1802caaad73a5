#pragma once

#include "domain/order.h"
#include "util/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct OrderSummary {
    qint64 count = 0;
    qint64 totalMinor = 0;   // of CNY orders that count as purchases (signed, delivered, paid)
    QDate lastOrderDate;
};

struct OrderListQuery {
    std::optional<OrderStatus> status;
    std::optional<OrderKind> kind;
    qint64 customerId = 0;
    bool unpaidOnly = false;          // with an outstanding balance
};

struct Product {
    qint64 id = 0;
    QString sku;
    QString name;
    QString category;
    qint64 unitPriceMinor = 0;
    QString currency = QStringLiteral("CNY");
};

// Quotes, contracts and orders with their lines and payments. Totals are
// computed from the lines in integer minor units; every write is one
// transaction with its change-log entry.
class OrderStore {
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    explicit OrderStore(Session &session) : m_session(session) {}

    Result<qint64> create(Order order);
    Status update(Order order);
    Result<Order> get(qint64 id) const;
    Result<QList<Order>> forCustomer(qint64 customerId) const;
    Result<qint64> count(const OrderListQuery &query = {}) const;
    Result<QList<Order>> list(const OrderListQuery &query, qint64 offset, int limit) const;
    Result<OrderSummary> summary(qint64 customerId) const;
    Result<qint64> findByNumber(const QString &number) const; // 0 when none
    Result<QString> nextNumber(OrderKind kind) const;

    // Quote -> contract -> order, keeping the lines.
    Status advance(qint64 id);
    Status setStatus(qint64 id, OrderStatus status);
    // Records a payment; a fully paid order becomes paid. Overpaying is refused.
    Result<qint64> addPayment(qint64 orderId, Payment payment);
    Result<QList<Payment>> payments(qint64 orderId) const;
    // An order (draft) from a won deal: one line with the deal's products.
    Result<qint64> createFromDeal(qint64 dealId);

    Result<QList<Product>> products() const;
    Result<qint64> addProduct(Product product);

private:
    Status writeLines(qint64 orderId, const QList<OrderLine> &lines);
    Status setCode(const Order &order, const QString &column, const QString &oldCode, const QString &newCode);
    Session &m_session;
};

} // namespace guanxi
