// A salesperson logged in with --user cannot list, search, show, export,
// report on or delete another salesperson's customer from the command line:
// core's rules apply to every command. One test per command family; each
// also shows the administrator does see the customer, so the check can fail.
#include "teamenv.h"

using namespace guanxi::test::cli;

TEST_CASE("guanxi-cli customers list as a salesperson leaves out a colleague's customers", "[cli][access]")
{
    TeamEnv t;
    const Run li = t.asLi({S("customers"), S("list"), S("--format"), S("json")});
    REQUIRE(li.code == 0);
    const QSet<qint64> seen = idsIn(parseJsonArray(li.out));
    CHECK(seen.contains(t.liCustomer.toLongLong()));
    CHECK_FALSE(seen.contains(t.wangCustomer.toLongLong()));
    CHECK(idsIn(parseJsonArray(t.asAdmin({S("customers"), S("list"), S("--format"), S("json")})))
              .contains(t.wangCustomer.toLongLong()));
}

TEST_CASE("guanxi-cli customers search as a salesperson finds no colleague's customer", "[cli][access]")
{
    TeamEnv t;
    for (const QString &query : {S("王的客户"), S("13900139002")}) {
        INFO(str(query));
        const Run li = t.asLi({S("customers"), S("search"), query, S("--format"), S("json")});
        CHECK(li.code == 0);
        CHECK_FALSE(li.out.contains(S("王的客户")));
        CHECK(t.asAdmin({S("customers"), S("search"), query, S("--format"), S("json")}).contains(S("王的客户")));
    }
}

TEST_CASE("guanxi-cli customers show of a colleague's customer says it is not there", "[cli][access]")
{
    TeamEnv t;
    const Run li = t.asLi({S("customers"), S("show"), t.wangCustomer});
    CHECK(li.code == 2);
    CHECK(li.out.isEmpty());
    CHECK_FALSE(li.err.contains(S("王的客户")));
    CHECK(li.err.contains(S("does not exist")));
    CHECK(t.asAdmin({S("customers"), S("show"), t.wangCustomer}).contains(S("王的客户")));
}

TEST_CASE("guanxi-cli export as a salesperson needs the permission, then writes only their customers",
          "[cli][access]")
{
    TeamEnv t;
    const QString file = t.env.path(S("mine.csv"));
    const Run denied = t.asLi({S("export"), S("customers"), S("-o"), file});
    CHECK(denied.code == 3);
    CHECK(denied.err.contains(S("Export")));
    CHECK_FALSE(QFileInfo::exists(file));

    t.asAdmin({S("users"), S("permissions"), S("--role"), S("sales"), S("--grant"), S("export")});
    const Run li = t.asLi({S("export"), S("customers"), S("-o"), file});
    INFO(str(li.err));
    REQUIRE(li.code == 0);
    const QString written = QString::fromUtf8(fileBytes(file));
    CHECK(written.contains(S("李的客户")));
    CHECK_FALSE(written.contains(S("王的客户")));
    const QString all = t.env.path(S("all.csv"));
    t.asAdmin({S("export"), S("customers"), S("-o"), all});
    CHECK(QString::fromUtf8(fileBytes(all)).contains(S("王的客户")));
}

TEST_CASE("guanxi-cli report as a salesperson leaves out a colleague's customers and sales", "[cli][access]")
{
    TeamEnv t;
    const Run li = t.asLi({S("report"), S("rfm"), S("--format"), S("json"), S("--now"), S("2026-03-15T09:00:00Z")});
    INFO(str(li.err));
    REQUIRE(li.code == 0);
    CHECK(li.out.contains(S("李的客户")));
    CHECK_FALSE(li.out.contains(S("王的客户")));
    CHECK(t.asAdmin({S("report"), S("rfm"), S("--format"), S("json"), S("--now"), S("2026-03-15T09:00:00Z")})
              .contains(S("王的客户")));
}

TEST_CASE("guanxi-cli customers delete of a colleague's customer is refused as not there", "[cli][access]")
{
    TeamEnv t;
    const Run li = t.asLi({S("customers"), S("delete"), t.wangCustomer});
    CHECK(li.code == 2);
    CHECK_FALSE(li.err.contains(S("王的客户")));
    const QString trash = t.asAdmin({S("customers"), S("trash"), S("--format"), S("json")});
    CHECK_FALSE(trash.contains(S("王的客户")));
    CHECK(t.asAdmin({S("customers"), S("show"), t.wangCustomer}).contains(S("王的客户")));
    // Their own goes to the trash as before.
    CHECK(t.asLi({S("customers"), S("delete"), t.liCustomer}).code == 0);
}

TEST_CASE("guanxi-cli report and follow-up files are exports: the permission, then the audit trail",
          "[cli][access][audit]")
{
    TeamEnv t;
    const QString report = t.env.path(S("rfm.csv"));
    const QString calendar = t.env.path(S("due.ics"));
    const Run deniedReport = t.asLi({S("report"), S("rfm"), S("-o"), report});
    CHECK(deniedReport.code == 3);
    CHECK_FALSE(QFileInfo::exists(report));
    const Run deniedCalendar = t.asLi({S("followups"), S("export"), S("-o"), calendar});
    CHECK(deniedCalendar.code == 3);
    CHECK_FALSE(QFileInfo::exists(calendar));

    t.asAdmin({S("report"), S("rfm"), S("-o"), report});
    t.asAdmin({S("followups"), S("export"), S("-o"), calendar});
    QStringList files;
    for (const QJsonValue &e : parseJsonArray(t.asAdmin({S("audit"), S("--action"), S("export"), S("--format"), S("json")})))
        files << e.toObject().value(S("detail")).toString();
    const QString all = files.join(u'\n');
    CHECK(all.contains(S("rfm.csv")));
    CHECK(all.contains(S("due.ics")));
}

TEST_CASE("guanxi-cli shows a salesperson a pool customer's number masked and no e-mail", "[cli][access]")
{
    TeamEnv t;
    const QString pooled = t.env.ok({S("customers"), S("add"), S("--name"), S("公海客户"), S("--phone"),
                                     S("13712345678"), S("--email"), S("pool@example.cn")})
                               .trimmed();
    t.env.ok({S("pool"), S("release"), S("customer"), pooled});
    for (const QStringList &args : {QStringList{S("customers"), S("show"), pooled},
                                    QStringList{S("customers"), S("list"), S("--format"), S("json")}}) {
        INFO(str(args.join(u' ')));
        const Run li = t.asLi(args);
        CHECK(li.code == 0);
        CHECK(li.out.contains(S("137****5678")));
        CHECK_FALSE(li.out.contains(S("13712345678")));
        CHECK_FALSE(li.out.contains(S("pool@example.cn")));
        CHECK(t.asAdmin(args).contains(S("13712345678")));
    }
}
