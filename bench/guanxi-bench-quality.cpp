// guanxi-bench-quality: the data-quality score on a large file.
//   guanxi-bench-quality --database FILE [--customers N] [--runs N]
// Seeds N customers (default 1,000,000; sample data, no orders) unless the
// file already has them, then prints each pass of DataQuality::compute on its
// own (the grouped SQL pass, the shared keys, the company names, the owners of
// the repeats) and the whole computation, as the page and guanxi-cli run it,
// over --runs runs (default 3): each run's time, the median and the slowest.
#include "analytics/dataquality.h"
#include "analytics/dataqualitystore.h"
#include "appinfo.h"
#include "benchaccess.h"
#include "customers/customerstore.h"
#include "platform/db/database.h"
#include "platform/session.h"
#include "team/sampledata.h"
#include "text/companyname.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace guanxi;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool seedUpTo(Session &session, qint64 wanted)
{
    const qint64 have = CustomerStore(session).countLive().value_or(0);
    if (have >= wanted)
        return true;
    std::printf("seeding %lld customers ...\n", wanted - have);
    std::fflush(stdout);
    SampleData::Options o;
    o.customers = wanted - have;
    o.orders = 0;
    o.seed = quint64(have + 1);
    auto r = SampleData::generate(session, o);
    if (!r)
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
    return r.ok();
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time: on a shared machine the CPU time says what the work
// costs when the wall time is stretched by other programs.
template <class F>
double timed(const char *label, F &&f)
{
    QElapsedTimer t;
    t.start();
    const double cpu = cpuMs();
    const QString what = f();
    const double elapsed = ms(t);
    std::printf("  %-44s %7.0f ms (cpu %5.0f)  %s\n", label, elapsed, cpuMs() - cpu, qPrintable(what));
    std::fflush(stdout);
    return elapsed;
}

// Each pass of DataQuality::compute, on its own.
void passes(Session &session)
{
    DataQualityStore store(session);
    QualityMoment m;
    m.today = session.today();
    m.followUpHorizon = m.today.addYears(2);
    m.staleBefore = session.now().addMonths(-6);
    std::printf("passes:\n");
    timed("grouped pass (12 checks, by owner)", [&] {
        auto r = store.countByOwner(m);
        return r ? QStringLiteral("%1 owners").arg(r->size()) : r.error().toString();
    });
    timed("shared phones, e-mails, names at a company", [&] {
        auto r = store.sharedKeys(nullptr);
        return r ? QStringLiteral("%1 keys shared").arg(r->size()) : r.error().toString();
    });
    QList<qint64> all;
    for (const char *check : {"phones", "emails"})
        timed(check, [&] {
            auto r = store.flagged(QString::fromLatin1(check));
            if (!r)
                return r.error().toString();
            all << *r;
            return QStringLiteral("%1 customers failing").arg(r->size());
        });
    timed("their owners", [&] {
        auto r = store.ownersOf(all);
        return r ? QStringLiteral("%1 customers").arg(r->size()) : r.error().toString();
    });
    QList<QPair<qint64, QString>> companies;
    timed("company names read", [&] {
        auto r = store.companies();
        if (!r)
            return r.error().toString();
        companies = *r;
        return QStringLiteral("%1 companies").arg(companies.size());
    });
    timed("company names compared (CompanyName::key)", [&] {
        QSet<QString> keys;
        for (const auto &c : std::as_const(companies))
            keys.insert(CompanyName::key(c.second));
        return QStringLiteral("%1 distinct").arg(keys.size());
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the data-quality score on a large database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to seed (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Use (and keep) this file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Whole computations to time (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("as-sales"), QStringLiteral("Measure as a salesperson owning N customers (changes the file)."), QStringLiteral("N")});
    parser.process(app);
    QTemporaryDir tmp;
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : tmp.filePath(QStringLiteral("bench.guanxi"));
    SystemClock clock;
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 2;
    }
    Session session(**db, clock);
    if (!seedUpTo(session, parser.value(QStringLiteral("customers")).toLongLong()))
        return 2;
    if (parser.isSet(QStringLiteral("as-sales"))
        && !bench::actAsSalesperson(session, parser.value(QStringLiteral("as-sales")).toLongLong()))
        return 2;
    std::printf("file: %s, %.0f MB, %lld live customers\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6,
                static_cast<long long>(CustomerStore(session).countLive().value_or(0)));
    passes(session);
    QList<double> runs;
    const int count = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::printf("DataQuality::compute, %d runs:\n", count);
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuMs();
        auto report = DataQuality::compute(session, {});
        runs << ms(t);
        const double cpuUsed = cpuMs() - cpu;
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
            return 2;
        }
        std::printf("  run %d: %.0f ms (cpu %.0f), score %.1f, %lld owners\n", i + 1, runs.last(), cpuUsed, report->team.score,
                    static_cast<long long>(report->owners.size()));
    }
    std::sort(runs.begin(), runs.end());
    std::printf("compute: median %.0f ms, slowest %.0f ms\n", runs.at(runs.size() / 2), runs.last());
    return 0;
}
