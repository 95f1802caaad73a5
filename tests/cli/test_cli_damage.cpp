// Writers that wait their turn, damaged files and logs that are never written
// to, backups under a continuous writer, and a full disk: with real
// guanxi-cli processes on real files.
#include "appside.h"

#include "platform/db/transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace guanxi;
using namespace guanxi::test::cli;

namespace {

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

QProcess *startCli(const CliEnv &env, const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->setProgram(QString::fromUtf8(GUANXI_CLI_PATH));
    p->setArguments(QStringList{S("--database"), env.db} + args);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(S("HOME"), env.dir.path());
    e.insert(S("XDG_DATA_HOME"), env.dir.filePath(S("xdg-data")));
    e.insert(S("XDG_CONFIG_HOME"), env.dir.filePath(S("xdg-config")));
    e.insert(S("LC_ALL"), S("C.UTF-8"));
    e.insert(S("GUANXI_USER"), S("tester"));
    p->setProcessEnvironment(e);
    p->start();
    REQUIRE(p->waitForStarted(10000));
    return p;
}

int rootPage(const CliEnv &env, const QString &table)
{
    QProcess p;
    p.start(S("sqlite3"), {env.db, S("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)});
    REQUIRE(p.waitForFinished(10000));
    bool ok = false;
    const int page = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toInt(&ok);
    REQUIRE(ok);
    return page;
}

void scribble(const QString &path, qint64 offset, int bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    QByteArray junk(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        junk[i] = char((i * 131 + 17) & 0xff);
    f.write(junk);
}

} // namespace

TEST_CASE("Parallel writers wait their turn instead of giving up", "[cli][busy]")
{
    CliEnv env;
    env.seeded(10, 0);
    QObject owner;
    const int writers = 3, each = 12;
    QList<QProcess *> running;
    QList<QPair<QProcess *, QString>> finished;
    int refused = 0, done = 0;
    // Three loops of `customers add`, each starting its next write as soon as
    // its last one ended.
    QList<int> next(writers, 0);
    for (int w = 0; w < writers; ++w)
        running << startCli(env, {S("customers"), S("add"), S("--name"), S("W%1-0").arg(w)}, &owner);
    QElapsedTimer clock;
    clock.start();
    while (done < writers * each && clock.elapsed() < 120000) {
        for (int w = 0; w < writers; ++w) {
            QProcess *p = running.at(w);
            if (!p || !p->waitForFinished(20))
                continue;
            ++done;
            if (p->exitCode() != 0) {
                ++refused;
                WARN(str(QString::fromUtf8(p->readAllStandardError())));
            }
            p->deleteLater();
            running[w] = nullptr;
            if (++next[w] < each)
                running[w] = startCli(env, {S("customers"), S("add"), S("--name"), S("W%1-%2").arg(w).arg(next[w])},
                                      &owner);
        }
    }
    CHECK(done == writers * each);
    CHECK(refused == 0);
    CHECK(phonesByName(env, env.db).size() == 10 + writers * each);
}

TEST_CASE("A long import says it is running, a short write waits for it, readers go on", "[cli][busy][file]")
{
    CliEnv env;
    env.seeded(10, 0);
    AppSide app(env.db);
    SECTION("a write held for a second: the CLI waits, then writes")
    {
        Transaction tx(*app.db);
        REQUIRE(tx.begin().ok());
        QObject owner;
        QProcess *add = startCli(env, {S("customers"), S("add"), S("--name"), S("Patient")}, &owner);
        QThread::msleep(1000);
        CHECK(add->state() == QProcess::Running);
        REQUIRE(tx.commit().ok());
        REQUIRE(add->waitForFinished(20000));
        INFO(str(QString::fromUtf8(add->readAllStandardError())));
        CHECK(add->exitCode() == 0);
    }
    SECTION("a long write: others are told who and what, reads still work")
    {
        Transaction tx(*app.db, S("importing customers from “big.csv”"));
        REQUIRE(tx.begin().ok());
        const Run add = env.onDb({S("--wait"), S("1"), S("customers"), S("add"), S("--name"), S("Impatient")});
        CHECK(add.code == 2);
        CHECK(add.err.contains(S("importing customers from “big.csv”")));
        CHECK(add.err.contains(S("process %1").arg(QCoreApplication::applicationPid())));
        CHECK_FALSE(add.err.contains(S("writable")));
        QElapsedTimer t;
        t.start();
        const Run list = env.onDb({S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")});
        CHECK(list.code == 0);
        CHECK(parseCsv(list.out).size() == 11);
        CHECK(t.elapsed() < 4000); // not the 5 s busy wait: an announced import is not waited for
        // Asked to wait, a write waits for the import to end.
        QObject owner;
        QProcess *patient = startCli(env, {S("customers"), S("add"), S("--wait"), S("60"), S("--name"), S("Patient")},
                                     &owner);
        QThread::msleep(1500);
        CHECK(patient->state() == QProcess::Running);
        REQUIRE(tx.commit().ok());
        REQUIRE(patient->waitForFinished(20000));
        CHECK(patient->exitCode() == 0);
        CHECK_FALSE(QFileInfo::exists(env.db + S("-busy")));
        CHECK(env.onDb({S("customers"), S("add"), S("--name"), S("Later")}).code == 0);
    }
}

TEST_CASE("A file held by a rollback-journal writer: the message says who, not the folder's permissions",
          "[cli][busy][file]")
{
    CliEnv env;
    env.seeded(10, 0);
    QProcess shell;
    shell.start(S("sqlite3"), {env.db});
    REQUIRE(shell.waitForStarted());
    shell.write("PRAGMA journal_mode=DELETE;\nBEGIN EXCLUSIVE;\nUPDATE customers SET notes = 'x';\nSELECT 'held';\n");
    QByteArray said;
    while (!said.contains("held") && shell.waitForReadyRead(10000))
        said += shell.readAllStandardOutput();
    REQUIRE(said.contains("held"));
    QElapsedTimer t;
    t.start();
    const Run list = env.onDb({S("--wait"), S("1"), S("customers"), S("list")});
    INFO(str(list.err));
    CHECK(list.code == 2);
    CHECK(list.err.contains(S("sqlite3")));
    CHECK_FALSE(list.err.contains(S("folder")));
    CHECK(t.elapsed() < 10000);
    shell.write("ROLLBACK;\n.quit\n");
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(10000));
}

TEST_CASE("A file with damaged pages is never written to again", "[cli][damage][file]")
{
    CliEnv env;
    env.seeded(200, 50);
    // One user left, without a password: the file opens without a login,
    // whose audit line would be the one write before the damage is found.
    for (const QString &login : {S("sales1"), S("sales2"), S("sales3"), S("sales4"), S("sales5")})
        env.ok({S("users"), S("deactivate"), login, S("--to-pool")});
    env.environment.insert(S("GUANXI_USER"), QString());
    QByteArray damaged;
    SECTION("found by check, in pages adding a customer does not touch")
    {
        scribble(env.db, qint64(rootPage(env, S("orders")) - 1) * 4096 + 8, 3000);
        damaged = hashOf(env.db);
        const Run check = env.onDb({S("check")});
        CHECK(check.code == 2);
        CHECK(hashOf(env.db) == damaged);
    }
    SECTION("found by a statement that failed")
    {
        scribble(env.db, qint64(rootPage(env, S("customers")) - 1) * 4096 + 8, 3000);
        damaged = hashOf(env.db);
        const Run list = env.onDb({S("customers"), S("list"), S("--limit"), S("0")});
        CHECK(list.code == 2);
        CHECK(list.err.contains(S("damaged")));
        CHECK(hashOf(env.db) == damaged); // not even PRAGMA optimize on close
    }
    CHECK(QFileInfo::exists(env.db + S("-damaged")));
    const Run add = env.onDb({S("customers"), S("add"), S("--name"), S("Never")});
    INFO(str(add.err));
    CHECK(add.code == 2);
    CHECK(add.err.contains(S("restore")));
    CHECK(hashOf(env.db) == damaged);
    CHECK(QFileInfo(env.db + S("-wal")).size() <= 0); // nothing written beside it either
}

TEST_CASE("Damage met in one file does not stop writes to another", "[cli][damage][file]")
{
    CliEnv healthy, broken;
    healthy.seeded(20, 0);
    broken.seeded(200, 0);
    scribble(broken.db, qint64(rootPage(broken, S("customers")) - 1) * 4096 + 8, 3000);
    AppSide app(healthy.db);
    {
        // As the app's File > Open tries another file and meets its damage.
        auto other = Database::open(broken.db);
        REQUIRE(other.ok());
        FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC));
        Session session(**other, clock);
        CHECK_FALSE(CustomerStore(session).get(1).ok());
    }
    CHECK(QFileInfo::exists(broken.db + S("-damaged")));
    app.add(S("StillWritable"), S("13800000042"));
    CHECK_FALSE(QFileInfo::exists(healthy.db + S("-damaged")));
    CHECK_FALSE(app.db->damageSeen());
}

TEST_CASE("A damaged write-ahead log is kept, never thrown away", "[cli][damage][file]")
{
    CliEnv env;
    env.seeded(10, 0);
    const QString copy = env.path(S("copy.guanxi"));
    {
        // Commits left in the log, as a program killed before closing leaves them.
        AppSide app(env.db);
        for (int i = 0; i < 30; ++i)
            app.add(S("Logged%1").arg(i), S("1380000%1").arg(i, 4, 10, QChar(u'0')));
        REQUIRE(QFileInfo(env.db + S("-wal")).size() > 0);
        REQUIRE(QFile::copy(env.db, copy));
        REQUIRE(QFile::copy(env.db + S("-wal"), copy + S("-wal")));
    }
    const auto listCopy = [&](const QStringList &extra) {
        return env.run(QStringList{S("--database"), copy} + extra
                       + QStringList{S("customers"), S("list"), S("--limit"), S("0"), S("--format"), S("csv")});
    };
    SECTION("an intact log is replayed: every commit is there")
    {
        const Run r = listCopy({});
        INFO(str(r.err));
        CHECK(r.code == 0);
        CHECK(parseCsv(r.out).size() == 41);
    }
    SECTION("a damaged frame: the file is refused for writing, the log kept, read-only still reads")
    {
        // Page data of frame 5: later commits can no longer be checked.
        const qint64 frame5 = 32 + 4 * (24 + 4096) + 24 + 100;
        scribble(copy + S("-wal"), frame5, 64);
        const QByteArray wal = hashOf(copy + S("-wal"));
        const Run r = listCopy({});
        INFO(str(r.err));
        CHECK(r.code == 2);
        CHECK(r.err.contains(S("damaged")));
        CHECK(hashOf(copy + S("-wal")) == wal);
        const QStringList kept = QDir(env.dir.path()).entryList({S("copy.guanxi-wal.damaged-*")});
        REQUIRE(kept.size() == 1);
        CHECK(hashOf(env.path(kept.constFirst())) == wal);
        const Run readOnly = listCopy({S("--read-only")});
        INFO(str(readOnly.err));
        CHECK(readOnly.code == 0);
        CHECK(parseCsv(readOnly.out).size() >= 11);
        CHECK(hashOf(copy + S("-wal")) == wal);
        CHECK(env.run({S("--database"), copy, S("customers"), S("add"), S("--name"), S("X")}).code == 2);
        CHECK(hashOf(copy + S("-wal")) == wal);
    }
}

TEST_CASE("A FIFO or a device is refused at once, not waited on", "[cli][damage][file]")
{
    CliEnv env;
    const QString fifo = env.path(S("pipe.guanxi"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {fifo, S("/dev/zero")}) {
        QElapsedTimer t;
        t.start();
        const Run r = env.run({S("--database"), path, S("customers"), S("list")});
        INFO(str(r.err));
        CHECK(r.code == 2);
        CHECK(r.err.contains(S("not a regular file")));
        CHECK(t.elapsed() < 5000);
    }
}

TEST_CASE("A backup finishes while another program keeps committing", "[cli][backup][file]")
{
    CliEnv env;
    env.seeded(3000, 3000);
    REQUIRE(QFileInfo(env.db).size() > 5 * 1024 * 1024); // several backup steps
    // Leftovers of a killed backup are cleaned up.
    const QString target = env.path(S("under-load.guanxi"));
    for (const QString &suffix : {S(".part"), S(".part-journal")}) {
        QFile f(target + suffix);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("left over");
    }
    AppSide app(env.db);
    QObject owner;
    QElapsedTimer t;
    t.start();
    QProcess *backup = startCli(env, {S("backup"), target}, &owner);
    int commits = 0;
    while (!backup->waitForFinished(0) && t.elapsed() < 60000) {
        app.add(S("Busy%1").arg(commits), S("139%1").arg(commits, 8, 10, QChar(u'0')));
        ++commits;
    }
    INFO(str(QString::fromUtf8(backup->readAllStandardError())));
    REQUIRE(backup->state() == QProcess::NotRunning);
    CHECK(backup->exitCode() == 0);
    WARN("backup under a continuous writer: " << t.elapsed() << " ms, " << commits << " commits meanwhile");
    CHECK(commits > 0);
    CHECK_FALSE(QFileInfo::exists(target + S(".part")));
    CHECK_FALSE(QFileInfo::exists(target + S(".part-journal")));
    CHECK(env.run({S("--database"), target, S("check")}).code == 0);
}

TEST_CASE("With the disk full the file still opens for reading, and data can be rescued", "[cli][backup][file]")
{
    if (::geteuid() != 0) {
        WARN("not root: no small file system to fill");
        return;
    }
    CliEnv env;
    env.seeded(300, 300);
    const QString small = env.path(S("small"));
    REQUIRE(QDir().mkpath(small));
    if (::mount("tmpfs", QFile::encodeName(small).constData(), "tmpfs", 0, "size=8m") != 0) {
        WARN("cannot mount a tmpfs here: " << strerror(errno));
        return;
    }
    struct Unmount {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{small};
    const QString db = small + S("/full.guanxi");
    REQUIRE(QFile::copy(env.db, db));
    {
        QFile filler(small + S("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    const QByteArray before = hashOf(db);
    for (const QStringList &args : QList<QStringList>{{S("customers"), S("list"), S("--limit"), S("5")},
                                                      {S("check")},
                                                      {S("export"), S("customers"), S("-o"), env.path(S("rescued.csv"))},
                                                      {S("backup"), env.path(S("rescued.guanxi"))}}) {
        const Run r = env.run(QStringList{S("--database"), db} + args);
        INFO("guanxi-cli " << str(args.join(u' ')) << "\n" << str(r.err));
        CHECK(r.code == 0);
    }
    CHECK(parseCsv(QString::fromUtf8(fileBytes(env.path(S("rescued.csv"))).mid(3))).size() == 301);
    CHECK(phonesByName(env, env.path(S("rescued.guanxi"))).size() == 300);
    const Run add = env.run({S("--database"), db, S("customers"), S("add"), S("--name"), S("NoRoom")});
    INFO(str(add.err));
    CHECK(add.code == 2);
    CHECK(add.err.contains(S("full")));
    CHECK(hashOf(db) == before);
}

TEST_CASE("A file that needs upgrading but is read-only for a reason of its own says that reason", "[cli][damage][file]")
{
    CliEnv env;
    env.ok({S("init")});
    QProcess shell;
    shell.start(S("sqlite3"), {env.db, S("PRAGMA user_version = 12")});
    REQUIRE(shell.waitForFinished(10000));
    {
        QFile record(env.db + S("-damaged"));
        REQUIRE(record.open(QIODevice::WriteOnly));
        record.write(R"({"found":"2026-12-01T08:00:00Z","detail":"integrity check: page 7"})");
    }
    const QByteArray before = hashOf(env.db);
    const Run r = env.onDb({S("customers"), S("list")});
    INFO(str(r.err));
    CHECK(r.code == 2);
    CHECK(r.err.contains(S("needs upgrading")));
    CHECK(r.err.contains(S("integrity check: page 7")));
    CHECK_FALSE(r.err.contains(S("writable")));
    CHECK(hashOf(env.db) == before);
}
