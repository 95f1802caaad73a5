// Trends, cohorts, the funnel over a real file, and the dashboard KPIs, on a
// small file whose every figure is worked out by hand. The time zone is set
// to Asia/Shanghai (UTC+8) so local month boundaries differ from UTC ones.
#include "corehelpers.h"

#include "analytics/cohortanalysis.h"
#include "analytics/dashboard.h"
#include "analytics/funnelanalysis.h"
#include "analytics/trendanalysis.h"
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "activities/followupstore.h"
#include "leads/leadstore.h"
#include "sales/orderstore.h"

#include <ctime>

using namespace guanxi;
using namespace guanxi::test;

namespace {
// Sets TZ for one test and puts the old value back.
struct TimeZoneGuard {
    QByteArray old = qgetenv("TZ");
    bool had = qEnvironmentVariableIsSet("TZ");
    explicit TimeZoneGuard(const char *tz)
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~TimeZoneGuard()
    {
        if (had)
            qputenv("TZ", old);
        else
            qunsetenv("TZ");
        tzset();
    }
};

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

struct Shop {
    TestDb &t;
    int orderNumber = 0;
    qint64 sales1 = 0;

    explicit Shop(TestDb &db) : t(db)
    {
        User u;
        u.login = QStringLiteral("sales1");
        u.displayName = QStringLiteral("王芳");
        sales1 = *UserStore(*t.session).create(u);
    }
    qint64 customer(const QString &name, const QDateTime &created, qint64 owner = 0, qint64 source = 0)
    {
        const QDateTime was = t.clock.nowUtc();
        t.clock.set(created);
        Customer c;
        c.name = name;
        c.ownerId = owner;
        c.sourceId = source;
        auto id = CustomerStore(*t.session).create(c);
        REQUIRE(id.ok());
        t.clock.set(was);
        return *id;
    }
    void order(qint64 customer, const QDate &date, qint64 total, OrderStatus status = OrderStatus::Paid,
               const QString &currency = QStringLiteral("CNY"))
    {
        Order o;
        o.customerId = customer;
        o.number = QStringLiteral("SO-%1").arg(++orderNumber);
        o.orderDate = date;
        o.totalMinor = total;
        o.status = status;
        o.currency = currency;
        REQUIRE(OrderStore(*t.session).create(o).ok());
    }
    void followUp(qint64 customer, const QDateTime &at, qint64 user)
    {
        Interaction i;
        i.customerId = customer;
        i.occurredAt = at;
        i.summary = QStringLiteral("电话沟通");
        i.userId = user;
        REQUIRE(FollowUpStore(*t.session).log(i).ok());
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(t.db->connection());
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    }
};

// Customers and orders of the trend and cohort tests (today is 2026-03-15):
//   c1 created 2026-01-31 17:00Z = 1 Feb local; first purchase Dec 2025
//   c2 created 2026-01-31 15:59Z = 31 Jan local; first purchase 31 Jan
//   c3 created 1 Mar; buys in March only
//   c4 created 10 Feb, then trashed: never counts
//   c5 created 5 Mar; first purchase 10 Jan, again in March
struct TrendFixture {
    qint64 c1, c2, c3, c4, c5;
    explicit TrendFixture(Shop &s)
    {
        c1 = s.customer(QStringLiteral("一"), utc(2026, 1, 31, 17));
        c2 = s.customer(QStringLiteral("二"), utc(2026, 1, 31, 15, 59));
        c3 = s.customer(QStringLiteral("三"), utc(2026, 3, 1), s.sales1);
        c4 = s.customer(QStringLiteral("四"), utc(2026, 2, 10));
        c5 = s.customer(QStringLiteral("五"), utc(2026, 3, 5));
        s.order(c1, QDate(2025, 12, 20), 1000);
        s.order(c1, QDate(2026, 1, 5), 2000, OrderStatus::Signed);
        s.order(c1, QDate(2026, 1, 20), 3000, OrderStatus::Delivered);
        s.order(c1, QDate(2026, 3, 2), 4000);
        s.order(c2, QDate(2026, 1, 31), 5000);
        s.order(c2, QDate(2026, 2, 1), 6000);
        s.order(c2, QDate(2026, 2, 3), 99999, OrderStatus::Cancelled);
        s.order(c3, QDate(2026, 3, 10), 88888, OrderStatus::Draft);
        s.order(c3, QDate(2026, 3, 11), 7000, OrderStatus::Paid, QStringLiteral("USD"));
        s.order(c3, QDate(2026, 3, 12), 800);
        s.order(c4, QDate(2026, 2, 15), 50000);
        s.order(c5, QDate(2026, 1, 10), 100);
        s.order(c5, QDate(2026, 3, 14), 200);
        REQUIRE(CustomerStore(*s.t.session).moveToTrash({c4}).ok());
    }
};
// The deal stages' ids by code.
QHash<QString, qint64> stageIds(DealStore &deals)
{
    QHash<QString, qint64> stage;
    const auto all = deals.stages();
    REQUIRE(all.ok());
    for (const DealStage &s : all.value())
        stage.insert(s.code, s.id);
    return stage;
}

// A deal created at the test clock's time.
qint64 createDeal(DealStore &deals, qint64 customer, qint64 stageId, qint64 amount, const QString &currency,
                  int probability, qint64 owner)
{
    Deal d;
    d.customerId = customer;
    d.title = QStringLiteral("Deal");
    d.amountMinor = amount;
    d.currency = currency;
    d.stageId = stageId;
    d.probability = probability;
    d.ownerId = owner;
    auto id = deals.create(d);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("Trends bucket by local month: drafts, cancelled and the trash never count, an order without a rate only as an order", "[sales]")
{
    TimeZoneGuard tz("Asia/Shanghai");
    REQUIRE(utc(2026, 1, 31, 17).toLocalTime().date() == QDate(2026, 2, 1));
    TestDb t;
    Shop shop(t);
    TrendFixture f(shop);
    shop.followUp(f.c2, utc(2026, 1, 31, 15), 0);        // 31 Jan 23:00 local: January, by the tester
    shop.followUp(f.c1, utc(2026, 1, 31, 16, 30), 0);    // 1 Feb 00:30 local: February
    shop.followUp(f.c3, utc(2026, 3, 10, 2), shop.sales1);
    // A follow-up with c4 before it went to the trash is left out with it.
    shop.exec(QStringLiteral("INSERT INTO interactions (customer_id, occurred_at, summary, user_id, created_at) "
                             "VALUES (%1, '2026-02-12T00:00:00Z', 'x', %2, '2026-02-12T00:00:00Z')")
                  .arg(f.c4)
                  .arg(t.session->userId()));

    SalesFilter filter;
    filter.from = QDate(2026, 1, 20);   // whole months: January is complete
    filter.to = QDate(2026, 3, 31);
    auto r = TrendAnalysis::run(*t.session, filter);
    REQUIRE(r.ok());
    REQUIRE(r->months.size() == 3);
    const TrendMonth &jan = r->months.at(0), &feb = r->months.at(1), &mar = r->months.at(2);
    CHECK(jan.month == QDate(2026, 1, 1));
    CHECK(jan.orders == 4);
    CHECK(jan.revenueMinor == 10100);
    CHECK(jan.purchasers == 3);
    CHECK(jan.returning == 1);   // c1, first purchase in December
    CHECK(*jan.repeatRate() == Approx(1.0 / 3));
    CHECK(feb.orders == 1);
    CHECK(feb.revenueMinor == 6000);
    CHECK(feb.returning == 1);
    CHECK(*feb.repeatRate() == Approx(1.0));
    CHECK(mar.orders == 4);           // the USD order counts as an order...
    CHECK(mar.revenueMinor == 5000);  // ...but has no rate, so its amount is left out, and said so
    CHECK(mar.purchasers == 3);
    CHECK(*mar.repeatRate() == Approx(2.0 / 3));
    CHECK(jan.newCustomers == 1);   // c2
    CHECK(feb.newCustomers == 1);   // c1 (c4 is in the trash)
    CHECK(mar.newCustomers == 2);   // c3, c5
    CHECK(r->revenueMinor == 21100);
    CHECK(r->orders == 9);
    CHECK(r->purchasers == 4);
    CHECK(r->repeatPurchasers == 4);   // c1, c2, c5, and c3 with its USD order
    CHECK(*r->repeatRate() == Approx(1.0));
    CHECK(r->filterLines.contains(
        QStringLiteral("1 order(s) in USD dated 2026-03-11, not counted: no rate for that day. Add a rate for USD "
                       "valid from 2026-03-11 or earlier in Tools › Currency Rates.")));

    REQUIRE(r->activity.size() == 2);
    CHECK(r->activity.at(0).userId == t.session->userId());
    CHECK(r->activity.at(0).perMonth == QList<qint64>{1, 1, 0});
    CHECK(r->activity.at(1).name == QStringLiteral("王芳"));
    CHECK(r->activity.at(1).perMonth == QList<qint64>{0, 0, 1});

    const Report report = TrendAnalysis::toReport(*r);
    CHECK(report.name == QStringLiteral("trend"));
    REQUIRE(report.tables.size() == 4);
    CHECK(report.tables.at(0).columns.at(0).kind == ReportKind::Month);
    CHECK(report.tables.at(0).rows.at(1).at(0).toDate() == QDate(2026, 2, 1));
    CHECK(report.tables.at(0).columns.at(6).key == QStringLiteral("repeat_rate"));
    CHECK(report.tables.at(2).columns.at(1).key == QStringLiteral("month_2026_01"));
    CHECK(report.filters.first() == QStringLiteral("Months: 2026-01 to 2026-03"));

    SalesFilter mine = filter;
    mine.ownerId = shop.sales1;   // the customers' owner
    auto owned = TrendAnalysis::run(*t.session, mine);
    REQUIRE(owned.ok());
    CHECK(owned->revenueMinor == 800);
    CHECK(owned->months.at(2).newCustomers == 1);
    REQUIRE(owned->activity.size() == 1);   // follow-ups logged by sales1
    CHECK(owned->filterLines.contains(QStringLiteral("Salesperson: 王芳")));

    SalesFilter backwards = filter;
    backwards.from = QDate(2026, 4, 1);
    CHECK_FALSE(TrendAnalysis::run(*t.session, backwards).ok());
}

TEST_CASE("Cohorts follow each first-purchase month, months not yet seen stay empty", "[sales]")
{
    TimeZoneGuard tz("Asia/Shanghai");
    TestDb t;
    Shop shop(t);
    TrendFixture f(shop);
    SalesFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 4, 30);   // April is after today: not observable
    auto r = CohortAnalysis::run(*t.session, filter, 3);
    REQUIRE(r.ok());
    REQUIRE(r->rows.size() == 4);
    // January: c2 and c5 (c1 first bought in December). Feb: c2; Mar: c5.
    const CohortRow &jan = r->rows.at(0);
    CHECK(jan.size == 2);
    CHECK(jan.active == QList<qint64>{2, 1, 1, -1});
    CHECK(*jan.share(1) == Approx(0.5));
    CHECK_FALSE(jan.share(3).has_value());
    CHECK(r->rows.at(1).size == 0);
    CHECK(r->rows.at(1).active == QList<qint64>{0, 0, -1, -1});
    CHECK_FALSE(r->rows.at(1).share(0).has_value());
    CHECK(r->rows.at(2).size == 1);   // c3: its USD and draft orders do not count
    CHECK(r->rows.at(2).active == QList<qint64>{1, -1, -1, -1});
    CHECK(r->rows.at(3).active == QList<qint64>{-1, -1, -1, -1});

    const Report report = CohortAnalysis::toReport(*r);
    REQUIRE(report.tables.size() == 2);
    const ReportTable &shares = report.tables.at(0);
    CHECK(shares.columns.size() == 6);
    CHECK(shares.columns.at(5).key == QStringLiteral("month_3"));
    CHECK(shares.columns.at(5).kind == ReportKind::Percent);
    CHECK(shares.rows.at(0).at(3).toDouble() == Approx(0.5));
    CHECK_FALSE(shares.rows.at(0).at(5).isValid());
    CHECK(report.tables.at(1).rows.at(0).at(2).toLongLong() == 2);
}

TEST_CASE("The funnel over the file uses local dates, the deal owner and live customers only", "[sales][funnel]")
{
    TimeZoneGuard tz("Asia/Shanghai");
    TestDb t;
    Shop shop(t);
    DealStore deals(*t.session);
    const QHash<QString, qint64> stage = stageIds(deals);
    const qint64 web = *ChannelStore(*t.session).find(QStringLiteral("website"));
    const qint64 a = shop.customer(QStringLiteral("甲"), utc(2026, 1, 1), 0, web);
    const qint64 b = shop.customer(QStringLiteral("乙"), utc(2026, 1, 1));
    auto make = [&](qint64 customer, const QString &at, const QDateTime &when, qint64 amount, qint64 owner = 0,
                    const QString &currency = QStringLiteral("CNY")) {
        t.clock.set(when);
        return createDeal(deals, customer, stage.value(at), amount, currency, -1, owner);
    };
    // 1 Feb 01:00 local: in February. Created in proposal: passed the first two stages.
    const qint64 d1 = make(a, QStringLiteral("proposal"), utc(2026, 1, 31, 17), 1000);
    make(b, QStringLiteral("first_contact"), utc(2026, 1, 31, 15), 2000);   // 31 Jan local: outside
    const qint64 d3 = make(b, QStringLiteral("first_contact"), utc(2026, 2, 3), 4000, shop.sales1);
    make(a, QStringLiteral("first_contact"), utc(2026, 2, 4), 8000, 0, QStringLiteral("USD"));
    t.clock.set(utc(2026, 2, 10));
    REQUIRE(deals.move(d1, stage.value(QStringLiteral("won"))).ok());
    REQUIRE(deals.move(d3, stage.value(QStringLiteral("lost")), QStringLiteral("价格")).ok());
    t.clock.set(utc(2026, 3, 15, 9, 30));

    SalesFilter feb;
    feb.from = QDate(2026, 2, 1);
    feb.to = QDate(2026, 2, 28);
    auto r = FunnelAnalysis::run(*t.session, feb);
    REQUIRE(r.ok());
    const FunnelResult &f = r->result;
    REQUIRE(f.stages.size() == 5);
    CHECK(f.stages.at(0).entered == 2);
    CHECK(f.stages.at(0).enteredMinor == 5000);
    CHECK(f.stages.at(1).entered == 1);   // d1 passed it
    CHECK(f.stages.at(3).entered == 1);   // d1 passed negotiation on its way to won
    CHECK(f.stages.at(4).entered == 1);
    CHECK(*f.stages.at(0).conversion() == Approx(0.5));
    CHECK(f.stages.at(0).lostHere == 1);
    CHECK(*f.stages.at(2).averageDays() == Approx(9 + 7.0 / 24));   // 1 Feb 01:00 to 10 Feb 08:00 local
    CHECK(*f.winRate() == Approx(0.5));

    SalesFilter mine = feb;
    mine.ownerId = shop.sales1;
    auto owned = FunnelAnalysis::run(*t.session, mine);
    REQUIRE(owned.ok());
    CHECK(owned->result.stages.at(0).entered == 1);
    CHECK(owned->result.lost == 1);
    CHECK(owned->result.won == 0);

    SalesFilter fromWeb = feb;
    fromWeb.sourceId = web;
    auto web1 = FunnelAnalysis::run(*t.session, fromWeb);
    REQUIRE(web1.ok());
    CHECK(web1->result.won == 1);
    CHECK(web1->result.stages.at(0).entered == 1);

    REQUIRE(CustomerStore(*t.session).moveToTrash({a}).ok());
    auto trashed = FunnelAnalysis::run(*t.session, feb);
    REQUIRE(trashed.ok());
    CHECK(trashed->result.stages.at(0).entered == 1);
    CHECK(trashed->result.won == 0);

    const Report report = FunnelAnalysis::toReport(*trashed);
    CHECK(report.name == QStringLiteral("funnel"));
    REQUIRE(report.tables.size() == 4);
    CHECK(report.tables.at(0).rows.size() == 5);
    CHECK(report.tables.at(0).columns.at(4).key == QStringLiteral("conversion"));
    CHECK(report.filters.first() == QStringLiteral("Period: 2026-02-01 to 2026-02-28"));
}

TEST_CASE("Dashboard KPIs: pipeline, forecast, won this local month, 90-day conversion, repeat rate, overdue", "[sales][kpi]")
{
    TimeZoneGuard tz("Asia/Shanghai");
    TestDb t;   // today is 2026-03-15
    Shop shop(t);
    TrendFixture f(shop);
    DealStore deals(*t.session);
    const QHash<QString, qint64> stage = stageIds(deals);
    auto make = [&](qint64 customer, const QString &at, qint64 amount, int probability = -1,
                    const QString &currency = QStringLiteral("CNY")) {
        t.clock.set(utc(2025, 10, 1));
        return createDeal(deals, customer, stage.value(at), amount, currency, probability, 0);
    };
    auto close = [&](qint64 id, const QString &to, const QDateTime &when) {
        t.clock.set(when);
        REQUIRE(deals.move(id, stage.value(to), QStringLiteral("价格")).ok());
    };
    make(f.c1, QStringLiteral("negotiation"), 100000);           // 70 %
    make(f.c2, QStringLiteral("first_contact"), 50000, 25);      // its own 25 %
    make(f.c3, QStringLiteral("proposal"), 30000, -1, QStringLiteral("USD"));
    close(make(f.c1, QStringLiteral("proposal"), 20000), QStringLiteral("won"), utc(2026, 2, 28, 17));  // 1 Mar local
    close(make(f.c2, QStringLiteral("proposal"), 40000), QStringLiteral("won"), utc(2026, 2, 28, 15));  // 28 Feb local
    close(make(f.c3, QStringLiteral("proposal"), 10000), QStringLiteral("lost"), utc(2026, 3, 10));
    close(make(f.c5, QStringLiteral("proposal"), 10000), QStringLiteral("lost"), utc(2025, 11, 1));     // > 90 days
    REQUIRE(CustomerStore(*t.session).restore({f.c4}).ok());
    make(f.c4, QStringLiteral("negotiation"), 900000);
    REQUIRE(CustomerStore(*t.session).moveToTrash({f.c4}).ok());
    t.clock.set(fixedNow());

    // Overdue on 15 March: before today, as the Today page says.
    auto lead = [&](const QString &name) {
        Lead l;
        l.name = name;
        l.phone = QStringLiteral("1380013800%1").arg(name.size());
        auto id = LeadStore(*t.session).create(l);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 me = t.session->userId();
    shop.exec(QStringLiteral("UPDATE customers SET next_follow_up = '2026-03-14', owner_id = %1 WHERE id = %2").arg(me).arg(f.c1));
    shop.exec(QStringLiteral("UPDATE customers SET next_follow_up = '2026-03-15' WHERE id = %1").arg(f.c2));   // today
    shop.exec(QStringLiteral("UPDATE customers SET next_follow_up = '2026-03-01' WHERE id IN (%1, %2)").arg(f.c3).arg(f.c4));
    const qint64 l1 = lead(QStringLiteral("L")), l2 = lead(QStringLiteral("LL")), l3 = lead(QStringLiteral("LLL"));
    shop.exec(QStringLiteral("UPDATE leads SET status = 'new', owner_id = %1, next_follow_up = '2026-03-10' WHERE id = %2").arg(shop.sales1).arg(l1));
    shop.exec(QStringLiteral("UPDATE leads SET status = 'disqualified', next_follow_up = '2026-03-01' WHERE id = %1").arg(l2));
    shop.exec(QStringLiteral("UPDATE leads SET status = 'qualified', owner_id = NULL, next_follow_up = '2026-02-01' WHERE id = %1").arg(l3));

    auto k = Dashboard::compute(*t.session);
    INFO((k.ok() ? QString() : k.error().toString()).toStdString());
    REQUIRE(k.ok());
    CHECK(k->deals.openMinor == 150000);   // the USD deal has no rate: counted, its amount left out and named
    CHECK(k->deals.openDeals == 3);
    CHECK(k->currencyLines.last().startsWith(QStringLiteral("1 deal(s) in USD due 2026-03-15, not counted")));
    CHECK(k->deals.weightedMinor == 82500);
    CHECK(k->deals.wonMinor == 20000);
    CHECK(k->deals.wonDeals == 1);
    CHECK(k->deals.closedRecent == 3);
    CHECK(*k->conversionRate() == Approx(2.0 / 3));
    CHECK(k->purchasers12 == 4);
    CHECK(*k->repeatRate() == Approx(1.0));   // c3's USD order makes it a repeat buyer
    CHECK(k->overdueCustomers == 2);
    CHECK(k->overdueLeads == 2);
    REQUIRE(k->cards.size() == 6);
    CHECK(k->cards.at(2).key == QStringLiteral("won_this_month"));
    CHECK(k->cards.at(2).filter.from == QDate(2026, 3, 1));
    CHECK(k->cards.at(4).opens == SalesReportKind::Trend);
    CHECK(k->cards.at(5).value.toLongLong() == 4);

    auto trend = TrendAnalysis::run(*t.session, SalesFilter{});
    REQUIRE(trend.ok());
    CHECK(*trend->repeatRate() == Approx(*k->repeatRate()));   // the card's report says the same
    REQUIRE(trend->overdue.size() == 3);
    CHECK(trend->overdue.at(0).ownerId == 0);   // the public pool
    CHECK(trend->overdue.at(0).leads == 1);
    CHECK(trend->overdue.at(1).customers == 1);
    CHECK(trend->overdue.at(2).total() == 2);   // sales1: c3 and a lead

    const Report report = Dashboard::toReport(*k);
    CHECK(report.tables.at(0).columns.at(0).kind == ReportKind::Money);
    CHECK(report.tables.at(0).rows.at(0).at(3).toDouble() == Approx(2.0 / 3));

    auto mine = Dashboard::compute(*t.session, shop.sales1);
    REQUIRE(mine.ok());
    CHECK(mine->deals.openMinor == 0);
    CHECK(mine->overdueCustomers == 1);
    CHECK(mine->overdueLeads == 1);
}
