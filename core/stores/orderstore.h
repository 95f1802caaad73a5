#pragma once

#include "domain/order.h"
#include "util/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct OrderSummary {
    qint64 count = 0;
    qint64 totalMinor = 0;   // of orders that count as purchases (not draft, not cancelled)
    QDate lastOrderDate;
};

// Orders as far as the foundation needs them: record, list per customer, and
// a purchase summary. The sales-process work adds line items and payments.
class OrderStore {
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    explicit OrderStore(Session &session) : m_session(session) {}

    Result<qint64> create(Order order);
    Result<QList<Order>> forCustomer(qint64 customerId) const;
    Result<OrderSummary> summary(qint64 customerId) const;
    Result<qint64> count() const;

private:
    Session &m_session;
};

} // namespace guanxi
