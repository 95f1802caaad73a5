// Crash safety: guanxi-cli is killed with SIGKILL at random moments of a
// large write (an import, a merge, a backup). Afterwards the file must pass
// integrity_check and hold exactly the state from before the command or the
// state after it, never something in between; the app must open it, and the
// command run again must work.
//
// The kill delays are random but seeded, spread over the command's duration
// measured once on an uninterrupted run. Each kill works on a fresh copy of
// a template file; a failing copy is kept and its path printed.
//
//   ctest -L crash                      (or: tests/crash/test-crash "[crash]")
//   GUANXI_CRASH_LOOPS=N   kills per scenario (defaults with CI=true: import 8,
//                          merge 22, backup 22; twice as many otherwise)
//   GUANXI_CRASH_SEED=S    seed of the kill delays (default 20261122)
#include "corehelpers.h"

#include "platform/db/backup.h"
#include "platform/db/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <iostream>
#include <map>
#include <random>

using namespace guanxi;
using namespace guanxi::test;

namespace {

#define S(x) QStringLiteral(x)

// GUANXI_CRASH_LOOPS, else the scenario's CI default (chosen to keep the
// three under ~90 s on a loaded 2-core machine), doubled outside CI.
int killsPerScenario(int ciDefault)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("GUANXI_CRASH_LOOPS", &ok);
    if (ok && n > 0)
        return n;
    return qgetenv("CI") == "true" ? ciDefault : 2 * ciDefault;
}

quint64 delaySeed()
{
    bool ok = false;
    const qulonglong s = qEnvironmentVariable("GUANXI_CRASH_SEED").toULongLong(&ok);
    return ok ? s : 20261122u;
}

struct Run {
    int code = -1;
    bool killed = false; // ended by our SIGKILL, not by itself
    qint64 ms = 0;       // from start to exit (or to the kill)
    qint64 writeMs = -1; // when the watched file first held data, if watched
    QString err;
};

// guanxi-cli with HOME and the XDG folders inside `home`, so nothing it does
// by default touches the real user's files.
struct Cli {
    QString home;

    void prepare(QProcess &p, const QStringList &args) const
    {
        p.setProgram(QString::fromUtf8(GUANXI_CLI_PATH));
        p.setArguments(args);
        p.setWorkingDirectory(home);
        p.setStandardOutputFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("HOME"), home);
        env.insert(S("XDG_DATA_HOME"), home + S("/xdg-data"));
        env.insert(S("XDG_CONFIG_HOME"), home + S("/xdg-config"));
        env.insert(S("USER"), S("tester"));
        // Seeded files have a team: act as the administrator init made.
        env.insert(S("GUANXI_USER"), S("tester"));
        env.insert(S("LC_ALL"), S("C.UTF-8"));
        p.setProcessEnvironment(env);
    }

    // Runs to the end; fails the test unless the exit code is 0. When `watch`
    // is given (a WAL, a backup's .part), notes when it first holds data: the
    // moment the command starts writing to disk.
    Run ok(const QStringList &args, const QString &watch = {}) const
    {
        QProcess p;
        prepare(p, args);
        QElapsedTimer t;
        p.start();
        if (!p.waitForStarted(10000))
            FAIL("cannot start " << GUANXI_CLI_PATH << ": " << str(p.errorString()));
        t.start();
        Run r;
        while (!p.waitForFinished(watch.isEmpty() ? 300000 : 1)) {
            if (r.writeMs < 0 && QFileInfo(watch).size() > 32)
                r.writeMs = t.elapsed();
            if (t.elapsed() > 300000) {
                p.kill();
                p.waitForFinished();
                FAIL("guanxi-cli " << str(args.join(u' ')) << " did not finish within 300 s");
            }
        }
        r.ms = t.elapsed();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        INFO("guanxi-cli " << str(args.join(u' ')) << "\nstderr: " << str(r.err));
        REQUIRE(r.code == 0);
        return r;
    }

    // Starts the command and sends SIGKILL delayMs after its start or, with
    // `watch`, delayMs after that file first holds data; unless it ended first.
    Run killAfter(const QStringList &args, qint64 delayMs, const QString &watch = {}) const
    {
        QProcess p;
        prepare(p, args);
        QElapsedTimer t;
        p.start();
        if (!p.waitForStarted(10000))
            FAIL("cannot start " << GUANXI_CLI_PATH << ": " << str(p.errorString()));
        t.start();
        Run r;
        bool ended = false;
        if (watch.isEmpty()) {
            ended = p.waitForFinished(int(std::max<qint64>(1, delayMs)));
        } else {
            while (!(ended = p.waitForFinished(1))) {
                if (r.writeMs < 0 && QFileInfo(watch).size() > 32)
                    r.writeMs = t.elapsed();
                if (r.writeMs >= 0 && t.elapsed() >= r.writeMs + delayMs)
                    break;
                if (t.elapsed() > 300000)
                    FAIL("guanxi-cli " << str(args.join(u' ')) << " did not write within 300 s");
            }
        }
        if (!ended) {
            p.kill(); // SIGKILL on Unix: no handler, no cleanup, no flush
            p.waitForFinished(-1);
        }
        r.ms = t.elapsed();
        r.killed = p.exitStatus() == QProcess::CrashExit;
        r.code = r.killed ? -1 : p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
};

// What a file holds, as far as these tests look: the row count of every
// table, plus a few scenario-specific figures.
using State = std::map<QString, qint64>;
using Probes = std::vector<std::pair<QString, QString>>; // name, SQL giving one integer

struct Inspection {
    QString integrity; // "ok" when SQLite finds nothing wrong
    qint64 foreignKeyProblems = 0;
    State state;
};

Inspection inspect(const QString &path, const Probes &probes = {})
{
    Inspection in;
    RawConnection raw(path);
    {
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(S("PRAGMA integrity_check")));
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        in.integrity = lines.join(u'\n');
        REQUIRE(q.exec(S("PRAGMA foreign_key_check")));
        while (q.next())
            ++in.foreignKeyProblems;
    }
    QStringList tables;
    {
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(
            S("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
              "ORDER BY name")));
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &t : tables)
        if (t != u"audit_events")
            in.state[S("rows in ") + t] =
                raw.scalar(S("SELECT count(*) FROM \"%1\"").arg(t)).toLongLong();
    // guanxi-cli --user records its login in a transaction of its own before
    // the command starts, and a backup is recorded in the source once the
    // copy is complete, so a killed command may leave those lines; every
    // other event belongs to the command's own transaction.
    if (tables.contains(S("audit_events")))
        in.state[S("audit events of commands")] = raw.scalar(S("SELECT count(*) FROM audit_events WHERE action "
                                                                "NOT IN ('login', 'backup')"))
                                                      .toLongLong();
    for (const auto &[name, sql] : probes)
        in.state[name] = raw.scalar(sql).toLongLong();
    return in;
}

// "customers: 300 (before 300, after 20300)" for every figure that differs.
std::string describe(const State &now, const State &before, const State &after)
{
    std::string out;
    for (const auto &[key, value] : now) {
        const qint64 b = before.count(key) ? before.at(key) : -1;
        const qint64 a = after.count(key) ? after.at(key) : -1;
        if (value != b || value != a)
            out += "  " + str(key) + ": " + std::to_string(value) + " (before " +
                   std::to_string(b) + ", after " + std::to_string(a) + ")\n";
    }
    return out;
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A template file that is closed cleanly: no WAL beside it to forget.
void requireNoWal(const QString &path)
{
    REQUIRE_FALSE(QFileInfo::exists(path + S("-wal")));
}

// The kill delays of one scenario: uniform over [0, duration), the same on
// every run for a given seed, different between scenarios.
// Half of the kills land anywhere in [0, duration) from the start; the other
// half in the time from the command's first write to disk (for a transaction
// held in SQLite's cache: the commit) to its end, counted from that write as
// the killed run sees it, so that a slower or faster run still gets hit there.
struct Kill {
    qint64 ms = 0;
    bool afterWrite = false;
};

struct Delays {
    std::mt19937_64 gen;
    std::uniform_int_distribution<qint64> anywhere;
    std::uniform_int_distribution<qint64> writing;
    std::bernoulli_distribution coin{0.5};
    Delays(quint64 scenario, qint64 durationMs, qint64 writeMs)
        : gen(delaySeed() * 1000003u + scenario), anywhere(0, std::max<qint64>(1, durationMs - 1)),
          writing(0, std::max<qint64>(1, durationMs - std::max<qint64>(0, writeMs)))
    {
    }
    // A run that ended before its kill was quicker than the reference run
    // (measured under other load): aim within its time from now on.
    void ranFor(qint64 ms)
    {
        if (ms > 0 && ms <= anywhere.max())
            anywhere = std::uniform_int_distribution<qint64>(0, std::max<qint64>(1, ms - 1));
    }
    Kill next()
    {
        if (coin(gen))
            return {writing(gen), true};
        return {anywhere(gen), false};
    }
};

struct Tally {
    explicit Tally(const char *name) : scenario(name) { clock.start(); }
    const char *scenario;
    qint64 durationMs = 0;
    qint64 writeMs = -1; // when the reference run first wrote to disk
    int kills = 0;
    int sawBefore = 0;
    int sawAfter = 0;
    int finishedFirst = 0; // the command ended before its kill came
    int reruns = 0;
    int inWal = 0;      // kills that found frames in the WAL (a commit or checkpoint under way)
    int leftovers = 0;  // files the killed command left behind (backup .part)
    qint64 setupMs = 0; // templates and the reference run
    QElapsedTimer clock;

    void print() const
    {
        std::cout << "crash " << scenario << ": " << kills << " kills (" << sawBefore
                  << " left the state before, " << sawAfter << " the state after), "
                  << finishedFirst << " runs ended before the kill, " << reruns
                  << " re-runs after a kill";
        std::cout << ", " << inWal << " found WAL frames";
        if (leftovers)
            std::cout << ", " << leftovers << " left a .part file";
        std::cout << "; command " << durationMs << " ms (writing from " << writeMs << " ms), setup "
                  << setupMs / 1000.0 << " s, scenario " << clock.elapsed() / 1000.0 << " s, seed "
                  << delaySeed() << '\n'
                  << std::flush;
    }
};

// Kills the command in `loops` fresh copies of `tpl` and checks each with
// `verify` (which returns true for "the state after"). Every fifth killed copy
// also runs the command again to the end, and `rerun` checks that outcome.
template <typename Verify, typename Rerun>
void killLoop(Tally &tally, int loops, const QString &tpl, quint64 scenario,
              const std::function<QStringList(const QString &db, int i)> &args,
              const std::function<QString(const QString &db)> &watch,
              const std::function<void(const QString &dir, int i)> &prepareCopy, Verify verify,
              Rerun rerun)
{
    tally.setupMs = tally.clock.elapsed();
    Delays delays(scenario, tally.durationMs, tally.writeMs);
    int attempts = 0;
    while (tally.kills < loops) {
        // A command that keeps ending before its kill means the timing is off.
        REQUIRE(++attempts <= 3 * loops + 10);
        const int i = attempts;
        // In the temp folder, not in the scenario's, so that a copy kept for a
        // failure outlives the test.
        QTemporaryDir dir(QDir::tempPath() + S("/guanxi-crash-") +
                          QString::fromLatin1(tally.scenario) + S("-XXXXXX"));
        REQUIRE(dir.isValid());
        const QString db = dir.filePath(S("crm.guanxi"));
        copyFile(tpl, db);
        prepareCopy(dir.path(), i);
        const Kill kill = delays.next();
        Cli cli{dir.path()};
        const Run r = cli.killAfter(args(db, i), kill.ms, kill.afterWrite ? watch(db) : QString());
        if (!r.killed) {
            INFO("guanxi-cli ended by itself before the kill: " << str(r.err));
            REQUIRE(r.code == 0);
            ++tally.finishedFirst;
            delays.ranFor(r.ms);
            continue;
        }
        ++tally.kills;
        if (QFileInfo(db + S("-wal")).size() > 32) // more than the WAL header
            ++tally.inWal;
        dir.setAutoRemove(false); // kept if a check below fails
        INFO(tally.scenario << " killed after " << r.ms << " ms (kill " << tally.kills
                            << ", planned " << kill.ms << " ms after "
                            << (kill.afterWrite ? "the first write" : "the start") << ", seed "
                            << delaySeed() << "); the file is kept in " << str(dir.path()));
        const bool after = verify(dir.path(), db, i);
        (after ? tally.sawAfter : tally.sawBefore)++;
        // The app opens what the crash left.
        {
            auto opened = Database::open(db);
            INFO("Database::open: " << (opened ? std::string() : str(opened.error().toString())));
            REQUIRE(opened.ok());
        }
        if (tally.kills % 5 == 0) {
            rerun(cli, dir.path(), db, i, after);
            ++tally.reruns;
        }
        dir.setAutoRemove(true);
    }
}

// The import: a 20,000-row CSV into a file with a few hundred customers.
constexpr int importRows = 20000;

QByteArray importCsv()
{
    static const char *surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    static const char *given[] = {"伟", "芳", "娜", "敏", "静", "丽",
                                  "强", "磊", "军", "洋", "勇", "艳"};
    static const char *cities[] = {"北京", "上海", "广州",  "深圳",
                                   "杭州", "成都", "Wuhan", "Xi'an"};
    QByteArray csv = "\xEF\xBB\xBFName,Mobile,Email,City,Notes\r\n";
    for (int i = 0; i < importRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray name =
            i % 3 == 0 ? "Client " + n
                       : QByteArray(surnames[i % 10]) + given[(i / 10) % 12] + given[i % 12] + n;
        csv += name + ",199" + QByteArray::number(10000000 + i) + ",crash" + n + "@example.com," +
               cities[i % 8] + ",\"imported, row " + n + "\"\r\n";
    }
    return csv;
}

const Probes importProbes = {
    {S("live customers"), S("SELECT count(*) FROM customers WHERE deleted_at IS NULL")},
    {S("import_batches finished"), S("SELECT count(*) FROM import_batches WHERE rows_read > 0")},
};

// The merge: customer B has thousands of orders, follow-ups and history rows
// that move to A.
Probes mergeProbes(qint64 a, qint64 b)
{
    auto n = [](qint64 id) { return QString::number(id); };
    return {
        {S("B live"), S("SELECT deleted_at IS NULL FROM customers WHERE id = ") + n(b)},
        {S("A live"), S("SELECT deleted_at IS NULL FROM customers WHERE id = ") + n(a)},
        {S("orders of A"), S("SELECT count(*) FROM orders WHERE customer_id = ") + n(a)},
        {S("orders of B"), S("SELECT count(*) FROM orders WHERE customer_id = ") + n(b)},
        {S("follow-ups of A"), S("SELECT count(*) FROM interactions WHERE customer_id = ") + n(a)},
        {S("follow-ups of B"), S("SELECT count(*) FROM interactions WHERE customer_id = ") + n(b)},
        {S("history of B"),
         S("SELECT count(*) FROM change_log WHERE entity = 'customer' AND entity_id = ") + n(b)},
        {S("merges"), S("SELECT count(*) FROM customer_merges")},
    };
}

} // namespace

TEST_CASE("A killed import leaves the file as it was or with the whole import", "[crash][import]")
{
    Tally tally("import");
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString tpl = work.filePath(S("template.guanxi"));
    makeGuanxiFile(tpl, 300, 600, 11);
    requireNoWal(tpl);
    const QString csv = work.filePath(S("customers.csv"));
    writeFile(csv, importCsv());
    auto args = [&](const QString &db, int) {
        return QStringList{S("--database"), db, S("import"), S("customers"), csv};
    };

    const Inspection before = inspect(tpl, importProbes);
    REQUIRE(before.integrity == S("ok"));
    // One uninterrupted run gives the state after and the duration to spread the kills over.
    const QString ref = work.filePath(S("reference.guanxi"));
    copyFile(tpl, ref);
    {
        const Run r = Cli{work.path()}.ok(args(ref, 0), ref + S("-wal"));
        tally.durationMs = r.ms;
        tally.writeMs = r.writeMs;
    }
    const Inspection after = inspect(ref, importProbes);
    REQUIRE(after.integrity == S("ok"));
    REQUIRE(after.state.at(S("rows in customers")) ==
            before.state.at(S("rows in customers")) + importRows);
    REQUIRE(after.state.at(S("rows in import_batches")) == 1);
    REQUIRE(after.state.at(S("rows in import_records")) == importRows);

    killLoop(
        tally, killsPerScenario(8), tpl, 1, args, [](const QString &db) { return db + S("-wal"); },
        [](const QString &, int) {},
        [&](const QString &, const QString &db, int) {
            const Inspection now = inspect(db, importProbes);
            REQUIRE(now.integrity == S("ok"));
            REQUIRE(now.foreignKeyProblems == 0);
            const qint64 customers = now.state.at(S("rows in customers"));
            const qint64 batches = now.state.at(S("rows in import_batches"));
            INFO("customers " << customers << ", import_batches " << batches << "; differences:\n"
                              << describe(now.state, before.state, after.state));
            const bool isAfter = now.state == after.state;
            REQUIRE((isAfter || now.state == before.state));
            CHECK(batches == (isAfter ? 1 : 0));
            return isAfter;
        },
        [&](const Cli &cli, const QString &, const QString &db, int i, bool isAfter) {
            if (isAfter)
                return; // importing again would only skip every row as a duplicate
            cli.ok(args(db, i));
            const Inspection again = inspect(db, importProbes);
            REQUIRE(again.integrity == S("ok"));
            INFO("differences after the re-run:\n"
                 << describe(again.state, before.state, after.state));
            REQUIRE(again.state == after.state);
        });
    tally.print();
}

TEST_CASE("A killed merge leaves both customers as they were or the merge complete",
          "[crash][merge]")
{
    Tally tally("merge");
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString tpl = work.filePath(S("template.guanxi"));
    makeGuanxiFile(tpl, 400, 40000, 12);
    qint64 a = 0, b = 0;
    {
        RawConnection raw(tpl);
        a = raw.scalar(
                   S("SELECT min(id) FROM customers WHERE kind = 'person' AND deleted_at IS NULL"))
                .toLongLong();
        b = raw.scalar(S("SELECT min(id) FROM customers WHERE kind = 'person' AND deleted_at IS "
                         "NULL AND id > %1")
                           .arg(a))
                .toLongLong();
        REQUIRE(a > 0);
        REQUIRE(b > a);
        // B becomes a big customer: half the orders, and thousands of follow-ups and history rows.
        raw.exec(S("UPDATE orders SET customer_id = %1 WHERE id % 2 = 0").arg(b));
        raw.exec(S("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) "
                   "INSERT INTO interactions (customer_id, occurred_at, summary, created_at) "
                   "SELECT %1, printf('2025-%02d-%02dT08:00:00Z', 1 + i % 12, 1 + i % 28), 'call ' "
                   "|| i, "
                   "'2026-01-01T00:00:00Z' FROM n")
                     .arg(b));
        raw.exec(S("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) "
                   "INSERT INTO change_log (entity, entity_id, action, field, old_value, "
                   "new_value, changed_at) "
                   "SELECT 'customer', %1, 'update', 'notes', 'note ' || i, 'note ' || (i + 1), "
                   "'2026-01-01T00:00:00Z' FROM n")
                     .arg(b));
    }
    requireNoWal(tpl);
    const Probes probes = mergeProbes(a, b);
    auto args = [&](const QString &db, int) {
        return QStringList{S("--database"),   db, S("duplicates"), S("merge"), QString::number(a),
                           QString::number(b)};
    };

    const Inspection before = inspect(tpl, probes);
    REQUIRE(before.integrity == S("ok"));
    REQUIRE(before.state.at(S("orders of B")) > 10000);
    const QString ref = work.filePath(S("reference.guanxi"));
    copyFile(tpl, ref);
    {
        const Run r = Cli{work.path()}.ok(args(ref, 0), ref + S("-wal"));
        tally.durationMs = r.ms;
        tally.writeMs = r.writeMs;
    }
    const Inspection after = inspect(ref, probes);
    REQUIRE(after.integrity == S("ok"));
    REQUIRE(after.state.at(S("B live")) == 0);
    REQUIRE(after.state.at(S("orders of B")) == 0);
    REQUIRE(after.state.at(S("orders of A")) ==
            before.state.at(S("orders of A")) + before.state.at(S("orders of B")));
    REQUIRE(after.state.at(S("follow-ups of B")) == 0);
    REQUIRE(after.state.at(S("merges")) == 1);

    killLoop(
        tally, killsPerScenario(22), tpl, 2, args, [](const QString &db) { return db + S("-wal"); },
        [](const QString &, int) {},
        [&](const QString &, const QString &db, int) {
            const Inspection now = inspect(db, probes);
            REQUIRE(now.integrity == S("ok"));
            REQUIRE(now.foreignKeyProblems == 0);
            INFO("differences:\n" << describe(now.state, before.state, after.state));
            const bool isAfter = now.state == after.state;
            REQUIRE((isAfter || now.state == before.state));
            // Spelled out: both live and B keeps its orders, or B in the trash and everything
            // moved.
            CHECK(now.state.at(S("B live")) == (isAfter ? 0 : 1));
            CHECK(now.state.at(S("A live")) == 1);
            CHECK(now.state.at(S("orders of B")) ==
                  (isAfter ? 0 : before.state.at(S("orders of B"))));
            CHECK(now.state.at(S("merges")) == (isAfter ? 1 : 0));
            return isAfter;
        },
        [&](const Cli &cli, const QString &, const QString &db, int i, bool isAfter) {
            if (isAfter) {
                // The merge committed before the kill: undoing it must still work.
                cli.ok({S("--database"), db, S("duplicates"), S("undo"), S("1")});
                const Inspection undone = inspect(db, probes);
                REQUIRE(undone.integrity == S("ok"));
                for (const char *key : {"B live", "orders of A", "orders of B", "follow-ups of A",
                                        "follow-ups of B", "rows in customers", "rows in orders"})
                    CHECK(undone.state.at(QString::fromLatin1(key)) ==
                          before.state.at(QString::fromLatin1(key)));
                // B's history keeps its old rows and gains the restore.
                CHECK(undone.state.at(S("history of B")) > before.state.at(S("history of B")));
                return;
            }
            cli.ok(args(db, i));
            const Inspection again = inspect(db, probes);
            REQUIRE(again.integrity == S("ok"));
            INFO("differences after the re-run:\n"
                 << describe(again.state, before.state, after.state));
            REQUIRE(again.state == after.state);
        });
    tally.print();
}

TEST_CASE(
    "A killed backup leaves no backup, the previous one, or a complete one, and the source intact",
    "[crash][backup]")
{
    Tally tally("backup");
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString tpl = work.filePath(S("template.guanxi"));
    makeGuanxiFile(tpl, 3000, 10000, 13);
    requireNoWal(tpl);
    REQUIRE(QFileInfo(tpl).size() > 2 * 1024 * 1024);
    // An older, smaller backup that half of the runs find at the target already.
    const QString small = work.filePath(S("small.guanxi"));
    makeGuanxiFile(small, 25, 10, 14);
    const QString oldBackup = work.filePath(S("old-backup.guanxi"));
    Cli{work.path()}.ok({S("--database"), small, S("backup"), oldBackup});
    const qint64 oldCustomers = inspect(oldBackup).state.at(S("rows in customers"));

    auto args = [&](const QString &db, int) {
        return QStringList{S("--database"), db, S("backup"),
                           QFileInfo(db).dir().filePath(S("backup.guanxi"))};
    };
    const Inspection before = inspect(tpl);
    REQUIRE(before.integrity == S("ok"));
    const qint64 customers = before.state.at(S("rows in customers"));
    REQUIRE(customers != oldCustomers);
    {
        QTemporaryDir refDir(work.filePath(S("ref-XXXXXX")));
        const QString ref = refDir.filePath(S("crm.guanxi"));
        copyFile(tpl, ref);
        const QString target = refDir.filePath(S("backup.guanxi"));
        const Run r = Cli{refDir.path()}.ok(args(ref, 0), target + S(".part"));
        tally.durationMs = r.ms;
        tally.writeMs = r.writeMs;
        REQUIRE(Backup::check(target).ok());
        REQUIRE(inspect(target).state == before.state);
        REQUIRE(inspect(ref).state == before.state);
    }

    killLoop(
        tally, killsPerScenario(22), tpl, 3, args,
        [](const QString &db) { return QFileInfo(db).dir().filePath(S("backup.guanxi.part")); },
        [&](const QString &dir, int i) {
            if (i % 2 == 0)
                copyFile(oldBackup, dir + S("/backup.guanxi"));
        },
        [&](const QString &dir, const QString &db, int i) {
            const bool hadOld = i % 2 == 0;
            const Inspection source = inspect(db);
            REQUIRE(source.integrity == S("ok"));
            INFO("source differences:\n" << describe(source.state, before.state, before.state));
            REQUIRE(source.state == before.state);
            const QString target = dir + S("/backup.guanxi");
            if (QFileInfo::exists(target + S(".part")))
                ++tally.leftovers;
            if (!QFileInfo::exists(target)) {
                INFO("the previous backup at the target is gone");
                REQUIRE_FALSE(hadOld);
                return false;
            }
            const Status checked = Backup::check(target);
            INFO("Backup::check: " << (checked ? std::string() : str(checked.error().toString())));
            REQUIRE(checked.ok());
            const Inspection backup = inspect(target);
            REQUIRE(backup.integrity == S("ok"));
            const qint64 rows = backup.state.at(S("rows in customers"));
            if (hadOld && rows == oldCustomers)
                return false; // the previous backup, untouched
            INFO("backup differences:\n" << describe(backup.state, before.state, before.state));
            REQUIRE(backup.state == before.state);
            return true;
        },
        [&](const Cli &cli, const QString &dir, const QString &db, int i, bool) {
            cli.ok(args(db, i));
            const QString target = dir + S("/backup.guanxi");
            REQUIRE(Backup::check(target).ok());
            REQUIRE(inspect(target).state == before.state);
            CHECK_FALSE(QFileInfo::exists(target + S(".part")));
        });
    tally.print();
}
