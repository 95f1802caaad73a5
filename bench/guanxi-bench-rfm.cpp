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
// are compared line by line). Generation is never inside a timed figure.
#include "appinfo.h"
#include "benchmeasure.h"
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
#include <QSqlDriver>
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
#include <random>
#include <thread>
#include <vector>

using namespace guanxi;
using namespace guanxi::bench;

#ifndef GUANXI_BENCH_DIR
#define GUANXI_BENCH_DIR "bench"
#endif

namespace {

// ---------------------------------------------------------------- memory


QString grouped(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, u',');
    return s;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}


QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

// ---------------------------------------------------------------- generation

sqlite3 *rawHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

struct Statement {
    sqlite3_stmt *s = nullptr;
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(s); }
    bool step()
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(sqlite3_db_handle(s)));
        return rc == SQLITE_DONE;
    }
    void text(int i, const char *t, int n = -1) { sqlite3_bind_text(s, i, t, n, SQLITE_TRANSIENT); }
    void integer(int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    void null(int i) { sqlite3_bind_null(s, i); }
};

struct OrderDraft {
    qint32 day;        // days after the first day
    qint32 customer;   // index, 0-based
};

const QDate firstDay(2022, 1, 1);
constexpr int days = 4 * 365 + 1;

// The data: deterministic for given N and M.
bool generate(const QString &path, qint64 customers, qint64 orders)
{
    Stopwatch total;
    auto opened = Database::open(path);   // creates the file with the real migrations
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return false;
    }
    Database &database = **opened;
    sqlite3 *db = rawHandle(database);
    if (!db)
        return false;
    exec(db, "PRAGMA synchronous = OFF");
    exec(db, "PRAGMA foreign_keys = OFF");   // every reference is valid by construction
    exec(db, "PRAGMA cache_size = -1000000");

    // Inserting into bare tables and building the indexes afterwards is much
    // faster; the indexes come back from their own CREATE statements.
    std::vector<std::string> names, indexes;
    {
        Statement q(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                        "AND tbl_name IN ('customers', 'orders')");
        while (sqlite3_step(q.s) == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q.s, 0)));
            indexes.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q.s, 1)));
        }
    }
    for (const std::string &name : names)
        if (!exec(db, ("DROP INDEX " + name).c_str()))
            return false;

    std::mt19937_64 rng(20261122);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> normal(0, 1);
    static const char *surnames[][2] = {{"王", "wang"}, {"李", "li"},   {"张", "zhang"}, {"刘", "liu"},
                                        {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"},
                                        {"吴", "wu"},   {"周", "zhou"}, {"徐", "xu"},    {"孙", "sun"}};
    static const char *givens[][2] = {{"伟", "wei"},   {"芳", "fang"}, {"娜", "na"},     {"敏", "min"},
                                      {"静", "jing"},  {"强", "qiang"}, {"磊", "lei"},   {"洋", "yang"},
                                      {"艳", "yan"},   {"勇", "yong"}, {"军", "jun"},    {"杰", "jie"},
                                      {"娟", "juan"},  {"涛", "tao"},  {"明", "ming"},   {"超", "chao"}};
    static const char *stages[] = {"lead", "prospect", "customer", "loyal", "churned"};

    // Customers: who buys (weight), from when to when, in which currency.
    std::vector<double> weight(size_t(customers), 0.0);
    const size_t nc = static_cast<size_t>(customers);
    std::vector<qint32> from(nc), to(nc);
    std::vector<bool> usd(nc);
    Stopwatch step;
    exec(db, "BEGIN");
    {
        Statement ins(db, "INSERT INTO customers (id, kind, name, name_sort, stage, created_at, updated_at, "
                          "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (qint64 i = 0; i < customers; ++i) {
            const bool company = unit(rng) < 0.08;
            const auto &s = surnames[rng() % 12];
            const auto &g1 = givens[rng() % 16];
            const auto &g2 = givens[rng() % 16];
            QByteArray name, sort;
            if (company) {
                name = QByteArray(s[0]) + g1[0] + "贸易有限公司" + QByteArray::number(i);
                sort = QByteArray(s[1]) + g1[1] + " maoyi youxian gongsi " + QByteArray::number(i);
            } else {
                name = QByteArray(s[0]) + g1[0] + (rng() % 2 ? g2[0] : "");
                sort = QByteArray(s[1]) + g1[1] + g2[1];
            }
            from[size_t(i)] = qint32(rng() % (days - 30));
            to[size_t(i)] = unit(rng) < 0.35 ? from[size_t(i)] + qint32(rng() % quint64(days - from[size_t(i)]))
                                             : days - 1;
            if (unit(rng) >= 0.12)
                weight[size_t(i)] = std::exp(1.5 * normal(rng));
            usd[size_t(i)] = unit(rng) < 0.02;
            const QByteArray created =
                firstDay.addDays(from[size_t(i)]).toString(Qt::ISODate).toLatin1() + "T01:02:03Z";
            ins.integer(1, i + 1);
            ins.text(2, company ? "company" : "person");
            ins.text(3, name.constData(), int(name.size()));
            ins.text(4, sort.constData(), int(sort.size()));
            ins.text(5, stages[rng() % 5]);
            ins.text(6, created.constData());
            ins.text(7, created.constData());
            if (unit(rng) < 0.01)
                ins.text(8, "2025-12-01T00:00:00Z");
            else
                ins.null(8);
            if (!ins.step())
                return false;
        }
    }
    exec(db, "COMMIT");
    std::printf("  customers: %s in %.1f s\n", qPrintable(grouped(customers)), step.seconds());
    std::fflush(stdout);

    // Orders per customer: at least one for every buyer, the rest by weight.
    step.restart();
    std::vector<qint64> count(size_t(customers), 0);
    qint64 buyers = 0;
    double sum = 0;
    for (qint64 i = 0; i < customers; ++i)
        if (weight[size_t(i)] > 0) {
            ++buyers;
            sum += weight[size_t(i)];
        }
    qint64 assigned = 0;
    const qint64 spare = std::max<qint64>(0, orders - buyers);
    for (qint64 i = 0; i < customers && assigned < orders; ++i)
        if (weight[size_t(i)] > 0) {
            count[size_t(i)] = 1 + qint64(double(spare) * weight[size_t(i)] / sum);
            assigned += count[size_t(i)];
        }
    while (assigned < orders) {   // the rounding remainder, one each to random buyers
        const qint64 i = qint64(rng() % quint64(customers));
        if (weight[size_t(i)] > 0) {
            ++count[size_t(i)];
            ++assigned;
        }
    }
    std::vector<OrderDraft> drafts;
    drafts.reserve(size_t(orders));
    for (qint64 i = 0; i < customers; ++i)
        for (qint64 k = 0; k < count[size_t(i)] && qint64(drafts.size()) < orders; ++k)
            drafts.push_back({from[size_t(i)] + qint32(rng() % quint64(to[size_t(i)] - from[size_t(i)] + 1)), qint32(i)});
    // Orders are entered as they happen: ids in date order.
    std::stable_sort(drafts.begin(), drafts.end(), [](const OrderDraft &a, const OrderDraft &b) { return a.day < b.day; });

    std::vector<QByteArray> dates(days);
    for (int d = 0; d < days; ++d)
        dates[size_t(d)] = firstDay.addDays(d).toString(Qt::ISODate).toLatin1();
    exec(db, "BEGIN");
    {
        Statement ins(db, "INSERT INTO orders (id, number, customer_id, order_date, status, currency, total_minor, "
                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        char number[32];
        for (size_t i = 0; i < drafts.size(); ++i) {
            const OrderDraft &o = drafts[i];
            const double u = unit(rng);
            // Older orders have moved further along; recent ones are still drafts or signed.
            const char *status = u < 0.08   ? "draft"
                                 : u < 0.20 ? "cancelled"
                                 : u < 0.32 ? "signed"
                                 : u < 0.45 ? "delivered"
                                            : "paid";
            const bool foreign = usd[size_t(o.customer)] && unit(rng) < 0.8;
            const qint64 total = std::min<qint64>(qint64(std::exp(11.5 + 1.2 * normal(rng))), 2000000000) / 100 * 100;
            std::snprintf(number, sizeof number, "SO%09zu", i + 1);
            const QByteArray &date = dates[size_t(o.day)];
            const QByteArray stamp = date + "T09:30:00Z";
            ins.integer(1, qint64(i) + 1);
            ins.text(2, number);
            ins.integer(3, qint64(o.customer) + 1);
            ins.text(4, date.constData(), int(date.size()));
            ins.text(5, status);
            ins.text(6, foreign ? "USD" : "CNY");
            ins.integer(7, total);
            ins.text(8, stamp.constData(), int(stamp.size()));
            ins.text(9, stamp.constData(), int(stamp.size()));
            if (!ins.step())
                return false;
            if ((i + 1) % 2000000 == 0) {
                exec(db, "COMMIT");
                exec(db, "BEGIN");
            }
        }
    }
    exec(db, "COMMIT");
    std::printf("  orders: %s in %.1f s\n", qPrintable(grouped(orders)), step.seconds());
    std::fflush(stdout);
    step.restart();
    for (const std::string &sql : indexes)
        if (!exec(db, sql.c_str()))
            return false;
    std::printf("  %zu indexes rebuilt in %.1f s\n", indexes.size(), step.seconds());
    step.restart();
    // Statistics, as a file in use has them (the app runs PRAGMA optimize on close).
    exec(db, "ANALYZE");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("  ANALYZE and checkpoint in %.1f s; generated in %.1f s\n", step.seconds(), total.seconds());
    return true;
}

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
                qPrintable(run(shell, {QStringLiteral("-version")}).section(u' ', 0, 0)));
    if (!onlyGuanxi && !parser.isSet(skipPandasOption))
        std::printf("pandas: %s\n",
                    qPrintable(run(python, {QStringLiteral("-c"), QStringLiteral("import sys, pandas, numpy; print('Python', "
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
        if (!generate(dbPath, customers, orders))
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
