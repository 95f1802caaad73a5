// guanxi-cli follows the system language as the desktop app does, keeps the
// machine formats stable, and says what it did.
#include "clienv.h"
#include "platform/systemaccount.h"

#include <QRegularExpression>
#include <QSet>

using namespace guanxi::test::cli;

namespace {

// The same environment in Chinese (LANGUAGE cleared, so only LC_ALL decides).
void chinese(CliEnv &e)
{
    e.environment.insert(S("LC_ALL"), S("zh_CN.UTF-8"));
    e.environment.insert(S("LANGUAGE"), QString());
}

} // namespace

TEST_CASE("guanxi-cli speaks the system language: messages, report headers, Qt's own help", "[cli][language]")
{
    CliEnv e;
    e.seeded(30, 60);
    chinese(e);

    // A core message, through the CLI's translator.
    const Run missing = e.onDb({S("customers"), S("show"), S("99999")});
    CHECK(missing.code == 2);
    INFO(str(missing.err));
    CHECK(missing.err.contains(S("客户 99999 不存在")));

    // Table headers of a report; the CSV keys stay the same for scripts.
    const Run rfm = e.onDb({S("report"), S("rfm"), S("--now"), S("2026-03-15T09:30:00Z")});
    CHECK(rfm.code == 0);
    CHECK(rfm.out.section(u'\n', 0, 0).contains(S("最近购买间隔（天）")));
    CHECK(rfm.err.contains(S("RFM 分析")));
    const QString csv = e.ok({S("report"), S("rfm"), S("--format"), S("csv")});
    CHECK(csv.section(u'\n', 0, 0).startsWith(S("customer_id,customer_name,recency_days")));
    const QString customers = e.ok({S("customers"), S("list"), S("--format"), S("csv")});
    CHECK(parseCsv(customers).value(0) == listHeader);

    // QCommandLineParser's own words come from Qt's qtbase_zh_CN.qm.
    const Run help = e.run({S("customers"), S("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(S("用法")));
    // Every command's overview and options, the report options included.
    const Run reportHelp = e.run({S("report"), S("--help")});
    CHECK(reportHelp.out.contains(S("只看此销售人员")));
    CHECK_FALSE(reportHelp.out.contains(S("Only this salesperson")));
    CHECK(e.run({S("orders"), S("--help")}).out.contains(S("报价、合同、订单与回款")));
}

TEST_CASE("guanxi-cli with LC_ALL=C prints English even when LANGUAGE asks for Chinese", "[cli][language]")
{
    CliEnv e;
    e.ok({S("init")});
    e.environment.insert(S("LC_ALL"), S("C"));
    e.environment.insert(S("LANGUAGE"), S("zh_CN"));
    const Run missing = e.onDb({S("customers"), S("show"), S("99999")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(S("Customer 99999 does not exist")));
    // LANGUAGE still counts when the locale is a real one, as in gettext.
    e.environment.insert(S("LC_ALL"), S("en_US.UTF-8"));
    CHECK(e.onDb({S("customers"), S("show"), S("99999")}).err.contains(S("客户 99999 不存在")));
}

TEST_CASE("guanxi-cli --help lists every report that report --help describes", "[cli][language]")
{
    CliEnv e;
    const Run top = e.run({S("--help")});
    REQUIRE(top.code == 0);
    const Run reports = e.run({S("report"), S("--help")});
    REQUIRE(reports.code == 0);
    QStringList names;
    const QRegularExpression synopsis(S("^  report ([a-z]+)"), QRegularExpression::MultilineOption);
    for (auto it = synopsis.globalMatch(reports.out); it.hasNext();)
        names << it.next().captured(1);
    CHECK(names.size() >= 6);
    for (const QString &name : names) {
        INFO(str(name));
        CHECK(QRegularExpression(S("^  report %1 ").arg(name), QRegularExpression::MultilineOption)
                  .match(top.out)
                  .hasMatch());
    }
    CHECK(top.out.contains(S("LC_ALL=C")));
}

TEST_CASE("guanxi-cli pool claim, release and assign, leads assign and deals move say what they did",
          "[cli][language][pool]")
{
    CliEnv e;
    e.ok({S("init")});
    e.ok({S("users"), S("add"), S("--login"), S("li"), S("--name"), S("李娜")});
    const QString lead = e.ok({S("leads"), S("add"), S("--name"), S("张伟"), S("--email"), S("zw@example.com"), S("--pool")})
                             .trimmed();
    CHECK(e.ok({S("pool"), S("claim"), S("lead"), lead}) == S("Claimed 张伟 (lead %1).\n").arg(lead));
    CHECK(e.ok({S("pool"), S("release"), S("lead"), lead}) == S("Released 张伟 (lead %1) to the pool.\n").arg(lead));
    CHECK(e.ok({S("leads"), S("assign"), lead, S("--to"), S("li")}) == S("Assigned 张伟 (lead %1) to 李娜.\n").arg(lead));

    const QString customer = e.ok({S("customers"), S("add"), S("--name"), S("王芳")}).trimmed();
    CHECK(e.ok({S("pool"), S("assign"), S("customer"), customer, S("--to"), S("li")})
          == S("Assigned 王芳 (customer %1) to 李娜.\n").arg(customer));
    // Scripts get the same as a row.
    const QJsonArray rows = parseJsonArray(
        e.ok({S("pool"), S("assign"), S("customer"), customer, S("--to"), S("li"), S("--format"), S("json")}));
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(S("name")).toString() == S("王芳"));
    CHECK(rows.at(0).toObject().value(S("owner")).toString() == S("李娜"));

    const QString deal = e.ok({S("deals"), S("add"), S("--customer"), customer, S("--title"), S("ERP"), S("--amount"),
                               S("1000")})
                             .trimmed();
    CHECK(e.ok({S("deals"), S("move"), deal, S("--stage"), S("proposal")})
          == S("Moved deal %1 “ERP” (王芳) from First contact to Proposal and quote.\n").arg(deal));
    const QJsonArray moved = parseJsonArray(e.ok({S("deals"), S("move"), deal, S("--stage"), S("negotiation"),
                                                  S("--format"), S("json")}));
    REQUIRE(moved.size() == 1);
    CHECK(moved.at(0).toObject().value(S("from")).toString() == S("proposal"));
    CHECK(moved.at(0).toObject().value(S("to")).toString() == S("negotiation"));
    // deals list keeps its machine keys for scripts.
    const QJsonArray listed = parseJsonArray(e.ok({S("deals"), S("list"), S("--format"), S("json")}));
    REQUIRE(listed.size() == 1);
    const QJsonObject row = listed.at(0).toObject();
    const QStringList keys = row.keys();
    CHECK(QSet<QString>(keys.cbegin(), keys.cend())
          == QSet<QString>({S("id"), S("title"), S("customer"), S("stage"), S("amount"), S("expected_close"), S("owner"),
                            S("stale")}));
    CHECK(row.value(S("title")).toString() == S("ERP"));
}

TEST_CASE("guanxi-cli PDF reports need no XDG_RUNTIME_DIR and do not complain about it", "[cli][language][reports]")
{
    CliEnv e;
    e.seeded(20, 40);
    e.environment.insert(S("XDG_RUNTIME_DIR"), QString());
    e.environment.insert(S("QT_QPA_PLATFORM"), QString());
    const Run pdf = e.onDb({S("report"), S("rfm"), S("-o"), e.path(S("rfm.pdf"))});
    CHECK(pdf.code == 0);
    CHECK(fileBytes(e.path(S("rfm.pdf"))).startsWith("%PDF"));
    INFO(str(pdf.err));
    CHECK(!pdf.err.contains(S("XDG_RUNTIME_DIR")));
    CHECK(!pdf.err.contains(S("QStandardPaths")));
}

TEST_CASE("guanxi-cli init names the first user after the person at the computer, as the app does",
          "[cli][language][users]")
{
    CliEnv e;
    // No $USER, $USERNAME or $LOGNAME: the system's account still names the user.
    for (const char *name : {"USER", "USERNAME", "LOGNAME", "GUANXI_USER"})
        e.environment.insert(QString::fromLatin1(name), QString());
    e.ok({S("init")});
    const QList<QStringList> users = parseCsv(e.ok({S("users"), S("list"), S("--format"), S("csv")}));
    REQUIRE(users.size() == 2);   // the header and the one user
    QHash<QString, QByteArray> saved;
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        saved.insert(QString::fromLatin1(name), qgetenv(name));
        qunsetenv(name);
    }
    const guanxi::SystemAccount me = guanxi::SystemAccount::current();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        if (!it.value().isNull())
            qputenv(it.key().toLatin1().constData(), it.value());
    CHECK(users.at(1).at(1) == me.loginOrDefault());
    CHECK(users.at(1).at(2) == me.displayName());
    CHECK(users.at(1).at(3) == S("admin"));
#ifdef Q_OS_UNIX
    CHECK(users.at(1).at(1) != S("me"));   // the account has a name on any Unix
#endif

    // With $USER set, the login is the user's.
    CliEnv named;
    named.ok({S("init")});
    CHECK(parseCsv(named.ok({S("users"), S("list"), S("--format"), S("csv")})).at(1).at(1) == S("tester"));
}

TEST_CASE("guanxi-cli table output ends with a newline, so the shell prompt starts on its own line",
          "[cli][language]")
{
    CliEnv e;
    e.seeded(20, 40);
    for (const QStringList &args : {QStringList{S("customers"), S("list"), S("--limit"), S("3")},
                                    QStringList{S("orders"), S("list"), S("--limit"), S("3")},
                                    QStringList{S("report"), S("kpi")}, QStringList{S("report"), S("receivables")},
                                    QStringList{S("users"), S("list")}}) {
        INFO(str(args.join(u' ')));
        const QString out = e.ok(args);
        REQUIRE_FALSE(out.isEmpty());
        CHECK(out.endsWith(u'\n'));
        CHECK_FALSE(out.endsWith(S("\n\n")));
    }
}

TEST_CASE("guanxi-cli in the C locale says 1 customer, not 1 customers", "[cli][language]")
{
    CliEnv e;
    e.ok({S("init")});
    e.environment.insert(S("LC_ALL"), S("C"));
    e.ok({S("customers"), S("add"), S("--name"), S("张伟")});
    CHECK(e.ok({S("export"), S("customers"), S("-o"), e.path(S("one.csv"))}).startsWith(S("1 customer written to")));
    e.ok({S("customers"), S("add"), S("--name"), S("李娜")});
    CHECK(e.ok({S("export"), S("customers"), S("-o"), e.path(S("two.csv"))}).startsWith(S("2 customers written to")));
}
