#include "analytics/rfmclusters.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace guanxi {

namespace {
__extension__ typedef __int128 Wide;

// Per cluster, in the customers' units: what the profile shows and what
// the numbering sorts by.
struct Totals {
    Wide recency = 0, frequency = 0, monetary = 0;
    qint64 customers = 0;
};

qint64 roundedMean(Wide sum, qint64 n)
{
    if (n <= 0)
        return 0;
    const Wide half = n / 2;
    return qint64(sum >= 0 ? (sum + half) / n : (sum - half) / n);
}

// Numbers the clusters: descending mean M, descending mean F, ascending
// mean R, then the centre's coordinates. Means compared exactly: a*m vs b*n.
// Returns order[new] = old.
std::vector<int> numberClusters(KMeansResult &km, const std::vector<Totals> &totals)
{
    std::vector<int> order(size_t(km.k));
    std::iota(order.begin(), order.end(), 0);
    const int dims = km.k > 0 ? int(km.centres.size()) / km.k : 0;
    auto cmpMean = [&](Wide Totals::*field, int a, int b) {
        const Wide x = totals[size_t(a)].*field * totals[size_t(b)].customers;
        const Wide y = totals[size_t(b)].*field * totals[size_t(a)].customers;
        return x < y ? -1 : x > y ? 1 : 0;
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (int c = cmpMean(&Totals::monetary, a, b))
            return c > 0;
        if (int c = cmpMean(&Totals::frequency, a, b))
            return c > 0;
        if (int c = cmpMean(&Totals::recency, a, b))
            return c < 0;
        return std::lexicographical_compare(km.centres.begin() + a * dims, km.centres.begin() + (a + 1) * dims,
                                            km.centres.begin() + b * dims, km.centres.begin() + (b + 1) * dims);
    });
    KMeans::reorder(km, order);
    return order;
}
} // namespace

PointMatrix RfmClusters::features(const QList<RfmRow> &rows, ClusterFeatures kind)
{
    PointMatrix m;
    m.dims = 3;
    m.values.reserve(size_t(rows.size()) * 3);
    for (const RfmRow &row : rows) {
        if (kind == ClusterFeatures::Scores) {
            m.values.insert(m.values.end(), {double(row.r), double(row.f), double(row.m)});
        } else {
            m.values.insert(m.values.end(), {std::log(double(std::max<qint64>(row.recencyDays, 1))),
                                             std::log(double(std::max<qint64>(row.frequency, 1))),
                                             std::log1p(double(std::max<qint64>(row.monetary, 0)))});
        }
    }
    return m;
}

namespace {

// The rows in canonical order (recency, frequency, monetary, customer id):
// perm[i] is the RFM row at sorted position i.
std::vector<qsizetype> canonicalOrder(const QList<RfmRow> &rows)
{
    std::vector<qsizetype> perm(static_cast<size_t>(rows.size()));
    std::iota(perm.begin(), perm.end(), 0);
    std::sort(perm.begin(), perm.end(), [&](qsizetype a, qsizetype b) {
        const RfmRow &x = rows.at(a), &y = rows.at(b);
        return std::tie(x.recencyDays, x.frequency, x.monetary, x.customerId)
               < std::tie(y.recencyDays, y.frequency, y.monetary, y.customerId);
    });
    return perm;
}

using Clustering = std::pair<KMeansResult, std::optional<double>>;   // with its silhouette

// Runs k-means once per k and reports the progress over all runs.
class ClusterRuns {
public:
    ClusterRuns(const PointMatrix &points, const RfmClusterOptions &options, int runs, const Error &cancelled,
                const std::function<void(double)> &progress, const std::atomic_bool *cancel)
        : m_points(points), m_options(options), m_runs(runs), m_cancelled(cancelled), m_progress(progress),
          m_cancel(cancel)
    {
    }

    Result<Clustering> run(int k)
    {
        KMeansOptions ko;
        ko.seed = m_options.seed;
        ko.restarts = m_options.restarts;
        ko.k = k;
        auto km = KMeans::run(m_points, ko, [&](double f) {
            if (m_progress)
                m_progress((m_done + 0.8 * f) / m_runs);
        }, m_cancel);
        if (!km)
            return km.error();
        const auto s = KMeans::silhouette(m_points, km->labels, km->k, m_options.seed,
                                          KMeans::silhouetteSampleLimit, m_cancel);
        if (m_cancel && m_cancel->load())
            return m_cancelled;
        ++m_done;
        if (m_progress)
            m_progress(double(m_done) / m_runs);
        return std::make_pair(std::move(km).value(), s);
    }

private:
    const PointMatrix &m_points;
    const RfmClusterOptions &m_options;
    const int m_runs;
    const Error &m_cancelled;
    const std::function<void(double)> &m_progress;
    const std::atomic_bool *m_cancel;
    int m_done = 0;
};

// Evaluates k = evalFrom..evalTo (silhouettes, the suggested k) and runs the
// k asked for when it lies outside that range. Fills out's silhouettes,
// suggestedK and silhouette; returns the clustering to use.
Result<KMeansResult> chooseClustering(ClusterRuns &runs, const RfmClusterOptions &options, int evalFrom,
                                      int evalTo, bool separate, RfmClusterResult &out)
{
    KMeansResult chosen;
    std::optional<double> best;
    for (int k = evalFrom; k <= evalTo; ++k) {
        auto r = runs.run(k);
        if (!r)
            return r.error();
        out.silhouettes << SilhouetteScore{k, r->first.k, r->second};
        const bool better = r->second && (!best || *r->second > *best);
        if (better) {
            best = r->second;
            out.suggestedK = k;
        }
        if (k == options.k || (options.k == 0 && better)) {
            chosen = r->first;
            out.silhouette = r->second;
        }
    }
    const bool suggesting = options.evaluate || options.k == 0;
    if (suggesting && out.suggestedK == 0)   // nothing to compare: one point, or silhouettes undefined
        out.suggestedK = int(std::min<qsizetype>(out.distinct, evalFrom));
    if (separate || (options.k == 0 && !best)) {
        const int k = options.k > 0 ? options.k : out.suggestedK;
        auto r = runs.run(k);
        if (!r)
            return r.error();
        chosen = r->first;
        out.silhouette = r->second;
        const bool listed = std::any_of(out.silhouettes.begin(), out.silhouettes.end(),
                                        [&](const SilhouetteScore &s) { return s.k == k; });
        if (!listed) {
            out.silhouettes << SilhouetteScore{k, r->first.k, r->second};
            std::sort(out.silhouettes.begin(), out.silhouettes.end(),
                      [](const SilhouetteScore &a, const SilhouetteScore &b) { return a.k < b.k; });
        }
    }
    return chosen;
}

std::vector<Totals> clusterTotals(const KMeansResult &chosen, const QList<RfmRow> &sorted)
{
    std::vector<Totals> totals(size_t(chosen.k));
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        Totals &t = totals[size_t(chosen.labels[size_t(i)])];
        t.recency += sorted.at(i).recencyDays;
        t.frequency += sorted.at(i).frequency;
        t.monetary += sorted.at(i).monetary;
        ++t.customers;
    }
    return totals;
}

// order[c] is the old index of cluster c (see numberClusters).
QList<ClusterProfile> clusterProfiles(const KMeansResult &chosen, const std::vector<Totals> &totals,
                                      const std::vector<int> &order, qsizetype n)
{
    Wide allMoney = 0;
    for (const Totals &t : totals)
        allMoney += t.monetary;
    QList<ClusterProfile> profiles;
    for (int c = 0; c < chosen.k; ++c) {
        const Totals &t = totals[size_t(order[size_t(c)])];
        ClusterProfile p;
        p.cluster = c + 1;
        p.customers = t.customers;
        p.share = double(t.customers) / double(n);
        p.meanRecencyDays = double(t.recency) / double(t.customers);
        p.meanFrequency = double(t.frequency) / double(t.customers);
        p.meanMonetary = roundedMean(t.monetary, t.customers);
        p.revenue = qint64(t.monetary);
        p.revenueShare = allMoney != 0 ? double(t.monetary) / double(allMoney) : 0.0;
        std::copy(chosen.centres.begin() + c * 3, chosen.centres.begin() + (c + 1) * 3, p.centre.begin());
        profiles << p;
    }
    return profiles;
}

} // namespace

Result<RfmClusterResult> RfmClusters::compute(const RfmResult &rfm, const RfmClusterOptions &options,
                                              const std::function<void(double)> &progress,
                                              const std::atomic_bool *cancel)
{
    const qsizetype n = rfm.rows.size();
    if (n == 0)
        return Error{tr("No customer has a purchase in the window, so there is nothing to cluster. Widen the window "
                        "or check the orders' statuses and currency."),
                     {}, {}};
    if (options.k < 0)
        return Error{tr("The number of clusters must be at least 1 (it was %1); use 0 for the suggested number.")
                         .arg(options.k),
                     {}, {}};
    const Error cancelled{tr("The clustering was cancelled."), {}, {}};

    // Canonical order first: nothing below may depend on how rows arrived.
    const std::vector<qsizetype> perm = canonicalOrder(rfm.rows);
    QList<RfmRow> sorted;
    sorted.reserve(n);
    for (qsizetype i : perm)
        sorted << rfm.rows.at(i);

    RfmClusterResult out;
    out.features = options.features;
    out.requestedK = options.k;
    PointMatrix points = features(sorted, options.features);
    out.standardisation = KMeans::standardise(points);
    const int suggestTo = std::max(options.suggestFrom, options.suggestTo);
    out.distinct = KMeans::distinctPoints(points, suggestTo + 1);
    out.silhouetteSampled = n > KMeans::silhouetteSampleLimit;

    const int evalFrom = std::max(2, options.suggestFrom);
    const int evalTo = (options.evaluate || options.k == 0) ? int(std::min<qsizetype>(suggestTo, out.distinct)) : 0;
    const bool separate = options.k > 0 && (options.k < evalFrom || options.k > evalTo);
    const int runCount = std::max(0, evalTo - evalFrom + 1) + 1;   // + a run outside the range, if needed
    ClusterRuns runs(points, options, runCount, cancelled, progress, cancel);
    auto chosenOr = chooseClustering(runs, options, evalFrom, evalTo, separate, out);
    if (!chosenOr)
        return chosenOr.error();
    KMeansResult chosen = std::move(chosenOr).value();

    const std::vector<Totals> totals = clusterTotals(chosen, sorted);
    const std::vector<int> order = numberClusters(chosen, totals);
    out.k = chosen.k;
    out.inertia = chosen.inertia;

    // Back to the order of the RFM rows.
    out.points.dims = 3;
    out.points.values.resize(points.values.size());
    out.labels.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype row = perm[size_t(i)];
        out.labels[size_t(row)] = chosen.labels[size_t(i)];
        std::copy(points.row(i), points.row(i) + 3, out.points.row(row));
    }
    out.profiles = clusterProfiles(chosen, totals, order, n);
    if (progress)
        progress(1.0);
    return out;
}

QString RfmClusters::featuresCode(ClusterFeatures features)
{
    return features == ClusterFeatures::Scores ? QStringLiteral("scores") : QStringLiteral("log");
}

QStringList RfmClusters::names(const QList<ClusterProfile> &profiles, bool chinese)
{
    // [value high][active][frequency: 0 not asked, 1 frequent, 2 occasional]
    static const char *const english[2][2][3] = {
        {{QT_TR_NOOP("Low value, lapsing"), QT_TR_NOOP("Low value, frequent, lapsing"),
          QT_TR_NOOP("Low value, occasional, lapsing")},
         {QT_TR_NOOP("Low value, active"), QT_TR_NOOP("Low value, frequent, active"),
          QT_TR_NOOP("Low value, occasional, active")}},
        {{QT_TR_NOOP("High value, lapsing"), QT_TR_NOOP("High value, frequent, lapsing"),
          QT_TR_NOOP("High value, occasional, lapsing")},
         {QT_TR_NOOP("High value, active"), QT_TR_NOOP("High value, frequent, active"),
          QT_TR_NOOP("High value, occasional, active")}}};
    static const char *const hanzi[2][2][3] = {
        {{"低价值沉睡", "低价值高频沉睡", "低价值低频沉睡"}, {"低价值活跃", "低价值高频活跃", "低价值低频活跃"}},
        {{"高价值沉睡", "高价值高频沉睡", "高价值低频沉睡"}, {"高价值活跃", "高价值高频活跃", "高价值低频活跃"}}};
    double customers = 0, recency = 0, frequency = 0, monetary = 0;
    for (const ClusterProfile &p : profiles) {
        customers += double(p.customers);
        recency += p.meanRecencyDays * double(p.customers);
        frequency += p.meanFrequency * double(p.customers);
        monetary += double(p.meanMonetary) * double(p.customers);
    }
    if (customers > 0)
        recency /= customers, frequency /= customers, monetary /= customers;
    const auto name = [&](const ClusterProfile &p, int f) {
        const int high = double(p.meanMonetary) >= monetary ? 1 : 0;
        const int active = p.meanRecencyDays <= recency ? 1 : 0;
        return chinese ? QString::fromUtf8(hanzi[high][active][f]) : tr(english[high][active][f]);
    };
    QStringList out;
    for (const ClusterProfile &p : profiles)
        out << name(p, 0);
    QStringList refined = out;
    for (int i = 0; i < profiles.size(); ++i)
        if (out.count(out.at(i)) > 1)
            refined[i] = name(profiles.at(i), profiles.at(i).meanFrequency >= frequency ? 1 : 2);
    for (int i = 0; i < profiles.size(); ++i)
        if (refined.count(refined.at(i)) > 1)
            out[i] = QStringLiteral("%1 %2").arg(refined.at(i)).arg(profiles.at(i).cluster);
        else
            out[i] = refined.at(i);
    return out;
}

QString RfmClusters::featuresLabel(ClusterFeatures features)
{
    return features == ClusterFeatures::Scores ? tr("standardised R, F, M scores (1-5)")
                                               : tr("standardised log R, log F, log(1 + M)");
}

} // namespace guanxi
