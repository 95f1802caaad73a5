// guanxi-cli as scripts use it: run as a process, read stdout, stderr and the
// exit code (0 ok, 1 usage, 2 data or file error).
#include "clienv.h"

#include "platform/db/database.h"
#include "platform/db/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>

#include <catch2/catch.hpp>

using namespace guanxi;

using namespace guanxi::test::cli;

TEST_CASE("guanxi-cli --help and --version exit 0", "[cli]")
{
    CliEnv env;
    for (const QString &flag : {S("--help"), S("-h")}) {
        const Run r = env.run({flag});
        CHECK(r.code == 0);
        CHECK(r.out.contains(S("Usage: guanxi-cli")));
        CHECK(r.out.contains(S("Exit codes")));
        CHECK(r.out.contains(S("customers")));
    }
    for (const QString &flag : {S("--version"), S("-v")}) {
        const Run r = env.run({flag});
        CHECK(r.code == 0);
        CHECK(QRegularExpression(S("^guanxi-cli \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch());
    }
    const Run sub = env.run({S("customers"), S("--help")});
    CHECK(sub.code == 0);
    CHECK(sub.out.contains(S("customers search TEXT")));
    CHECK(QDir(env.dir.path()).entryList(QDir::Files).isEmpty()); // help touches no file
}

TEST_CASE("guanxi-cli usage errors exit 1 and create nothing", "[cli]")
{
    CliEnv env;
    const Run none = env.run({});
    CHECK(none.code == 1);
    CHECK(none.err.contains(S("Usage")));

    const Run unknown = env.onDb({S("frobnicate")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(S("frobnicate")));

    const Run badAction = env.onDb({S("customers"), S("frobnicate")});
    CHECK(badAction.code == 1);
    CHECK(badAction.err.contains(S("frobnicate")));

    const Run badFormat = env.onDb({S("--format"), S("xml"), S("customers"), S("list")});
    CHECK(badFormat.code == 1);
    CHECK(badFormat.err.contains(S("xml")));

    const Run badOption = env.onDb({S("customers"), S("list"), S("--no-such-option")});
    CHECK(badOption.code == 1);

    const Run badNumber = env.onDb({S("seed"), S("--customers"), S("many")});
    CHECK(badNumber.code == 1);
    CHECK(badNumber.err.contains(S("many")));

    const Run noText = env.onDb({S("customers"), S("search")});
    CHECK(noText.code == 1);

    const Run badId = env.onDb({S("customers"), S("show"), S("abc")});
    CHECK(badId.code == 1);

    CHECK_FALSE(QFile::exists(env.db));
}

TEST_CASE("guanxi-cli init and seed, then list as CSV and JSON", "[cli]")
{
    CliEnv env;
    const QString initOut = env.ok({S("init")});
    CHECK(initOut.contains(env.where()));
    CHECK(initOut.contains(S("schema version %1").arg(Database::latestSchemaVersion())));
    const Run seed = env.onDb({S("seed"), S("--customers"), S("50"), S("--orders"), S("100"), S("--seed"), S("7"),
                               S("--format"), S("json")});
    REQUIRE(seed.code == 0);
    const QJsonArray report = parseJsonArray(seed.out);
    REQUIRE(report.size() == 1);
    CHECK(report.at(0).toObject().value(S("customers")).toString() == S("50"));
    CHECK(report.at(0).toObject().value(S("orders")).toString() == S("100"));

    const QString csv = env.ok({S("customers"), S("list"), S("--format"), S("csv")});
    const QList<QStringList> rows = parseCsv(csv);
    REQUIRE(rows.size() == 51);
    CHECK(rows.first() == listHeader);
    QSet<qint64> csvIds;
    for (int i = 1; i < rows.size(); ++i) {
        INFO("CSV row " << i << ": " << str(rows.at(i).join(u'|')));
        CHECK(rows.at(i).size() == listHeader.size());
        bool isNumber = false;
        csvIds.insert(rows.at(i).at(0).toLongLong(&isNumber));
        CHECK(isNumber);
        CHECK_FALSE(rows.at(i).at(1).isEmpty());
        CHECK((rows.at(i).at(2) == S("person") || rows.at(i).at(2) == S("company")));
    }
    CHECK(csvIds.size() == 50);

    const QJsonArray json = parseJsonArray(env.ok({S("customers"), S("list"), S("--format"), S("json")}));
    CHECK(json.size() == 50);
    for (const QJsonValue &v : json) {
        REQUIRE(v.isObject());
        for (const QString &key : listHeader)
            CHECK(v.toObject().contains(key));
    }
    CHECK(idsIn(json) == csvIds);

    // Paging and filters.
    CHECK(parseJsonArray(env.ok({S("customers"), S("list"), S("--limit"), S("10"), S("--format"), S("json")})).size() == 10);
    const QJsonArray leads =
        parseJsonArray(env.ok({S("customers"), S("list"), S("--stage"), S("lead"), S("--format"), S("json")}));
    CHECK(leads.size() < 50);
    for (const QJsonValue &v : leads)
        CHECK(v.toObject().value(S("stage")).toString() == S("lead"));

    // The table format is aligned text with a header and a rule.
    const QStringList table = env.ok({S("customers"), S("list"), S("--limit"), S("5")}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(table.size() == 7);
    CHECK(table.at(0).startsWith(S("ID")));
    CHECK(table.at(1).startsWith(S("--")));
}

TEST_CASE("guanxi-cli seed is deterministic", "[cli]")
{
    CliEnv a;
    CliEnv b;
    a.seeded(40, 20, 11);
    b.seeded(40, 20, 11);
    const QStringList listArgs = {S("--now"), S("2026-03-15T09:30:00Z"), S("customers"), S("list"), S("--format"), S("csv")};
    CHECK(a.ok(listArgs) == b.ok(listArgs));
}

TEST_CASE("guanxi-cli customers add refuses bad input and adds nothing, and keeps an odd phone as written", "[cli]")
{
    CliEnv env;
    env.seeded();
    const Run badEmail = env.onDb({S("customers"), S("add"), S("--name"), S("李四"), S("--email"), S("li.si@example")});
    CHECK(badEmail.code == 2);
    CHECK(badEmail.err.contains(env.where()));
    CHECK(badEmail.err.contains(S("li.si@example")));
    CHECK(badEmail.out.isEmpty());

    // A phone that cannot be verified is no reason to refuse: it is added as
    // written, and said on stderr.
    const Run oddPhone = env.onDb({S("customers"), S("add"), S("--name"), S("李四"), S("--phone"), S("138 abc")});
    CHECK(oddPhone.code == 0);
    CHECK(oddPhone.err.contains(S("“138 abc”")));
    CHECK(oddPhone.err.contains(S("not verified")));

    const Run noName = env.onDb({S("customers"), S("add"), S("--phone"), S("138 1234 5678")});
    CHECK(noName.code == 2);

    const Run noCompany = env.onDb({S("customers"), S("add"), S("--name"), S("李四"), S("--company"), S("不存在的公司")});
    CHECK(noCompany.code == 2);
    CHECK(noCompany.err.contains(S("不存在的公司")));

    const Run badDate = env.onDb({S("customers"), S("add"), S("--name"), S("李四"), S("--birthday"), S("31.12.1990")});
    CHECK(badDate.code == 1);

    CHECK(parseJsonArray(env.ok({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("json")})).size() == 51);
}

TEST_CASE("guanxi-cli customers add, show and search", "[cli]")
{
    CliEnv env;
    env.seeded();
    const QString out = env.ok({S("customers"), S("add"), S("--name"), S("欧阳娜娜"), S("--phone"), S("138 1234 5678"),
                                S("--email"), S("nana.ouyang@example.com"), S("--city"), S("杭州"), S("--tag"), S("VIP"),
                                S("--stage"), S("prospect"), S("--birthday"), S("1990-05-20")});
    bool isNumber = false;
    const qint64 id = out.trimmed().toLongLong(&isNumber);
    REQUIRE(isNumber);
    REQUIRE(id > 50);

    const QString shown = env.ok({S("customers"), S("show"), QString::number(id)});
    CHECK(shown.contains(S("欧阳娜娜")));
    CHECK(shown.contains(S("+8613812345678")));
    CHECK(shown.contains(S("nana.ouyang@example.com")));
    CHECK(shown.contains(S("杭州")));
    CHECK(shown.contains(S("1990-05-20")));

    const QJsonArray json = parseJsonArray(env.ok({S("customers"), S("show"), QString::number(id), S("--format"), S("json")}));
    REQUIRE(json.size() == 1);
    const QJsonObject o = json.at(0).toObject();
    CHECK(o.value(S("name")).toString() == S("欧阳娜娜"));
    CHECK(o.value(S("stage")).toString() == S("prospect"));
    CHECK(o.value(S("tags")).toString() == S("VIP"));
    CHECK(o.value(S("in_trash")).toString().isEmpty());

    for (const QString &query : {S("oynn"), S("ouyang"), S("欧阳"), S("娜娜"), S("5678"), S("nana.ouyang")}) {
        INFO("search " << str(query));
        CHECK(idsIn(parseJsonArray(env.ok({S("customers"), S("search"), query, S("--format"), S("json")}))).contains(id));
    }
    CHECK(parseJsonArray(env.ok({S("customers"), S("search"), S("oynnx"), S("--format"), S("json")})).isEmpty());

    const QString history = env.ok({S("customers"), S("show"), QString::number(id), S("--history"), S("--format"), S("csv")});
    CHECK(history.contains(S("create")));

    CHECK(env.onDb({S("customers"), S("show"), S("999999")}).code == 2);
}

TEST_CASE("guanxi-cli writes CSV that spreadsheets will not run as formulas", "[cli]")
{
    CliEnv env;
    env.ok({S("init")});
    env.ok({S("customers"), S("add"), S("--name"), S("=HYPERLINK(\"http://x\",\"y\")")});
    env.ok({S("customers"), S("add"), S("--name"), S("Smith, \"Bob\"")});
    const QList<QStringList> rows = parseCsv(env.ok({S("customers"), S("list"), S("--format"), S("csv")}));
    REQUIRE(rows.size() == 3);
    QStringList names = {rows.at(1).at(1), rows.at(2).at(1)};
    names.sort();
    CHECK(names.contains(S("'=HYPERLINK(\"http://x\",\"y\")")));
    CHECK(names.contains(S("Smith, \"Bob\"")));
}

TEST_CASE("guanxi-cli delete, trash, restore and purge", "[cli]")
{
    CliEnv env;
    env.seeded();
    const qint64 id = env.ok({S("customers"), S("add"), S("--name"), S("张三")}).trimmed().toLongLong();
    REQUIRE(id > 0);
    auto listed = [&] {
        return idsIn(parseJsonArray(env.ok({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("json")})));
    };
    auto trashed = [&] { return idsIn(parseJsonArray(env.ok({S("customers"), S("trash"), S("--format"), S("json")}))); };
    REQUIRE(listed().contains(id));
    CHECK(trashed().isEmpty());

    env.ok({S("customers"), S("delete"), QString::number(id)});
    CHECK_FALSE(listed().contains(id));
    CHECK(listed().size() == 50);
    CHECK(trashed() == QSet<qint64>{id});
    const QJsonArray trash = parseJsonArray(env.ok({S("customers"), S("trash"), S("--format"), S("json")}));
    CHECK(trash.at(0).toObject().value(S("name")).toString() == S("张三"));
    CHECK(idsIn(parseJsonArray(env.ok({S("customers"), S("search"), S("zhangsan"), S("--format"), S("json")}))).isEmpty());
    CHECK(env.ok({S("customers"), S("show"), QString::number(id)}).contains(S("In trash since")));

    env.ok({S("customers"), S("restore"), QString::number(id)});
    CHECK(listed().contains(id));
    CHECK(trashed().isEmpty());

    // Purge only takes what is in the trash.
    const Run live = env.onDb({S("customers"), S("purge"), QString::number(id)});
    CHECK(live.code == 2);
    CHECK(live.err.contains(env.where()));
    CHECK(listed().contains(id));

    env.ok({S("customers"), S("delete"), QString::number(id)});
    env.ok({S("customers"), S("purge"), QString::number(id)});
    CHECK(trashed().isEmpty());
    CHECK_FALSE(listed().contains(id));
    const Run gone = env.onDb({S("customers"), S("show"), QString::number(id)});
    CHECK(gone.code == 2);
    CHECK(gone.err.contains(QString::number(id)));

    CHECK(env.onDb({S("customers"), S("delete"), S("999999")}).code == 2);
    CHECK(listed().size() == 50);
}

TEST_CASE("guanxi-cli check: 0 on a good file, 2 on a damaged one", "[cli][file]")
{
    CliEnv env;
    env.seeded();
    const Run good = env.onDb({S("check")});
    CHECK(good.code == 0);
    CHECK(good.out.contains(S("integrity")));
    CHECK(good.out.contains(S("schema_version")));
    const QJsonArray json = parseJsonArray(env.ok({S("check"), S("--format"), S("json")}));
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        if (o.value(S("check")).toString() == S("integrity") || o.value(S("check")).toString() == S("foreign_keys"))
            CHECK(o.value(S("result")).toString() == S("ok"));
        if (o.value(S("check")).toString() == S("customers"))
            CHECK(o.value(S("result")).toString() == S("50"));
    }

    const QString random = env.path(S("random.guanxi"));
    QByteArray bytes(16384, '\0');
    QRandomGenerator rng(99);
    for (char &b : bytes)
        b = char(rng.bounded(256));
    {
        QFile f(random);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run bad = env.run({S("--database"), random, S("check")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QDir::toNativeSeparators(random)));
    CHECK(bad.out.isEmpty());
    CHECK(fileBytes(random) == bytes);
    CHECK_FALSE(QFile::exists(random + S("-wal")));

    const QString missing = env.path(S("missing.guanxi"));
    const Run none = env.run({S("--database"), missing, S("check")});
    CHECK(none.code == 2);
    CHECK(none.err.contains(QDir::toNativeSeparators(missing)));
    CHECK_FALSE(QFile::exists(missing));
    const Run noneList = env.run({S("--database"), missing, S("customers"), S("list")});
    CHECK(noneList.code == 2);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("guanxi-cli refuses a file from a newer Guanxi and leaves it alone", "[cli]")
{
    CliEnv env;
    env.seeded(20, 10, 3);
    const int newer = Database::latestSchemaVersion() + 1;
    // What shows the database was left alone: the file's bytes, or on a
    // server its data version and a digest of its rows.
    std::function<QByteArray()> state;
    if (test::onServer()) {
        const QString name = ServerAddress::parse(env.db)->database;
        test::ServerAdmin(name).exec(
            S("UPDATE guanxi_meta SET value = '%1' WHERE key = 'schema_version'").arg(newer));
        state = [name] {
            return test::ServerAdmin(name)
                .scalar(S("SELECT (SELECT value FROM guanxi_meta WHERE key = 'schema_version') || ' ' || "
                          "(SELECT md5(coalesce(string_agg(c::text, ',' ORDER BY c.id), '')) FROM customers c) || ' ' || "
                          "(SELECT count(*) FROM orders) || ' ' || (SELECT count(*) FROM audit_events)"))
                .toString()
                .toUtf8();
        };
    } else {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(S("QSQLITE"), name);
            raw.setDatabaseName(env.db);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(S("PRAGMA user_version = %1").arg(newer)));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        REQUIRE(QFileInfo(env.db + S("-wal")).size() == 0); // all in the main file
        state = [&env] { return fileBytes(env.db); };
    }
    const QByteArray before = state();
    for (const QStringList &args : {QStringList{S("check")}, QStringList{S("init")},
                                    QStringList{S("customers"), S("list")},
                                    QStringList{S("customers"), S("add"), S("--name"), S("王五")},
                                    QStringList{S("seed"), S("--customers"), S("5"), S("--orders"), S("0")}}) {
        INFO("guanxi-cli " << str(args.join(u' ')));
        const Run r = env.onDb(args);
        INFO(str(r.err));
        CHECK(r.code == 2);
        CHECK(r.err.contains(env.where()));
        CHECK(r.err.contains(S("newer version")));
        CHECK(state() == before);
    }
}

TEST_CASE("guanxi-cli reads a read-only file and refuses to change it", "[cli][file]")
{
    CliEnv env;
    env.seeded(10, 0, 5);
    REQUIRE(QFile::setPermissions(env.db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileBytes(env.db);
    const Run list = env.onDb({S("customers"), S("list"), S("--format"), S("json")});
    CHECK(list.code == 0);
    CHECK(parseJsonArray(list.out).size() == 10);
    CHECK(list.err.contains(S("read-only")));
    const Run add = env.onDb({S("customers"), S("add"), S("--name"), S("王五")});
    CHECK(add.code == 2);
    CHECK(add.err.contains(env.absoluteDb()));
    CHECK(fileBytes(env.db) == before);
    REQUIRE(QFile::setPermissions(env.db, QFile::ReadOwner | QFile::WriteOwner));
}

TEST_CASE("guanxi-cli --user, --now and users", "[cli]")
{
    CliEnv env;
    env.ok({S("init")});
    const QString id = env.ok({S("users"), S("add"), S("--login"), S("lisi"), S("--name"), S("李四"), S("--role"), S("manager")});
    CHECK(id.trimmed().toLongLong() > 0);
    const QJsonArray users = parseJsonArray(env.ok({S("users"), S("list"), S("--format"), S("json")}));
    bool found = false;
    for (const QJsonValue &u : users)
        found = found || (u.toObject().value(S("login")).toString() == S("lisi")
                          && u.toObject().value(S("name")).toString() == S("李四")
                          && u.toObject().value(S("role")).toString() == S("manager"));
    CHECK(found);
    const Run taken = env.onDb({S("users"), S("add"), S("--login"), S("lisi"), S("--name"), S("Another")});
    CHECK(taken.code == 2);
    CHECK(taken.err.contains(S("lisi")));

    // Acting as lisi at a given time: the history says who and when.
    const qint64 customer = env.ok({S("--user"), S("lisi"), S("--now"), S("2026-02-01T10:00:00Z"), S("customers"),
                                    S("add"), S("--name"), S("王五")})
                                .trimmed()
                                .toLongLong();
    REQUIRE(customer > 0);
    const QJsonArray shown = parseJsonArray(env.ok({S("customers"), S("show"), QString::number(customer), S("--format"), S("json")}));
    REQUIRE(shown.size() == 1);
    CHECK(shown.at(0).toObject().value(S("owner")).toString() == S("李四"));
    CHECK(shown.at(0).toObject().value(S("created")).toString() == S("2026-02-01T10:00:00Z"));

    const Run noUser = env.onDb({S("--user"), S("nobody"), S("customers"), S("list")});
    CHECK(noUser.code == 2);
    CHECK(noUser.err.contains(S("nobody")));
    const Run badNow = env.onDb({S("--now"), S("yesterday"), S("customers"), S("list")});
    CHECK(badNow.code == 1);
    CHECK(badNow.err.contains(S("yesterday")));
}

TEST_CASE("guanxi-cli followups: log, due on a replayed day, list and export", "[cli][followups]")
{
    CliEnv e;
    e.ok({S("init")});
    const QString now = S("--now");
    const QString day = S("2026-03-15T09:30:00Z");
    const QString id = e.ok({S("customers"), S("add"), S("--name"), S("张伟"), S("--phone"), S("138 1234 5678"),
                             S("--next-follow-up"), S("2026-03-14"), now, day})
                           .trimmed();
    e.ok({S("customers"), S("add"), S("--name"), S("李娜"), S("--next-follow-up"), S("2026-03-20"), now, day});

    // On the 15th only 张伟 is due (overdue since the 14th); with --days 7 李娜 too.
    QString due = e.ok({S("followups"), S("due"), S("--format"), S("csv"), now, day});
    CHECK(due.contains(S("张伟")));
    CHECK_FALSE(due.contains(S("李娜")));
    due = e.ok({S("followups"), S("due"), S("--days"), S("7"), S("--format"), S("csv"), now, day});
    CHECK(due.contains(S("李娜")));

    // Logging with a next date moves 张伟 out of today's list.
    const QString logged = e.ok({S("followups"), S("log"), id, S("--summary"), S("介绍了新报价"), S("--channel"),
                                 S("wechat"), S("--next"), S("2026-03-18"), S("--action"), S("发合同"), now, day});
    CHECK(logged.trimmed().toLongLong() > 0);
    due = e.ok({S("followups"), S("due"), S("--format"), S("csv"), now, day});
    CHECK_FALSE(due.contains(S("张伟")));
    const QString list = e.ok({S("followups"), S("list"), id, S("--format"), S("json")});
    const QJsonArray rows = QJsonDocument::fromJson(list.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(S("summary")).toString() == S("介绍了新报价"));
    CHECK(rows.at(0).toObject().value(S("channel")).toString() == S("WeChat"));
    CHECK(rows.at(0).toObject().value(S("next_follow_up")).toString() == S("2026-03-18"));

    // Bad input: a next date in the past, an unknown channel, no summary.
    for (const QStringList &bad : {QStringList{S("--summary"), S("x"), S("--next"), S("2026-03-01")},
                                   QStringList{S("--summary"), S("x"), S("--channel"), S("pigeon")},
                                   QStringList{}}) {
        const Run r = e.onDb(QStringList{S("followups"), S("log"), id} + bad + QStringList{now, day});
        INFO(str(bad.join(u' ')) << " -> " << str(r.err));
        CHECK(r.code == 2);
        CHECK(r.err.contains(e.where()));
    }
    CHECK(QJsonDocument::fromJson(e.ok({S("followups"), S("list"), id, S("--format"), S("json")}).toUtf8()).array().size() == 1);
    CHECK(e.onDb({S("followups"), S("log"), S("abc"), S("--summary"), S("x")}).code == 1);

    // Export: one event per due follow-up.
    const QString ics = e.path(S("follow-ups.ics"));
    e.ok({S("followups"), S("export"), S("-o"), ics, S("--days"), S("30"), now, day});
    const QString text = QString::fromUtf8(fileBytes(ics));
    CHECK(text.startsWith(S("BEGIN:VCALENDAR")));
    CHECK(text.count(S("BEGIN:VEVENT")) == 2);
    CHECK(text.contains(S("DTSTART;VALUE=DATE:20260318")));
}

TEST_CASE("guanxi-cli leads and pool: capture, duplicates, convert, claim, cool-down, reclaim", "[cli][leads][pool]")
{
    CliEnv e;
    const QString now = S("--now");
    e.ok({S("init")});
    e.ok({S("users"), S("add"), S("--login"), S("wang"), S("--name"), S("王芳")});
    e.ok({S("customers"), S("add"), S("--kind"), S("company"), S("--name"), S("华信科技有限公司")});
    e.ok({S("customers"), S("add"), S("--name"), S("张伟"), S("--phone"), S("138 1234 5678")});
    const QString dup = e.ok({S("leads"), S("add"), S("--name"), S("张先生"), S("--phone"), S("13812345678"),
                              S("--company"), S("华信科技（北京）有限公司")})
                            .trimmed();
    const QString found = e.ok({S("leads"), S("duplicates"), dup, S("--format"), S("csv")});
    CHECK(found.contains(S("+8613812345678")));
    CHECK(found.contains(S("华信科技有限公司")));
    // Converting a lead that matches a person is refused with the way out.
    const Run refused = e.onDb({S("leads"), S("convert"), dup});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(S("--link")));
    const QString linked = e.ok({S("leads"), S("convert"), dup, S("--link"), S("2"), S("--format"), S("json")});
    CHECK(QJsonDocument::fromJson(linked.toUtf8()).array().at(0).toObject().value(S("linked")).toString() == S("yes"));

    // A pool lead: 王芳 claims it, releases it, and must wait to claim it back.
    const QString pooled = e.ok({S("leads"), S("add"), S("--name"), S("李娜"), S("--email"), S("lina@example.com"), S("--pool"),
                                 now, S("2026-03-01T09:00:00")})
                               .trimmed();
    CHECK(e.ok({S("pool"), S("list"), S("lead"), S("--format"), S("csv")}).contains(S("李娜")));
    e.ok({S("--user"), S("wang"), S("pool"), S("claim"), S("lead"), pooled, now, S("2026-03-10T09:00:00")});
    const Run taken = e.onDb({S("pool"), S("claim"), S("lead"), pooled});
    CHECK(taken.code == 2);
    CHECK(taken.err.contains(S("王芳")));
    e.ok({S("--user"), S("wang"), S("pool"), S("release"), S("lead"), pooled, S("--reason"), S("not my region"), now,
          S("2026-03-10T10:00:00")});
    const Run cooling = e.onDb({S("--user"), S("wang"), S("pool"), S("claim"), S("lead"), pooled, now, S("2026-03-11T10:00:00")});
    CHECK(cooling.code == 2);
    CHECK(cooling.err.contains(S("2026-03-13")));
    e.ok({S("--user"), S("wang"), S("pool"), S("claim"), S("lead"), pooled, now, S("2026-03-13T10:00:01")});

    // Reclaim after 10 quiet days, replayed with --now; prints what moved and why.
    e.ok({S("pool"), S("rules"), S("--reclaim-days"), S("10"), S("--warn-days"), S("2")});
    CHECK(e.ok({S("pool"), S("reclaim"), now, S("2026-03-23T10:00:00"), S("--format"), S("csv")}).count(u'\n') == 1);
    const QString warned = e.ok({S("pool"), S("warnings"), S("--owner"), S("wang"), now, S("2026-03-22T10:00:00"), S("--format"), S("csv")});
    CHECK(warned.contains(S("李娜")));
    const QString moved = e.ok({S("pool"), S("reclaim"), now, S("2026-03-23T10:00:02"), S("--format"), S("csv")});
    CHECK(moved.contains(S("李娜")));
    CHECK(moved.contains(S("10 days")));
    const QString history = e.ok({S("pool"), S("history"), S("lead"), pooled, S("--format"), S("csv")});
    CHECK(history.count(S(",claim,")) == 2);
    CHECK(history.contains(S("release")));
    CHECK(history.contains(S("reclaim")));
    CHECK(e.onDb({S("pool"), S("claim"), S("nonsense"), S("1")}).code == 1);
}

TEST_CASE("guanxi-cli rules, assignment and notifications, orders import and payments", "[cli][assignment][orders]")
{
    CliEnv e;
    e.ok({S("init")});
    e.ok({S("users"), S("add"), S("--login"), S("wang"), S("--name"), S("王芳")});
    e.ok({S("users"), S("add"), S("--login"), S("li"), S("--name"), S("李强")});
    e.ok({S("rules"), S("add"), S("--name"), S("上海"), S("--city"), S("上海"), S("--method"), S("round_robin"), S("--users"),
          S("wang,li")});
    CHECK(e.onDb({S("rules"), S("add"), S("--name"), S("x"), S("--method"), S("sometimes"), S("--users"), S("wang")}).code == 1);
    // A pool lead in 上海 is assigned as it is captured; one elsewhere stays in the pool.
    const Run sh = e.onDb({S("leads"), S("add"), S("--name"), S("A"), S("--city"), S("上海"), S("--email"), S("a@x.cn"), S("--pool")});
    CHECK(sh.code == 0);
    CHECK(sh.err.contains(S("王芳")));
    e.ok({S("leads"), S("add"), S("--name"), S("B"), S("--city"), S("北京"), S("--email"), S("b@x.cn"), S("--pool")});
    CHECK(e.ok({S("pool"), S("list"), S("lead"), S("--format"), S("csv")}).contains(S("B")));
    const Run assign = e.onDb({S("leads"), S("assign"), S("--rules")});
    CHECK(assign.code == 0);
    CHECK(assign.err.contains(S("0 of 1")));
    CHECK(e.ok({S("--user"), S("wang"), S("notifications"), S("list"), S("--format"), S("csv")}).contains(S("A")));
    e.ok({S("--user"), S("wang"), S("notifications"), S("read")});
    CHECK(e.ok({S("--user"), S("wang"), S("notifications"), S("list"), S("--format"), S("csv")}).count(u'\n') == 1);

    // Orders: an import that names an unknown customer is refused whole, with the line.
    e.ok({S("customers"), S("add"), S("--name"), S("张伟"), S("--phone"), S("138 1234 5678")});
    const QString csv = e.path(S("orders.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("订单号,客户,日期,金额,状态\nSO-1,张伟,2026-03-01,\"1,200.50\",已签约\nSO-2,王五,2026-03-02,5,paid\n").toUtf8());
    f.close();
    const Run refused = e.onDb({S("orders"), S("import"), csv});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(S("orders.csv:3")));
    CHECK(e.ok({S("orders"), S("list"), S("--format"), S("csv")}).count(u'\n') == 1);
    e.ok({S("orders"), S("import"), csv, S("--create-customers")});
    const QString unpaid = e.ok({S("orders"), S("list"), S("--unpaid"), S("--format"), S("json")});
    const QJsonArray rows = QJsonDocument::fromJson(unpaid.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    const QString id = rows.at(0).toObject().value(S("id")).toString();
    CHECK(rows.at(0).toObject().value(S("outstanding")).toString() == S("1200.50"));
    CHECK(e.onDb({S("orders"), S("pay"), id, S("--amount"), S("2000")}).code == 2);
    e.ok({S("orders"), S("pay"), id, S("--amount"), S("1200.50")});
    CHECK(e.ok({S("orders"), S("list"), S("--unpaid"), S("--format"), S("csv")}).count(u'\n') == 1);
}
