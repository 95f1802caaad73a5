#include "analytics/kmeans.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace guanxi {

namespace {

// Squared distance; D > 0 fixes the dimension at compile time (the common
// three RFM features), D == 0 reads it at run time.
template <int D>
inline double dist2(const double *a, const double *b, int dims)
{
    double s = 0;
    const int n = D > 0 ? D : dims;
    for (int d = 0; d < n; ++d) {
        const double t = a[d] - b[d];
        s += t * t;
    }
    return s;
}

// One Lloyd run's working state.
struct Lloyd {
    const PointMatrix &points;
    int k;
    std::vector<double> centres;
    std::vector<int> labels;
    std::vector<double> d2;       // squared distance of each point to its centre
    std::vector<double> sums;     // k rows of dims
    std::vector<qint64> counts;
    double inertia = 0;

    // Nearest centre for every point, sums and counts per cluster. Returns
    // how many labels changed.
    template <int D>
    qsizetype assign()
    {
        const int dims = points.dims;
        const qsizetype n = points.size();
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        inertia = 0;
        qsizetype changed = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double *x = points.row(i);
            int best = 0;
            double bestD = dist2<D>(x, centres.data(), dims);
            for (int c = 1; c < k; ++c) {
                const double d = dist2<D>(x, centres.data() + qsizetype(c) * dims, dims);
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            if (labels[size_t(i)] != best) {
                labels[size_t(i)] = best;
                ++changed;
            }
            d2[size_t(i)] = bestD;
            inertia += bestD;
            ++counts[size_t(best)];
            double *s = sums.data() + qsizetype(best) * dims;
            for (int d = 0; d < dims; ++d)
                s[d] += x[d];
        }
        return changed;
    }
    qsizetype assignAny() { return points.dims == 3 ? assign<3>() : assign<0>(); }

    // An empty cluster takes the point farthest from its own centre among
    // clusters that can spare one.
    void refillEmpty()
    {
        const int dims = points.dims;
        for (int c = 0; c < k; ++c) {
            if (counts[size_t(c)] > 0)
                continue;
            qsizetype far = -1;
            for (qsizetype i = 0; i < points.size(); ++i)
                if (counts[size_t(labels[size_t(i)])] > 1 && (far < 0 || d2[size_t(i)] > d2[size_t(far)]))
                    far = i;
            if (far < 0)
                return;   // every point already alone: cannot happen while k <= n
            const int from = labels[size_t(far)];
            const double *x = points.row(far);
            for (int d = 0; d < dims; ++d) {
                sums[size_t(from * dims + d)] -= x[d];
                sums[size_t(c * dims + d)] += x[d];
            }
            --counts[size_t(from)];
            counts[size_t(c)] = 1;
            labels[size_t(far)] = c;
            inertia -= d2[size_t(far)];
            d2[size_t(far)] = 0;
        }
    }

    // Centres to the means of their clusters; returns the squared shift.
    double update()
    {
        const int dims = points.dims;
        double shift = 0;
        for (int c = 0; c < k; ++c) {
            if (counts[size_t(c)] == 0)
                continue;
            for (int d = 0; d < dims; ++d) {
                const size_t j = size_t(c * dims + d);
                const double mean = sums[j] / double(counts[size_t(c)]);
                shift += (mean - centres[j]) * (mean - centres[j]);
                centres[j] = mean;
            }
        }
        return shift;
    }
};

// k-means++ (Arthur and Vassilvitskii 2007): the first centre uniformly, each
// next with probability proportional to the squared distance to the nearest
// chosen centre. Stops early when every point sits on a centre.
std::vector<double> seedCentres(const PointMatrix &points, int k, SplitMix64 &rng, const std::atomic_bool *cancel)
{
    const int dims = points.dims;
    const qsizetype n = points.size();
    std::vector<double> centres;
    std::vector<double> d2(size_t(n), std::numeric_limits<double>::infinity());
    qsizetype pick = qsizetype(rng.below(quint64(n)));
    for (int c = 0; c < k; ++c) {
        centres.insert(centres.end(), points.row(pick), points.row(pick) + dims);
        if (c + 1 == k || (cancel && cancel->load()))
            break;
        double total = 0;
        const double *centre = centres.data() + qsizetype(c) * dims;
        for (qsizetype i = 0; i < n; ++i) {
            d2[size_t(i)] = std::min(d2[size_t(i)], dist2<0>(points.row(i), centre, dims));
            total += d2[size_t(i)];
        }
        if (!(total > 0))
            break;
        const double target = rng.uniform() * total;
        double running = 0;
        pick = -1;
        for (qsizetype i = 0; i < n; ++i) {
            if (d2[size_t(i)] <= 0)
                continue;
            pick = i;   // the last positive one when rounding leaves target past the end
            running += d2[size_t(i)];
            if (running > target)
                break;
        }
    }
    return centres;
}

} // namespace

quint64 SplitMix64::below(quint64 n)
{
    // Rejection keeps every value equally likely: skip the top partial range.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % n;
    quint64 x;
    do
        x = next();
    while (x >= limit);
    return x % n;
}

Result<KMeansResult> KMeans::run(const PointMatrix &points, const KMeansOptions &options,
                                 const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    const qsizetype n = points.size();
    if (n == 0)
        return Error{tr("There are no customers to cluster."), {}, {}};
    if (options.k < 1)
        return Error{tr("The number of clusters must be at least 1 (it was %1).").arg(options.k), {}, {}};
    const Error cancelled{tr("The clustering was cancelled."), {}, {}};
    const int dims = points.dims;

    // The tolerance is relative to the data's spread, as in scikit-learn.
    double meanVariance = 0;
    for (int d = 0; d < dims; ++d) {
        double mean = 0, m2 = 0;
        for (qsizetype i = 0; i < n; ++i)
            mean += points.row(i)[d];
        mean /= double(n);
        for (qsizetype i = 0; i < n; ++i)
            m2 += (points.row(i)[d] - mean) * (points.row(i)[d] - mean);
        meanVariance += m2 / double(n) / double(dims);
    }
    const double tolerance = options.tolerance * meanVariance;

    SplitMix64 rng(options.seed);
    const int restarts = std::max(1, options.restarts);
    KMeansResult best;
    for (int r = 0; r < restarts; ++r) {
        Lloyd l{points, 0, seedCentres(points, options.k, rng, cancel), {}, {}, {}, {}, 0};
        if (cancel && cancel->load())
            return cancelled;
        l.k = int(l.centres.size()) / dims;
        l.labels.assign(size_t(n), -1);
        l.d2.assign(size_t(n), 0);
        l.sums.assign(l.centres.size(), 0);
        l.counts.assign(size_t(l.k), 0);
        int iteration = 0;
        bool converged = false;
        for (;; ++iteration) {
            if (cancel && cancel->load())
                return cancelled;
            const qsizetype changed = l.assignAny();
            if (changed == 0 && iteration > 0) {
                converged = true;
                break;
            }
            if (iteration >= options.maxIterations)
                break;
            l.refillEmpty();
            if (l.update() <= tolerance) {
                l.assignAny();   // labels that match the final centres
                converged = true;
                ++iteration;
                break;
            }
        }
        if (r == 0 || l.inertia < best.inertia) {
            best.k = l.k;
            best.labels = std::move(l.labels);
            best.centres = std::move(l.centres);
            best.sizes = std::move(l.counts);
            best.inertia = l.inertia;
            best.iterations = iteration;
            best.converged = converged;
        }
        if (progress)
            progress(double(r + 1) / restarts);
    }

    // A final assignment can leave a cluster empty (two equal centres):
    // number the clusters that have points without gaps.
    if (std::count(best.sizes.begin(), best.sizes.end(), 0) > 0) {
        std::vector<int> order;
        for (int c = 0; c < best.k; ++c)
            if (best.sizes[size_t(c)] > 0)
                order.push_back(c);
        reorder(best, order);
    }
    return best;
}

void KMeans::reorder(KMeansResult &result, const std::vector<int> &order)
{
    const int dims = result.k > 0 ? int(result.centres.size()) / result.k : 0;
    std::vector<int> newOf(size_t(result.k), -1);
    std::vector<double> centres;
    std::vector<qint64> sizes;
    for (size_t i = 0; i < order.size(); ++i) {
        const int old = order[i];
        newOf[size_t(old)] = int(i);
        centres.insert(centres.end(), result.centres.begin() + old * dims, result.centres.begin() + (old + 1) * dims);
        sizes.push_back(result.sizes[size_t(old)]);
    }
    for (int &label : result.labels)
        label = newOf[size_t(label)];
    result.k = int(order.size());
    result.centres = std::move(centres);
    result.sizes = std::move(sizes);
}

std::optional<double> KMeans::silhouette(const PointMatrix &points, const std::vector<int> &labels, int k,
                                         quint64 seed, qsizetype sampleLimit, const std::atomic_bool *cancel)
{
    const qsizetype n = points.size();
    if (k < 2 || n < 2 || qsizetype(labels.size()) != n)
        return std::nullopt;
    std::vector<qsizetype> sample(static_cast<size_t>(n));
    std::iota(sample.begin(), sample.end(), 0);
    if (sampleLimit > 1 && n > sampleLimit) {
        // A partial Fisher-Yates shuffle, then point order again.
        SplitMix64 rng(seed ^ 0x5111c0e77e5ULL);
        for (qsizetype i = 0; i < sampleLimit; ++i)
            std::swap(sample[size_t(i)], sample[size_t(i + qsizetype(rng.below(quint64(n - i))))]);
        sample.resize(size_t(sampleLimit));
        std::sort(sample.begin(), sample.end());
    }
    const qsizetype m = qsizetype(sample.size());
    std::vector<qint64> count(size_t(k), 0);
    for (qsizetype i : sample)
        ++count[size_t(labels[size_t(i)])];
    if (std::count_if(count.begin(), count.end(), [](qint64 c) { return c > 0; }) < 2)
        return std::nullopt;

    // sum[i * k + c]: distances from sample point i to the sample points of cluster c.
    std::vector<double> sum(size_t(m * k), 0.0);
    const int dims = points.dims;
    for (qsizetype i = 0; i < m; ++i) {
        if ((i & 255) == 0 && cancel && cancel->load())
            return std::nullopt;
        const double *x = points.row(sample[size_t(i)]);
        const int li = labels[size_t(sample[size_t(i)])];
        for (qsizetype j = i + 1; j < m; ++j) {
            const double d = std::sqrt(dims == 3 ? dist2<3>(x, points.row(sample[size_t(j)]), 3)
                                                 : dist2<0>(x, points.row(sample[size_t(j)]), dims));
            sum[size_t(i * k + labels[size_t(sample[size_t(j)])])] += d;
            sum[size_t(j * k + li)] += d;
        }
    }
    double total = 0;
    bool anyShared = false;
    for (qsizetype i = 0; i < m; ++i) {
        const int li = labels[size_t(sample[size_t(i)])];
        if (count[size_t(li)] < 2)
            continue;   // alone in its cluster: s = 0
        anyShared = true;
        const double a = sum[size_t(i * k + li)] / double(count[size_t(li)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c)
            if (c != li && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(i * k + c)] / double(count[size_t(c)]));
        const double denominator = std::max(a, b);
        total += denominator > 0 ? (b - a) / denominator : 0.0;
    }
    if (!anyShared)
        return std::nullopt;
    return total / double(m);
}

Standardisation KMeans::standardise(PointMatrix &points)
{
    const qsizetype n = points.size();
    Standardisation s;
    for (int d = 0; d < points.dims; ++d) {
        double mean = 0, m2 = 0;
        for (qsizetype i = 0; i < n; ++i)
            mean += points.row(i)[d];
        mean = n > 0 ? mean / double(n) : 0.0;
        for (qsizetype i = 0; i < n; ++i)
            m2 += (points.row(i)[d] - mean) * (points.row(i)[d] - mean);
        const double sd = n > 0 ? std::sqrt(m2 / double(n)) : 0.0;
        // A spread of rounding noise only (a constant column) counts as none.
        const bool constant = !(sd > 1e-12 * std::max(1.0, std::abs(mean)));
        const double scale = constant ? 1.0 : sd;
        for (qsizetype i = 0; i < n; ++i)
            points.row(i)[d] = constant ? 0.0 : (points.row(i)[d] - mean) / scale;
        s.mean.push_back(mean);
        s.scale.push_back(scale);
    }
    return s;
}

qsizetype KMeans::distinctPoints(const PointMatrix &points, qsizetype atMost)
{
    std::vector<qsizetype> seen;
    const int dims = points.dims;
    for (qsizetype i = 0; i < points.size() && qsizetype(seen.size()) < atMost; ++i) {
        const double *x = points.row(i);
        const bool known = std::any_of(seen.begin(), seen.end(), [&](qsizetype j) {
            return std::equal(x, x + dims, points.row(j));
        });
        if (!known)
            seen.push_back(i);
    }
    return qsizetype(seen.size());
}

} // namespace guanxi
