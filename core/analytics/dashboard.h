#pragma once

#include "analytics/report.h"
#include "analytics/salesfilter.h"
#include "analytics/salesstore.h"
#include "platform/result.h"

#include <QCoreApplication>

#include <optional>

namespace guanxi {

class Session;

// One dashboard card: what it shows and which report (with which filter) a
// click opens.
struct KpiCard {
    QString key;               // stable: "open_pipeline", ...
    QString title;             // translated
    ReportKind kind = ReportKind::Integer;
    QVariant value;            // invalid: nothing to show (no closed deal, no purchase)
    QString note;              // translated detail: "12 deals", "of 40 closed deals"
    SalesReportKind opens = SalesReportKind::Funnel;
    SalesFilter filter;        // the report's filter that explains the figure
};

// The home dashboard, in the base currency (or for one currency, not
// converted) and optionally for one owner (deal owner, customer owner).
// Definitions:
// - open pipeline: sum of the amounts of open deals;
// - weighted forecast: sum of amount × probability, the deal's own
//   probability or else its stage's, rounded to the fen;
// - won this month: deals whose current stage is won and whose close time
//   is in the current LOCAL calendar month (amount and count);
// - conversion rate: won / (won + lost) among deals closed in the last 90
//   days (now − 90 × 24 h .. now), the funnel's win rate;
// - repeat purchase rate: customers with two or more purchases among the
//   customers with a purchase in the last 12 months (the current month and
//   the 11 before it, whole months) — the trend report's whole-period rate;
// - overdue follow-ups: customers and new/qualified leads whose next
//   follow-up is before today (the Today page's “Overdue”).
struct DashboardKpis {
    QString currency;          // of the amounts: the base currency unless one was chosen
    // How the amounts were converted: the rates used and the deals left out
    // for want of one (CurrencyRates::describe), or the one currency chosen.
    QStringList currencyLines;
    QStringList missingRateLines;   // just the deals left out for want of a rate, for a warning
    qint64 ownerId = 0;
    DealKpiFigures deals;
    qint64 purchasers12 = 0;
    qint64 repeatPurchasers12 = 0;
    qint64 overdueCustomers = 0;
    qint64 overdueLeads = 0;
    QDate today;
    QDateTime generated;
    QList<KpiCard> cards;      // in display order
    std::optional<double> conversionRate() const;
    std::optional<double> repeatRate() const;
};

struct Dashboard {
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    static constexpr int conversionDays = 90;
    static Result<DashboardKpis> compute(Session &session, qint64 ownerId = 0,
                                         const QString &currency = QString());
    // One row, one column per figure: report "kpi", table "kpis".
    static Report toReport(const DashboardKpis &kpis);
};

} // namespace guanxi
