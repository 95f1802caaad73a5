// guanxi-cli for data in and out: import (exit 2 with every problem on
// stderr and nothing written), export and re-import, revert, duplicates and
// merges, backup and restore.
#include "clienv.h"

#include <QStringEncoder>

using namespace guanxi::test::cli;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString count(const CliEnv &env)
{
    const QList<QStringList> rows = parseCsv(env.ok({S("customers"), S("list"), S("--format"), S("csv")}));
    return QString::number(rows.size() - 1);
}
} // namespace

TEST_CASE("guanxi-cli import customers: detected, refused whole with located errors, or imported", "[cli][import]")
{
    CliEnv env;
    env.ok({S("init")});
    QStringEncoder gbk("GB18030");
    const QString good = env.path(S("名单.csv"));
    write(good, gbk(S("客户名单\r\n姓名;手机;邮箱\r\n张伟;138 1234 5678;zw@example.com\r\n李娜;13900001111;\r\n")));
    const QString bad = env.path(S("bad.csv"));
    write(bad, "Name,Email\nAnna,anna@example.com\nBob,bob@\n");

    const Run refused = env.onDb({S("import"), S("customers"), bad});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(S("bad.csv:3: record 2, column “Email” “bob@\"")));
    CHECK(refused.err.contains(S("nothing was imported")));
    CHECK(count(env) == S("0"));

    const Run skipped = env.onDb({S("import"), S("customers"), bad, S("--skip-invalid"), S("--rejects"),
                                  env.path(S("rejects.csv"))});
    CHECK(skipped.code == 0);
    CHECK(QString::fromUtf8(fileBytes(env.path(S("rejects.csv")))).contains(S("Bob,bob@,3,")));
    CHECK(count(env) == S("1"));

    const QString dry = env.ok({S("import"), S("customers"), good, S("--dry-run"), S("--format"), S("json")});
    const QJsonObject report = parseJsonArray(dry).first().toObject();
    CHECK(report.value(S("encoding")).toString() == S("GB18030"));
    CHECK(report.value(S("created")).toString() == S("2"));
    CHECK(report.value(S("dry_run")).toString() == S("yes"));
    CHECK(count(env) == S("1"));

    env.ok({S("import"), S("customers"), good});
    CHECK(count(env) == S("3"));
    const Run again = env.onDb({S("import"), S("customers"), good});
    CHECK(again.code == 0);
    CHECK(again.err.contains(S("skipped, same +8613812345678 as customer")));

    const QList<QStringList> imports = parseCsv(env.ok({S("import"), S("list"), S("--format"), S("csv")}));
    REQUIRE(imports.size() == 4);   // header + three runs that wrote
    CHECK(env.ok({S("import"), S("revert"), imports.at(2).at(0)}).contains(S("2 created customers moved to the trash")));
    CHECK(count(env) == S("1"));
    CHECK(env.onDb({S("import"), S("revert"), imports.at(2).at(0)}).code == 2);

    CHECK(env.onDb({S("import"), S("customers"), env.path(S("missing.csv"))}).code == 2);
    CHECK(env.onDb({S("import"), S("customers"), good, S("--mode"), S("sideways")}).code == 1);
    CHECK(env.onDb({S("import"), S("customers"), good, S("--map"), S("Nope=name")}).code == 1);
}

TEST_CASE("guanxi-cli export then import gives the same customers", "[cli][export]")
{
    CliEnv env;
    env.seeded(60, 0);
    const QString before = env.ok({S("customers"), S("list"), S("--format"), S("csv")});
    for (const QString &name : {S("all.csv"), S("all.xlsx")}) {
        INFO(str(name));
        CHECK(env.ok({S("export"), S("customers"), S("-o"), env.path(name)}).startsWith(S("60 customers written")));
        CliEnv target;
        target.ok({S("init")});
        // The same team, so owners map back.
        for (const QJsonValue &u : parseJsonArray(env.ok({S("users"), S("list"), S("--format"), S("json")})))
            if (u.toObject().value(S("login")).toString() != S("tester"))
                target.ok({S("users"), S("add"), S("--login"), u.toObject().value(S("login")).toString(), S("--name"),
                           u.toObject().value(S("name")).toString()});
        target.ok({S("import"), S("customers"), env.path(name)});
        const QString after = target.ok({S("customers"), S("list"), S("--format"), S("csv")});
        // The same rows, in the same order; only the ids are the new file's own.
        QList<QStringList> a = parseCsv(before), b = parseCsv(after);
        REQUIRE(a.size() == b.size());
        const qsizetype tags = listHeader.indexOf(S("tags")) - 1;
        auto normalised = [&](QStringList row) {
            row.removeFirst();
            // Tags are a set; the list shows them in the order the file's tags were first made.
            QStringList t = row.value(tags).split(S(", "));
            t.sort();
            row[tags] = t.join(S(", "));
            return row;
        };
        for (int i = 0; i < a.size(); ++i)
            CHECK(normalised(a.at(i)) == normalised(b.at(i)));
    }
    const Run filtered = env.onDb({S("export"), S("customers"), S("-o"), env.path(S("none.vcf")), S("--search"),
                                   S("zzzzzz")});
    CHECK(filtered.code == 2);
    CHECK(env.onDb({S("export"), S("customers"), S("-o"), env.path(S("x.doc"))}).code == 1);
}

TEST_CASE("guanxi-cli duplicates merge and undo", "[cli][merge]")
{
    CliEnv env;
    env.ok({S("init")});
    const QString a = env.ok({S("customers"), S("add"), S("--name"), S("张伟"), S("--phone"), S("13812345678")}).trimmed();
    const QString b = env.ok({S("customers"), S("add"), S("--name"), S("张伟2"), S("--phone"), S("+86 138 1234 5678"),
                              S("--email"), S("zw@example.com")})
                          .trimmed();
    const QList<QStringList> groups = parseCsv(env.ok({S("duplicates"), S("list"), S("--format"), S("csv")}));
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(1).at(1) == a + u' ' + b);
    CHECK(env.ok({S("duplicates"), S("merge"), a, b}).contains(S("merge 1")));
    CHECK(count(env) == S("1"));
    CHECK(env.ok({S("customers"), S("show"), a}).contains(S("zw@example.com")));
    env.ok({S("duplicates"), S("undo"), S("1")});
    CHECK(count(env) == S("2"));
    CHECK_FALSE(env.ok({S("customers"), S("show"), a}).contains(S("zw@example.com")));
    CHECK(env.onDb({S("duplicates"), S("undo"), S("1")}).code == 2);
}

TEST_CASE("guanxi-cli backup and restore", "[cli][backup][file]")
{
    CliEnv env;
    env.seeded(20, 10);
    const QString backup = env.path(S("copy.guanxi"));
    env.ok({S("backup"), backup});
    env.ok({S("customers"), S("add"), S("--name"), S("新客户")});
    CHECK(count(env) == S("21"));
    const QString folder = env.path(S("backups"));
    env.ok({S("backup"), S("--folder"), folder, S("--keep"), S("2")});
    CHECK(parseCsv(env.ok({S("backup"), S("--list"), S("--folder"), folder, S("--format"), S("csv")})).size() == 2);

    const QString restored = env.ok({S("restore"), backup});
    CHECK(restored.contains(S(".before-restore-")));
    CHECK(count(env) == S("20"));
    CHECK(env.ok({S("check")}).size() > 0);

    write(env.path(S("junk.guanxi")), QByteArray(4096, 'j'));
    const Run junk = env.onDb({S("restore"), env.path(S("junk.guanxi"))});
    CHECK(junk.code == 2);
    CHECK(count(env) == S("20"));
    CHECK(env.onDb({S("backup")}).code == 1);
}

TEST_CASE("guanxi-cli report rfm to the screen, CSV and XLSX", "[cli][rfm]")
{
    CliEnv env;
    env.seeded(80, 400);
    const QList<QStringList> rows = parseCsv(env.ok({S("report"), S("rfm"), S("--format"), S("csv")}));
    REQUIRE(rows.size() > 10);
    CHECK(rows.first() == QStringList{S("customer_id"), S("customer_name"), S("recency_days"), S("frequency"),
                                      S("monetary"), S("r"), S("f"), S("m"), S("segment"), S("segment_code")});
    for (int i = 1; i < rows.size(); ++i) {
        CHECK(rows.at(i).at(5).toInt() >= 1);
        CHECK(rows.at(i).at(5).toInt() <= 5);
        CHECK(rows.at(i).at(8).endsWith(S("客户")));
    }
    const QString xlsx = env.path(S("rfm.xlsx"));
    env.ok({S("report"), S("rfm"), S("--format"), S("xlsx"), S("-o"), xlsx});
    CHECK(fileBytes(xlsx).startsWith("PK"));
    const Run early = env.onDb({S("report"), S("rfm"), S("--ref-date"), S("2000-01-01")});
    CHECK(early.code == 2);
    CHECK(env.onDb({S("report"), S("rfm"), S("--format"), S("xlsx")}).code == 1);
    CHECK(env.onDb({S("report"), S("rfm"), S("--from"), S("yesterday")}).code == 1);
}

TEST_CASE("guanxi-cli report writes PDF with charts, from --format or the file name", "[cli][rfm][pdf]")
{
    CliEnv env;
    env.seeded(60, 300);
    const QString byName = env.path(S("rfm.pdf"));
    CHECK(env.ok({S("report"), S("rfm"), S("-o"), byName}).trimmed().endsWith(S("rfm.pdf")));
    CHECK(fileBytes(byName).startsWith("%PDF-"));
    CHECK(fileBytes(byName).size() > 20000);   // the charts and the tables, not a blank page
    const QString funnel = env.path(S("funnel.out"));
    env.ok({S("report"), S("funnel"), S("--format"), S("pdf"), S("-o"), funnel});
    CHECK(fileBytes(funnel).startsWith("%PDF-"));
    // An unknown suffix without --format is refused, and nothing is written.
    const QString unknown = env.path(S("rfm.doc"));
    CHECK(env.onDb({S("report"), S("rfm"), S("-o"), unknown}).code == 1);
    CHECK_FALSE(QFileInfo::exists(unknown));
}

TEST_CASE("guanxi-cli tables escape control characters and bidi overrides, CSV and JSON stay exact",
          "[cli][terminal]")
{
    CliEnv env;
    env.ok({S("init")});
    // A title-setting OSC with BEL, a right-to-left override, a clear-screen
    // CSI and an 8-bit CSI, and a note whose second line passes for a field.
    const QString name = S("Evil\x1b]0;pwned\x07 \u202Eman");
    const QString notes = S("line one\nName: fake\x1b[2J\x9b" "31m");
    const QString id = env.ok({S("customers"), S("add"), S("--name"), name, S("--notes"), notes}).trimmed();
    const auto raw = [](const QString &text) {
        return text.contains(QChar(0x1b)) || text.contains(QChar(0x07)) || text.contains(QChar(0x202e))
               || text.contains(QChar(0x9b));
    };
    const QString table = env.ok({S("customers"), S("list")});
    CHECK_FALSE(raw(table));
    CHECK(table.contains(S("Evil\\x1B]0;pwned\\x07 \\u202Eman")));
    const QString show = env.ok({S("customers"), S("show"), id});
    CHECK_FALSE(raw(show));
    CHECK(show.contains(S("fake\\x1B[2J\\x9B31m")));
    CHECK_FALSE(show.contains(S("\nName: fake")));   // indented under the notes instead
    CHECK(show.contains(S("line one\n")));

    const QList<QStringList> csv = parseCsv(env.ok({S("customers"), S("list"), S("--format"), S("csv")}));
    REQUIRE(csv.size() == 2);
    CHECK(csv.at(1).at(1) == name);
    const QJsonArray json = parseJsonArray(env.ok({S("customers"), S("show"), id, S("--format"), S("json")}));
    REQUIRE(json.size() == 1);
    CHECK(json.first().toObject().value(S("name")).toString() == name);
    CHECK(json.first().toObject().value(S("notes")).toString() == notes);

    // A file's bad cells are quoted in the import's problem lines: escaped and cut short too.
    const QString file = env.path(S("hostile.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,email\nBad,\x1b]0;pwned\x07@example\nLong," + QByteArray(5000, 'x') + "\n");
    }
    const Run imported = env.onDb({S("import"), S("customers"), file});
    CHECK(imported.code == 2);
    CHECK_FALSE(raw(imported.err));
    CHECK(imported.err.contains(S("\\x1B]0;pwned\\x07@example")));
    CHECK(imported.err.contains(S("(5000 characters)")));
    CHECK(imported.err.size() < 2000);
}

TEST_CASE("guanxi-cli import leads and orders: --map, saved mappings, Chinese headers and --region",
          "[cli][import]")
{
    CliEnv env;
    env.ok({S("init")});
    const QString expo = env.path(S("expo.csv"));
    write(expo, S("访客,单位全称,联络\n赵敏,明教贸易有限公司,13812345678\n周芷若,峨眉科技有限公司,13900001111\n").toUtf8());
    // No header says which column is the name: refused, nothing written.
    CHECK(env.onDb({S("import"), S("leads"), expo}).code == 2);
    const Run mapped = env.onDb({S("import"), S("leads"), expo, S("--map"), S("访客=name,2=company,联络=phone"),
                                 S("--save-profile"), S("展会"), S("--show-mapping"), S("--dry-run")});
    CHECK(mapped.code == 0);
    CHECK(mapped.err.contains(S("1. 访客 -> name")));
    CHECK(mapped.err.contains(S("2. 单位全称 -> company")));
    // The saved mapping serves the next list of that shape, for leads only.
    const QString next = env.path(S("expo2.csv"));
    write(next, S("访客,单位全称,联络\n张无忌,光明顶有限公司,13700002222\n").toUtf8());
    const QJsonObject leads = parseJsonArray(env.ok({S("import"), S("leads"), next, S("--profile"), S("展会"),
                                                     S("--format"), S("json")}))
                                  .first()
                                  .toObject();
    CHECK(leads.value(S("created")).toString() == S("1"));
    const Run wrongKind = env.onDb({S("import"), S("customers"), next, S("--profile"), S("展会")});
    CHECK(wrongKind.code == 1);
    CHECK(wrongKind.err.contains(S("no saved mapping “展会”")));

    // Orders from a shop's export: Chinese headers guessed without --map.
    env.ok({S("customers"), S("add"), S("--name"), S("赵敏"), S("--phone"), S("138 1234 5678")});
    env.ok({S("customers"), S("add"), S("--name"), S("Harry Smith"), S("--phone"), S("+44 20 7946 0958")});
    const QString shop = env.path(S("订单.csv"));
    write(shop, S("订单编号,客户名称,下单时间,实付金额,订单状态\nT-1,赵敏,2026-03-01 10:12:00,128.00,交易成功\n"
                  "T-2,赵敏,2026-03-05 09:00:00,59.90,已发货\n").toUtf8());
    const Run shown = env.onDb({S("import"), S("orders"), shop, S("--show-mapping")});
    CHECK(shown.code == 0);
    CHECK(shown.err.contains(S("1. 订单编号 -> number")));
    CHECK(shown.err.contains(S("3. 下单时间 -> date")));
    CHECK(shown.err.contains(S("4. 实付金额 -> amount")));
    const QList<QStringList> orders = parseCsv(env.ok({S("orders"), S("list"), S("--format"), S("csv")}));
    CHECK(orders.size() == 3);
    const QList<QStringList> imports = parseCsv(env.ok({S("import"), S("list"), S("--format"), S("csv")}));
    CHECK(imports.at(1).at(1) == S("order"));

    // A UK number written without +44 finds its customer only with --region GB.
    const QString uk = env.path(S("uk.csv"));
    write(uk, "order_no,customer_phone,order_date,total,status\nUK-1,020 7946 0958,2026-04-01,20,paid\n");
    const Run mainland = env.onDb({S("import"), S("orders"), uk});
    CHECK(mainland.code == 2);
    CHECK(mainland.err.contains(S("no such customer")));
    env.ok({S("import"), S("orders"), uk, S("--region"), S("gb")});
    CHECK(parseCsv(env.ok({S("orders"), S("list"), S("--format"), S("csv")})).size() == 4);
    const Run unknown = env.onDb({S("import"), S("customers"), uk, S("--region"), S("XX")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(S("“XX” is no region code")));
}
