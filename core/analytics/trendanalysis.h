#pragma once

#include "analytics/funnel.h"
#include "analytics/report.h"
#include "analytics/salesfilter.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// One calendar month of the trend. Purchases are signed, delivered or paid
// orders in the currency (order_date is a local date); new customers are live
// customers created in the LOCAL calendar month.
struct TrendMonth {
    QDate month;                 // first of the month
    qint64 revenueMinor = 0;
    qint64 orders = 0;
    qint64 newCustomers = 0;
    qint64 purchasers = 0;       // distinct customers who bought that month
    qint64 returning = 0;        // of those, customers whose first purchase ever was in an earlier month
    // Repeat purchase rate of the month: returning / purchasers.
    std::optional<double> repeatRate() const { return ratio(returning, purchasers); }
};

// Follow-ups logged by one user, per month of the window.
struct FollowUpActivity {
    qint64 userId = 0;
    QString name;
    QList<qint64> perMonth;
    qint64 total = 0;
};

// Follow-ups overdue today, by owner, as the Today page counts them: live
// customers and new or qualified leads whose next follow-up is before today.
struct OverdueFollowUps {
    qint64 ownerId = 0;          // 0: the public pool
    QString name;
    qint64 customers = 0;
    qint64 leads = 0;
    qint64 total() const { return customers + leads; }
};

struct TrendReport {
    SalesFilter filter;
    QDate firstMonth;
    QDate lastMonth;
    QList<TrendMonth> months;    // every month of the window, empty ones too
    // Over the whole window: customers with a purchase, and those with two or
    // more purchases (orders) in it; repeatRate = repeat / purchasers. The
    // dashboard's repeat purchase rate is this over the last 12 months.
    qint64 revenueMinor = 0;
    qint64 orders = 0;
    qint64 purchasers = 0;
    qint64 repeatPurchasers = 0;
    std::optional<double> repeatRate() const { return ratio(repeatPurchasers, purchasers); }
    QList<FollowUpActivity> activity;
    QDate today;
    QList<OverdueFollowUps> overdue;
    QStringList filterLines;
    QDateTime generated;
};

// Trends cover whole calendar months: from the month of filter.from (default:
// 11 months before the last month) through the month of filter.to (default:
// today), at most maxMonths. Owner and source filter the customers (their
// owner and source); for follow-up activity the owner is the user who logged
// the follow-up.
struct TrendAnalysis {
    Q_DECLARE_TR_FUNCTIONS(TrendAnalysis)
public:
    static constexpr int maxMonths = 120;
    static Result<TrendReport> run(Session &session, const SalesFilter &filter);
    // Tables "months" (main), "summary", "follow_up_activity", "overdue_follow_ups".
    static Report toReport(const TrendReport &report);

    // The first and last month (firsts of months) a filter covers.
    static Result<std::pair<QDate, QDate>> window(const SalesFilter &filter, const QDate &today);
    // Local month starts firstMonth .. lastMonth + 1 as UTC instants.
    static QList<QDateTime> monthBoundaries(const QDate &firstMonth, const QDate &lastMonth);
    static QString windowText(const QDate &firstMonth, const QDate &lastMonth);
};

} // namespace guanxi
