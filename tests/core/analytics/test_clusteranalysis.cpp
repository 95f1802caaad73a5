// ClusterAnalysis over a real file: RFM from the orders, then the clusters,
// as the Report the files, the window and the command line share.
#include "corehelpers.h"
#include "analytics/clusteranalysis.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"

using namespace guanxi;

namespace {
const QDate ref(2026, 4, 1);

PurchaseSummary p(qint64 id, int daysAgo, qint64 orders, qint64 money)
{
    return PurchaseSummary{id, ref.addDays(-daysAgo), orders, money, {}};
}

// As in test_clusters.cpp: three groups far apart on every measure.
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
} // namespace

TEST_CASE("Cluster analysis over the file gives the three report tables", "[clusters]")
{
    guanxi::test::TestDb t;
    CustomerStore customers(*t.session);
    OrderStore orders(*t.session);
    int number = 0;
    QHash<qint64, qint64> idOf;   // fixture id -> customer id
    for (const PurchaseSummary &s : threeGroups()) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(s.customerId);
        const qint64 id = *customers.create(c);
        idOf.insert(s.customerId, id);
        for (qint64 i = 0; i < s.orders; ++i) {
            Order o;
            o.customerId = id;
            o.number = QStringLiteral("SO-%1").arg(++number);
            o.orderDate = s.lastPurchase.addDays(-7 * i);
            o.totalMinor = i == 0 ? s.monetary - (s.orders - 1) : 1;
            o.status = OrderStatus::Paid;
            REQUIRE(orders.create(o).ok());
        }
    }
    Customer idle;
    idle.name = QStringLiteral("没买过");
    REQUIRE(customers.create(idle).ok());

    ClusterOptions options;
    options.referenceDate = ref;
    options.segmentNames = RfmAnalysis::SegmentNames::Chinese;
    auto run = ClusterAnalysis::run(*t.session, options);
    REQUIRE(run.ok());
    const Report &r = run->report;
    CHECK(r.name == QStringLiteral("clusters"));
    CHECK(r.generated == guanxi::test::fixedNow());
    REQUIRE(r.tables.size() == 3);
    CHECK(r.tables.at(0).name == QStringLiteral("profile"));
    CHECK(r.tables.at(1).name == QStringLiteral("assignments"));
    CHECK(r.tables.at(2).name == QStringLiteral("silhouette"));
    CHECK(r.filters.join(u'\n').contains(QStringLiteral("2026-04-01")));
    CHECK(r.filters.join(u'\n').contains(QStringLiteral("without a purchase in the window: 1")));

    const ReportTable &profile = r.tables.at(0);
    REQUIRE(profile.rows.size() == 3);
    CHECK(profile.columns.at(5).key == QStringLiteral("mean_monetary"));
    CHECK(profile.columns.at(5).kind == ReportKind::Money);
    CHECK(profile.columns.at(7).kind == ReportKind::Percent);
    CHECK(profile.rows.at(0).at(1).toLongLong() == 10);
    CHECK(profile.rows.at(0).at(5).toLongLong() == 1'045'000);
    CHECK(profile.rows.at(0).at(8).toString() == QStringLiteral("重要价值客户"));
    double shares = 0;
    for (const QVariantList &row : profile.rows)
        shares += row.at(7).toDouble();
    CHECK(shares == Approx(1));

    const ReportTable &assignments = r.tables.at(1);
    REQUIRE(assignments.rows.size() == 30);
    CHECK(assignments.columns.at(10).key == QStringLiteral("cluster"));
    CHECK(assignments.columns.last().key == QStringLiteral("cluster_name"));
    CHECK(profile.columns.last().key == QStringLiteral("name"));
    CHECK(profile.rows.at(0).last().toString() == QStringLiteral("高价值活跃"));
    for (const QVariantList &row : assignments.rows) {
        const qint64 fixture = row.at(1).toString().mid(2).toLongLong();
        CHECK(row.at(0).toLongLong() == idOf.value(fixture));
        CHECK(row.at(10).toLongLong() == fixture / 100);   // 1xx -> cluster 1, ...
    }

    const ReportTable &silhouette = r.tables.at(2);
    REQUIRE(silhouette.rows.size() == 7);
    CHECK(silhouette.rows.at(1).at(0).toLongLong() == 3);
    CHECK_FALSE(silhouette.rows.at(1).at(3).toString().isEmpty());   // suggested
    CHECK_FALSE(silhouette.rows.at(1).at(4).toString().isEmpty());   // used
    CHECK(silhouette.rows.at(0).at(3).toString().isEmpty());
    CHECK(run->clusters.labels.size() == size_t(run->rfm.result.rows.size()));

    options.referenceDate = QDate(2020, 1, 1);
    CHECK_FALSE(ClusterAnalysis::run(*t.session, options).ok());
}
