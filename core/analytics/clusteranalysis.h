#pragma once

#include "analytics/report.h"
#include "analytics/rfmclusters.h"
#include "analytics/rfmanalysis.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace guanxi {

class Session;

struct ClusterOptions {
    PurchaseWindow window;
    QDate referenceDate;        // invalid: the day after the latest purchase in the window
    int k = 0;                  // 0: the suggested k (best silhouette over 2..8)
    ClusterFeatures features = ClusterFeatures::Log;
    quint64 seed = 1;
    // Segment names in the report: the user's language, or always the
    // Chinese terms as the command line writes them.
    RfmAnalysis::SegmentNames segmentNames = RfmAnalysis::SegmentNames::Translated;
};

struct ClusterReport {
    RfmReport rfm;              // the RFM rows the clusters are built on, with names
    RfmClusterResult clusters;  // labels and points in the order of rfm.result.rows
    Report report;              // tables "profile", "assignments", "silhouette"
};

// Customers clustered on RFM: RfmAnalysis::run for the rows, RfmClusters for
// the clusters, and the Report every file writer, the window and the command
// line share. Run it off the UI thread on its own connection for big files.
struct ClusterAnalysis {
    Q_DECLARE_TR_FUNCTIONS(ClusterAnalysis)
public:
    static Result<ClusterReport> run(Session &session, const ClusterOptions &options,
                                     const std::function<void(double)> &progress = {},
                                     const std::atomic_bool *cancel = nullptr);

    // The report for a result already computed (run() calls it): tables
    // "profile" (cluster, customers, share, mean_recency_days,
    // mean_frequency, mean_monetary, revenue, revenue_share, main_segment),
    // "assignments" (customer_id, customer_name, recency_days, frequency,
    // monetary, r, f, m, segment, segment_code, cluster) and "silhouette"
    // (k, clusters, silhouette, suggested, used). Clusters are numbered from 1.
    static Report toReport(const ClusterReport &result, const ClusterOptions &options, const QDateTime &generated);

private:
    static QStringList filters(const ClusterReport &result, const ClusterOptions &options);
    static ReportTable profileTable(const ClusterReport &result, const ClusterOptions &options,
                                    const QStringList &names);
    static ReportTable assignmentsTable(const ClusterReport &result, const ClusterOptions &options,
                                        const QStringList &names);
    static ReportTable silhouetteTable(const RfmClusterResult &clusters);
    static QList<ReportChart> charts();
};

} // namespace guanxi
