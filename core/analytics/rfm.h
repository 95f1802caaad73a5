#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>

namespace guanxi {

// One customer's purchases inside the analysis window: what RFM reads.
struct PurchaseSummary {
    qint64 customerId = 0;
    QDate lastPurchase;     // local calendar date of the latest purchase
    qint64 orders = 0;      // distinct orders
    qint64 monetary = 0;    // sum of order totals, integer minor units (fen)
    QString name;           // for showing; not part of the computation
};

enum class RfmSegment {
    ImportantValue,        // 重要价值客户: near, frequent, high value
    ImportantDevelopment,  // 重要发展客户: near, infrequent, high value
    ImportantRetention,    // 重要保持客户: far, frequent, high value
    ImportantWinBack,      // 重要挽留客户: far, infrequent, high value
    GeneralValue,          // 一般价值客户
    GeneralDevelopment,    // 一般发展客户
    GeneralRetention,      // 一般保持客户
    GeneralWinBack,        // 一般挽留客户
};

struct RfmRow {
    qint64 customerId = 0;
    qint64 recencyDays = 0;
    qint64 frequency = 0;
    qint64 monetary = 0;
    int r = 0, f = 0, m = 0;   // scores 1-5
    RfmSegment segment = RfmSegment::GeneralWinBack;
};

struct RfmResult {
    QDate referenceDate;
    // 20/40/60/80 % quantiles (linear, R type 7) of recency, frequency, monetary.
    std::array<double, 4> recencyCuts{}, frequencyCuts{}, monetaryCuts{};
    double meanRecency = 0, meanFrequency = 0, meanMonetary = 0;
    QList<RfmRow> rows;            // in the order of the input
    std::array<qint64, 8> segmentCounts{};
};

// RFM, defined exactly (docs/ANALYSIS.md says the same):
// - R = days from the customer's last purchase date to the reference date;
//   F = number of distinct orders; M = sum of order totals in minor units.
// - Scores 1-5 by quintiles over the customers in scope: the cut points are
//   the 20/40/60/80 % quantiles with the linear method (R type 7, numpy
//   "linear"). F and M score = 1 + number of cut points strictly below the
//   value; R score = 5 - number of cut points strictly below the recency.
//   Tied values share a score, a score may be empty, and the result never
//   depends on row order.
// - Segments: R near when recency < mean recency, F high when F > mean F,
//   M high when M > mean M (strict: a value equal to the mean is far/low).
//   M high -> 重要, else 一般; near+F high -> 价值, near+F low -> 发展,
//   far+F high -> 保持, far+F low -> 挽留. Means are compared exactly, in
//   integers, so money past 2^53 fen cannot tip a customer over.
struct Rfm {
    Q_DECLARE_TR_FUNCTIONS(Rfm)
public:
    // referenceDate must be after every last purchase (the caller picks the
    // day after the latest purchase when the user gives none).
    static RfmResult compute(const QList<PurchaseSummary> &purchases, const QDate &referenceDate);

    static double quantile(QList<double> sorted, double p);
    static QString segmentLabel(RfmSegment segment);   // translated
    static QString segmentCode(RfmSegment segment);    // stable, for files: important_value, ...
    static QString segmentChinese(RfmSegment segment); // 重要价值客户, always Chinese
};

} // namespace guanxi
