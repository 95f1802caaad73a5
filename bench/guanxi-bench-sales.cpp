// guanxi-bench-sales: the sales-process speed goals on a large file.
//   guanxi-bench-sales --database FILE [--deals N] [--as-sales N]
// Uses a file with many customers (seed it with guanxi-bench first), adds N
// open deals (default 200,000) if it has fewer, then prints: each funnel
// column's first cards, the Today page, and a reclaim pass over the whole
// base (nothing due, and 1 % due).
#include "appinfo.h"
#include "benchaccess.h"
#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "sales/dealcolumnmodel.h"
#include "activities/todaymodel.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "leads/poolstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <random>

using namespace guanxi;

namespace {
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
// Adds open deals, spread over the customers, open stages and team, until
// the file has `wanted`.
bool addDeals(Session &session, DealStore &deals, const QList<DealStage> &stages, const QList<qint64> &users,
              qint64 wanted)
{
    QSqlQuery q(session.db().connection());
    q.exec(QStringLiteral("SELECT min(id), max(id) FROM customers"));
    q.next();
    const qint64 firstId = q.value(0).toLongLong(), lastId = q.value(1).toLongLong();
    q.exec(QStringLiteral("SELECT count(*) FROM deals"));
    q.next();
    const qint64 have = q.value(0).toLongLong();
    if (have >= wanted)
        return true;
    QElapsedTimer t;
    t.start();
    std::mt19937_64 rng(7);
    Transaction tx(session.db());
    if (!tx.begin())
        return false;
    for (qint64 i = have; i < wanted; ++i) {
        Deal d;
        d.customerId = firstId + qint64(rng() % quint64(lastId - firstId + 1));
        d.title = QStringLiteral("Deal %1").arg(i);
        d.amountMinor = qint64(rng() % 50000) * 100;
        d.stageId = stages.at(int(rng() % 4)).id; // open stages
        d.expectedClose = session.today().addDays(int(rng() % 120));
        d.ownerId = users.at(int(rng() % users.size()));
        if (!deals.create(d))
            return false;
    }
    if (!tx.commit())
        return false;
    std::printf("added %lld open deals in %.1f s\n", static_cast<long long>(wanted - have), ms(t) / 1000);
    return true;
}

// The funnel board: each column's first cards, the headers, the forecast.
void timeBoard(Session &session, DealStore &deals, const QList<DealStage> &stages)
{
    std::printf("\nfunnel board, first 50 cards per column (count + page), everyone's deals:\n");
    auto totals = deals.totals(0);
    for (const DealStage &s : stages) {
        QElapsedTimer t;
        t.start();
        DealColumnModel model(session, s);
        model.reload();
        model.fetchMore({});
        const double column = ms(t);
        qint64 count = 0;
        for (const StageTotals &st : *totals)
            if (st.stageId == s.id)
                count = st.count;
        std::printf("  %-20s %8lld deals  %6.1f ms\n", qPrintable(s.code), static_cast<long long>(count), column);
    }
    QElapsedTimer t;
    t.start();
    auto all = deals.totals(0);
    std::printf("  column headers (count and amount of every stage): %.1f ms\n", ms(t));
    t.restart();
    auto forecast = deals.forecast(0, 3);
    std::printf("  weighted forecast, 3 months: %.1f ms\n", ms(t));
}

// Reclaim passes over the whole base: nothing due, then 1 % due.
void timeReclaim(Session &session, const Clock &clock, qint64 customers)
{
    PoolStore pool(session);
    PoolRules rules;
    rules.claimCap = 10000000;
    rules.reclaimAfterDays = 30;
    rules.warnDaysBefore = 3;
    (void)pool.setRules(rules);
    QElapsedTimer t;
    t.start();
    auto none = pool.reclaim();
    std::printf("\nreclaim pass over %lld customers and the leads, nothing due: %.1f ms (%lld moved)\n",
                static_cast<long long>(customers), ms(t), static_cast<long long>(none ? none->size() : -1));
    // Make 1 % of the customers quiet for 40 days (fixture set-up, not app code).
    const QString old = toStoredTime(clock.nowUtc().addDays(-40));
    QSqlQuery q(session.db().connection());
    q.prepare(QStringLiteral("UPDATE customers SET created_at = ?, owned_since = NULL, last_contact_at = NULL "
                             "WHERE id % 100 = 0 AND owner_id IS NOT NULL"));
    q.addBindValue(old);
    q.exec();
    t.restart();
    auto some = pool.reclaim();
    std::printf("reclaim pass with 1 %% due: %.1f ms (%lld moved to the pool, each with history and a notification)\n", ms(t),
                static_cast<long long>(some ? some->size() : -1));
    rules.reclaimAfterDays = 0;
    (void)pool.setRules(rules);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialise();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("A large Guanxi file (seed it with guanxi-bench)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("deals"), QStringLiteral("Open deals to have (default 200000)."), QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("as-sales"), QStringLiteral("Measure as a salesperson owning N customers (changes the file)."), QStringLiteral("N")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database"))) {
        std::fprintf(stderr, "guanxi-bench-sales: --database FILE is required (run guanxi-bench --database FILE first)\n");
        return 1;
    }
    SystemClock clock;
    auto opened = Database::open(parser.value(QStringLiteral("database")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    Database &db = **opened;
    Session session(db, clock);
    const qint64 customers = CustomerStore(session).countLive().value_or(0);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM users ORDER BY id"));
    QList<qint64> users;
    while (q.next())
        users << q.value(0).toLongLong();
    session.setUserId(users.value(0));
    std::printf("customers: %lld, team members: %lld\n", static_cast<long long>(customers), static_cast<long long>(users.size()));

    DealStore deals(session);
    auto stages = deals.stages();
    if (!stages || !addDeals(session, deals, *stages, users, parser.value(QStringLiteral("deals")).toLongLong()))
        return 2;
    if (parser.isSet(QStringLiteral("as-sales"))
        && !bench::actAsSalesperson(session, parser.value(QStringLiteral("as-sales")).toLongLong()))
        return 2;
    timeBoard(session, deals, *stages);

    QElapsedTimer t;
    t.start();
    TodayModel today(session);
    std::printf("\nToday page for one salesperson (%d overdue, %d today, %d upcoming): %.1f ms\n",
                today.count(TodayModel::Overdue), today.count(TodayModel::DueToday), today.count(TodayModel::Upcoming), ms(t));
    timeReclaim(session, clock, customers);
    return 0;
}
