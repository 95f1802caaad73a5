// guanxi-cli import orders --status: a shop's export without a status column
// imports with the status chosen for it, and is refused (saying so) without.
#include "clienv.h"

using namespace guanxi::test::cli;

TEST_CASE("guanxi-cli import orders --status gives a status-less file its status, a bad code is refused",
          "[cli][import][status]")
{
    CliEnv env;
    env.ok({S("init")});
    env.ok({S("customers"), S("add"), S("--name"), S("赵敏")});
    const QString shop = env.path(S("店铺订单.csv"));
    {
        QFile f(shop);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(S("订单编号,客户,下单时间,实付金额\nS-1,赵敏,2026-03-01,128.00\nS-2,赵敏,2026-03-05,59.90\n").toUtf8());
    }
    const auto orderCount = [&] {
        return parseCsv(env.ok({S("orders"), S("list"), S("--format"), S("csv")})).size() - 1;
    };

    // No status column and no --status: refused, saying what to do.
    const Run refused = env.onDb({S("import"), S("orders"), shop});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(S("has no status column")));
    CHECK(refused.err.contains(S("--status paid")));
    CHECK(orderCount() == 0);

    // A code that is no status: a usage error naming the codes.
    const Run bad = env.onDb({S("import"), S("orders"), shop, S("--status"), S("shipped")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(S("“shipped” is not an order status")));
    CHECK(bad.err.contains(S("draft, signed, delivered, paid, cancelled")));
    CHECK(orderCount() == 0);

    // The help lists the codes.
    const Run help = env.run({S("import"), S("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(S("--status <CODE>")));
    CHECK(help.out.contains(S("cancelled")));

    // --status paid: paid orders, settled in full.
    env.ok({S("import"), S("orders"), shop, S("--status"), S("paid")});
    const QList<QStringList> rows = parseCsv(env.ok({S("orders"), S("list"), S("--format"), S("csv")}));
    REQUIRE(rows.size() == 3);
    const QStringList header = rows.first();
    const qsizetype status = header.indexOf(S("status"));
    const qsizetype outstanding = header.indexOf(S("outstanding"));
    const qsizetype paid = header.indexOf(S("paid"));
    for (const QStringList &row : rows.mid(1)) {
        CHECK(row.at(status) == S("paid"));
        CHECK(row.at(outstanding) == S("0.00"));
        CHECK(row.at(paid) != S("0.00"));
    }
}

TEST_CASE("guanxi-cli orders import takes --status for a file without a status column too", "[cli][import][status]")
{
    CliEnv env;
    env.ok({S("init")});
    env.ok({S("customers"), S("add"), S("--name"), S("Anna")});
    const QString file = env.path(S("shop.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("order_no,customer,ordered_at,total\nA-1,Anna,2026-03-01,20\n");
    }
    CHECK(env.onDb({S("orders"), S("import"), file}).err.contains(S("has no status column")));
    env.ok({S("orders"), S("import"), file, S("--status"), S("delivered")});
    const QList<QStringList> rows = parseCsv(env.ok({S("orders"), S("list"), S("--format"), S("csv")}));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).at(rows.first().indexOf(S("status"))) == S("delivered"));
}
