// guanxi-cli report clusters: k-means on RFM.
#include "cli.h"
#include "reportoutput.h"

#include "analytics/clusteranalysis.h"

namespace guanxi::cli {

namespace {

int runClusters(Cli &cli, const QCommandLineParser &p)
{
    ClusterOptions options;
    options.segmentNames = RfmAnalysis::SegmentNames::Chinese;
    if (!reportWindow(cli, p, options.window) || !reportDate(cli, p, QStringLiteral("ref-date"), options.referenceDate))
        return Usage;
    if (p.isSet(QStringLiteral("k"))) {
        bool ok = false;
        options.k = p.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || options.k < 0 || options.k > 50)
            return cli.usage(Cli::tr("--k “%1” is not a number of clusters from 1 to 50 (0 or none: the "
                                            "suggested number).")
                                 .arg(p.value(QStringLiteral("k"))));
    }
    const QString features = p.value(QStringLiteral("features"));
    if (features == u"scores")
        options.features = ClusterFeatures::Scores;
    else if (features != u"log")
        return cli.usage(Cli::tr("--features “%1” is not log or scores.").arg(features));
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--seed “%1” is not a whole number from 0 up.")
                                 .arg(p.value(QStringLiteral("seed"))));
    }
    const QString table = p.value(QStringLiteral("table"));
    if (!table.isEmpty() && table != u"profile" && table != u"assignments" && table != u"silhouette")
        return cli.usage(Cli::tr("--table “%1” is not profile, assignments or silhouette.").arg(table));
    if (!cli.open())
        return DataError;
    auto result = ClusterAnalysis::run(cli.session(), options);
    if (!result)
        return cli.fail(result.error());
    const RfmClusterResult &c = result->clusters;
    cli.err << "guanxi-cli: "
            << Cli::tr("Customers with purchases: %1, reference date %2; clusters: %3 (suggested %4), silhouette %5.")
                   .arg(result->rfm.result.rows.size())
                   .arg(result->rfm.result.referenceDate.toString(Qt::ISODate))
                   .arg(c.k)
                   .arg(c.suggestedK)
                   .arg(c.silhouette ? QString::number(*c.silhouette, 'f', 3) : Cli::tr("undefined"))
            << '\n';
    Report report = result->report;
    if (!table.isEmpty()) {
        // The main table (the one CSV and the screen get) goes first.
        const auto it = std::find_if(report.tables.begin(), report.tables.end(),
                                     [&](const ReportTable &t) { return t.name == table; });
        std::rotate(report.tables.begin(), it, it + 1);
    }
    return emitReport(cli, p, report);
}

} // namespace

QList<ReportCommand> clusterReportCommands()
{
    return {{QStringLiteral("clusters"),
             QStringLiteral("report clusters [--ref-date DATE] [--k N] [--features log|scores] [--seed N]\n"
                            "                  [--table profile|assignments|silhouette]"),
             Cli::tr(
                 "Clusters: k-means on the RFM values of the customers with purchases (as report rfm). Features: "
                 "log (default) is ln R, ln F and ln(1 + M in fen), scores is the 1-5 R, F and M scores; each "
                 "standardised to mean 0 and standard deviation 1. k-means++ seeding from --seed (default 1), "
                 "four restarts, the lowest inertia kept: the same file and options give the same clusters on "
                 "every machine. Without --k, k = 2..8 are tried and the best silhouette wins (silhouettes over "
                 "5,000 customers use a seeded sample of 5,000). Clusters are numbered by descending mean "
                 "monetary. Tables: profile (cluster, customers, share, mean_recency_days, mean_frequency, "
                 "mean_monetary, revenue, revenue_share, main_segment), assignments (customer_id, customer_name, "
                 "recency_days, frequency, monetary, r, f, m, segment, segment_code, cluster) and silhouette (k, "
                 "clusters, silhouette, suggested, used). The screen and CSV get the profile, or the table "
                 "--table names; JSON, XLSX and PDF get all three."),
             {{QStringLiteral("ref-date"),
               Cli::tr("Reference date for recency (default: the day after the latest purchase)."),
               QStringLiteral("DATE")},
              {QStringLiteral("k"), Cli::tr("Number of clusters, 1 to 50 (default or 0: the suggested number)."),
               QStringLiteral("N")},
              {QStringLiteral("features"), Cli::tr("What to cluster on: log or scores (default log)."),
               QStringLiteral("log|scores"), QStringLiteral("log")},
              {QStringLiteral("seed"), Cli::tr("Seed for k-means++ (default 1)."), QStringLiteral("N")},
              {QStringLiteral("table"),
               Cli::tr("The table for the screen and CSV: profile (default), assignments or silhouette."),
               QStringLiteral("NAME")}},
             runClusters, Cli::tr("k-means clusters of customers on RFM, with a suggested k.")}};
}

} // namespace guanxi::cli
