#pragma once

#include "analytics/report.h"
#include "analytics/salesfilter.h"
#include "platform/result.h"

#include <QCoreApplication>

#include <optional>

namespace guanxi {

class Session;

// Retention by first-purchase cohort. A customer's cohort is the month of
// their first purchase ever (signed, delivered or paid, in the currency).
// Cohorts are the months of the window (as TrendAnalysis::window); for month
// offset k = 0..offsets, active(k) is how many of the cohort purchased in the
// month cohort + k. Offset 0 is the whole cohort (its size). Offsets whose
// month lies after the window's last month, or after the current month, are
// not known yet: -1, an empty cell.
struct CohortRow {
    QDate cohort;              // first of the month
    qint64 size = 0;
    QList<qint64> active;      // per offset 0..offsets; -1: not observable yet
    std::optional<double> share(int offset) const;
};

struct CohortReport {
    SalesFilter filter;
    QDate firstMonth;
    QDate lastMonth;
    int offsets = 0;           // the highest offset shown
    QList<CohortRow> rows;     // every month of the window, empty cohorts too
    QStringList filterLines;
    QDateTime generated;
};

struct CohortAnalysis {
    Q_DECLARE_TR_FUNCTIONS(CohortAnalysis)
public:
    static constexpr int defaultOffsets = 12;
    static Result<CohortReport> run(Session &session, const SalesFilter &filter, int offsets = defaultOffsets);
    // Tables "retention" (main; shares) and "retention_counts".
    static Report toReport(const CohortReport &report);
};

} // namespace guanxi
