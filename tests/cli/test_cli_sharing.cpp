// Several Guanxi programs on one file: a long-lived process (the app's core,
// with a worker connection as the GUI opens them) holds the file while real
// guanxi-cli processes read, write, back up and check it.
#include "appside.h"

#include "platform/db/filecheck.h"

#include <sys/file.h>
#include <sys/stat.h>

using namespace guanxi;
using namespace guanxi::test::cli;

namespace {

// POSIX locks this process holds on path, from /proc/locks.
int locksHeldOn(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    const QString inode = QStringLiteral(":%1 ").arg(qulonglong(st.st_ino));
    QFile locks(S("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    int held = 0;
    for (const QString &line : QString::fromLatin1(locks.readAll()).split(u'\n')) {
        const QStringList f = line.simplified().split(u' ');
        // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 1073741824 1073741824"
        if (f.size() >= 6 && f.at(1) == u"POSIX" && f.at(4) == pid && (f.at(5) + u' ').endsWith(inode))
            ++held;
    }
    return held;
}

} // namespace

TEST_CASE("A second connection in the app keeps its locks, so other programs never remove its log",
          "[cli][sharing][file]")
{
    CliEnv env;
    env.seeded(20, 10);
    AppSide app(env.db);
    app.add(S("BeforeCli"), S("13800000001"));
    REQUIRE(locksHeldOn(env.db) > 0);
    // What the app does when it opens a worker or checks a file: it must not
    // drop the locks SQLite holds for the window's connection.
    REQUIRE(FileCheck::inspect(env.db).ok());
    auto third = app.db->openAnother();
    REQUIRE(third.ok());
    third.value().reset();
    CHECK(locksHeldOn(env.db) > 0);

    // Another program opens and closes the file: the app's log stays.
    env.ok({S("customers"), S("list"), S("--limit"), S("1")});
    CHECK(QFileInfo::exists(env.db + S("-wal")));
    CHECK(QFileInfo::exists(env.db + S("-shm")));

    app.add(S("GuiPerson"), S("13800000002"));
    const QString cliId = env.ok({S("customers"), S("add"), S("--name"), S("CliPerson"), S("--phone"),
                                  S("13900000003")}).trimmed();
    app.add(S("AfterCli"), S("13800000004"));
    const QMap<QString, QString> seen = phonesByName(env, env.db);
    CHECK(seen.value(S("GuiPerson")) == S("13800000002"));
    CHECK(seen.value(S("CliPerson")) == S("13900000003"));
    CHECK(seen.value(S("AfterCli")) == S("13800000004"));
    // The app's connections see the other program's commit too.
    auto cliPerson = CustomerStore(*app.session).get(cliId.toLongLong());
    REQUIRE(cliPerson.ok());
    CHECK(cliPerson->name == S("CliPerson"));
    CHECK(env.ok({S("check")}).contains(S("ok")));
}

TEST_CASE("The app and many guanxi-cli runs on one file: every write kept, backups current", "[cli][sharing]")
{
    // On a server the same writes without the file's backups (a team database
    // is backed up with pg_dump: docs/TEAM.md); its check leaves integrity to
    // the server.
    const bool file = !test::onServer();
    CliEnv env;
    env.seeded(20, 10);
    AppSide app(env.db);
    const int rounds = qEnvironmentVariableIsSet("GUANXI_SHARING_ROUNDS") ? qEnvironmentVariableIntValue("GUANXI_SHARING_ROUNDS") : 12;
    QMap<QString, QString> expected;
    for (int i = 0; i < rounds; ++i) {
        const QString gui = S("Gui%1").arg(i), cli = S("Cli%1").arg(i);
        const QString guiPhone = S("1380000%1").arg(i, 4, 10, QChar(u'0'));
        const QString cliPhone = S("1390000%1").arg(i, 4, 10, QChar(u'0'));
        app.add(gui, guiPhone);
        expected.insert(gui, guiPhone);
        env.ok({S("customers"), S("add"), S("--name"), cli, S("--phone"), cliPhone});
        expected.insert(cli, cliPhone);
        if (i % 4 == 3 && file) {
            // A backup taken after a commit contains it.
            const QString backup = env.path(S("b%1.guanxi").arg(i));
            env.ok({S("backup"), backup});
            const QMap<QString, QString> inBackup = phonesByName(env, backup);
            CHECK(inBackup.value(gui) == expected.value(gui));
            CHECK(inBackup.value(cli) == expected.value(cli));
            env.ok({S("check")});
        }
    }
    const QMap<QString, QString> seen = phonesByName(env, env.db);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(str(it.key()));
        CHECK(seen.value(it.key()) == it.value());
    }
    app.worker.reset();
    app.session.reset();
    app.db.reset();
    CHECK(phonesByName(env, env.db).size() == seen.size());
    const QString checked = env.ok({S("check")});
    if (file)
        CHECK(checked.contains(S("ok")));
}

TEST_CASE("No output can replace the database or its working files", "[cli][sharing][file]")
{
    CliEnv env;
    env.seeded(30, 20);
    const QByteArray before = env.ok({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")}).toUtf8();
    const QString link = env.path(S("link-to-db.csv"));
    REQUIRE(QFile::link(env.db, link));
    // A name that is the database by another spelling.
    const QString dotted = env.path(S("./sub/../crm.guanxi"));
    REQUIRE(QDir().mkpath(env.path(S("sub"))));
    const QString rejectsCsv = env.path(S("in.csv"));
    {
        QFile f(rejectsCsv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,email\nGood One,good@example.com\nBad One,not-an-email\n");
    }
    const QList<QStringList> attempts = {
        {S("export"), S("customers"), S("-o"), env.db, S("--as"), S("csv")},
        {S("export"), S("customers"), S("-o"), dotted, S("--as"), S("xlsx")},
        {S("export"), S("customers"), S("-o"), link},
        {S("export"), S("customers"), S("-o"), env.db + S("-wal"), S("--as"), S("vcf")},
        {S("export"), S("customers"), S("-o"), env.db + S("-journal"), S("--as"), S("csv")},
        {S("report"), S("rfm"), S("--format"), S("csv"), S("-o"), env.db},
        {S("report"), S("rfm"), S("--format"), S("json"), S("-o"), env.db + S("-shm")},
        {S("followups"), S("export"), S("-o"), env.db},
        {S("import"), S("customers"), rejectsCsv, S("--skip-invalid"), S("--rejects"), env.db},
        {S("backup"), env.db + S("-wal")},
        {S("backup"), link},
        // Nor is any of them read as an import: closing it would drop this process's locks.
        {S("import"), S("customers"), env.db},
        {S("import"), S("leads"), env.db + S("-shm")},
    };
    for (const QStringList &args : attempts) {
        const Run r = env.onDb(args);
        INFO("guanxi-cli " << str(args.join(u' ')) << "\nstderr: " << str(r.err));
        CHECK(r.code == 2);
        CHECK((r.err.contains(S("the database you have open")) || r.err.contains(S("working files"))));
    }
    CHECK(QFileInfo(link).isSymLink());
    CHECK(env.ok({S("check")}).contains(S("ok")));
    CHECK(env.ok({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")}).toUtf8() == before);
    // A real output beside it still works.
    env.ok({S("export"), S("customers"), S("-o"), env.path(S("all.csv"))});
}

TEST_CASE("Only init creates a database, a missing file is refused with exit 2", "[cli][sharing][file]")
{
    CliEnv env;
    const QString missing = env.path(S("typo.guanxi"));
    const QList<QStringList> commands = {
        {S("customers"), S("add"), S("--name"), S("张三")},
        {S("customers"), S("list")},
        {S("seed"), S("--customers"), S("5"), S("--orders"), S("0")},
        {S("leads"), S("add"), S("--name"), S("李娜")},
        {S("check")},
    };
    for (const QStringList &args : commands) {
        const Run r = env.run(QStringList{S("--database"), missing} + args);
        INFO("guanxi-cli " << str(args.join(u' ')) << "\nstderr: " << str(r.err));
        CHECK(r.code == 2);
        CHECK(r.err.contains(S("does not exist")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    CHECK(env.run({S("--database"), missing, S("init")}).code == 0);
    CHECK(QFileInfo::exists(missing));
}

TEST_CASE("A restore killed half-way is finished or undone on the next open", "[cli][sharing][file]")
{
    CliEnv env;
    env.seeded(10, 5);
    const QString backup = env.path(S("before.guanxi"));
    env.ok({S("backup"), backup});
    env.ok({S("customers"), S("add"), S("--name"), S("AfterBackup")});
    REQUIRE(phonesByName(env, env.db).contains(S("AfterBackup")));

    SECTION("killed before the swap: the database is kept")
    {
        REQUIRE(QFile::copy(backup, env.db + S(".restoring")));
        const Run r = env.onDb({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")});
        CHECK(r.code == 0);
        CHECK(r.out.contains(S("AfterBackup")));
        CHECK(r.err.contains(S("interrupted")));
        CHECK_FALSE(QFileInfo::exists(env.db + S(".restoring")));
    }
    SECTION("a restore still under way in another program is left alone")
    {
        REQUIRE(QFile::copy(backup, env.db + S(".restoring")));
        QFile held(env.db + S(".restoring"));
        REQUIRE(held.open(QIODevice::ReadOnly));
        REQUIRE(::flock(held.handle(), LOCK_EX) == 0);
        const Run r = env.onDb({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")});
        CHECK(r.code == 0);
        CHECK(r.out.contains(S("AfterBackup")));
        CHECK_FALSE(r.err.contains(S("interrupted")));
        CHECK(QFileInfo::exists(env.db + S(".restoring")));
    }
    SECTION("killed between the two renames: the restore is finished, the old file kept aside")
    {
        // The database as restore leaves it: moved aside, its log still at
        // the old name, the checked backup copy beside it.
        const QString aside = env.db + S(".before-restore-20260315-093000");
        REQUIRE(QFile::rename(env.db, aside));
        {
            QFile wal(env.db + S("-wal"));
            REQUIRE(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(4096, 'x'));
        }
        REQUIRE(QFile::copy(backup, env.db + S(".restoring")));
        const Run r = env.onDb({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")});
        INFO(str(r.err));
        CHECK(r.code == 0);
        CHECK(r.err.contains(S("finished")));
        CHECK_FALSE(r.out.contains(S("AfterBackup")));
        CHECK(parseCsv(r.out).size() == 11);
        CHECK(QFileInfo::exists(aside + S("-wal")));
        CHECK(env.ok({S("check")}).contains(S("ok")));
        CHECK(phonesByName(env, aside).contains(S("AfterBackup")));
    }
}

TEST_CASE("Files that hold customer data are the owner's only", "[cli][sharing]")
{
    // On a server: the files written from it; the database, its backups and
    // logs are the server's.
    const bool file = !test::onServer();
    const mode_t old = ::umask(022);
    CliEnv env;
    env.seeded(20, 30);
    env.ok({S("customers"), S("add"), S("--name"), S("Private")});
    const QString csv = env.path(S("out.csv")), report = env.path(S("rfm.xlsx")), ics = env.path(S("due.ics"));
    env.ok({S("export"), S("customers"), S("-o"), csv});
    env.ok({S("report"), S("rfm"), S("--format"), S("xlsx"), S("-o"), report});
    env.ok({S("followups"), S("export"), S("-o"), ics});
    const QString folder = env.path(S("backups"));
    if (file)
        env.ok({S("backup"), S("--folder"), folder});
    ::umask(old);
    auto mode = [](const QString &path) {
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
        return st.st_mode & 0777;
    };
    for (const QString &path : {csv, report, ics}) {
        INFO(str(path));
        CHECK(mode(path) == 0600);
    }
    if (!file)
        return;
    CHECK(mode(env.db) == 0600);
    CHECK(mode(folder) == 0700);
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files))
        CHECK(mode(f.absoluteFilePath()) == 0600);
    // The log and index SQLite keeps beside a file in use.
    AppSide app(env.db);
    app.add(S("Another"), S("13800000009"));
    CHECK(mode(env.db + S("-wal")) == 0600);
    CHECK(mode(env.db + S("-shm")) == 0600);
}
