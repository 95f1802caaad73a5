#pragma once

#include "analytics/report.h"
#include "analytics/rfm.h"
#include "analytics/analyticsstore.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct RfmOptions {
    PurchaseWindow window;
    QDate referenceDate;   // invalid: the day after the latest purchase in the window
};

struct RfmReport {
    RfmResult result;
    QList<QString> names;            // customer names, in the order of result.rows
    qint64 withoutPurchase = 0;      // live customers out of scope: no purchase in the window
    QString currency;                // of monetary: the window's one currency, else the base currency
    QStringList currencyLines;       // the rates used and the orders left out (CurrencyRates::describe)
};

// RFM over the file: purchases from AnalyticsStore, computed by Rfm.
struct RfmAnalysis {
    Q_DECLARE_TR_FUNCTIONS(RfmAnalysis)
public:
    static Result<RfmReport> run(Session &session, const RfmOptions &options);

    // The report's tables: "rfm" (customer_id, customer_name, recency_days,
    // frequency, monetary, r, f, m, segment, segment_code; the biggest
    // spenders first), "segments"
    // (segment, segment_code, customers, share) and "cut_points" (measure,
    // q20, q40, q60, q80, mean). Segment names in the user's language, or
    // always the Chinese terms (重要价值客户...) as the command line writes them.
    enum class SegmentNames { Translated, Chinese };
    static Report toReport(const RfmReport &report, const RfmOptions &options, SegmentNames names);
    static QStringList filters(const RfmOptions &options, const RfmReport &report);
    // The columns of a customer's RFM values, as in the "rfm" table: customer_id
    // ... segment_code (internal). Reports that add to them start from these.
    static QList<ReportColumn> customerColumns();
    // A customer's segment in the language asked for.
    static QString segmentName(RfmSegment segment, SegmentNames names);

private:
    static ReportTable customersTable(const RfmReport &report, SegmentNames names);
    static ReportTable segmentsTable(const RfmReport &report, SegmentNames names);
    static ReportTable cutPointsTable(const RfmResult &result);
    static ReportTable heatMapTable(const RfmResult &result);
    static ReportTable monetaryTable(const RfmResult &result);
    static QList<ReportChart> charts();
};

} // namespace guanxi
