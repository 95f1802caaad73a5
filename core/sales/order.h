#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include "platform/result.h"

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

// What settles part of an order's balance: money received (回款), a
// write-off of what will not come in (with who and why), or, for history
// imported or marked paid before payments were recorded, a settlement that
// stands for money received without its details.
enum class PaymentKind { Received, WriteOff, MarkedPaid };

struct Payment {
    qint64 id = 0;
    QDate paidOn;
    qint64 amountMinor = 0;
    QString method;            // 微信, 支付宝, 银行转账 ... as the user typed it
    QString note;              // for a write-off: why
    QString reference;         // transaction or voucher number
    PaymentKind kind = PaymentKind::Received;
    QString recordedBy;        // filled when read back: the user's name
    QDateTime recordedAt;      // filled when read back
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
    qint64 paidMinor = 0;        // filled when read back: received (and marked paid)
    qint64 writtenOffMinor = 0;  // filled when read back
    QString customerName;        // filled when read back
    // Its row version when read (see EditConflict in platform/changelogstore.h);
    // 0: do not check.
    qint64 version = 0;
    // Only an order the customer has committed to owes money: signed,
    // delivered or paid. Quotes, contracts, drafts and cancelled orders owe
    // nothing.
    bool owes() const
    {
        return kind == OrderKind::Order
               && (status == OrderStatus::Signed || status == OrderStatus::Delivered || status == OrderStatus::Paid);
    }
    qint64 settledMinor() const { return paidMinor + writtenOffMinor; }
    qint64 outstandingMinor() const { return owes() ? qMax<qint64>(0, totalMinor - settledMinor()) : 0; }
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
    static QString paymentKindCode(PaymentKind kind);
    static std::optional<PaymentKind> paymentKindFromCode(const QString &code);
    static QString paymentKindLabel(PaymentKind kind);
    // Fills each line's total and the order's total; an Error when a line is
    // wrong or a figure would overflow. Nothing else is checked here.
    static Status computeTotals(Order &order);
};

} // namespace guanxi
