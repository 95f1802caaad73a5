#pragma once

#include "analytics/funnel.h"
#include "sales/currencyrates.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace guanxi {

class Session;

// Who a sales report looks at. Purchases are signed, delivered or paid orders
// (as in AnalyticsStore), of live customers (the trash is
// left out everywhere). ownerId and sourceId filter by the CUSTOMER's owner
// and source channel, except for deals (the deal's owner) and follow-up
// activity (the user who logged it).
struct SalesScope {
    qint64 ownerId = 0;    // 0: everyone
    qint64 sourceId = 0;   // 0: every source
    // Empty: every currency, amounts in the base currency at the rate on each
    // record's date (see CurrencyRates); else only this one, not converted.
    QString currency;
};

struct MonthPurchases {
    QDate month;           // first of the month
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    qint64 purchasers = 0; // distinct customers
};

// Customers whose first purchase ever (in the currency) was in `cohort` and
// who bought in `month`.
struct CohortCell {
    QDate cohort;
    QDate month;
    qint64 customers = 0;
};

struct UserBucketCount {
    qint64 userId = 0;     // 0: no user recorded
    int bucket = 0;
    qint64 count = 0;
};

struct OwnerOverdue {
    qint64 ownerId = 0;    // 0: the public pool
    qint64 customers = 0;
    qint64 leads = 0;
};

struct DealKpiFigures {
    qint64 openMinor = 0;
    qint64 openDeals = 0;
    qint64 weightedMinor = 0;   // rounded to the fen
    qint64 wonMinor = 0;        // won since wonSince
    qint64 wonDeals = 0;
    qint64 closedRecent = 0;    // won or lost since closedSince
    qint64 wonRecent = 0;
};

// The SQL behind the funnel, trend, cohort and dashboard reports.
class SalesStore {
    Q_DECLARE_TR_FUNCTIONS(SalesStore)
public:
    explicit SalesStore(Session &session) : m_session(session) {}

    // Deals of live customers in the currency (deal owner, customer source)
    // with their stage history, skipping deals untouched since `activeSince`
    // (every history row also stamps the deal's updated_at).
    // Deals without a rate for their day are left out (dealConversion).
    Result<QList<DealPath>> dealPaths(const SalesScope &scope, const QDateTime &activeSince) const;
    // The rates dealPaths() and dealKpis() used and the deals they left out.
    Result<Conversion> dealConversion(const SalesScope &scope, const QDateTime &activeSince = {}) const;
    // The rates used for the purchases between the dates, and those left out.
    Result<Conversion> purchaseConversion(const SalesScope &scope, const QDate &from, const QDate &to) const;

    // Purchases per month (order_date is a local date) between two dates.
    Result<QList<MonthPurchases>> monthlyPurchases(const SalesScope &scope, const QDate &from, const QDate &to) const;
    // Purchasing customers per (first-purchase month, purchase month), for
    // purchases between from and to whose first purchase was on or after
    // cohortFrom (invalid: any time).
    Result<QList<CohortCell>> cohortActivity(const SalesScope &scope, const QDate &from, const QDate &to,
                                             const QDate &cohortFrom) const;
    // Customers with a purchase between the dates, and those with two or more.
    Result<std::pair<qint64, qint64>> repeatBuyers(const SalesScope &scope, const QDate &from, const QDate &to) const;

    // Live customers created in each bucket [b(i), b(i+1)) of UTC instants.
    Result<QList<qint64>> newCustomers(const SalesScope &scope, const QList<QDateTime> &boundaries) const;
    // Follow-ups logged per user and bucket; scope.ownerId is the user.
    Result<QList<UserBucketCount>> followUpActivity(const SalesScope &scope, const QList<QDateTime> &boundaries) const;
    // Follow-ups overdue on `today`, as the Today page counts them: live
    // customers and new or qualified leads whose next follow-up is before today.
    Result<QList<OwnerOverdue>> overdue(const SalesScope &scope, const QDate &today) const;

    Result<DealKpiFigures> dealKpis(const SalesScope &scope, const QDateTime &wonSince,
                                    const QDateTime &closedSince) const;

private:
    Session &m_session;
};

} // namespace guanxi
