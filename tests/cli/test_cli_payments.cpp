// guanxi-cli and money owed: "--status paid" never erases a balance; pay takes
// method, reference and note; write-off says why; receivables by age.
#include "clienv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace guanxi::test::cli;

namespace {
QJsonObject onlyRow(const QString &json)
{
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    return rows.at(0).toObject();
}
} // namespace

TEST_CASE("orders: paid follows from payments and write-offs, and receivables show what is owed", "[cli][orders]")
{
    CliEnv e;
    e.ok({S("init")});
    e.ok({S("customers"), S("add"), S("--name"), S("华信科技")});
    const QString id = e.ok({S("orders"), S("add"), S("--customer"), S("1"), S("--amount"), S("358000"), S("--status"),
                             S("delivered"), S("--date"), S("2026-01-10"), S("--now"), S("2026-03-15T09:30:00Z")})
                           .trimmed();
    const QString quote = e.ok({S("orders"), S("add"), S("--customer"), S("1"), S("--amount"), S("29000"), S("--kind"),
                                S("quote")})
                              .trimmed();

    const Run refused = e.onDb({S("orders"), S("status"), id, S("--status"), S("paid")});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(S("358000.00")));
    // Nor can an order be added as paid with no money recorded.
    const Run addedPaid = e.onDb({S("orders"), S("add"), S("--customer"), S("1"), S("--amount"), S("700"), S("--status"),
                                  S("paid")});
    CHECK(addedPaid.code == 1);
    CHECK(addedPaid.err.contains(S("orders pay")));
    CHECK(e.ok({S("orders"), S("list"), S("--format"), S("csv")}).count(u'\n') == 3);   // header and two orders
    CHECK(onlyRow(e.ok({S("orders"), S("show"), id, S("--format"), S("json")})).value(S("outstanding")).toString()
          == S("358000.00"));
    // An order may be named by its number too.
    CHECK(onlyRow(e.ok({S("orders"), S("show"), S("SO-2026-00001"), S("--format"), S("json")})).value(S("id")).toString()
          == id);
    const Run unknown = e.onDb({S("orders"), S("show"), S("SO-1999-00001")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(S("SO-1999-00001")));
    // A quote owes nothing.
    CHECK(onlyRow(e.ok({S("orders"), S("show"), quote, S("--format"), S("json")})).value(S("outstanding")).toString()
          == S("0.00"));

    e.ok({S("orders"), S("pay"), id, S("--amount"), S("300000"), S("--method"), S("银行转账"), S("--reference"),
          S("HX-1"), S("--note"), S("首付"), S("--date"), S("2026-02-01"), S("--now"), S("2026-03-15T09:30:00Z")});
    const QString shown = e.ok({S("orders"), S("show"), id, S("--now"), S("2026-03-15T09:30:00Z")});
    CHECK(shown.contains(S("HX-1")));
    CHECK(shown.contains(S("首付")));

    const QString receivables = e.ok({S("report"), S("receivables"), S("--format"), S("csv"), S("--now"),
                                      S("2026-03-15T09:30:00Z")});
    const QList<QStringList> owed = parseCsv(receivables);
    REQUIRE(owed.size() == 2);   // the header and 华信科技
    const QStringList header = owed.at(0);
    const auto cell = [&](const char *column) { return owed.at(1).value(int(header.indexOf(QString::fromUtf8(column)))); };
    CHECK(cell("customer") == S("华信科技"));
    CHECK(cell("days_61_90") == S("58000.00"));   // 358,000 − 300,000, 64 days old
    CHECK(cell("days_0_30") == S("0.00"));
    CHECK(cell("days_over_90") == S("0.00"));
    CHECK(cell("total") == S("58000.00"));
    CHECK(cell("oldest_days") == S("64"));

    CHECK(e.onDb({S("orders"), S("write-off"), id}).code != 0);   // a reason is needed
    const QJsonObject settled = onlyRow(e.ok({S("orders"), S("write-off"), id, S("--reason"), S("尾款让利"), S("--format"),
                                              S("json")}));
    CHECK(settled.value(S("status")).toString() == S("paid"));
    CHECK(settled.value(S("written_off")).toString() == S("58000.00"));
    CHECK(settled.value(S("outstanding")).toString() == S("0.00"));
}
