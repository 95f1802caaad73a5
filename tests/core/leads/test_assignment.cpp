// Lead assignment rules: evaluated in order, round robin shared fairly over
// 1,000 leads, least loaded, people at their limit skipped, unmatched leads
// left in the pool, and every assignment notifies the assignee.
#include "corehelpers.h"

#include "platform/db/transaction.h"
#include "leads/leadassignment.h"
#include "leads/assignmentrulestore.h"
#include "leads/leadstore.h"
#include "activities/notificationstore.h"
#include "leads/poolstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 member(Session &s, const QString &login)
{
    User u;
    u.login = login;
    u.displayName = login;
    return *UserStore(s).create(u);
}
qint64 poolLead(Session &s, const QString &name, const QString &city = {}, const QString &product = {})
{
    Lead l;
    l.name = name;
    l.city = city;
    l.productInterest = product;
    l.email = name.toLower().remove(u' ') + QStringLiteral("@example.com");
    auto id = LeadStore(s).create(l);
    REQUIRE(id.ok());
    return *id;
}
qint64 ownerOf(Session &s, qint64 lead)
{
    return LeadStore(s).get(lead)->ownerId;
}
} // namespace

TEST_CASE("Round robin shares 1,000 leads fairly and the turn survives between runs", "[assignment]")
{
    TestDb t;
    PoolRules rules;
    rules.claimCap = 100000;
    REQUIRE(PoolStore(*t.session).setRules(rules).ok());
    const QList<qint64> team = {member(*t.session, QStringLiteral("a")), member(*t.session, QStringLiteral("b")),
                                member(*t.session, QStringLiteral("c"))};
    AssignmentRule r;
    r.name = QStringLiteral("everyone");
    r.method = AssignMethod::RoundRobin;
    r.userIds = team;
    REQUIRE(AssignmentRuleStore(*t.session).add(r).ok());
    QList<qint64> ids;
    {
        Transaction tx(*t.db);
        REQUIRE(tx.begin().ok());
        for (int i = 0; i < 1000; ++i)
            ids << poolLead(*t.session, QStringLiteral("Lead %1").arg(i));
        REQUIRE(tx.commit().ok());
    }
    // Two runs: the cursor carries over.
    auto first = LeadAssignment(*t.session).assign(ids.mid(0, 500));
    auto second = LeadAssignment(*t.session).assign(ids.mid(500));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->assigned + second->assigned == 1000);
    auto counts = AssignmentRuleStore(*t.session).openLeadCounts(team);
    CHECK(*counts == QList<qint64>{334, 333, 333});
    // In turn: a, b, c, a, ...
    CHECK(ownerOf(*t.session, ids.at(0)) == team.at(0));
    CHECK(ownerOf(*t.session, ids.at(1)) == team.at(1));
    CHECK(ownerOf(*t.session, ids.at(500)) == team.at(500 % 3));
    // Each assignee is told.
    CHECK(*NotificationStore(*t.session).unreadCount(team.at(1)) == 333);
    auto note = NotificationStore(*t.session).list(team.at(1), true, 1);
    CHECK(note->first().message.contains(QStringLiteral("everyone")));
}

TEST_CASE("Rules apply in order, least loaded, limits and the pool", "[assignment]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules limits;
    limits.claimCap = 2;
    REQUIRE(pool.setRules(limits).ok());
    const qint64 wang = member(*t.session, QStringLiteral("wang")), li = member(*t.session, QStringLiteral("li")),
                 zhao = member(*t.session, QStringLiteral("zhao"));
    AssignmentRuleStore rules(*t.session);
    AssignmentRule shanghai;
    shanghai.name = QStringLiteral("上海 ERP");
    shanghai.city = QStringLiteral("上海");
    shanghai.product = QStringLiteral("erp");
    shanghai.method = AssignMethod::User;
    shanghai.userIds = {wang};
    REQUIRE(rules.add(shanghai).ok());
    AssignmentRule rest;
    rest.name = QStringLiteral("上海 others");
    rest.city = QStringLiteral("上海");
    rest.method = AssignMethod::LeastLoaded;
    rest.userIds = {li, zhao};
    REQUIRE(rules.add(rest).ok());

    const qint64 erp = poolLead(*t.session, QStringLiteral("ERP buyer"), QStringLiteral("上海"), QStringLiteral("ERP 升级"));
    const qint64 crm = poolLead(*t.session, QStringLiteral("CRM buyer"), QStringLiteral("上海"), QStringLiteral("CRM"));
    const qint64 beijing = poolLead(*t.session, QStringLiteral("Beijing buyer"), QStringLiteral("北京"));
    // li already holds one lead, so zhao is least loaded.
    REQUIRE(pool.assign(PoolEntity::Lead, {poolLead(*t.session, QStringLiteral("Old"), QStringLiteral("广州"))}, li, {}).ok());
    auto report = LeadAssignment(*t.session).assignPool();
    REQUIRE(report.ok());
    CHECK(ownerOf(*t.session, erp) == wang);       // first rule wins, case-insensitive product match
    CHECK(ownerOf(*t.session, crm) == zhao);       // second rule, least loaded
    CHECK(ownerOf(*t.session, beijing) == 0);      // no rule matches: stays in the pool
    CHECK(report->assigned == 2);

    SECTION("someone at the limit is skipped for the next in the team")
    {
        const qint64 a = poolLead(*t.session, QStringLiteral("A"), QStringLiteral("上海"));
        const qint64 b = poolLead(*t.session, QStringLiteral("B"), QStringLiteral("上海"));
        const qint64 c = poolLead(*t.session, QStringLiteral("C"), QStringLiteral("上海"));
        REQUIRE(LeadAssignment(*t.session).assign({a, b, c}).ok());
        // li had 1, zhao 1; limit 2 each: two of the three find an owner, one waits in the pool.
        int owned = 0;
        for (qint64 id : {a, b, c})
            owned += ownerOf(*t.session, id) ? 1 : 0;
        CHECK(owned == 2);
        CHECK(*pool.holdings(li) == 2);
        CHECK(*pool.holdings(zhao) == 2);
    }
    SECTION("bad rules are refused")
    {
        AssignmentRule bad;
        bad.name = QStringLiteral("x");
        CHECK(rules.add(bad).error().field == QStringLiteral("users"));
        bad.userIds = {wang, li};
        bad.method = AssignMethod::User;
        CHECK(rules.add(bad).error().field == QStringLiteral("users"));
    }
}
