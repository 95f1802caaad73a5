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

// What the command line asks for.
struct Settings {
    QString dir;
    qint64 customers = 0, orders = 0;
    int runs = 3;
    QString shell, python;
    bool reuse = false, skipPandas = false, onlyGuanxi = false;

    QString file(const QString &name) const { return dir + u'/' + name; }
    QString dbPath() const { return file(QStringLiteral("rfm.guanxi")); }
};

std::optional<Settings> parse(const QCoreApplication &app)
{
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

    Settings s;
    s.customers = parser.value(customersOption).toLongLong();
    s.orders = parser.value(ordersOption).toLongLong();
    s.runs = std::max(1, parser.value(runsOption).toInt());
    s.shell = parser.value(shellOption);
    s.python = parser.value(pythonOption);
    s.onlyGuanxi = parser.isSet(onlyGuanxiOption);
    s.skipPandas = parser.isSet(skipPandasOption);
    s.reuse = parser.isSet(reuseOption);
    if (s.customers <= 0 || s.orders < 0 || s.customers > 100000000 || s.orders > 2000000000) {
        std::fprintf(stderr, "guanxi-bench-rfm: --customers 1 to 100,000,000, --orders 0 to 2,000,000,000\n");
        return std::nullopt;
    }
    s.dir = QFileInfo(parser.value(dirOption)).absoluteFilePath();
    return s;
}

void printHeading(const Settings &s)
{
    std::printf("guanxi-bench-rfm, %s\n", qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("machine: %s; Qt %s, SQLite %s (shell %s)\n", qPrintable(machine()), qVersion(), sqlite3_libversion(),
                qPrintable(sqliteShellVersion(s.shell)));
    if (!s.onlyGuanxi && !s.skipPandas)
        std::printf("pandas: %s\n",
                    qPrintable(runProgram(s.python, {QStringLiteral("-c"), QStringLiteral("import sys, pandas, numpy; print('Python', "
                                                                                   "sys.version.split()[0], 'pandas', "
                                                                                   "pandas.__version__, 'numpy', "
                                                                                   "numpy.__version__)")})));
    std::printf("file: %s\n\n", qPrintable(s.dbPath()));
    std::fflush(stdout);
}

// 1. The file: generated, or with --reuse the one in --dir if its counts match.
bool prepareFile(const Settings &s)
{
    const QString dbPath = s.dbPath();
    bool reuse = false;
    if (s.reuse && QFileInfo::exists(dbPath)) {
        auto opened = Database::open(dbPath);
        reuse = opened && countOf(**opened, QStringLiteral("customers")) == s.customers
                && countOf(**opened, QStringLiteral("orders")) == s.orders;
        if (!reuse)
            std::printf("the file in --dir has other counts: generating it again\n");
    }
    if (!reuse) {
        removeDb(dbPath);
        std::printf("generating %s customers and %s orders:\n", qPrintable(grouped(s.customers)), qPrintable(grouped(s.orders)));
        std::fflush(stdout);
        if (!writeSalesFile(dbPath, s.customers, s.orders))
            return false;
    }
    std::printf("file size %s (%s customers, %s orders)\n\n", qPrintable(mb(QFileInfo(dbPath).size() / 1024)),
                qPrintable(grouped(s.customers)), qPrintable(grouped(s.orders)));
    std::fflush(stdout);
    return true;
}

// Guanxi's figures: RfmAnalysis::run, and its two parts on their own.
struct GuanxiFigures {
    std::vector<double> wall, cpu, fetch, compute;
    long baseKb = 0, peakKb = 0;
    qint64 inScope = 0, withoutPurchase = 0;
};

// 2. RfmAnalysis::run after a warm-up, R times; the last run's rows into csv.
bool timeRfmAnalysis(Session &session, const Settings &s, const QString &csv, GuanxiFigures &g)
{
    RfmOptions options;
    std::optional<RfmReport> kept;
    for (int i = 0; i <= s.runs; ++i) {   // run 0 is the warm-up
        MemoryWatch watch;
        if (i == 1)
            watch.start();
        Stopwatch t;
        auto report = RfmAnalysis::run(session, options);
        const double seconds = t.seconds(), cpuSeconds = t.cpu();
        if (i == 1) {
            watch.stop();
            g.baseKb = watch.baseKb();
            g.peakKb = watch.peakKb();
            std::printf("  peak resident memory during run 1: %s -> %s\n", qPrintable(mb(g.baseKb)), qPrintable(mb(g.peakKb)));
        }
        if (!report) {
            std::fprintf(stderr, "RfmAnalysis::run: %s\n", qPrintable(report.error().toString()));
            return false;
        }
        std::printf("  RfmAnalysis::run %s: %.2f s (cpu %.2f s), %s customers in scope\n",
                    i == 0 ? "warm-up" : qPrintable(QStringLiteral("run %1").arg(i)), seconds, cpuSeconds,
                    qPrintable(grouped(report->result.rows.size())));
        std::fflush(stdout);
        if (i > 0) {
            g.wall.push_back(seconds);
            g.cpu.push_back(cpuSeconds);
        }
        g.inScope = report->result.rows.size();
        g.withoutPurchase = report->withoutPurchase;
        if (i == s.runs)
            kept = std::move(*report);
    }
    return writeCsv(*kept, csv);
}

// The purchases query and Rfm::compute, each timed alone, R times.
void timeParts(Session &session, const Settings &s, GuanxiFigures &g)
{
    RfmOptions options;
    AnalyticsStore store(session);
    for (int i = 0; i < s.runs; ++i) {
        Stopwatch t;
        auto purchases = store.purchases(options.window);
        g.fetch.push_back(t.seconds());
        QDate latest;
        for (const PurchaseSummary &p : *purchases)
            latest = std::max(latest, p.lastPurchase);
        t.restart();
        const RfmResult r = Rfm::compute(*purchases, latest.addDays(1));
        g.compute.push_back(t.seconds());
        std::printf("  parts, run %d: purchases query %.2f s, Rfm::compute %.2f s\n", i + 1, g.fetch.back(),
                    g.compute.back());
        std::fflush(stdout);
    }
}

struct ShellFigures {
    double wall = 0, cpu = 0, toFile = 0;
    bool ok = false;
};

// 3. The sqlite3 shell: a statement after a warm-up, R timed runs to
// /dev/null, then once more into a file for the comparison.
ShellFigures timeShell(const Settings &s, const QString &sql, const QString &output)
{
    ShellFigures out;
    std::vector<double> w, c;
    const QString name = QFileInfo(sql).fileName();
    for (int i = 0; i <= s.runs; ++i) {
        const ShellRun r = shellRun(s.shell, s.dbPath(), sql, QStringLiteral("/dev/null"));
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
    const ShellRun toFile = shellRun(s.shell, s.dbPath(), sql, output);
    if (!toFile.ok)
        return out;
    std::printf("  sqlite3 %s into a CSV file: %.2f s\n", qPrintable(name), toFile.seconds);
    out = {median(w), median(c), toFile.seconds, true};
    return out;
}

// 5. Do they agree? Guanxi's rows against the aggregation's count and the
// other two's rows.
bool agreement(const Settings &s, qint64 inScope, bool withPandas)
{
    std::printf("\nagreement (customers in scope; per-customer R, F, M, scores, segment):\n");
    const QString ourCsv = s.file(QStringLiteral("rfm-guanxi.csv"));
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
    QFile f(s.file(QStringLiteral("purchases-sqlite3.csv")));
    qint64 lines = 0;
    if (f.open(QIODevice::ReadOnly))
        while (!f.atEnd())
            lines += f.readLine().isEmpty() ? 0 : 1;
    const bool same = lines == inScope;
    agree = agree && same;
    std::printf("  Guanxi %s vs sqlite3 rfm-purchases.sql: %s customers vs %s\n", same ? "==" : "!=",
                qPrintable(grouped(inScope)), qPrintable(grouped(lines)));
    check("sqlite3", s.file(QStringLiteral("rfm-sqlite3.csv")));
    if (withPandas)
        check("pandas", s.file(QStringLiteral("rfm-pandas.csv")));
    return agree;
}

// 6. The table.
void printTable(const Settings &s, const GuanxiFigures &g, const ShellFigures &aggregation,
                const ShellFigures &statement, const PandasRun &pandas, bool agree)
{
    const double ours = median(g.wall);
    std::printf("\nRFM over %s customers and %s orders: %s in scope, %s live customers without a purchase\n",
                qPrintable(grouped(s.customers)), qPrintable(grouped(s.orders)), qPrintable(grouped(g.inScope)),
                qPrintable(grouped(g.withoutPurchase)));
    std::printf("median of %d warm runs each (pandas: one run)\n\n", s.runs);
    auto row = [](const QString &what, const QString &value, const QString &note = {}) {
        std::printf("| %-52s | %-22s | %s |\n", qPrintable(what), qPrintable(value), qPrintable(note));
    };
    auto wallAndCpu = [](double wall, double cpu) {
        return QStringLiteral("%1 (cpu %2)").arg(secondsText(wall), secondsText(cpu));
    };
    auto ratio = [](double r) { return QStringLiteral("%1x").arg(r, 0, 'f', 2); };
    row(QStringLiteral("measurement"), QStringLiteral("figure"), QStringLiteral("note"));
    row(QStringLiteral("Guanxi RfmAnalysis::run"), wallAndCpu(ours, median(g.cpu)),
        QStringLiteral("peak memory %1 → %2").arg(mb(g.baseKb), mb(g.peakKb)));
    row(QStringLiteral("  of which AnalyticsStore::purchases (run alone)"), secondsText(median(g.fetch)));
    row(QStringLiteral("  of which Rfm::compute (run alone)"), secondsText(median(g.compute)));
    row(QStringLiteral("sqlite3 shell, the aggregation alone (rfm-purchases.sql)"), wallAndCpu(aggregation.wall, aggregation.cpu),
        QStringLiteral("output to /dev/null; into a CSV file %1").arg(secondsText(aggregation.toFile)));
    row(QStringLiteral("  ratio Guanxi / sqlite3 aggregation"), ratio(ours / aggregation.wall), QStringLiteral("target ≤ 1.5x"));
    row(QStringLiteral("sqlite3 shell, RFM with scores and segments (rfm.sql)"), wallAndCpu(statement.wall, statement.cpu),
        QStringLiteral("output to /dev/null; into a CSV file %1").arg(secondsText(statement.toFile)));
    row(QStringLiteral("  ratio Guanxi / sqlite3 RFM statement"), ratio(ours / statement.wall), QStringLiteral("target ≤ 1.5x"));
    if (pandas.ok) {
        row(QStringLiteral("pandas, load + compute"), secondsText(pandas.load + pandas.compute),
            QStringLiteral("load %1, compute %2; peak memory %3")
                .arg(secondsText(pandas.load), secondsText(pandas.compute), mb(pandas.maxRssKb)));
        row(QStringLiteral("  the whole process"), secondsText(pandas.seconds),
            QStringLiteral("with Python start-up and writing the CSV (%1)").arg(secondsText(pandas.write)));
        row(QStringLiteral("  ratio Guanxi / pandas (load + compute)"), ratio(ours / (pandas.load + pandas.compute)),
            QStringLiteral("target < 1x"));
    }
    row(QStringLiteral("results agree"), agree ? QStringLiteral("yes") : QStringLiteral("NO"),
        QStringLiteral("%1 customers, per-customer rows compared").arg(grouped(g.inScope)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    const std::optional<Settings> settings = parse(app);
    if (!settings)
        return 1;
    const Settings &s = *settings;
    QDir().mkpath(s.dir);
    printHeading(s);
    if (!prepareFile(s))
        return 2;

    // 2. Guanxi.
    SystemClock clock;
    auto opened = Database::open(s.dbPath());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    Session session(**opened, clock);
    GuanxiFigures guanxi;
    if (!timeRfmAnalysis(session, s, s.file(QStringLiteral("rfm-guanxi.csv")), guanxi))
        return 2;
    timeParts(session, s, guanxi);
    if (s.onlyGuanxi)
        return 0;

    const ShellFigures aggregation = timeShell(s, QStringLiteral(GUANXI_BENCH_DIR "/rfm-purchases.sql"),
                                               s.file(QStringLiteral("purchases-sqlite3.csv")));
    const ShellFigures statement = timeShell(s, QStringLiteral(GUANXI_BENCH_DIR "/rfm.sql"),
                                             s.file(QStringLiteral("rfm-sqlite3.csv")));
    if (!aggregation.ok || !statement.ok)
        return 2;

    // 4. pandas: one run (it takes long; the page cache is warm from the others).
    PandasRun pandas;
    if (!s.skipPandas) {
        pandas = pandasRun(s.python, QStringLiteral(GUANXI_BENCH_DIR "/rfm_pandas.py"), s.dbPath(),
                           s.file(QStringLiteral("rfm-pandas.csv")));
        if (!pandas.ok)
            return 2;
        std::printf("  pandas: %.2f s in all (cpu %.2f s): load %.2f s, compute %.2f s, write CSV %.2f s\n",
                    pandas.seconds, pandas.cpu, pandas.load, pandas.compute, pandas.write);
    }
    const bool agree = agreement(s, guanxi.inScope, pandas.ok);
    printTable(s, guanxi, aggregation, statement, pandas, agree);
    return agree ? 0 : 3;
}
