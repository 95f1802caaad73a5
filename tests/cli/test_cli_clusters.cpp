// guanxi-cli report clusters on a seeded file: every format, the options,
// and the same clusters from the same seed.
#include "clienv.h"

using namespace guanxi::test::cli;

TEST_CASE("guanxi-cli report clusters to the screen, CSV, JSON and XLSX", "[cli][clusters]")
{
    CliEnv env;
    env.seeded(120, 600);
    const QStringList base{S("report"), S("clusters"), S("--ref-date"), S("2026-04-01")};

    const QList<QStringList> profile = parseCsv(env.ok(base + QStringList{S("--format"), S("csv")}));
    REQUIRE(profile.size() >= 3);   // header and at least two clusters
    CHECK(profile.first() == QStringList{S("cluster"), S("customers"), S("share"), S("mean_recency_days"),
                                         S("mean_frequency"), S("mean_monetary"), S("revenue"), S("revenue_share"),
                                         S("main_segment"), S("name")});
    // Numbered by descending mean monetary.
    for (int i = 2; i < profile.size(); ++i)
        CHECK(profile.at(i - 1).at(5).toDouble() >= profile.at(i).at(5).toDouble());

    // JSON carries all three tables; customers add up; the k used is marked.
    const QByteArray json = env.ok(base + QStringList{S("--format"), S("json"), S("--k"), S("3")}).toUtf8();
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    CHECK(doc.value(S("report")).toString() == S("clusters"));
    const QJsonObject tables = doc.value(S("tables")).toObject();
    const QJsonArray clusters = tables.value(S("profile")).toArray();
    const QJsonArray assignments = tables.value(S("assignments")).toArray();
    const QJsonArray silhouette = tables.value(S("silhouette")).toArray();
    REQUIRE(clusters.size() == 3);
    qint64 customers = 0;
    for (const QJsonValue &c : clusters)
        customers += c.toObject().value(S("customers")).toInteger();
    CHECK(customers == assignments.size());
    REQUIRE(silhouette.size() == 7);
    CHECK(silhouette.at(1).toObject().value(S("k")).toInteger() == 3);
    CHECK(silhouette.at(1).toObject().value(S("used")).toString() == S("yes"));
    for (const QJsonValue &a : assignments) {
        const qint64 cluster = a.toObject().value(S("cluster")).toInteger();
        CHECK(cluster >= 1);
        CHECK(cluster <= 3);
    }

    // Same seed, same assignments; --table picks what CSV gets.
    const QStringList csvAssign = base + QStringList{S("--format"), S("csv"), S("--table"), S("assignments"),
                                                     S("--seed"), S("42"), S("--features"), S("scores")};
    const QString first = env.ok(csvAssign);
    CHECK(env.ok(csvAssign) == first);
    const QList<QStringList> rows = parseCsv(first);
    CHECK(rows.first().first() == S("customer_id"));
    CHECK(rows.first().last() == S("cluster_name"));
    CHECK(rows.size() == assignments.size() + 1);

    const QString xlsx = env.path(S("clusters.xlsx"));
    env.ok(base + QStringList{S("-o"), xlsx});
    CHECK(fileBytes(xlsx).startsWith("PK"));

    CHECK(env.onDb(base + QStringList{S("--k"), S("many")}).code == 1);
    CHECK(env.onDb(base + QStringList{S("--features"), S("raw")}).code == 1);
    CHECK(env.onDb(base + QStringList{S("--table"), S("nope")}).code == 1);
    CHECK(env.onDb(base + QStringList{S("--seed"), S("-3")}).code == 1);
    CHECK(env.onDb({S("report"), S("clusters"), S("--ref-date"), S("2000-01-01")}).code == 2);
    CHECK(env.onDb({S("report"), S("rfm"), S("--k"), S("3")}).code == 1);
}

TEST_CASE("guanxi-cli report clusters on a file without purchases says so", "[cli][clusters]")
{
    CliEnv env;
    env.ok({S("init")});
    const Run r = env.onDb({S("report"), S("clusters")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(S("nothing to cluster")));
}
