// Sample data shows every feature working: records spread over the past
// years (Trends, cohorts, days in stage), the current user's own deals in
// every stage, and salespeople who can still claim from the pool.
#include "corehelpers.h"

#include "analytics/funnelanalysis.h"
#include "team/sampledata.h"
#include "analytics/trendanalysis.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "leads/poolstore.h"

#include <QSet>

using namespace guanxi;
using namespace guanxi::test;

namespace {
SampleData::Report seed(Session &session, qint64 customers, qint64 orders = 0)
{
    SampleData::Options o;
    o.customers = customers;
    o.orders = orders;
    auto report = SampleData::generate(session, o);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

// One value read through the test's own connection (a file or a server).
QVariant scalar(TestDb &t, const QString &sql)
{
    QSqlQuery q(t.db->connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0);
}
} // namespace

TEST_CASE("Sample customers were created over the past three years, more of them lately", "[sampledata]")
{
    TestDb t;
    seed(*t.session, 600);
    // Every month of the three years has new customers, and none is in the future.
    CHECK(scalar(t, QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 7)) FROM customers")).toInt() >= 36);
    CHECK(scalar(t, QStringLiteral("SELECT max(created_at) FROM customers")).toString()
          <= toStoredTime(t.clock.nowUtc()));
    CHECK(scalar(t, QStringLiteral("SELECT min(created_at) FROM customers")).toString()
          >= toStoredTime(t.clock.nowUtc().addYears(-3).addDays(-1)));
    // The change log says the same as the records.
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM change_log l JOIN customers c ON l.entity = 'customer' "
                                    "AND l.entity_id = c.id AND l.changed_at <> c.created_at"))
              .toInt()
          == 0);

    SalesFilter filter;
    auto trend = TrendAnalysis::run(*t.session, filter);
    REQUIRE(trend.ok());
    REQUIRE(trend->months.size() == 12);
    qint64 newInYear = 0;
    for (const TrendMonth &m : trend->months) {
        CHECK(m.newCustomers > 0);
        CHECK(m.newCustomers < 100);   // not all of them "now"
        newInYear += m.newCustomers;
    }
    // A growing business: the last year brought more than a third of them.
    CHECK(newInYear > 200);
}

TEST_CASE("Sample deals spent days in each stage, opened after their customer", "[sampledata]")
{
    TestDb t;
    seed(*t.session, 500);
    // Moves happened on different days, not all at seed time.
    CHECK(scalar(t, QStringLiteral("SELECT count(DISTINCT substr(moved_at, 1, 10)) FROM deal_stage_history")).toInt()
          > 100);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM deals d JOIN customers c ON c.id = d.customer_id "
                                    "WHERE d.created_at < c.created_at"))
              .toInt()
          == 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE moved_at > '%1'")
                         .arg(toStoredTime(t.clock.nowUtc())))
              .toInt()
          == 0);
    // Most open deals were worked on lately; a few are stale.
    const QString staleBefore = toStoredTime(t.clock.nowUtc().addDays(-DealStore::staleDays));
    const int open = scalar(t, QStringLiteral("SELECT count(*) FROM deals WHERE closed_at IS NULL")).toInt();
    const int stale = scalar(t, QStringLiteral("SELECT count(*) FROM deals WHERE closed_at IS NULL AND last_activity_at < '%1'")
                                     .arg(staleBefore))
                          .toInt();
    CHECK(stale > 0);
    CHECK(stale * 3 < open);
    SalesFilter everything;
    everything.from = t.session->today().addYears(-4);
    auto funnel = FunnelAnalysis::run(*t.session, everything);
    REQUIRE(funnel.ok());
    int stagesWithDays = 0;
    for (const FunnelStageRow &row : funnel->result.stages)
        if (row.averageDays() && *row.averageDays() >= 3.0)
            ++stagesWithDays;
    CHECK(stagesWithDays >= 3);
}

TEST_CASE("The current user's deal board has a deal in every stage, whatever the user is called", "[sampledata]")
{
    TestDb t;
    User chinese;
    chinese.login = QStringLiteral("我");
    chinese.displayName = QStringLiteral("我");
    chinese.role = Role::Admin;
    const qint64 me = *UserStore(*t.session).create(chinese);
    t.session->setUserId(me);
    seed(*t.session, 100);
    DealStore deals(*t.session);
    auto stages = deals.stages();
    REQUIRE(stages.ok());
    for (const DealStage &stage : *stages) {
        INFO(stage.name.toStdString());
        CHECK_FALSE(deals.column(stage.id, me, 0, 50)->isEmpty());
    }
}

TEST_CASE("Sample data made without a current user gives deals to the user the app will open it as", "[sampledata]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.guanxi"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    FixedClock clock(fixedNow());
    Session session(**db, clock);
    seed(session, 60);
    // What the GUI and the CLI do when they open the file.
    auto opener = UserStore(session).ensureDefault(QStringLiteral("me"), QStringLiteral("me"));
    REQUIRE(opener.ok());
    DealStore deals(session);
    auto stages = deals.stages();
    REQUIRE(stages.ok());
    for (const DealStage &stage : *stages)
        CHECK_FALSE(deals.column(stage.id, *opener, 0, 50)->isEmpty());
}

TEST_CASE("Every seeded salesperson can still claim from the pool and be assigned more", "[sampledata][pool]")
{
    TestDb t;
    seed(*t.session, 2400);   // about 400 customers each, twice the default limit
    PoolStore pool(*t.session);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM customers WHERE owner_id IS NULL AND deleted_at IS NULL ORDER BY id")));
    QList<qint64> pooled;
    while (q.next())
        pooled << q.value(0).toLongLong();
    REQUIRE(pooled.size() >= 10);
    auto team = UserStore(*t.session).list(true);
    REQUIRE(team.ok());
    REQUIRE(team->size() == 6);
    int next = 0;
    for (const User &u : *team) {
        INFO(u.login.toStdString());
        CHECK(*pool.holdings(u.id) > 200);
        t.session->setUserId(u.id);
        Status claimed = pool.claim(PoolEntity::Customer, pooled.at(next++));
        INFO((claimed.ok() ? QString() : claimed.error().message).toStdString());
        CHECK(claimed.ok());
    }
    t.session->setUserId(team->first().id);
    Status assigned = pool.assign(PoolEntity::Customer, {pooled.at(next)}, team->last().id, QString());
    INFO((assigned.ok() ? QString() : assigned.error().message).toStdString());
    CHECK(assigned.ok());
}

TEST_CASE("Sample data can be made just after midnight", "[sampledata]")
{
    TestDb t;
    // Office hours still to come today are moved into the hour before now;
    // 20 minutes after midnight that must not land yesterday, where a payment
    // dated today would be in the future.
    t.clock.set(QDateTime(QDate(2026, 3, 15), QTime(0, 20), Qt::LocalTime).toUTC());
    const SampleData::Report report = seed(*t.session, 300, 1000);
    CHECK(report.orders == 1000);
}
