#pragma once

#include "sales/currencyrates.h"
#include "sales/order.h"
#include "platform/result.h"

#include <QCoreApplication>

#include <optional>

namespace guanxi {

class Session;

struct OrderSummary {
    qint64 count = 0;        // orders that count as purchases (signed, delivered, paid), any currency
    qint64 totalMinor = 0;   // their sum in the base currency, each at the rate on its order date
    QDate lastOrderDate;
    qint64 withoutRate = 0;  // of them, left out of totalMinor for want of a rate (summaryConversion)
};

struct OrderListQuery {
    std::optional<OrderStatus> status;
    std::optional<OrderKind> kind;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    QString currency;                 // empty: every currency
    bool unpaidOnly = false;          // with an outstanding balance
};

// What a signed, delivered or paid order still owes (应收).
struct Receivable {
    qint64 orderId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QDate orderDate;
    qint64 totalMinor = 0;
    qint64 receivedMinor = 0;
    qint64 writtenOffMinor = 0;
    qint64 outstandingMinor() const { return totalMinor - receivedMinor - writtenOffMinor; }
};

struct ReceivablesQuery {
    QString currency = QStringLiteral("CNY");
    qint64 ownerId = 0;      // the order's salesperson; 0: everyone
    qint64 sourceId = 0;     // the customer's source; 0: every source
    QDate from, to;          // order dates; either may be open
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
// Reads, sums and changes cover only the orders this session sees (by the
// order's owner): another's order, its lines and payments are not there for
// it, and a new order is only for a customer it sees.
class OrderStore {
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    explicit OrderStore(Session &session) : m_session(session) {}

    Result<qint64> create(Order order);
    // order.version, when not 0, is the version the caller read: an order
    // saved since by someone else is refused with ChangeLogStore::conflict()'s
    // Error and left as it is. The fields that change go to the change log.
    Status update(Order order);
    Result<Order> get(qint64 id) const;
    Result<QList<Order>> forCustomer(qint64 customerId) const;
    Result<qint64> count(const OrderListQuery &query = {}) const;
    Result<QList<Order>> list(const OrderListQuery &query, qint64 offset, int limit) const;
    Result<OrderSummary> summary(qint64 customerId) const;
    // The rates summary() used and the purchases it left out for want of one.
    Result<Conversion> summaryConversion(qint64 customerId) const;
    Result<qint64> findByNumber(const QString &number) const; // 0 when none
    // The next free automatic number, e.g. SO-2026-00001 (year 0: this year).
    Result<QString> nextNumber(OrderKind kind, int year = 0) const;

    // Quote -> contract -> order, keeping the lines. An automatic number
    // (QT-2026-00001) follows the kind (CT-…, SO-…); a draft becoming an order
    // is signed: the customer has taken it.
    Status advance(qint64 id);
    // "Paid" is not set by hand over a balance: it follows from payments and
    // write-offs covering the total, and a settled order stays paid.
    Status setStatus(qint64 id, OrderStatus status);

    // Money received against a signed or delivered order (回款). An order
    // whose balance is settled becomes paid. Overpaying is refused.
    Result<qint64> addPayment(qint64 orderId, Payment payment);
    // Writes off the whole balance of an order, recording who and why.
    // expectedMinor: the balance the user was shown; refused if it changed since.
    Result<qint64> writeOff(qint64 orderId, const QString &reason, std::optional<qint64> expectedMinor = {});
    // Removes a payment or write-off recorded by mistake; a paid order that
    // is no longer settled goes back to the status it had before.
    Status removePayment(qint64 paymentId);
    Result<QList<Payment>> payments(qint64 orderId) const;
    // Every order with money outstanding, oldest first.
    Result<QList<Receivable>> receivables(const ReceivablesQuery &query) const;
    // An order (draft) from a won deal: one line with the deal's products.
    Result<qint64> createFromDeal(qint64 dealId);

    Result<QList<Product>> products() const;
    Result<qint64> addProduct(Product product);

private:
    Status writeLines(qint64 orderId, const QList<OrderLine> &lines);
    Result<qint64> insertSettlement(const Order &order, const Payment &payment);
    Status settle(qint64 orderId);
    Status setCode(const Order &order, const QString &column, const QString &oldCode, const QString &newCode);
    // An automatic number (QT-/CT-/SO-YYYY-NNNNN) written to an order is
    // never issued again, even after the order is renamed.
    Status noteIssuedNumber(const QString &number);
    Session &m_session;
};

} // namespace guanxi
