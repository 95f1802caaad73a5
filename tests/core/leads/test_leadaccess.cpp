// Who sees which leads: a salesperson their own and the pool's, a manager
// their team's, an administrator all; another's lead is not there for
// reading, counting, finding or changing, and the pool's contact details are
// masked until claimed. Pool rules need their permission.
#include "../../support/access.h"
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "exchange/importsource.h"
#include "exchange/leadimport.h"
#include "leads/assignmentrulestore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
qint64 addLead(Session &s, const QString &name, qint64 owner, const QString &phone = {}, const QString &email = {})
{
    Lead l;
    l.name = name;
    l.ownerId = owner;
    l.company = QStringLiteral("某公司");
    l.phone = phone;
    l.email = email;
    auto id = LeadStore(s).create(l);
    REQUIRE(id.ok());
    return *id;
}

QStringList names(const QList<Lead> &leads)
{
    QStringList out;
    for (const Lead &l : leads)
        out << l.name;
    out.sort();
    return out;
}

// Two teams: East (manager boss, salespeople li and zhao) and West (wang).
struct Team {
    TestDb t;
    qint64 admin = t.session->userId();
    qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    qint64 zhao = addUser(*t.session, QStringLiteral("zhao"), Role::Sales, QStringLiteral("East"));
    qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));
};
} // namespace

TEST_CASE("A salesperson cannot see, count, find or change another salesperson's lead", "[leads][access]")
{
    Team team;
    Session &s = *team.t.session;
    const qint64 mine = addLead(s, QStringLiteral("李的线索"), team.li);
    const qint64 theirs = addLead(s, QStringLiteral("王的线索"), team.wang, QStringLiteral("13912345678"),
                                  QStringLiteral("wang.lead@example.com"));
    addLead(s, QStringLiteral("公海线索"), 0);

    actAs(s, team.li);
    LeadStore leads(s);
    CHECK(names(leads.list({}, 0, 100).value()) == QStringList{QStringLiteral("公海线索"), QStringLiteral("李的线索")});
    CHECK(leads.count({}).value() == 2);
    LeadListQuery byWang;
    byWang.owner = LeadListQuery::Owner::User;
    byWang.userId = team.wang;
    CHECK(leads.count(byWang).value() == 0);
    CHECK(leads.findByPhone(QStringLiteral("+8613912345678")).value().isEmpty());
    CHECK(leads.findByEmail(QStringLiteral("wang.lead@example.com")).value().isEmpty());

    // Reading and changing it both say it is not there, as for a lead that never was.
    auto read = leads.get(theirs);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::NotFound);
    const QString never = QString(leads.get(999999).error().message).replace(QStringLiteral("999999"), QString::number(theirs));
    CHECK(read.error().message == never);
    CHECK(leads.qualify(theirs).error().kind == ErrorKind::NotFound);
    CHECK(leads.disqualify(theirs, QStringLiteral("no budget")).error().kind == ErrorKind::NotFound);
    CHECK(leads.convert(theirs).error().kind == ErrorKind::NotFound);
    CHECK(leads.qualify(mine).ok());
    // Nor does a conversion link one's lead to another's customer.
    actAsEveryone(s, team.admin);
    Customer wangs;
    wangs.name = QStringLiteral("王的客户");
    wangs.ownerId = team.wang;
    const qint64 wangsCustomer = CustomerStore(s).create(wangs).value();
    actAs(s, team.li);
    ConversionOptions link;
    link.linkToCustomerId = wangsCustomer;
    CHECK(leads.convert(mine, link).error().kind == ErrorKind::NotFound);
    CHECK(leads.get(mine).value().status == LeadStatus::Qualified);

    actAsEveryone(s, team.admin);
    CHECK(leads.get(theirs).value().status == LeadStatus::New);
    CHECK(leads.get(theirs).value().customerId == 0);
}

TEST_CASE("A manager sees the leads of their team, an administrator everyone's", "[leads][access]")
{
    Team team;
    Session &s = *team.t.session;
    addLead(s, QStringLiteral("李"), team.li);
    addLead(s, QStringLiteral("赵"), team.zhao);
    const qint64 west = addLead(s, QStringLiteral("王"), team.wang);

    actAs(s, team.boss);
    CHECK(names(LeadStore(s).list({}, 0, 100).value()) == QStringList{QStringLiteral("李"), QStringLiteral("赵")});
    CHECK(LeadStore(s).get(west).error().kind == ErrorKind::NotFound);

    actAs(s, team.admin);
    CHECK(LeadStore(s).count({}).value() == 3);
}

TEST_CASE("Everyone sees the pool, with phones masked and no e-mail until a lead is claimed", "[leads][pool][access]")
{
    Team team;
    Session &s = *team.t.session;
    const qint64 pooled = addLead(s, QStringLiteral("公海"), 0, QStringLiteral("138 1234 5678"),
                                  QStringLiteral("pool@example.com"));

    actAs(s, team.wang);
    CHECK(PoolStore(s).count(PoolEntity::Lead).value() == 1);
    CHECK(PoolStore(s).list(PoolEntity::Lead, 0, 10).value().first().name == QStringLiteral("公海"));
    Lead shown = LeadStore(s).get(pooled).value();
    CHECK(shown.phone == QStringLiteral("138****5678"));
    CHECK(shown.email.isEmpty());
    CHECK(LeadStore(s).list({}, 0, 10).value().first().phone == QStringLiteral("138****5678"));

    REQUIRE(PoolStore(s).claim(PoolEntity::Lead, pooled).ok());
    shown = LeadStore(s).get(pooled).value();
    CHECK(shown.phone == QStringLiteral("138 1234 5678"));
    CHECK(shown.email == QStringLiteral("pool@example.com"));

    // Claimed, it is wang's: li in the other team no longer sees it at all.
    actAs(s, team.li);
    CHECK(LeadStore(s).get(pooled).error().kind == ErrorKind::NotFound);
    CHECK(PoolStore(s).history(PoolEntity::Lead, pooled).value().isEmpty());

    actAs(s, team.admin);
    CHECK(PoolStore(s).history(PoolEntity::Lead, pooled).value().size() == 1);
}

TEST_CASE("Pool moves reach only records the session sees, and assignments stay within the team", "[leads][pool][access]")
{
    Team team;
    Session &s = *team.t.session;
    const qint64 wangs = addLead(s, QStringLiteral("王的"), team.wang);
    const qint64 pooled = addLead(s, QStringLiteral("公海"), 0);

    actAs(s, team.li);
    PoolStore pool(s);
    CHECK(pool.release(PoolEntity::Lead, wangs, QStringLiteral("mine now")).error().kind == ErrorKind::NotFound);
    CHECK(pool.releaseMany(PoolEntity::Lead, {wangs}, {}).error().kind == ErrorKind::NotFound);
    CHECK(pool.assign(PoolEntity::Lead, {wangs}, team.li, {}).error().kind == ErrorKind::NotFound);
    // A salesperson gives a lead to nobody but themselves.
    Status toZhao = pool.assign(PoolEntity::Lead, {pooled}, team.zhao, {});
    REQUIRE_FALSE(toZhao.ok());
    CHECK(toZhao.error().kind == ErrorKind::Denied);
    CHECK(toZhao.error().message.contains(QStringLiteral("zhao")));

    // Their manager assigns within the team, not to another team.
    actAs(s, team.boss);
    CHECK(pool.assign(PoolEntity::Lead, {pooled}, team.wang, {}).error().kind == ErrorKind::Denied);
    REQUIRE(pool.assign(PoolEntity::Lead, {pooled}, team.zhao, QStringLiteral("East coast")).ok());

    actAsEveryone(s, team.admin);
    CHECK(LeadStore(s).get(wangs).value().ownerId == team.wang);
    CHECK(LeadStore(s).get(pooled).value().ownerId == team.zhao);
}

TEST_CASE("Changing the pool rules and assignment rules needs the permission to edit pool rules", "[leads][pool][access]")
{
    Team team;
    Session &s = *team.t.session;
    actAs(s, team.boss);
    PoolRules rules = PoolStore(s).rules().value();
    rules.claimCap = 5;
    Status denied = PoolStore(s).setRules(rules);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    CHECK(denied.error().field == Permissions::code(Permission::EditPoolRules));
    CHECK(denied.error().message.contains(Permissions::label(Permission::EditPoolRules)));

    AssignmentRule rule;
    rule.name = QStringLiteral("上海");
    rule.city = QStringLiteral("上海");
    rule.userIds = {team.li};
    CHECK(AssignmentRuleStore(s).add(rule).error().kind == ErrorKind::Denied);
    CHECK(PoolStore(s).rules().value().claimCap == 200);

    actAs(s, team.admin);
    REQUIRE(PoolStore(s).setRules(rules).ok());
    auto added = AssignmentRuleStore(s).add(rule);
    REQUIRE(added.ok());
    actAs(s, team.boss);
    CHECK(AssignmentRuleStore(s).remove(*added).error().kind == ErrorKind::Denied);
    CHECK(AssignmentRuleStore(s).list().value().size() == 1);
    CHECK(PoolStore(s).rules().value().claimCap == 5);
}

TEST_CASE("A salesperson's leads, typed or imported, go to themselves or the pool, never to another team", "[leads][import][access]")
{
    Team team;
    Session &s = *team.t.session;
    const qint64 known = addLead(s, QStringLiteral("王的老线索"), team.wang, QStringLiteral("13955556666"));
    actAs(s, team.li);
    Lead forWang;
    forWang.name = QStringLiteral("给王的");
    forWang.company = QStringLiteral("某公司");
    forWang.ownerId = team.wang;
    auto typed = LeadStore(s).create(forWang);
    REQUIRE_FALSE(typed.ok());
    CHECK(typed.error().field == QStringLiteral("owner"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    writeFile(path, QStringLiteral("name,company,phone,owner\n"
                                   "给王的,华信科技,13811112222,wang\n"
                                   "王的熟人,东方电子,13955556666,\n")
                        .toUtf8());
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    LeadImportOptions options;
    options.skipInvalid = true;
    auto report = LeadImport(s, **source, options).run();
    REQUIRE(report.ok());
    CHECK(report->rejected == 1);
    // Wang's lead with the same phone is not there for li: a new pool lead, not a skip.
    CHECK(report->created == 1);
    CHECK(report->skipped == 0);

    actAsEveryone(s, team.admin);
    CHECK(countRows(*team.t.db, QStringLiteral("leads"), QStringLiteral("owner_id = %1").arg(team.wang)) == 1);
    CHECK(LeadStore(s).get(known).value().name == QStringLiteral("王的老线索"));
}
