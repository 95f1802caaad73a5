#pragma once

#include "analytics/rfm.h"
#include "stores/analyticsstore.h"
#include "util/result.h"

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
};

// RFM over the file: purchases from AnalyticsStore, computed by Rfm.
struct RfmAnalysis {
    Q_DECLARE_TR_FUNCTIONS(RfmAnalysis)
public:
    static Result<RfmReport> run(Session &session, const RfmOptions &options);
};

} // namespace guanxi
