#pragma once

#include "platform/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace guanxi {

// SplitMix64 (Steele, Lea, Flood 2014): a tiny generator whose output is
// fixed by its seed on every machine and standard library, unlike the
// distributions of <random>.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }   // [0, 1), 53 bits
    quint64 below(quint64 n);                                        // [0, n) without bias, n > 0

private:
    quint64 m_state;
};

// n points of `dims` coordinates each, row-major.
struct PointMatrix {
    int dims = 0;
    std::vector<double> values;

    qsizetype size() const { return dims > 0 ? qsizetype(values.size()) / dims : 0; }
    const double *row(qsizetype i) const { return values.data() + i * dims; }
    double *row(qsizetype i) { return values.data() + i * dims; }
};

// What standardise() did to each column: z = (x - mean) / scale.
struct Standardisation {
    std::vector<double> mean;
    std::vector<double> scale;   // population standard deviation (divides by n); 1 for a constant column
};

struct KMeansOptions {
    int k = 3;
    quint64 seed = 1;
    int restarts = 4;            // k-means++ seedings; the lowest inertia wins, ties the earliest
    int maxIterations = 300;     // Lloyd iterations per restart
    double tolerance = 1e-4;     // stop when the centres move less than this times the mean column variance
};

struct KMeansResult {
    int k = 0;                   // clusters made: the k asked for, or fewer when fewer points differ
    std::vector<int> labels;     // per point, 0 .. k-1
    std::vector<double> centres; // k rows of dims
    std::vector<qint64> sizes;   // points per cluster, none empty
    double inertia = 0;          // sum of squared distances to the own centre
    int iterations = 0;          // Lloyd iterations of the restart kept
    bool converged = false;
};

// k-means (Lloyd's algorithm) with k-means++ seeding, silhouettes and the
// helpers around them: pure computation on points, no SQL, no widgets.
//
// Determinism: everything random comes from SplitMix64 seeded with
// options.seed, and every loop runs in point order, so the same points in the
// same order with the same seed give the same result on every machine. Ties
// in the nearest centre go to the lower cluster number.
//
// Edge cases: no points or k < 1 is an error. When fewer than k points
// differ, k-means++ runs out of points with a distance above zero and makes
// as many clusters as there are distinct points (result.k < options.k): all
// points identical or a single point gives one cluster. A cluster left empty
// during Lloyd iterations takes the point farthest from its centre (the lowest
// index among equals), as scikit-learn does.
struct KMeans {
    Q_DECLARE_TR_FUNCTIONS(KMeans)
public:
    // Up to this many points the silhouette is exact; above, it is computed
    // on a deterministic sample of this many points.
    static constexpr qsizetype silhouetteSampleLimit = 5000;

    // progress gets fractions 0..1; cancel is checked at least once per
    // Lloyd iteration and returns an error when set.
    static Result<KMeansResult> run(const PointMatrix &points, const KMeansOptions &options,
                                    const std::function<void(double)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

    // Mean silhouette (Rousseeuw 1987) with Euclidean distances: for a point,
    // a = mean distance to the other points of its cluster, b = the lowest
    // mean distance to the points of another cluster, s = (b - a) / max(a, b);
    // s = 0 for a point alone in its cluster. Exact over all points up to
    // sampleLimit; above, over a sample of sampleLimit points drawn without
    // replacement by SplitMix64(seed), with a and b taken within the sample
    // (as scikit-learn's silhouette_score(sample_size=...)). Empty when fewer
    // than two clusters are present or every point is alone in its cluster.
    static std::optional<double> silhouette(const PointMatrix &points, const std::vector<int> &labels, int k,
                                            quint64 seed, qsizetype sampleLimit = silhouetteSampleLimit,
                                            const std::atomic_bool *cancel = nullptr);

    // Makes each column mean 0 and population standard deviation 1, in
    // place. A constant column becomes all 0 (scale 1): no division by zero.
    static Standardisation standardise(PointMatrix &points);

    // Number of different points, counting no further than atMost.
    static qsizetype distinctPoints(const PointMatrix &points, qsizetype atMost);

    // Renumbers clusters: order[new] = old.
    static void reorder(KMeansResult &result, const std::vector<int> &order);
};

} // namespace guanxi
