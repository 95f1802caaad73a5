#pragma once

#include "analytics/funnel.h"
#include "analytics/report.h"
#include "analytics/salesfilter.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// The funnel over a period (Funnel in core/analytics/funnel.h defines every
// figure). The period is [from 00:00, to + 1 day 00:00) in local time, either
// end open. The owner filter is the deal's owner, the source filter the
// customer's source channel; only deals in the filter's currency, of live
// customers, count.
struct FunnelReport {
    SalesFilter filter;
    FunnelResult result;
    QStringList filterLines;   // translated, for Report::filters
    QDateTime generated;
};

struct FunnelAnalysis {
    Q_DECLARE_TR_FUNCTIONS(FunnelAnalysis)
public:
    static Result<FunnelReport> run(Session &session, const SalesFilter &filter);
    // Tables "stages" (main), "outcomes", "by_owner", "by_source".
    static Report toReport(const FunnelReport &report);
};

} // namespace guanxi
