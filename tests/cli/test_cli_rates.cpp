// guanxi-cli rates: list, set, remove, import (all or nothing), the base
// currency, and a report that converts at the rates and names what has none.
#include "clienv.h"

#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"

#include <QFile>

using namespace guanxi;
using namespace guanxi::test::cli;

namespace {
// One customer with a CNY order, a USD order in February and one in
// December 2025, before any rate.
void buildShop(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        FAIL(str(opened.error().toString()));
    std::unique_ptr<Database> db = std::move(opened).value();
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
    Session session(*db, clock);
    session.setUserId(*UserStore(session).ensureDefault(S("tester"), S("Tester")));
    Customer c;
    c.name = S("甲公司");
    const qint64 id = *CustomerStore(session).create(c);
    int n = 0;
    for (auto [date, total, currency] : {std::tuple{QDate(2026, 1, 15), 10000, S("CNY")},
                                         std::tuple{QDate(2026, 2, 15), 10000, S("USD")},
                                         std::tuple{QDate(2025, 12, 15), 5000, S("USD")}}) {
        Order o;
        o.customerId = id;
        o.number = S("SO-%1").arg(++n);
        o.orderDate = date;
        o.totalMinor = total;
        o.currency = currency;
        o.status = OrderStatus::Paid;
        REQUIRE(OrderStore(session).create(o).ok());
    }
    // An open deal of $100 in the first stage (10 %), expected to close on 20 March.
    DealStore deals(session);
    Deal d;
    d.customerId = id;
    d.title = S("USD deal");
    d.amountMinor = 10000;
    d.currency = S("USD");
    d.stageId = deals.stages()->first().id;
    d.expectedClose = QDate(2026, 3, 20);
    REQUIRE(deals.create(d).ok());
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("guanxi-cli rates set, list, remove and import all or nothing", "[cli][currency]")
{
    CliEnv env;
    buildShop(env.db);
    env.ok({S("--database"), env.db, S("rates"), S("set"), S("usd"), S("7.1234"), S("--from"), S("2026-01-01")});
    const Run listed = env.onDb({S("rates"), S("list"), S("--format"), S("csv")});
    CHECK(listed.code == 0);
    CHECK(listed.out.contains(S("USD,7.1234,2026-01-01")));
    CHECK(listed.err.contains(S("Base currency: CNY")));
    CHECK(listed.err.contains(S("USD dated 2025-12-15 to 2025-12-15")));   // the December order has no rate

    CHECK(env.onDb({S("rates"), S("set"), S("USD"), S("-3"), S("--from"), S("2026-01-01")}).code == 1);
    CHECK(env.onDb({S("rates"), S("set"), S("USD"), S("7")}).code == 1);   // no --from
    CHECK(env.onDb({S("rates"), S("remove"), S("USD"), S("--from"), S("2026-01-02")}).code == 2);

    write(env.path(S("bad.csv")), "币种,汇率,生效日期\nEUR,7.8,2026-01-01\nJPY,zero,2026-01-01\n");
    const Run bad = env.onDb({S("rates"), S("import"), env.path(S("bad.csv"))});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(S("line 3")));
    CHECK_FALSE(env.onDb({S("rates"), S("list"), S("--format"), S("csv")}).out.contains(S("EUR")));

    write(env.path(S("good.csv")), "currency,rate,valid_from\nEUR,7.8,2026-01-01\nUSD,7.0,2025-12-01\n");
    CHECK(env.onDb({S("rates"), S("import"), env.path(S("good.csv"))}).code == 0);
    const QString all = env.onDb({S("rates"), S("list"), S("--format"), S("csv")}).out;
    CHECK(all.contains(S("EUR,7.80,2026-01-01")));
    CHECK(all.contains(S("USD,7.00,2025-12-01")));

    env.ok({S("--database"), env.db, S("rates"), S("remove"), S("USD"), S("--from"), S("2025-12-01")});
    CHECK_FALSE(env.onDb({S("rates"), S("list"), S("--format"), S("csv")}).out.contains(S("2025-12-01")));
}

TEST_CASE("guanxi-cli reports sum in the base currency, list the rates and name what has none", "[cli][currency]")
{
    CliEnv env;
    buildShop(env.db);
    env.ok({S("--database"), env.db, S("rates"), S("set"), S("USD"), S("7.5"), S("--from"), S("2026-01-01")});
    const QStringList window{S("report"), S("trend"), S("--from"), S("2025-12-01"), S("--to"), S("2026-02-28")};
    const Run trend = env.onDb(window);
    INFO(str(trend.err));
    CHECK(trend.code == 0);
    CHECK(trend.err.contains(S("Rate: USD → CNY 7.50 from 2026-01-01")));
    CHECK(trend.err.contains(S("in USD dated 2025-12-15, not counted: no rate for that day")));
    const QString csv = env.ok({S("--database"), env.db, S("report"), S("trend"), S("--from"), S("2025-12-01"),
                                S("--to"), S("2026-02-28"), S("--format"), S("csv")});
    CHECK(csv.contains(S("2026-02,750.00,1")));   // $100 at 7.5
    CHECK(csv.contains(S("2025-12,0.00,1")));     // counted as an order, no amount without a rate

    // The forecast, in the base currency at the rate on the expected close date.
    const Run forecast = env.onDb({S("deals"), S("forecast"), S("--months"), S("1"), S("--now"),
                                   S("2026-03-15T09:30:00Z"), S("--format"), S("csv")});
    CHECK(forecast.code == 0);
    CHECK(forecast.out.contains(S("2026-03,1,750.00,75.00")));
    CHECK(forecast.err.contains(S("Rate: USD → CNY 7.50 from 2026-01-01")));

    // --currency still restricts to one currency, unconverted.
    const QString usd = env.ok({S("--database"), env.db, S("report"), S("trend"), S("--from"), S("2025-12-01"),
                                S("--to"), S("2026-02-28"), S("--currency"), S("USD"), S("--format"), S("csv")});
    CHECK(usd.contains(S("2026-02,100.00,1")));
    CHECK(usd.contains(S("2026-01,0.00,0")));

    // A new base currency: the rates to CNY no longer apply.
    CHECK(env.ok({S("--database"), env.db, S("rates"), S("base"), S("USD")}).trimmed() == S("USD"));
    const Run inUsd = env.onDb(window);
    INFO(str(inUsd.err));
    CHECK(inUsd.err.contains(S("in CNY dated 2026-01-15, not counted")));
}
