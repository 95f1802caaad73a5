#pragma once

#include "analytics/kmeans.h"
#include "analytics/rfm.h"

#include <QCoreApplication>

#include <array>

namespace guanxi {

// What k-means sees of a customer; both are standardised afterwards
// (KMeans::standardise: mean 0, population standard deviation 1, a constant
// column all 0).
enum class ClusterFeatures {
    // ln(max(R, 1)), ln(max(F, 1)), ln(1 + max(M, 0)) with M in minor units
    // (fen). R >= 1 and F >= 1 by definition; the guards only keep bad input
    // finite. M may be 0, hence log1p.
    Log,
    // The 1-5 RFM scores r, f, m as they are.
    Scores,
};

struct RfmClusterOptions {
    int k = 0;                         // 0: the suggested k
    ClusterFeatures features = ClusterFeatures::Log;
    quint64 seed = 1;
    int restarts = 4;                  // k-means++ seedings per k
    int suggestFrom = 2, suggestTo = 8;
    bool evaluate = true;              // silhouettes for suggestFrom..suggestTo even when k is given
};

// One cluster described in the customers' own units.
struct ClusterProfile {
    int cluster = 0;                   // 1-based, as shown
    qint64 customers = 0;
    double share = 0;                  // of the customers, 0..1
    double meanRecencyDays = 0;
    double meanFrequency = 0;
    qint64 meanMonetary = 0;           // minor units, rounded half away from zero
    qint64 revenue = 0;                // sum of M, minor units
    double revenueShare = 0;           // of all M, 0..1 (0 when all M are 0)
    std::array<double, 3> centre{};    // in standardised feature space
};

struct SilhouetteScore {
    int k = 0;                         // asked for
    int clusters = 0;                  // made (fewer when fewer customers differ)
    std::optional<double> score;       // empty when undefined (one cluster)
};

struct RfmClusterResult {
    ClusterFeatures features = ClusterFeatures::Log;
    int requestedK = 0;                // as given: 0 means suggested
    int suggestedK = 0;                // best silhouette, the smaller k on a tie; 1 when nothing differs;
                                       // 0 when not evaluated (k given and evaluate false)
    int k = 0;                         // clusters made
    qsizetype distinct = 0;            // different feature points, counted up to suggestTo + 1
    PointMatrix points;                // standardised features, in the order of the RFM rows
    Standardisation standardisation;
    std::vector<int> labels;           // 0-based cluster per RFM row (shown as label + 1)
    QList<ClusterProfile> profiles;    // cluster 1 first
    QList<SilhouetteScore> silhouettes;// by k ascending; includes the k used
    std::optional<double> silhouette;  // of the clustering used
    bool silhouetteSampled = false;    // computed on KMeans::silhouetteSampleLimit customers
    double inertia = 0;
};

// Customers clustered on their RFM values.
//
// Row order never matters: the customers are put in a canonical order
// (recency, frequency, monetary, customer id) before anything random
// happens, so the same customers and seed give the same clusters however the
// rows arrive. Clusters are numbered by descending mean monetary, then
// descending mean frequency, ascending mean recency, then centre, so a number
// does not depend on which seeding found the cluster.
struct RfmClusters {
    Q_DECLARE_TR_FUNCTIONS(RfmClusters)
public:
    // Features in the order of rows, not yet standardised.
    static PointMatrix features(const QList<RfmRow> &rows, ClusterFeatures kind);

    static Result<RfmClusterResult> compute(const RfmResult &rfm, const RfmClusterOptions &options,
                                            const std::function<void(double)> &progress = {},
                                            const std::atomic_bool *cancel = nullptr);

    static QString featuresCode(ClusterFeatures features);    // "log", "scores"
    // A name for each cluster from its profile against the customers' means:
    // high or low value (mean monetary), active or lapsing (mean recency),
    // and, where two clusters would share a name, frequent or occasional
    // (mean frequency); a number only when even that repeats. Translated, or
    // always Chinese (高价值活跃) for files with stable Chinese names.
    static QStringList names(const QList<ClusterProfile> &profiles, bool chinese = false);
    static QString featuresLabel(ClusterFeatures features);   // translated
};

} // namespace guanxi
