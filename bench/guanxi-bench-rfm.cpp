// guanxi-bench-rfm: RFM over a large file, next to the same computation as
// one SQL statement in the sqlite3 shell and as a pandas script.
//   guanxi-bench-rfm [--dir DIR] [--customers N] [--orders M] [--reuse]
//                    [--runs R] [--sqlite3 PATH] [--python PATH] [--skip-pandas]
//                    [--only-guanxi]
// Generates (or with --reuse keeps) DIR/rfm.guanxi: N customers (default
// 1,000,000, 1 % of them in the trash) and M orders (default 10,000,000) over
// four years, skewed (12 % of the customers never order, the others by a
// log-normal weight: a few with thousands of orders, many with one or two),
// mixed statuses (drafts and cancelled ones too), 2 % of the customers
// buying in USD. Then, on the same file, warm page cache, each contender
// after one untimed warm-up run of its own:
//  a. RfmAnalysis::run, R times (default 3): wall and CPU time, and the
//     purchases query and Rfm::compute timed on their own; peak memory;
//  b. the sqlite3 shell, with the app connection's cache_size and temp_store,
//     output to /dev/null, R times each: bench/rfm-purchases.sql (the
//     store's aggregation word for word) and bench/rfm.sql (one statement
//     computing the same scores and segments);
//  c. bench/rfm_pandas.py under Debian's python3 (load and compute);
// and checks that all three agree: the same customers in scope, and the
// same per-customer R, F, M, scores and segment (the three CSV files in DIR
// are compared line by line). Generation (salesfile.h) is never inside a
// timed figure.
#include "appinfo.h"
#include "benchmeasure.h"
#include "salesfile.h"
#include "platform/db/database.h"
#include "analytics/rfmanalysis.h"
#include "platform/session.h"
#include "analytics/analyticsstore.h"
#include "platform/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

using namespace guanxi;
using namespace guanxi::bench;

#ifndef GUANXI_BENCH_DIR
#define GUANXI_BENCH_DIR "bench"
#endif

namespace {

qint64 countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

// ---------------------------------------------------------------- the contenders

bool writeCsv(const RfmReport &report, const QString &path)
{
    // By customer id, like the other two (the store returns them in id order).
    std::vector<const RfmRow *> rows;
    rows.reserve(size_t(report.result.rows.size()));
    for (const RfmRow &row : report.result.rows)
        rows.push_back(&row);
    std::sort(rows.begin(), rows.end(), [](const RfmRow *a, const RfmRow *b) { return a->customerId < b->customerId; });
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "w");
    if (!f)
        return false;
    for (const RfmRow *row : rows)
        std::fprintf(f, "%lld,%lld,%lld,%lld,%d,%d,%d,%s\n", static_cast<long long>(row->customerId),
                     static_cast<long long>(row->recencyDays), static_cast<long long>(row->frequency),
                     static_cast<long long>(row->monetary), row->r, row->f, row->m,
                     qPrintable(Rfm::segmentCode(row->segment)));
    return std::fclose(f) == 0;
}

struct ShellRun {
    bool ok = false;
    double seconds = 0, cpu = 0;
};

ShellRun shellRun(const QString &shell, const QString &db, const QString &sqlFile, const QString &output)
{
    ShellRun out;
    QProcess p;
    p.setStandardOutputFile(output);
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    // The page cache and temporary storage the app's connection gets from
    // Database::configure, so that the shell is not slowed down by its own
    // 2 MB default cache.
    p.start(shell, {QStringLiteral("-readonly"), QStringLiteral("-bail"), QStringLiteral("-csv"), db,
                    QStringLiteral("PRAGMA cache_size = -32000"), QStringLiteral("PRAGMA temp_store = MEMORY"),
                    QStringLiteral(".read '%1'").arg(sqlFile)});
    if (!p.waitForStarted()) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(shell));
        return out;
    }
    p.waitForFinished(-1);
    out.seconds = double(t.nsecsElapsed()) / 1e9;
    out.cpu = childCpuSeconds() - cpu0;
    out.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!out.ok)
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
    return out;
}

struct PandasRun {
    bool ok = false;
    double seconds = 0, cpu = 0, load = 0, compute = 0, write = 0;
    qint64 customers = -1, orders = -1;
    long maxRssKb = -1;
};

PandasRun pandasRun(const QString &python, const QString &script, const QString &db, const QString &output)
{
    PandasRun out;
    QProcess p;
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    p.start(python, {script, db, output});
    p.waitForFinished(-1);
    out.seconds = double(t.nsecsElapsed()) / 1e9;
    out.cpu = childCpuSeconds() - cpu0;
    const QStringList words = QString::fromUtf8(p.readAllStandardOutput()).simplified().split(u' ');
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || words.size() < 12) {
        std::fprintf(stderr, "pandas failed: %s\n", p.readAllStandardError().constData());
        return out;
    }
    out.load = words.value(1).toDouble();
    out.compute = words.value(3).toDouble();
    out.write = words.value(5).toDouble();
    out.customers = words.value(7).toLongLong();
    out.orders = words.value(9).toLongLong();
    out.maxRssKb = words.value(11).toLong();
    out.ok = true;
    return out;
}

// Line-by-line comparison: the number of lines and of differing lines, and
// the first difference.
struct Comparison {
    qint64 lines = 0, otherLines = 0, different = 0;
    QString first;
};

Comparison compareFiles(const QString &a, const QString &b)
{
    Comparison out;
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly)) {
        out.different = -1;
        return out;
    }
    while (true) {
        const bool endA = fa.atEnd(), endB = fb.atEnd();
        if (endA && endB)
            break;
        const QByteArray la = endA ? QByteArray() : fa.readLine().trimmed();
        const QByteArray lb = endB ? QByteArray() : fb.readLine().trimmed();
        out.lines += endA ? 0 : 1;
        out.otherLines += endB ? 0 : 1;
        if (la != lb) {
            if (out.different++ == 0)
                out.first = QStringLiteral("%1 | %2").arg(QString::fromLatin1(la), QString::fromLatin1(lb));
        }
    }
    return out;
}

QString secondsText(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', s < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the files go (default /tmp/guanxi-bench-rfm)."),
                                       QStringLiteral("dir"), QStringLiteral("/tmp/guanxi-bench-rfm"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers (default 1000000)."),
                                             QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders (default 10000000)."),
                                          QStringLiteral("M"), QStringLiteral("10000000"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Reuse the file an earlier run left in --dir if its counts match."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of Guanxi and sqlite3 (default 3)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption shellOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default sqlite3)."),
                                         QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
                                          QStringLiteral("Python with pandas (default /usr/bin/python3, Debian's)."),
                                          QStringLiteral("path"), QStringLiteral("/usr/bin/python3"));
    const QCommandLineOption skipPandasOption(QStringLiteral("skip-pandas"), QStringLiteral("Leave pandas out."));
    const QCommandLineOption onlyGuanxiOption(QStringLiteral("only-guanxi"),
                                              QStringLiteral("Only time RfmAnalysis::run (for a profiler)."));
    parser.addOptions({dirOption, customersOption, ordersOption, reuseOption, runsOption, shellOption, pythonOption,
                       skipPandasOption, onlyGuanxiOption});
    parser.process(app);

    const qint64 customers = parser.value(customersOption).toLongLong();
    const qint64 orders = parser.value(ordersOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString shell = parser.value(shellOption);
    const QString python = parser.value(pythonOption);
    const bool onlyGuanxi = parser.isSet(onlyGuanxiOption);
    if (customers <= 0 || orders < 0 || customers > 100000000 || orders > 2000000000) {
        std::fprintf(stderr, "guanxi-bench-rfm: --customers 1 to 100,000,000, --orders 0 to 2,000,000,000\n");
        return 1;
    }
    const QString dir = QFileInfo(parser.value(dirOption)).absoluteFilePath();
    QDir().mkpath(dir);
    auto file = [&](const QString &name) { return dir + u'/' + name; };
    const QString dbPath = file(QStringLiteral("rfm.guanxi"));
    const QString sqlFile = QStringLiteral(GUANXI_BENCH_DIR "/rfm.sql");
    const QString script = QStringLiteral(GUANXI_BENCH_DIR "/rfm_pandas.py");

    std::printf("guanxi-bench-rfm, %s\n", qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("machine: %s; Qt %s, SQLite %s (shell %s)\n", qPrintable(machine()), qVersion(), sqlite3_libversion(),
                qPrintable(sqliteShellVersion(shell)));
    if (!onlyGuanxi && !parser.isSet(skipPandasOption))
        std::printf("pandas: %s\n",
                    qPrintable(runProgram(python, {QStringLiteral("-c"), QStringLiteral("import sys, pandas, numpy; print('Python', "
                                                                                 "sys.version.split()[0], 'pandas', "
                                                                                 "pandas.__version__, 'numpy', "
                                                                                 "numpy.__version__)")})));
    std::printf("file: %s\n\n", qPrintable(dbPath));
    std::fflush(stdout);

    // 1. The file.
    bool reuse = false;
    if (parser.isSet(reuseOption) && QFileInfo::exists(dbPath)) {
        auto opened = Database::open(dbPath);
        reuse = opened && countOf(**opened, QStringLiteral("customers")) == customers
                && countOf(**opened, QStringLiteral("orders")) == orders;
        if (!reuse)
            std::printf("the file in --dir has other counts: generating it again\n");
    }
    if (!reuse) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(dbPath + QString::fromLatin1(suffix));
        std::printf("generating %s customers and %s orders:\n", qPrintable(grouped(customers)), qPrintable(grouped(orders)));
        std::fflush(stdout);
        if (!writeSalesFile(dbPath, customers, orders))
            return 2;
    }
    std::printf("file size %s (%s customers, %s orders)\n\n", qPrintable(mb(QFileInfo(dbPath).size() / 1024)),
                qPrintable(grouped(customers)), qPrintable(grouped(orders)));
    std::fflush(stdout);

    // 2. Guanxi.
    SystemClock clock;
    auto opened = Database::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    Session session(**opened, clock);
    RfmOptions options;
    std::vector<double> wall, cpu, fetch, compute;
    long baseKb = 0, peakKb = 0;
    qint64 inScope = 0, withoutPurchase = 0;
    std::optional<RfmReport> kept;
    for (int i = 0; i <= runs; ++i) {   // run 0 is the warm-up
        MemoryWatch watch;
        if (i == 1)
            watch.start();
        Stopwatch t;
        auto report = RfmAnalysis::run(session, options);
        const double seconds = t.seconds(), cpuSeconds = t.cpu();
        if (i == 1) {
            watch.stop();
            baseKb = watch.baseKb();
            peakKb = watch.peakKb();
            std::printf("  peak resident memory during run 1: %s -> %s\n", qPrintable(mb(baseKb)), qPrintable(mb(peakKb)));
        }
        if (!report) {
            std::fprintf(stderr, "RfmAnalysis::run: %s\n", qPrintable(report.error().toString()));
            return 2;
        }
        std::printf("  RfmAnalysis::run %s: %.2f s (cpu %.2f s), %s customers in scope\n",
                    i == 0 ? "warm-up" : qPrintable(QStringLiteral("run %1").arg(i)), seconds, cpuSeconds,
                    qPrintable(grouped(report->result.rows.size())));
        std::fflush(stdout);
        if (i > 0) {
            wall.push_back(seconds);
            cpu.push_back(cpuSeconds);
        }
        inScope = report->result.rows.size();
        withoutPurchase = report->withoutPurchase;
        if (i == runs)
            kept = std::move(*report);
    }
    // Its two parts on their own.
    AnalyticsStore store(session);
    for (int i = 0; i < runs; ++i) {
        Stopwatch t;
        auto purchases = store.purchases(options.window);
        fetch.push_back(t.seconds());
        QDate latest;
        for (const PurchaseSummary &p : *purchases)
            latest = std::max(latest, p.lastPurchase);
        t.restart();
        const RfmResult r = Rfm::compute(*purchases, latest.addDays(1));
        compute.push_back(t.seconds());
        std::printf("  parts, run %d: purchases query %.2f s, Rfm::compute %.2f s\n", i + 1, fetch.back(),
                    compute.back());
        std::fflush(stdout);
    }
    const QString ourCsv = file(QStringLiteral("rfm-guanxi.csv"));
    if (!writeCsv(*kept, ourCsv))
        return 2;
    kept.reset();
    if (onlyGuanxi)
        return 0;

    // 3. The sqlite3 shell: each statement after a warm-up, R timed runs to
    // /dev/null, then once more into a file for the comparison.
    struct ShellFigures {
        double wall = 0, cpu = 0, toFile = 0;
        bool ok = false;
    };
    auto shellFigures = [&](const QString &sql, const QString &output) {
        ShellFigures out;
        std::vector<double> w, c;
        const QString name = QFileInfo(sql).fileName();
        for (int i = 0; i <= runs; ++i) {
            const ShellRun r = shellRun(shell, dbPath, sql, QStringLiteral("/dev/null"));
            if (!r.ok)
                return out;
            std::printf("  sqlite3 %s %s: %.2f s (cpu %.2f s)\n", qPrintable(name),
                        i == 0 ? "warm-up" : qPrintable(QStringLiteral("run %1").arg(i)), r.seconds, r.cpu);
            std::fflush(stdout);
            if (i > 0) {
                w.push_back(r.seconds);
                c.push_back(r.cpu);
            }
        }
        const ShellRun toFile = shellRun(shell, dbPath, sql, output);
        if (!toFile.ok)
            return out;
        std::printf("  sqlite3 %s into a CSV file: %.2f s\n", qPrintable(name), toFile.seconds);
        out = {median(w), median(c), toFile.seconds, true};
        return out;
    };
    const QString purchasesCsv = file(QStringLiteral("purchases-sqlite3.csv"));
    const ShellFigures aggregation = shellFigures(QStringLiteral(GUANXI_BENCH_DIR "/rfm-purchases.sql"), purchasesCsv);
    const QString shellCsv = file(QStringLiteral("rfm-sqlite3.csv"));
    const ShellFigures statement = shellFigures(sqlFile, shellCsv);
    if (!aggregation.ok || !statement.ok)
        return 2;

    // 4. pandas: one run (it takes long; the page cache is warm from the others).
    PandasRun pandas;
    const QString pandasCsv = file(QStringLiteral("rfm-pandas.csv"));
    if (!parser.isSet(skipPandasOption)) {
        pandas = pandasRun(python, script, dbPath, pandasCsv);
        if (!pandas.ok)
            return 2;
        std::printf("  pandas: %.2f s in all (cpu %.2f s): load %.2f s, compute %.2f s, write CSV %.2f s\n",
                    pandas.seconds, pandas.cpu, pandas.load, pandas.compute, pandas.write);
    }

    // 5. Do they agree?
    std::printf("\nagreement (customers in scope; per-customer R, F, M, scores, segment):\n");
    bool agree = true;
    auto check = [&](const char *who, const QString &path) {
        const Comparison c = compareFiles(ourCsv, path);
        const bool same = c.different == 0 && c.lines == c.otherLines;
        agree = agree && same;
        std::printf("  Guanxi %s vs %s %s: %s customers vs %s, %s differing lines%s%s\n", same ? "==" : "!=", who,
                    qPrintable(QFileInfo(path).fileName()), qPrintable(grouped(c.lines)),
                    qPrintable(grouped(c.otherLines)), qPrintable(grouped(c.different)),
                    c.first.isEmpty() ? "" : ", first: ", qPrintable(c.first));
    };
    {
        QFile f(purchasesCsv);
        qint64 lines = 0;
        if (f.open(QIODevice::ReadOnly))
            while (!f.atEnd())
                lines += f.readLine().isEmpty() ? 0 : 1;
        const bool same = lines == inScope;
        agree = agree && same;
        std::printf("  Guanxi %s vs sqlite3 rfm-purchases.sql: %s customers vs %s\n", same ? "==" : "!=",
                    qPrintable(grouped(inScope)), qPrintable(grouped(lines)));
    }
    check("sqlite3", shellCsv);
    if (pandas.ok)
        check("pandas", pandasCsv);

    // 6. The table.
    const double ours = median(wall);
    std::printf("\nRFM over %s customers and %s orders: %s in scope, %s live customers without a purchase\n",
                qPrintable(grouped(customers)), qPrintable(grouped(orders)), qPrintable(grouped(inScope)),
                qPrintable(grouped(withoutPurchase)));
    std::printf("median of %d warm runs each (pandas: one run)\n\n", runs);
    auto row = [](const QString &what, const QString &value, const QString &note = {}) {
        std::printf("| %-52s | %-22s | %s |\n", qPrintable(what), qPrintable(value), qPrintable(note));
    };
    row(QStringLiteral("measurement"), QStringLiteral("figure"), QStringLiteral("note"));
    row(QStringLiteral("Guanxi RfmAnalysis::run"),
        QStringLiteral("%1 (cpu %2)").arg(secondsText(ours), secondsText(median(cpu))),
        QStringLiteral("peak memory %1 → %2").arg(mb(baseKb), mb(peakKb)));
    row(QStringLiteral("  of which AnalyticsStore::purchases (run alone)"), secondsText(median(fetch)));
    row(QStringLiteral("  of which Rfm::compute (run alone)"), secondsText(median(compute)));
    row(QStringLiteral("sqlite3 shell, the aggregation alone (rfm-purchases.sql)"),
        QStringLiteral("%1 (cpu %2)").arg(secondsText(aggregation.wall), secondsText(aggregation.cpu)),
        QStringLiteral("output to /dev/null; into a CSV file %1").arg(secondsText(aggregation.toFile)));
    row(QStringLiteral("  ratio Guanxi / sqlite3 aggregation"), QStringLiteral("%1x").arg(ours / aggregation.wall, 0, 'f', 2),
        QStringLiteral("target ≤ 1.5x"));
    row(QStringLiteral("sqlite3 shell, RFM with scores and segments (rfm.sql)"),
        QStringLiteral("%1 (cpu %2)").arg(secondsText(statement.wall), secondsText(statement.cpu)),
        QStringLiteral("output to /dev/null; into a CSV file %1").arg(secondsText(statement.toFile)));
    row(QStringLiteral("  ratio Guanxi / sqlite3 RFM statement"), QStringLiteral("%1x").arg(ours / statement.wall, 0, 'f', 2),
        QStringLiteral("target ≤ 1.5x"));
    if (pandas.ok) {
        row(QStringLiteral("pandas, load + compute"), secondsText(pandas.load + pandas.compute),
            QStringLiteral("load %1, compute %2; peak memory %3")
                .arg(secondsText(pandas.load), secondsText(pandas.compute), mb(pandas.maxRssKb)));
        row(QStringLiteral("  the whole process"), secondsText(pandas.seconds),
            QStringLiteral("with Python start-up and writing the CSV (%1)").arg(secondsText(pandas.write)));
        row(QStringLiteral("  ratio Guanxi / pandas (load + compute)"),
            QStringLiteral("%1x").arg(ours / (pandas.load + pandas.compute), 0, 'f', 2), QStringLiteral("target < 1x"));
    }
    row(QStringLiteral("results agree"), agree ? QStringLiteral("yes") : QStringLiteral("NO"),
        QStringLiteral("%1 customers, per-customer rows compared").arg(grouped(inScope)));
    return agree ? 0 : 3;
}
