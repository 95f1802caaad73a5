#include "analytics/clusteranalysis.h"

#include "platform/session.h"

namespace guanxi {

namespace {
ReportColumn col(const char *key, const QString &title, ReportKind kind)
{
    return ReportColumn{QString::fromLatin1(key), title, kind};
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

Result<ClusterReport> ClusterAnalysis::run(Session &session, const ClusterOptions &options,
                                           const std::function<void(double)> &progress,
                                           const std::atomic_bool *cancel)
{
    RfmOptions rfmOptions;
    rfmOptions.window = options.window;
    rfmOptions.referenceDate = options.referenceDate;
    auto rfm = RfmAnalysis::run(session, rfmOptions);
    if (!rfm)
        return rfm.error();
    if (progress)
        progress(0.1);
    if (cancel && cancel->load())
        return Error{RfmClusters::tr("The clustering was cancelled."), {}, {}};
    RfmClusterOptions clusterOptions;
    clusterOptions.k = options.k;
    clusterOptions.features = options.features;
    clusterOptions.seed = options.seed;
    auto clusters = RfmClusters::compute(rfm->result, clusterOptions, [&](double f) {
        if (progress)
            progress(0.1 + 0.9 * f);
    }, cancel);
    if (!clusters)
        return clusters.error();
    ClusterReport out{std::move(rfm).value(), std::move(clusters).value(), {}};
    out.report = toReport(out, options, session.now());
    return out;
}

Report ClusterAnalysis::toReport(const ClusterReport &result, const ClusterOptions &options,
                                    const QDateTime &generated)
{
    Report report;
    report.name = QStringLiteral("clusters");
    report.title = tr("Customer clusters (k-means on RFM)");
    report.generated = generated;
    report.filters = filters(result, options);
    const QStringList names =
        RfmClusters::names(result.clusters.profiles, options.segmentNames == RfmAnalysis::SegmentNames::Chinese);
    report.tables = {profileTable(result, options, names), assignmentsTable(result, options, names),
                     silhouetteTable(result.clusters)};
    report.currency = result.rfm.currency.isEmpty() ? options.window.currency : result.rfm.currency;
    report.charts = charts();
    return report;
}

QStringList ClusterAnalysis::filters(const ClusterReport &result, const ClusterOptions &options)
{
    const RfmClusterResult &c = result.clusters;
    RfmOptions rfmOptions;
    rfmOptions.window = options.window;
    rfmOptions.referenceDate = options.referenceDate;
    QStringList filters = RfmAnalysis::filters(rfmOptions, result.rfm);
    filters << tr("Features: %1").arg(RfmClusters::featuresLabel(c.features)) << tr("Seed: %1").arg(options.seed);
    if (c.requestedK == 0)
        filters << tr("Clusters: %1, the suggested number (best silhouette)").arg(c.k);
    else if (c.k < c.requestedK)
        filters << tr("Clusters: %1 asked for, %2 made, because only %2 customer profiles differ")
                       .arg(c.requestedK)
                       .arg(c.k);
    else if (c.suggestedK > 0)
        filters << tr("Clusters: %1 (suggested: %2)").arg(c.k).arg(c.suggestedK);
    else
        filters << tr("Clusters: %1").arg(c.k);
    if (c.silhouetteSampled)
        filters << tr("Silhouette scores on a sample of %1 of %2 customers")
                       .arg(KMeans::silhouetteSampleLimit)
                       .arg(result.rfm.result.rows.size());
    return filters;
}

ReportTable ClusterAnalysis::profileTable(const ClusterReport &result, const ClusterOptions &options,
                                          const QStringList &names)
{
    const RfmResult &rfm = result.rfm.result;
    const RfmClusterResult &c = result.clusters;
    // The commonest RFM segment of each cluster, the lower segment on a tie.
    std::vector<std::array<qint64, 8>> segments(size_t(c.k), std::array<qint64, 8>{});
    for (qsizetype i = 0; i < rfm.rows.size(); ++i)
        ++segments[size_t(c.labels[size_t(i)])][size_t(rfm.rows.at(i).segment)];

    ReportTable profile;
    profile.name = QStringLiteral("profile");
    profile.title = tr("Cluster profiles");
    profile.columns = {col("cluster", tr("Cluster"), ReportKind::Integer),
                       col("customers", tr("Customers"), ReportKind::Integer),
                       col("share", tr("Share of customers"), ReportKind::Percent),
                       col("mean_recency_days", tr("Mean recency (days)"), ReportKind::Decimal),
                       col("mean_frequency", tr("Mean frequency (orders)"), ReportKind::Decimal),
                       col("mean_monetary", tr("Mean monetary"), ReportKind::Money),
                       col("revenue", tr("Revenue"), ReportKind::Money),
                       col("revenue_share", tr("Revenue share"), ReportKind::Percent),
                       col("main_segment", tr("Commonest segment"), ReportKind::Text),
                       col("name", tr("Cluster name"), ReportKind::Text)};
    for (const ClusterProfile &p : c.profiles) {
        const auto &counts = segments[size_t(p.cluster - 1)];
        const auto top = RfmSegment(std::max_element(counts.begin(), counts.end()) - counts.begin());
        profile.rows << QVariantList{qint64(p.cluster), p.customers, p.share, p.meanRecencyDays, p.meanFrequency,
                                     p.meanMonetary, p.revenue, p.revenueShare,
                                     RfmAnalysis::segmentName(top, options.segmentNames), names.value(p.cluster - 1)};
    }
    return profile;
}

ReportTable ClusterAnalysis::assignmentsTable(const ClusterReport &result, const ClusterOptions &options,
                                              const QStringList &names)
{
    const RfmResult &rfm = result.rfm.result;
    const RfmClusterResult &c = result.clusters;
    ReportTable assignments;
    assignments.name = QStringLiteral("assignments");
    assignments.title = tr("Customers and their clusters");
    assignments.columns = RfmAnalysis::customerColumns();
    assignments.columns << col("cluster", tr("Cluster"), ReportKind::Integer)
                        << col("cluster_name", tr("Cluster name"), ReportKind::Text);
    assignments.columns[10].internal = true;  // the cluster's number: its name is shown
    assignments.rows.reserve(rfm.rows.size());
    for (qsizetype i = 0; i < rfm.rows.size(); ++i) {
        const RfmRow &row = rfm.rows.at(i);
        assignments.rows << QVariantList{row.customerId, result.rfm.names.value(i), row.recencyDays, row.frequency,
                                         row.monetary, qint64(row.r), qint64(row.f), qint64(row.m),
                                         RfmAnalysis::segmentName(row.segment, options.segmentNames),
                                         Rfm::segmentCode(row.segment), qint64(c.labels[size_t(i)] + 1),
                                         names.value(c.labels[size_t(i)])};
    }
    return assignments;
}

ReportTable ClusterAnalysis::silhouetteTable(const RfmClusterResult &c)
{
    ReportTable silhouette;
    silhouette.name = QStringLiteral("silhouette");
    silhouette.title = tr("Silhouette by number of clusters");
    silhouette.columns = {col("k", tr("Clusters asked for"), ReportKind::Integer),
                          col("clusters", tr("Clusters made"), ReportKind::Integer),
                          col("silhouette", tr("Silhouette"), ReportKind::Decimal),
                          col("suggested", tr("Suggested"), ReportKind::Text),
                          col("used", tr("Used"), ReportKind::Text)};
    const int used = c.requestedK > 0 ? c.requestedK : c.suggestedK;
    for (const SilhouetteScore &s : c.silhouettes)
        silhouette.rows << QVariantList{qint64(s.k), qint64(s.clusters), optionalNumber(s.score),
                                        s.k == c.suggestedK ? tr("yes") : QString(),
                                        s.k == used ? tr("yes") : QString()};
    return silhouette;
}

QList<ReportChart> ClusterAnalysis::charts()
{
    using C = ReportChartKind;
    return {{QStringLiteral("scatter"), tr("Customers by recency and monetary value, by cluster"), C::Scatter,
             QStringLiteral("assignments"), 0, {2, 4}, 11},
            {QStringLiteral("sizes"), tr("Customers per cluster"), C::HorizontalBar, QStringLiteral("profile"), 9, {1}},
            {QStringLiteral("revenue_share"), tr("Revenue share per cluster"), C::Pie, QStringLiteral("profile"), 9,
             {6}},
            {QStringLiteral("silhouette"), tr("Silhouette by number of clusters"), C::Line,
             QStringLiteral("silhouette"), 0, {2}}};
}

} // namespace guanxi
