// guanxi-bench-clusters: k-means on synthetic RFM rows, no database.
//   guanxi-bench-clusters [CUSTOMERS (default 1000000)] [K (default 8)]
// Prints the time of each step: features, one k-means run, one silhouette,
// and the whole suggestion (k = 2..8, each with its silhouette).
#include "analytics/kmeans.h"
#include "analytics/rfmclusters.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cmath>

using namespace guanxi;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    bool countOk = true;
    bool kOk = true;
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong(&countOk) : 1'000'000;
    const int k = args.size() > 2 ? args.at(2).toInt(&kOk) : 8;
    if (!countOk || !kOk || n < 10 || k < 2) {
        QTextStream(stderr) << "usage: guanxi-bench-clusters [CUSTOMERS (at least 10; default 1000000)] [K (at least 2; "
                               "default 8)]\n";
        return args.contains(QStringLiteral("--help")) ? 0 : 1;
    }

    // Five loose groups of customers with skewed R, F and M, from a fixed seed.
    SplitMix64 rng(2026);
    QList<PurchaseSummary> purchases;
    purchases.reserve(n);
    const QDate ref(2026, 4, 1);
    for (qint64 i = 0; i < n; ++i) {
        const int g = int(rng.below(5));
        const double noise = rng.uniform() + rng.uniform() + rng.uniform() - 1.5;
        const int days = 1 + int(std::exp(1.0 + g * 0.9 + noise));
        const qint64 orders = 1 + qint64(std::exp(2.2 - g * 0.5 + noise * 0.7));
        const qint64 money = qint64(std::exp(13.0 - g * 0.8 + noise)) * orders;
        purchases << PurchaseSummary{i + 1, ref.addDays(-days), orders, money, {}};
    }
    QElapsedTimer t;
    t.start();
    const RfmResult rfm = Rfm::compute(purchases, ref);
    out << "customers " << n << "\nrfm " << t.restart() << " ms\n";
    PointMatrix points = RfmClusters::features(rfm.rows, ClusterFeatures::Log);
    KMeans::standardise(points);
    out << "features+standardise " << t.restart() << " ms\n";
    KMeansOptions o;
    o.k = k;
    for (int restarts : {1, 4}) {
        o.restarts = restarts;
        auto km = KMeans::run(points, o);
        out << "kmeans k=" << k << " restarts=" << restarts << ": " << t.restart() << " ms, iterations "
            << km->iterations << (km->converged ? " (converged)" : " (not converged)") << ", inertia "
            << km->inertia << '\n';
        if (restarts == 4) {
            const auto s = KMeans::silhouette(points, km->labels, km->k, 1);
            out << "silhouette (sample " << KMeans::silhouetteSampleLimit << "): " << t.restart() << " ms, "
                << s.value_or(std::nan("")) << '\n';
        }
    }
    out.flush();
    RfmClusterOptions co;   // k = 0: evaluate 2..8, suggest, use the best
    auto all = RfmClusters::compute(rfm, co);
    out << "suggest k (2..8, restarts " << co.restarts << ") and cluster: " << t.restart() << " ms, suggested k "
        << all->suggestedK << '\n';
    for (const SilhouetteScore &s : all->silhouettes)
        out << "  k=" << s.k << " silhouette " << s.score.value_or(std::nan("")) << '\n';
    return 0;
}
