// guanxi-cli and phone numbers that cannot be verified: an import keeps the
// person and lists each such number with its record and column; --region
// reads numbers without + in another country; `customers show` marks them.
#include "clienv.h"

using namespace guanxi::test::cli;

TEST_CASE("guanxi-cli import keeps unverified phones and lists them, and --region reads foreign numbers",
          "[cli][import][phone]")
{
    CliEnv env;
    env.ok({S("init")});
    const QString csv = env.path(S("contacts.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Phone\nFront Desk,801\nJane Roe,(415) 555-0100\n");
    }
    const Run inChina = env.onDb({S("import"), S("customers"), csv, S("--dry-run")});
    CHECK(inChina.code == 0);
    CHECK(inChina.err.contains(S("contacts.csv:2: record 1, column “Phone”: “801” is too short")));
    // Read in China, 415 555 0100 is a number in Dandong (0415): verified.
    CHECK_FALSE(inChina.err.contains(S("555-0100")));

    const Run inUs = env.onDb({S("import"), S("customers"), csv, S("--region"), S("US")});
    CHECK(inUs.code == 0);
    CHECK(inUs.err.contains(S("record 1, column “Phone”: “801”")));
    CHECK_FALSE(inUs.err.contains(S("555-0100")));
    const QList<QStringList> rows = parseCsv(env.ok({S("customers"), S("list"), S("--format"), S("csv")}));
    REQUIRE(rows.size() == 3); // the header and both people
    const QString jane = env.ok({S("customers"), S("search"), S("4155550100")});
    CHECK(jane.contains(S("Jane Roe")));
    const QString desk = env.ok({S("customers"), S("search"), S("801")});
    CHECK(desk.contains(S("Front Desk")));
    const QList<QStringList> found = parseCsv(env.ok({S("customers"), S("search"), S("801"), S("--format"), S("csv")}));
    REQUIRE(found.size() == 2);
    const QString shown = env.ok({S("customers"), S("show"), found.at(1).at(0)});
    CHECK(shown.contains(S("801 (not verified)")));
}

TEST_CASE("guanxi-cli reads numbers without + in the region the desktop app's Settings chose", "[cli][phone]")
{
    CliEnv env;
    env.ok({S("init")});
    // As Tools › Settings writes it.
    QDir().mkpath(env.path(S("xdg-config/guanxi")));
    {
        QFile f(env.path(S("xdg-config/guanxi/guanxi.conf")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[General]\nphoneRegion=GB\n");
    }
    const QString id = env.ok({S("customers"), S("add"), S("--name"), S("Alice Brown"), S("--phone"), S("020 7946 0958")})
                           .trimmed();
    CHECK(env.ok({S("customers"), S("show"), id}).contains(S("+442079460958")));
    // --region still goes over it for an import.
    const QString csv = env.path(S("cn.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Phone\n王伟,138 1234 5678\n");
    }
    env.ok({S("import"), S("customers"), csv, S("--region"), S("CN")});
    const QList<QStringList> found = parseCsv(env.ok({S("customers"), S("search"), S("王伟"), S("--format"), S("csv")}));
    REQUIRE(found.size() == 2);
    CHECK(env.ok({S("customers"), S("show"), found.at(1).at(0)}).contains(S("+8613812345678")));
}
