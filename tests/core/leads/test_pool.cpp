// The public pool (公海): claim limit and cool-down refusals, a claim racing
// another, release and assignment with their history, and reclaim exactly at
// the boundary of the configured days, with warnings before it.
#include "corehelpers.h"
#include "poolhelpers.h"

#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "activities/followupstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "platform/workersession.h"

#include <QThread>

using namespace guanxi;
using namespace guanxi::test;


TEST_CASE("Claiming from the pool respects the limit, the cool-down and a racing claim", "[pool]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules rules;
    rules.claimCap = 2;
    rules.cooldownDays = 3;
    REQUIRE(pool.setRules(rules).ok());
    const qint64 a = poolLead(*t.session, QStringLiteral("A")), b = poolLead(*t.session, QStringLiteral("B")),
                 c = poolLead(*t.session, QStringLiteral("C"));
    CHECK(*pool.count(PoolEntity::Lead) == 3);

    REQUIRE(pool.claim(PoolEntity::Lead, a).ok());
    REQUIRE(pool.claim(PoolEntity::Lead, b).ok());
    CHECK(*pool.holdings(t.session->userId()) == 2);
    auto over = pool.claim(PoolEntity::Lead, c);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message.contains(QStringLiteral("(2)")));
    CHECK(LeadStore(*t.session).get(c)->ownerId == 0);

    // Release one: the limit has room again, but not for the one just released.
    REQUIRE(pool.release(PoolEntity::Lead, a, QStringLiteral("wrong region")).ok());
    auto cooling = pool.claim(PoolEntity::Lead, a);
    REQUIRE_FALSE(cooling.ok());
    CHECK(cooling.error().message.contains(QStringLiteral("again")));
    REQUIRE(pool.claim(PoolEntity::Lead, c).ok());
    // Three days later the cool-down is over (and the limit has room after a release).
    REQUIRE(pool.release(PoolEntity::Lead, c, QString()).ok());
    t.clock.set(t.clock.nowUtc().addDays(3).addSecs(1));
    CHECK(pool.claim(PoolEntity::Lead, a).ok());

    SECTION("a record someone else holds cannot be claimed")
    {
        const qint64 wang = colleague(*t.session, QStringLiteral("wang"));
        const qint64 me = t.session->userId();
        t.session->setUserId(wang);
        REQUIRE(pool.claim(PoolEntity::Lead, b).ok() == false); // b is still mine
        t.session->setUserId(me);
        auto history = pool.history(PoolEntity::Lead, a);
        REQUIRE(history.ok());
        QStringList actions;
        for (const PoolMove &m : *history)
            actions << m.action;
        CHECK(actions == QStringList{QStringLiteral("claim"), QStringLiteral("release"), QStringLiteral("claim")});
        CHECK(history->at(1).reason == QStringLiteral("wrong region"));
    }
}

TEST_CASE("Claims at the same moment from several connections: one owner a record, nobody past the limit", "[pool]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules rules;
    rules.claimCap = 5;
    REQUIRE(pool.setRules(rules).ok());
    const qint64 me = t.session->userId();
    const qint64 wang = colleague(*t.session, QStringLiteral("wang"));
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i)
        ids << poolLead(*t.session, QStringLiteral("L%1").arg(i));
    // Four connections of their own, two for each claimer, each trying every
    // record in its own order: two of them race for a record, and each
    // claimer's two windows race for the last places under the limit.
    const WorkerSpec spec = t.session->worker();
    const QList<qint64> users = {me, me, wang, wang};
    QList<QStringList> unexpected(users.size());   // Catch2 asserts on the test's thread only
    QList<QThread *> threads;
    for (int w = 0; w < users.size(); ++w) {
        threads << QThread::create([&, w] {
            auto worker = spec.open(false);
            if (!worker) {
                unexpected[w] << worker.error().toString();
                return;
            }
            Session &s = (*worker)->session();
            s.setUserId(users.at(w));
            PoolStore mine(s);
            for (int k = 0; k < ids.size(); ++k) {
                const qint64 id = ids.at(w % 2 ? ids.size() - 1 - k : (k + 5 * w) % ids.size());
                Status claimed = mine.claim(PoolEntity::Lead, id);
                // Refusals (held by another, at the limit, mine already) are the point; anything else is not.
                if (!claimed && claimed.error().kind != ErrorKind::Invalid)
                    unexpected[w] << claimed.error().toString();
            }
        });
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    for (const QStringList &errors : unexpected) {
        INFO(str(errors.join(u'\n')));
        CHECK(errors.isEmpty());
    }
    CHECK(*pool.holdings(me) == 5);
    CHECK(*pool.holdings(wang) == 5);
    // Every owned record was claimed once, and only once.
    CHECK(countRows(*t.db, QStringLiteral("pool_moves"), QStringLiteral("action = 'claim'")) == 10);
    CHECK(countRows(*t.db, QStringLiteral("leads"), QStringLiteral("owner_id IS NOT NULL")) == 10);
}

TEST_CASE("Assigning respects the assignee's limit and records who and why", "[pool]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules rules;
    rules.claimCap = 3;
    REQUIRE(pool.setRules(rules).ok());
    const qint64 wang = colleague(*t.session, QStringLiteral("wang"));
    QList<qint64> ids;
    for (const char *n : {"A", "B", "C", "D"})
        ids << poolLead(*t.session, QString::fromLatin1(n));
    auto tooMany = pool.assign(PoolEntity::Lead, ids, wang, QStringLiteral("north region"));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(*pool.holdings(wang) == 0); // nothing half assigned
    REQUIRE(pool.assign(PoolEntity::Lead, ids.mid(0, 3), wang, QStringLiteral("north region")).ok());
    CHECK(*pool.holdings(wang) == 3);
    auto history = pool.history(PoolEntity::Lead, ids.first());
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("assign"));
    CHECK(history->first().toName == QStringLiteral("wang"));
    CHECK(history->first().reason == QStringLiteral("north region"));
}

TEST_CASE("Records without a follow-up return to the pool exactly after the set days", "[pool]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules rules;
    rules.reclaimAfterDays = 10;
    rules.warnDaysBefore = 3;
    REQUIRE(pool.setRules(rules).ok());
    const QDateTime start = t.clock.nowUtc();
    Customer c;
    c.name = QStringLiteral("张伟");
    const qint64 quiet = *CustomerStore(*t.session).create(c);
    c.name = QStringLiteral("李娜");
    const qint64 busy = *CustomerStore(*t.session).create(c);
    const qint64 lead = poolLead(*t.session, QStringLiteral("王五"));
    REQUIRE(pool.claim(PoolEntity::Lead, lead).ok());

    // Day 5: 李娜 gets a follow-up, which restarts her clock.
    t.clock.set(start.addDays(5));
    Interaction i;
    i.customerId = busy;
    i.summary = QStringLiteral("call");
    REQUIRE(FollowUpStore(*t.session).log(i).ok());

    // Day 7 + 1 s: the quiet ones enter the warning window (3 days before day 10).
    t.clock.set(start.addDays(7).addSecs(1));
    auto warnings = pool.warnings(t.session->userId());
    REQUIRE(warnings.ok());
    QStringList warned;
    for (const PoolItem &w : *warnings)
        warned << w.name;
    warned.sort();
    CHECK(warned == QStringList{QStringLiteral("张伟"), QStringLiteral("王五")});
    CHECK(warnings->first().reclaimAt == start.addDays(10));

    // Exactly 10 days: not yet.
    t.clock.set(start.addDays(10));
    CHECK(pool.reclaim()->isEmpty());
    // One second later: both quiet records go back, with the reason.
    t.clock.set(start.addDays(10).addSecs(1));
    auto moved = pool.reclaim();
    REQUIRE(moved.ok());
    REQUIRE(moved->size() == 2);
    CHECK(moved->at(0).entity == PoolEntity::Lead);
    CHECK(moved->at(1).entityId == quiet);
    CHECK(moved->at(1).reason.contains(QStringLiteral("10 day")));
    CHECK(CustomerStore(*t.session).get(quiet)->ownerId == 0);
    CHECK(CustomerStore(*t.session).get(busy)->ownerId == t.session->userId());
    CHECK(pool.reclaim()->isEmpty()); // nothing twice
    // Reclaim is a release for the cool-down: the last owner waits to claim back.
    CHECK_FALSE(pool.claim(PoolEntity::Customer, quiet).ok());

    SECTION("switched off, nothing moves")
    {
        rules.reclaimAfterDays = 0;
        REQUIRE(pool.setRules(rules).ok());
        t.clock.set(start.addDays(100));
        CHECK(pool.reclaim()->isEmpty());
        CHECK(pool.warnings(0)->isEmpty());
    }
}

TEST_CASE("Pool rules are checked before they are saved", "[pool]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules bad;
    bad.claimCap = 0;
    CHECK(pool.setRules(bad).error().field == QStringLiteral("claim_cap"));
    bad = PoolRules{};
    bad.reclaimAfterDays = 3;
    bad.warnDaysBefore = 3;
    CHECK(pool.setRules(bad).error().field == QStringLiteral("warn_days_before"));
    CHECK(pool.rules()->claimCap == PoolRules{}.claimCap);
}

TEST_CASE("Customers without a won deal for the set days return to the pool", "[pool][deals]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules rules;
    rules.reclaimNoWinDays = 90;
    REQUIRE(pool.setRules(rules).ok());
    const QDateTime start = t.clock.nowUtc();
    Customer c;
    c.name = QStringLiteral("没成交");
    const qint64 idle = *CustomerStore(*t.session).create(c);
    c.name = QStringLiteral("成交了");
    const qint64 winner = *CustomerStore(*t.session).create(c);
    DealStore deals(*t.session);
    t.clock.set(start.addDays(60));
    Deal d;
    d.customerId = winner;
    d.title = QStringLiteral("won one");
    d.amountMinor = 100;
    const qint64 deal = *deals.create(d);
    qint64 won = 0;
    const auto stages = deals.stages();
    REQUIRE(stages.ok());
    const QList<DealStage> &list = stages.value();
    for (const DealStage &s : list)
        if (s.kind == StageKind::Won)
            won = s.id;
    REQUIRE(deals.move(deal, won).ok());
    t.clock.set(start.addDays(88));
    auto warned = pool.warnings(t.session->userId());
    REQUIRE(warned.ok());
    REQUIRE(warned->size() == 1); // the default warning is 3 days ahead
    CHECK(warned->first().id == idle);
    CHECK(warned->first().reclaimAt == start.addDays(90));
    t.clock.set(start.addDays(90));
    CHECK(pool.reclaim()->isEmpty()); // exactly 90 days: not yet
    t.clock.set(start.addDays(90).addSecs(1));
    auto moved = pool.reclaim();
    REQUIRE(moved.ok());
    REQUIRE(moved->size() == 1);
    CHECK(moved->first().entityId == idle);
    CHECK(moved->first().reason.contains(QStringLiteral("90")));
    CHECK(CustomerStore(*t.session).get(winner)->ownerId == t.session->userId());
}
