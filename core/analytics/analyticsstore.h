#pragma once

#include "analytics/rfm.h"
#include "sales/currencyrates.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// Which orders count as purchases for analysis: orders (never quotes or
// contracts) that are signed, delivered or paid (never draft or cancelled),
// with an order date inside the window (either end may be open).
struct PurchaseWindow {
    QDate from;
    QDate to;
    // Empty: every currency, in the base currency at the rate on each order's
    // date; else only orders in this currency, not converted.
    QString currency;
};

// The SQL behind the analyses: purchases summed per live customer.
class AnalyticsStore {
    Q_DECLARE_TR_FUNCTIONS(AnalyticsStore)
public:
    explicit AnalyticsStore(Session &session) : m_session(session) {}

    // One summary per live customer with at least one purchase, by id.
    Result<QList<PurchaseSummary>> purchases(const PurchaseWindow &window) const;
    // The rates purchases() used and the orders it left out for want of one.
    Result<Conversion> conversion(const PurchaseWindow &window) const;
    Result<qint64> liveCustomers() const;

private:
    Session &m_session;
};

} // namespace guanxi
