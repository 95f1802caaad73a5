// k-means on RFM (core/analytics/kmeans.h, rfmclusters.h) against fixtures
// whose answers can be worked out by hand.
#include "analytics/kmeans.h"
#include "analytics/rfmclusters.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace guanxi;

namespace {
const QDate ref(2026, 4, 1);

PurchaseSummary p(qint64 id, int daysAgo, qint64 orders, qint64 money)
{
    return PurchaseSummary{id, ref.addDays(-daysAgo), orders, money, {}};
}

PointMatrix line(std::initializer_list<double> xs)
{
    return PointMatrix{1, std::vector<double>(xs)};
}

// Three groups far apart on every measure: ids 1xx bought lately, often and
// much; 2xx a while ago, sometimes, middling; 3xx long ago, once, little.
QList<PurchaseSummary> threeGroups()
{
    QList<PurchaseSummary> in;
    for (int i = 0; i < 10; ++i) {
        in << p(100 + i, 2 + i % 3, 20 + i % 4, 1'000'000 + 10'000 * i);
        in << p(200 + i, 60 + i, 5 + i % 2, 50'000 + 1'000 * i);
        in << p(300 + i, 300 + 5 * i, 1, 1'000 + 100 * i);
    }
    return in;
}

int clusterOf(const RfmResult &rfm, const RfmClusterResult &c, qint64 id)
{
    for (qsizetype i = 0; i < rfm.rows.size(); ++i)
        if (rfm.rows.at(i).customerId == id)
            return c.labels[size_t(i)] + 1;
    FAIL("no row for " << id);
    return 0;
}

RfmClusterOptions withK(int k, ClusterFeatures f = ClusterFeatures::Log, quint64 seed = 1)
{
    RfmClusterOptions o;
    o.k = k;
    o.features = f;
    o.seed = seed;
    return o;
}

// A few hundred customers with no obvious structure, from a fixed seed.
QList<PurchaseSummary> noisy(int n, quint64 seed)
{
    SplitMix64 rng(seed);
    QList<PurchaseSummary> in;
    for (int i = 1; i <= n; ++i)
        in << p(i, 1 + int(rng.below(400)), 1 + qint64(rng.below(12)), qint64(rng.below(2'000'000)));
    return in;
}
} // namespace

TEST_CASE("SplitMix64 gives the published sequence and stays in range", "[clusters]")
{
    SplitMix64 rng(1234567);
    CHECK(rng.next() == 6457827717110365317ULL);
    CHECK(rng.next() == 3203168211198807973ULL);
    CHECK(rng.next() == 9817491932198370423ULL);
    SplitMix64 r2(9);
    for (int i = 0; i < 1000; ++i) {
        CHECK(r2.below(7) < 7);
        const double u = r2.uniform();
        CHECK(u >= 0.0);
        CHECK(u < 1.0);
    }
}

TEST_CASE("Standardising gives z-scores and leaves a constant column at 0", "[clusters]")
{
    PointMatrix m{2, {1, 5, 2, 5, 3, 5}};
    const Standardisation s = KMeans::standardise(m);
    const double z = std::sqrt(1.5);   // (3 - 2) / sqrt(2/3)
    CHECK(s.mean[0] == Approx(2));
    CHECK(s.scale[0] == Approx(std::sqrt(2.0 / 3.0)));
    CHECK(m.row(0)[0] == Approx(-z));
    CHECK(m.row(1)[0] == Approx(0).margin(1e-12));
    CHECK(m.row(2)[0] == Approx(z));
    CHECK(s.mean[1] == 5);
    CHECK(s.scale[1] == 1);
    for (qsizetype i = 0; i < 3; ++i)
        CHECK(m.row(i)[1] == 0);
}

TEST_CASE("Silhouette worked out by hand", "[clusters]")
{
    // 0 and 1 against 4 and 5: a = 1 everywhere; b = 4.5 for 0 and 5, 3.5 for
    // 1 and 4. s = 3.5/4.5 = 7/9 and 2.5/3.5 = 5/7; the mean is 47/63.
    CHECK(*KMeans::silhouette(line({0, 1, 4, 5}), {0, 0, 1, 1}, 2, 1) == Approx(47.0 / 63.0));
    // A point alone in its cluster counts 0 and changes no other b here.
    CHECK(*KMeans::silhouette(line({0, 1, 4, 5, 20}), {0, 0, 1, 1, 2}, 3, 1) == Approx(188.0 / 315.0));
    // A bad split scores below zero: 0 with 4, 1 with 5.
    CHECK(*KMeans::silhouette(line({0, 1, 4, 5}), {0, 1, 0, 1}, 2, 1) < 0);
    CHECK_FALSE(KMeans::silhouette(line({0, 1, 4}), {0, 0, 0}, 1, 1).has_value());
    CHECK_FALSE(KMeans::silhouette(line({0, 1}), {0, 1}, 2, 1).has_value());   // everyone alone
}

TEST_CASE("Silhouette above the limit is sampled, repeatably, near the exact value", "[clusters]")
{
    SplitMix64 rng(5);
    PointMatrix m{2, {}};
    std::vector<int> labels;
    for (int i = 0; i < 3000; ++i) {
        const int c = i % 3;
        m.values.push_back(c * 4 + rng.uniform());
        m.values.push_back(rng.uniform());
        labels.push_back(c);
    }
    const double exact = *KMeans::silhouette(m, labels, 3, 1, 3000);
    const double sampled = *KMeans::silhouette(m, labels, 3, 1, 500);
    CHECK(sampled == *KMeans::silhouette(m, labels, 3, 1, 500));
    CHECK(sampled != exact);
    CHECK(sampled == Approx(exact).margin(0.02));
}

TEST_CASE("k-means on a line: centres and inertia by hand", "[clusters]")
{
    for (quint64 seed : {1ULL, 2ULL, 99ULL}) {
        KMeansOptions o;
        o.k = 2;
        o.seed = seed;
        auto r = KMeans::run(line({0, 1, 10, 11}), o);
        REQUIRE(r.ok());
        CHECK(r->k == 2);
        CHECK(r->inertia == Approx(1.0));
        CHECK(r->labels[0] == r->labels[1]);
        CHECK(r->labels[2] == r->labels[3]);
        CHECK(r->labels[0] != r->labels[2]);
        CHECK(r->centres[size_t(r->labels[0])] == Approx(0.5));
        CHECK(r->centres[size_t(r->labels[2])] == Approx(10.5));
        CHECK(r->sizes == std::vector<qint64>{2, 2});
        CHECK(r->converged);
    }
    KMeansOptions bad;
    bad.k = 0;
    CHECK_FALSE(KMeans::run(line({1}), bad).ok());
    CHECK_FALSE(KMeans::run(PointMatrix{1, {}}, KMeansOptions{}).ok());
}

TEST_CASE("Fewer distinct points than k make fewer clusters", "[clusters]")
{
    KMeansOptions o;
    o.k = 5;
    auto r = KMeans::run(line({3, 3, 7, 3, 7}), o);
    REQUIRE(r.ok());
    CHECK(r->k == 2);
    CHECK(r->inertia == 0);
    CHECK(r->labels[0] == r->labels[1]);
    CHECK(r->labels[0] != r->labels[2]);
    CHECK(KMeans::distinctPoints(line({3, 3, 7, 3, 7}), 10) == 2);
    CHECK(KMeans::distinctPoints(line({1, 2, 3, 4, 5}), 3) == 3);
}

TEST_CASE("Three well-separated groups are found exactly and numbered by money", "[clusters]")
{
    const RfmResult rfm = Rfm::compute(threeGroups(), ref);
    for (ClusterFeatures f : {ClusterFeatures::Log, ClusterFeatures::Scores}) {
        INFO("features " << RfmClusters::featuresCode(f).toStdString());
        auto c = RfmClusters::compute(rfm, withK(0, f));
        REQUIRE(c.ok());
        CHECK(c->suggestedK == 3);
        CHECK(c->k == 3);
        for (int i = 0; i < 10; ++i) {
            CHECK(clusterOf(rfm, *c, 100 + i) == 1);
            CHECK(clusterOf(rfm, *c, 200 + i) == 2);
            CHECK(clusterOf(rfm, *c, 300 + i) == 3);
        }
        REQUIRE(c->profiles.size() == 3);
        const ClusterProfile &top = c->profiles.at(0);
        CHECK(top.customers == 10);
        CHECK(top.share == Approx(1.0 / 3));
        CHECK(top.meanFrequency == Approx(21.3));        // 20,21,22,23,20,21,22,23,20,21
        CHECK(top.meanRecencyDays == Approx(2.9));        // 2,3,4 repeating: 29 / 10
        CHECK(top.meanMonetary == 1'045'000);
        CHECK(top.revenue == 10'450'000);
        const double all = 10'450'000 + 545'000 + 14'500;
        CHECK(top.revenueShare == Approx(10'450'000 / all));
        CHECK(c->profiles.at(2).revenueShare == Approx(14'500 / all));
        REQUIRE(c->silhouettes.size() == 7);   // k = 2..8
        CHECK(c->silhouettes.first().k == 2);
        CHECK(c->silhouettes.last().k == 8);
        for (const SilhouetteScore &s : c->silhouettes)
            if (s.k != 3)
                CHECK(*s.score < *c->silhouette);
        CHECK(*c->silhouette > (f == ClusterFeatures::Log ? 0.7 : 0.5));
        CHECK_FALSE(c->silhouetteSampled);
    }
    // Asked for two: the frequent big spenders stand apart.
    auto two = RfmClusters::compute(rfm, withK(2));
    REQUIRE(two.ok());
    CHECK(two->k == 2);
    CHECK(two->suggestedK == 3);
    CHECK(clusterOf(rfm, *two, 100) == 1);
    CHECK(clusterOf(rfm, *two, 200) == clusterOf(rfm, *two, 300));
    // Without the evaluation: the same clusters, one silhouette row, no suggestion.
    RfmClusterOptions only = withK(2);
    only.evaluate = false;
    auto alone = RfmClusters::compute(rfm, only);
    REQUIRE(alone.ok());
    CHECK(alone->labels == two->labels);
    CHECK(alone->suggestedK == 0);
    REQUIRE(alone->silhouettes.size() == 1);
    CHECK(alone->silhouettes.first().score == two->silhouette);
}

TEST_CASE("Same seed, same clusters, row order never matters", "[clusters]")
{
    QList<PurchaseSummary> in = noisy(300, 11);
    const RfmResult a = Rfm::compute(in, ref);
    auto ca = RfmClusters::compute(a, withK(4, ClusterFeatures::Log, 7));
    auto again = RfmClusters::compute(a, withK(4, ClusterFeatures::Log, 7));
    REQUIRE(ca.ok());
    REQUIRE(again.ok());
    CHECK(ca->labels == again->labels);
    CHECK(ca->inertia == again->inertia);
    CHECK(ca->silhouette == again->silhouette);

    std::mt19937 gen(3);
    std::shuffle(in.begin(), in.end(), gen);
    const RfmResult b = Rfm::compute(in, ref);
    auto cb = RfmClusters::compute(b, withK(4, ClusterFeatures::Log, 7));
    REQUIRE(cb.ok());
    CHECK(cb->inertia == ca->inertia);
    CHECK(cb->silhouette == ca->silhouette);
    REQUIRE(cb->profiles.size() == ca->profiles.size());
    for (int i = 0; i < ca->profiles.size(); ++i) {
        CHECK(cb->profiles.at(i).customers == ca->profiles.at(i).customers);
        CHECK(cb->profiles.at(i).meanMonetary == ca->profiles.at(i).meanMonetary);
        CHECK(cb->profiles.at(i).meanRecencyDays == ca->profiles.at(i).meanRecencyDays);
    }
    for (const RfmRow &row : a.rows)
        CHECK(clusterOf(b, *cb, row.customerId) == clusterOf(a, *ca, row.customerId));
    // Clusters go by descending mean monetary.
    for (int i = 1; i < ca->profiles.size(); ++i)
        CHECK(ca->profiles.at(i - 1).meanMonetary >= ca->profiles.at(i).meanMonetary);
}

TEST_CASE("Identical customers, a single customer, fewer customers than k, none", "[clusters]")
{
    const RfmResult same = Rfm::compute({p(1, 30, 2, 500), p(2, 30, 2, 500), p(3, 30, 2, 500)}, ref);
    auto one = RfmClusters::compute(same, withK(0));
    REQUIRE(one.ok());
    CHECK(one->k == 1);
    CHECK(one->suggestedK == 1);
    CHECK_FALSE(one->silhouette.has_value());
    REQUIRE(one->profiles.size() == 1);
    CHECK(one->profiles.first().customers == 3);
    CHECK(one->profiles.first().revenueShare == Approx(1));
    for (double v : one->points.values)
        CHECK(v == 0);   // every column constant
    auto three = RfmClusters::compute(same, withK(3));
    REQUIRE(three.ok());
    CHECK(three->requestedK == 3);
    CHECK(three->k == 1);

    auto single = RfmClusters::compute(Rfm::compute({p(9, 3, 4, 1000)}, ref), withK(0));
    REQUIRE(single.ok());
    CHECK(single->k == 1);
    CHECK(single->labels == std::vector<int>{0});

    const RfmResult pair = Rfm::compute({p(1, 3, 1, 100), p(2, 300, 9, 90000)}, ref);
    auto few = RfmClusters::compute(pair, withK(5));
    REQUIRE(few.ok());
    CHECK(few->k == 2);
    CHECK(clusterOf(pair, *few, 2) == 1);   // the bigger spender first
    CHECK(few->silhouettes.last().k == 5);
    CHECK(few->silhouettes.last().clusters == 2);

    auto none = RfmClusters::compute(Rfm::compute({}, ref), withK(0));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("nothing to cluster")));
    CHECK_FALSE(RfmClusters::compute(same, withK(-1)).ok());
}

TEST_CASE("Log features and scores are what the header says", "[clusters]")
{
    const RfmResult rfm = Rfm::compute({p(1, 1, 1, 0), p(2, 10, 4, 999), p(3, 100, 2, 5000)}, ref);
    const PointMatrix logs = RfmClusters::features(rfm.rows, ClusterFeatures::Log);
    CHECK(logs.row(0)[0] == 0);
    CHECK(logs.row(0)[1] == 0);
    CHECK(logs.row(0)[2] == 0);   // M = 0 -> log1p(0)
    CHECK(logs.row(1)[0] == Approx(std::log(10.0)));
    CHECK(logs.row(1)[1] == Approx(std::log(4.0)));
    CHECK(logs.row(1)[2] == Approx(std::log(1000.0)));
    const PointMatrix scores = RfmClusters::features(rfm.rows, ClusterFeatures::Scores);
    for (qsizetype i = 0; i < 3; ++i) {
        CHECK(scores.row(i)[0] == rfm.rows.at(i).r);
        CHECK(scores.row(i)[1] == rfm.rows.at(i).f);
        CHECK(scores.row(i)[2] == rfm.rows.at(i).m);
    }
    // Everyone bought once: the F column is constant and standardises to 0.
    QList<PurchaseSummary> onceEach;
    for (int i = 0; i < 12; ++i)
        onceEach << p(i + 1, i < 6 ? 2 + i : 200 + i, 1, i < 6 ? 100'000 : 500);
    const RfmResult once = Rfm::compute(onceEach, ref);
    auto c = RfmClusters::compute(once, withK(2));
    REQUIRE(c.ok());
    for (qsizetype i = 0; i < c->points.size(); ++i) {
        CHECK(c->points.row(i)[1] == 0);
        CHECK(std::isfinite(c->points.row(i)[0]));
    }
    CHECK(clusterOf(once, *c, 1) == 1);
    CHECK(clusterOf(once, *c, 12) == 2);
    // Scores and logs can disagree on the same customers.
    auto byScore = RfmClusters::compute(Rfm::compute(noisy(200, 4), ref), withK(3, ClusterFeatures::Scores));
    auto byLog = RfmClusters::compute(Rfm::compute(noisy(200, 4), ref), withK(3, ClusterFeatures::Log));
    REQUIRE(byScore.ok());
    REQUIRE(byLog.ok());
    CHECK(byScore->labels != byLog->labels);
    CHECK(byScore->features == ClusterFeatures::Scores);
}

TEST_CASE("Clustering reports progress and stops when cancelled", "[clusters]")
{
    const RfmResult rfm = Rfm::compute(noisy(500, 8), ref);
    QList<double> seen;
    auto c = RfmClusters::compute(rfm, withK(0), [&](double f) { seen << f; });
    REQUIRE(c.ok());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.last() == 1.0);
    std::atomic_bool cancel{true};
    auto stopped = RfmClusters::compute(rfm, withK(0), {}, &cancel);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
}

TEST_CASE("Clusters are named from their profile, uniquely", "[clusters]")
{
    const RfmResult rfm = Rfm::compute(threeGroups(), ref);
    auto c = RfmClusters::compute(rfm, withK(3));
    REQUIRE(c.ok());
    CHECK(RfmClusters::names(c->profiles)
          == QStringList{QStringLiteral("High value, active"), QStringLiteral("Low value, active"),
                         QStringLiteral("Low value, lapsing")});
    CHECK(RfmClusters::names(c->profiles, true)
          == QStringList{QStringLiteral("高价值活跃"), QStringLiteral("低价值活跃"), QStringLiteral("低价值沉睡")});

    // Two clusters alike on value and recency are told apart by frequency,
    // and by number when even that is the same.
    const auto profile = [](int cluster, double recency, double frequency, qint64 monetary) {
        ClusterProfile p;
        p.cluster = cluster;
        p.customers = 10;
        p.meanRecencyDays = recency;
        p.meanFrequency = frequency;
        p.meanMonetary = monetary;
        return p;
    };
    const QStringList split = RfmClusters::names(
        {profile(1, 10, 9, 900'000), profile(2, 20, 8, 50'000), profile(3, 30, 1, 40'000), profile(4, 400, 1, 1'000)},
        true);
    CHECK(split == QStringList{QStringLiteral("高价值活跃"), QStringLiteral("低价值高频活跃"),
                               QStringLiteral("低价值低频活跃"), QStringLiteral("低价值沉睡")});
    const QStringList numbered = RfmClusters::names(
        {profile(1, 10, 9, 900'000), profile(2, 20, 1, 50'000), profile(3, 30, 1, 40'000), profile(4, 400, 1, 1'000)});
    CHECK(numbered.at(1) == QStringLiteral("Low value, occasional, active 2"));
    CHECK(numbered.at(2) == QStringLiteral("Low value, occasional, active 3"));
    CHECK(QSet<QString>(numbered.cbegin(), numbered.cend()).size() == 4);
}
