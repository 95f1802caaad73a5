// guanxi-cli report funnel, trend, cohort and kpi on a small file built with
// the core stores, every figure worked out by hand. Times are at noon UTC so
// the local day and month are the same in any time zone within ±11 hours.
#include "clienv.h"

#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

using namespace guanxi;
using namespace guanxi::test::cli;

namespace {
const QString now = S("2026-03-15T09:30:00Z");

QDateTime noon(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}

// A (website, tester) buys in January and February and wins a 3,000.00 deal;
// B (sales1) buys once (plus a cancelled order) and loses a deal from proposal.
void buildShop(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        FAIL(str(opened.error().toString()));
    std::unique_ptr<Database> db = std::move(opened).value();
    FixedClock clock(noon(2026, 1, 10));
    Session session(*db, clock);
    session.setUserId(*UserStore(session).ensureDefault(S("tester"), S("Tester")));
    User u;
    u.login = S("sales1");
    u.displayName = S("王芳");
    const qint64 sales1 = *UserStore(session).create(u);
    Customer a;
    a.name = S("甲公司");
    a.sourceId = *ChannelStore(session).find(S("website"));
    const qint64 ca = *CustomerStore(session).create(a);
    clock.set(noon(2026, 2, 10));
    Customer b;
    b.name = S("乙");
    b.ownerId = sales1;
    const qint64 cb = *CustomerStore(session).create(b);
    int n = 0;
    for (auto [customer, date, total, status] :
         {std::tuple{ca, QDate(2026, 1, 15), 10000, OrderStatus::Paid}, std::tuple{ca, QDate(2026, 2, 15), 20000, OrderStatus::Paid},
          std::tuple{cb, QDate(2026, 2, 20), 5000, OrderStatus::Delivered},
          std::tuple{cb, QDate(2026, 2, 21), 99900, OrderStatus::Cancelled}}) {
        Order o;
        o.customerId = customer;
        o.number = S("SO-%1").arg(++n);
        o.orderDate = date;
        o.totalMinor = total;
        o.status = status;
        REQUIRE(OrderStore(session).create(o).ok());
    }
    DealStore deals(session);
    QHash<QString, qint64> stage;
    const auto stages = deals.stages();
    REQUIRE(stages.ok());
    for (const DealStage &s : stages.value())
        stage.insert(s.code, s.id);
    auto deal = [&](qint64 customer, const QString &at, qint64 owner, const QDateTime &when) {
        clock.set(when);
        Deal d;
        d.customerId = customer;
        d.title = S("Deal");
        d.amountMinor = 300000;
        d.stageId = stage.value(at);
        d.ownerId = owner;
        auto id = deals.create(d);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 d1 = deal(ca, S("first_contact"), session.userId(), noon(2026, 2, 1));
    const qint64 d2 = deal(cb, S("proposal"), sales1, noon(2026, 2, 2));
    clock.set(noon(2026, 2, 5));
    REQUIRE(deals.move(d2, stage.value(S("lost")), S("价格")).ok());
    clock.set(noon(2026, 2, 11));
    REQUIRE(deals.move(d1, stage.value(S("won"))).ok());
}

QStringList report(const QStringList &args)
{
    return QStringList{S("report")} + args + QStringList{S("--now"), now};
}
} // namespace

TEST_CASE("guanxi-cli report trend and cohort by month", "[cli][sales]")
{
    CliEnv env;
    buildShop(env.db);
    const QList<QStringList> trend = parseCsv(env.ok(report({S("trend"), S("--from"), S("2026-01-01"), S("--to"),
                                                              S("2026-03-31"), S("--format"), S("csv")})));
    REQUIRE(trend.size() == 4);
    CHECK(trend.at(0) == QStringList{S("month"), S("revenue"), S("orders"), S("new_customers"), S("purchasers"),
                                     S("returning_purchasers"), S("repeat_rate")});
    CHECK(trend.at(1) == QStringList{S("2026-01"), S("100.00"), S("1"), S("1"), S("1"), S("0"), S("0.0%")});
    CHECK(trend.at(2) == QStringList{S("2026-02"), S("250.00"), S("2"), S("1"), S("2"), S("1"), S("50.0%")});
    CHECK(trend.at(3) == QStringList{S("2026-03"), S("0.00"), S("0"), S("0"), S("0"), S("0"), QString()});

    const QJsonObject json = QJsonDocument::fromJson(env.ok(report({S("trend"), S("--owner"), S("sales1"), S("--from"),
                                                                    S("2026-02-01"), S("--format"), S("json")}))
                                                         .toUtf8())
                                 .object();
    CHECK(json.value(S("report")).toString() == S("trend"));
    const QJsonObject summary = json.value(S("tables")).toObject().value(S("summary")).toArray().at(0).toObject();
    CHECK(summary.value(S("revenue")).toString() == S("50.00"));
    CHECK(summary.value(S("purchasers")).toInt() == 1);
    CHECK(json.value(S("filters")).toArray().contains(S("Salesperson: 王芳")));

    const QList<QStringList> cohort = parseCsv(env.ok(report({S("cohort"), S("--from"), S("2026-01-01"), S("--to"),
                                                               S("2026-03-31"), S("--months"), S("2"), S("--format"),
                                                               S("csv")})));
    REQUIRE(cohort.size() == 4);
    CHECK(cohort.at(0) == QStringList{S("cohort"), S("customers"), S("month_0"), S("month_1"), S("month_2")});
    CHECK(cohort.at(1) == QStringList{S("2026-01"), S("1"), S("100.0%"), S("100.0%"), S("0.0%")});
    CHECK(cohort.at(2) == QStringList{S("2026-02"), S("1"), S("100.0%"), S("0.0%"), QString()});
    CHECK(cohort.at(3) == QStringList{S("2026-03"), S("0"), QString(), QString(), QString()});

    CHECK(env.onDb(report({S("cohort"), S("--months"), S("many")})).code == 1);
    const Run backwards = env.onDb(report({S("trend"), S("--from"), S("2026-05-01"), S("--to"), S("2026-01-31")}));
    CHECK(backwards.code == 2);
    CHECK(backwards.err.contains(S("Swap the dates")));
}

TEST_CASE("guanxi-cli report funnel and kpi, with owner and source filters and files", "[cli][sales]")
{
    CliEnv env;
    buildShop(env.db);
    const QStringList feb{S("--from"), S("2026-02-01"), S("--to"), S("2026-02-28"), S("--format"), S("csv")};
    const QList<QStringList> all = parseCsv(env.ok(report(QStringList{S("funnel")} + feb)));
    REQUIRE(all.size() == 6);
    CHECK(all.at(0).mid(0, 5) == QStringList{S("stage"), S("entered"), S("entered_amount"), S("moved_on"), S("conversion")});
    CHECK(all.at(1).mid(0, 5) == QStringList{S("First contact"), S("2"), S("6000.00"), S("2"), S("100.0%")});
    CHECK(all.at(3).mid(0, 6) == QStringList{S("Proposal and quote"), S("2"), S("6000.00"), S("1"), S("50.0%"), S("1")});
    CHECK(all.at(5).mid(0, 4) == QStringList{S("Won"), S("1"), S("3000.00"), QString()});

    const QList<QStringList> mine = parseCsv(env.ok(report(QStringList{S("funnel"), S("--owner"), S("sales1")} + feb)));
    CHECK(mine.at(1).at(1) == S("1"));
    CHECK(mine.at(5).at(1) == S("0"));
    const QList<QStringList> web = parseCsv(env.ok(report(QStringList{S("funnel"), S("--source"), S("website")} + feb)));
    CHECK(web.at(1).at(1) == S("1"));
    CHECK(web.at(5).at(1) == S("1"));

    const QJsonObject funnel = QJsonDocument::fromJson(env.ok(report({S("funnel"), S("--format"), S("json")})).toUtf8()).object();
    const QJsonObject outcomes = funnel.value(S("tables")).toObject().value(S("outcomes")).toArray().at(0).toObject();
    CHECK(outcomes.value(S("won")).toInt() == 1);
    CHECK(outcomes.value(S("win_rate")).toDouble() == Approx(0.5));
    CHECK(funnel.value(S("tables")).toObject().value(S("by_owner")).toArray().size() == 2);

    const QJsonObject kpi = QJsonDocument::fromJson(env.ok(report({S("kpi"), S("--format"), S("json")})).toUtf8())
                                .object()
                                .value(S("tables"))
                                .toObject()
                                .value(S("kpis"))
                                .toArray()
                                .at(0)
                                .toObject();
    CHECK(kpi.value(S("open_pipeline")).toString() == S("0.00"));
    CHECK(kpi.value(S("won_this_month")).toString() == S("0.00"));
    CHECK(kpi.value(S("conversion_rate")).toDouble() == Approx(0.5));
    CHECK(kpi.value(S("repeat_purchase_rate")).toDouble() == Approx(0.5));
    CHECK(kpi.value(S("closed_deals_90_days")).toInt() == 2);

    const QString xlsx = env.path(S("funnel.xlsx"));
    env.ok(report({S("funnel"), S("-o"), xlsx}));
    CHECK(fileBytes(xlsx).startsWith("PK"));

    const Run nobody = env.onDb(report({S("funnel"), S("--owner"), S("nobody")}));
    CHECK(nobody.code == 2);
    CHECK(nobody.err.contains(S("nobody")));
    CHECK(env.onDb(report({S("trend"), S("--source"), S("nowhere")})).code == 2);
    CHECK(env.onDb(report({S("kpi"), S("--from"), S("2026-01-01")})).code == 1);
    CHECK(env.onDb(report({S("kpi"), S("--source"), S("website")})).code == 1);   // kpi takes --owner only
    CHECK(env.ok({S("report"), S("--help")}).contains(S("report cohort")));
}
