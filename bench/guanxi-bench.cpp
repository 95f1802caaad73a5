// guanxi-bench: the speed goals of the customer list on a large file.
//   guanxi-bench [--customers N] [--database FILE] [--as-sales N]
// Seeds N customers (default 1,000,000) unless the file already has them,
// then prints: open + first page, search-as-you-type latency (p50/p95 over
// 30 queries, and 20 of pinyin read as people say it), the search index's
// size, sorting, and a jump to the middle row.
#include "appinfo.h"
#include "benchaccess.h"
#include "platform/db/database.h"
#include "customers/customertablemodel.h"
#include "team/sampledata.h"
#include "platform/session.h"
#include "customers/customerstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace guanxi;

namespace {
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

// What the user waits for: the count and the first screenful of rows.
double firstScreen(CustomerTableModel &model, const CustomerListQuery &query)
{
    QElapsedTimer t;
    t.start();
    model.setQuery(query);
    for (int r = 0; r < qMin(40, model.rowCount()); ++r)
        (void)model.data(model.index(r, 0));
    return ms(t);
}
// Seeds the file up to `wanted` live customers (sample data, no orders).
bool seedUpTo(const QString &path, qint64 wanted, Clock &clock)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return false;
    }
    Session session(**db, clock);
    const qint64 have = CustomerStore(session).countLive().value_or(0);
    if (have >= wanted)
        return true;
    std::printf("seeding %lld customers into %s ...\n", wanted - have, qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    SampleData::Options o;
    o.customers = wanted - have;
    o.orders = 0;
    o.seed = quint64(have + 1);
    auto r = SampleData::generate(session, o);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return false;
    }
    std::printf("seeded in %.1f s (%.0f customers/s)\n", ms(t) / 1000, double(o.customers) / (ms(t) / 1000));
    return true;
}

// Search as you type: each query's count and first screen, then p50/p95/max.
QList<double> timeQueries(CustomerTableModel &model, const QStringList &queries)
{
    QList<double> latencies;
    for (const QString &q : queries) {
        CustomerListQuery query;
        query.search = q;
        const double l = firstScreen(model, query);
        latencies << l;
        std::printf("  %-12s %7.1f ms  %7d hits%s\n", qPrintable(q), l, model.rowCount(),
                    model.searchCapped() ? " (capped)" : "");
    }
    return latencies;
}

void printLatency(const char *label, QList<double> latencies)
{
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) { return latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size()))); };
    std::printf("search latency, %s, %lld queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", label,
                static_cast<long long>(latencies.size()), pct(0.50), pct(0.95), latencies.last());
}

void timeSearch(CustomerTableModel &model)
{
    const QStringList queries = {
        QStringLiteral("张"), QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("陈静"),
        QStringLiteral("欧阳"), QStringLiteral("北京"), QStringLiteral("深圳华"), QStringLiteral("有限公司"), QStringLiteral("价格"),
        QStringLiteral("z"), QStringLiteral("zh"), QStringLiteral("zhang"), QStringLiteral("zhangwei"), QStringLiteral("wangfang"),
        QStringLiteral("zw"), QStringLiteral("wf"), QStringLiteral("lj"), QStringLiteral("1381"), QStringLiteral("13812"),
        QStringLiteral("5678"), QStringLiteral("0755"), QStringLiteral("138 1234"), QStringLiteral("gmail"), QStringLiteral("qq.com"),
        QStringLiteral("kh12"), QStringLiteral("annasmith"), QStringLiteral("Anna"), QStringLiteral("Smith"), QStringLiteral("demo"),
    };
    // Issue 15: surnames and places read as people say them, a given name
    // or a company's middle, initials from the middle, syllables cut short.
    const QStringList pinyinQueries = {
        QStringLiteral("zengjia"), QStringLiteral("shanwei"), QStringLiteral("xiehua"), QStringLiteral("yuejia"),
        QStringLiteral("piaoming"), QStringLiteral("zhali"), QStringLiteral("qinhai"), QStringLiteral("chongqing"),
        QStringLiteral("changsha"), QStringLiteral("xiamen"), QStringLiteral("xiaoming"), QStringLiteral("zhiqiang"),
        QStringLiteral("jianguo"), QStringLiteral("weihua"), QStringLiteral("huaxing"), QStringLiteral("xm"),
        QStringLiteral("zq"), QStringLiteral("zhwei"), QStringLiteral("zwei"), QStringLiteral("wfang"),
    };
    std::printf("\nsearch (count + first 40 rows), per query:\n");
    const QList<double> before = timeQueries(model, queries);
    std::printf("polyphones, mid-name, mixed:\n");
    const QList<double> added = timeQueries(model, pinyinQueries);
    printLatency("the first 30", before);
    printLatency("the 20 pinyin", added);
    printLatency("all", before + added);
}

// The search index's share of the file (dbstat: SQLite's page statistics).
void printIndexSize(Database &db, qint64 customers)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'customer_search%'")) || !q.next()) {
        std::printf("search index size: not known (this SQLite has no dbstat)\n");
        return;
    }
    const double bytes = q.value(0).toDouble();
    std::printf("search index: %.0f MB, %.0f bytes per customer\n", bytes / 1e6, bytes / double(qMax<qint64>(1, customers)));
}

void timeSorts(CustomerTableModel &model)
{
    std::printf("\nsort (count + first 40 rows):\n");
    for (auto [column, order, label] : {std::tuple{CustomerColumn::Name, Qt::AscendingOrder, "name ascending"},
                                        std::tuple{CustomerColumn::Name, Qt::DescendingOrder, "name descending"},
                                        std::tuple{CustomerColumn::City, Qt::AscendingOrder, "city"},
                                        std::tuple{CustomerColumn::Updated, Qt::DescendingOrder, "last updated"},
                                        std::tuple{CustomerColumn::Stage, Qt::AscendingOrder, "stage (pipeline order)"},
                                        std::tuple{CustomerColumn::Owner, Qt::AscendingOrder, "owner"},
                                        std::tuple{CustomerColumn::Company, Qt::AscendingOrder, "company (join)"},
                                        std::tuple{CustomerColumn::Phone, Qt::AscendingOrder, "phone (no index)"}}) {
        CustomerListQuery query;
        query.sortColumn = int(column);
        query.sortOrder = order;
        std::printf("  %-24s %8.1f ms\n", label, firstScreen(model, query));
    }
}

// A jump to the middle row by name, and a filter on two columns.
void timeJumpAndFilter(CustomerTableModel &model)
{
    CustomerListQuery byName;
    (void)firstScreen(model, byName);
    QElapsedTimer t;
    t.start();
    const int middle = model.rowCount() / 2;
    for (int r = middle; r < qMin(middle + 40, model.rowCount()); ++r)
        (void)model.data(model.index(r, 0));
    std::printf("\njump to the middle row (%d) by name: %.1f ms\n", middle, ms(t));
    CustomerListQuery filtered;
    filtered.stage = Stage::Loyal;
    filtered.city = QStringLiteral("上海");
    const double filterMs = firstScreen(model, filtered);
    std::printf("filter stage=loyal + city=上海: %.1f ms (%d rows)\n", filterMs, model.rowCount());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the customer list on a large database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to seed (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Use (and keep) this file; seeded only if it has fewer customers."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("as-sales"), QStringLiteral("Measure as a salesperson owning N customers (changes the file)."), QStringLiteral("N")});
    parser.process(app);
    const qint64 wanted = parser.value(QStringLiteral("customers")).toLongLong();
    QTemporaryDir tmp;
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : tmp.filePath(QStringLiteral("bench.guanxi"));
    SystemClock clock;
    if (!seedUpTo(path, wanted, clock))
        return 2;
    std::printf("file: %s, %.0f MB\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);

    QElapsedTimer t;
    t.start();
    auto db = Database::open(path);
    if (!db)
        return 2;
    Session session(**db, clock);
    if (parser.isSet(QStringLiteral("as-sales"))
        && !bench::actAsSalesperson(session, parser.value(QStringLiteral("as-sales")).toLongLong()))
        return 2;
    CustomerTableModel model(session);
    for (int r = 0; r < qMin(40, model.rowCount()); ++r)
        (void)model.data(model.index(r, 0));
    std::printf("open file + count + first page: %.1f ms (%d rows)\n", ms(t), model.rowCount());
    printIndexSize(**db, CustomerStore(session).countLive().value_or(0));
    timeSearch(model);
    timeSorts(model);
    timeJumpAndFilter(model);
    std::printf("\nbenchmark process resident memory: %ld MB\n", rssMb());
    return 0;
}
