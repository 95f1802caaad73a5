// Offboarding: deactivating a team member hands every live customer, open
// lead, open deal and order they own to a colleague or the pool in one
// transaction, with history; they can no longer log in; their past history
// keeps their name.
#include "../../support/access.h"
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "platform/auditstore.h"
#include "platform/changelogstore.h"
#include "sales/dealstore.h"
#include "sales/orderstore.h"
#include "team/login.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

namespace {
struct Holdings {
    qint64 customer = 0;
    qint64 lead = 0;
    qint64 deal = 0;
    qint64 order = 0;
};

qint64 made(const Result<qint64> &id)
{
    if (!id)
        FAIL(id.error().toString().toStdString());
    return *id;
}

Holdings giveTo(Session &s, qint64 owner, const QString &tag)
{
    Holdings h;
    Customer c;
    c.name = QStringLiteral("客户") + tag;
    c.ownerId = owner;
    h.customer = made(CustomerStore(s).create(c));
    Lead l;
    l.name = QStringLiteral("线索") + tag;
    l.company = QStringLiteral("公司") + tag;
    l.ownerId = owner;
    h.lead = made(LeadStore(s).create(l));
    Deal d;
    d.customerId = h.customer;
    d.ownerId = owner;
    d.title = QStringLiteral("Deal ") + tag;
    d.amountMinor = 100000;
    d.expectedClose = s.today().addDays(10);
    h.deal = made(DealStore(s).create(d));
    Order o;
    o.number = QStringLiteral("SO-") + tag;
    o.customerId = h.customer;
    o.ownerId = owner;
    o.orderDate = s.today();
    o.status = OrderStatus::Signed;
    o.totalMinor = 100000;
    h.order = made(OrderStore(s).create(o));
    return h;
}

qint64 ownerOf(TestDb &t, const QString &table, qint64 id)
{
    QSqlQuery q(t.db->connection());
    q.prepare(QStringLiteral("SELECT coalesce(owner_id, 0) FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 rows(TestDb &t, const QString &table)
{
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

bool ownerChangeLogged(TestDb &t, const QString &entity, qint64 id, const QString &from)
{
    const QList<Change> history = ChangeLogStore(*t.session).history(entity, id).value();
    for (const Change &c : history)
        if (c.field == QStringLiteral("owner") && c.oldValue == from)
            return true;
    return false;
}
} // namespace

TEST_CASE("Deactivating hands everything to a colleague with history, and the login stops working",
          "[users][offboarding]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    const qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales);
    REQUIRE(UserStore(*t.session).setPassword(li, QStringLiteral("li password")).ok());
    const Holdings h = giveTo(*t.session, li, QStringLiteral("1"));
    const qint64 poolMoves = rows(t, QStringLiteral("pool_moves"));

    REQUIRE(UserStore(*t.session).deactivate(li, wang).ok());
    CHECK(ownerOf(t, QStringLiteral("customers"), h.customer) == wang);
    CHECK(ownerOf(t, QStringLiteral("leads"), h.lead) == wang);
    CHECK(ownerOf(t, QStringLiteral("deals"), h.deal) == wang);
    CHECK(ownerOf(t, QStringLiteral("orders"), h.order) == wang);
    CHECK(rows(t, QStringLiteral("pool_moves")) == poolMoves + 2);
    for (auto [entity, id] : {std::pair{QStringLiteral("customer"), h.customer}, std::pair{QStringLiteral("lead"), h.lead},
                              std::pair{QStringLiteral("deal"), h.deal}, std::pair{QStringLiteral("order"), h.order}}) {
        INFO(entity.toStdString());
        CHECK(ownerChangeLogged(t, entity, id, QStringLiteral("li")));
    }
    // Their past history keeps their name.
    const auto created = ChangeLogStore(*t.session).history(QStringLiteral("customer"), h.customer).value();
    CHECK(std::any_of(created.cbegin(), created.cend(),
                      [](const Change &c) { return c.action == QStringLiteral("create"); }));
    CHECK_FALSE(UserStore(*t.session).byId(li)->active);

    AuditStore::Filter f;
    f.action = AuditAction::UserDeactivated;
    const auto audit = AuditStore(*t.session).list(f).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().detail.value(QStringLiteral("to")).toInteger() == wang);
    CHECK(audit.first().detail.value(QStringLiteral("customers")).toInt() == 1);
    CHECK(audit.first().detail.value(QStringLiteral("orders")).toInt() == 1);

    auto login = Login(*t.session).attempt(QStringLiteral("li"), QStringLiteral("li password"));
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.contains(QStringLiteral("deactivated")));

    actAsEveryone(*t.session, 1);
    REQUIRE(UserStore(*t.session).reactivate(li).ok());
    CHECK(Login(*t.session).attempt(QStringLiteral("li"), QStringLiteral("li password")).ok());
}

TEST_CASE("Deactivating to the pool pools customers and leads, and open deals and orders go to the manager",
          "[users][offboarding]")
{
    TestDb t;
    Session &s = *t.session;
    const qint64 boss = addUser(s, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    const qint64 li = addUser(s, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    const qint64 wang = addUser(s, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));
    REQUIRE(UserStore(s).setTeam(li, QStringLiteral("East"), boss).ok());
    const Holdings h = giveTo(s, li, QStringLiteral("2"));
    REQUIRE(UserStore(s).deactivate(li, 0).ok());
    CHECK(ownerOf(t, QStringLiteral("customers"), h.customer) == 0);
    CHECK(ownerOf(t, QStringLiteral("leads"), h.lead) == 0);
    CHECK(PoolStore(s).count(PoolEntity::Customer).value() == 1);
    CHECK(ownerOf(t, QStringLiteral("deals"), h.deal) == boss);
    CHECK(ownerOf(t, QStringLiteral("orders"), h.order) == boss);
    CHECK(ownerChangeLogged(t, QStringLiteral("deal"), h.deal, QStringLiteral("li")));
    CHECK(ownerChangeLogged(t, QStringLiteral("order"), h.order, QStringLiteral("li")));
    AuditStore::Filter f;
    f.action = AuditAction::UserDeactivated;
    const auto audit = AuditStore(s).list(f).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().detail.value(QStringLiteral("deals")).toInt() == 1);
    CHECK(audit.first().detail.value(QStringLiteral("orders")).toInt() == 1);
    CHECK(audit.first().detail.value(QStringLiteral("deals_orders_to")).toInteger() == boss);

    // A salesperson elsewhere sees neither; the manager sees both.
    actAs(s, wang);
    CHECK(DealStore(s).get(h.deal).error().kind == ErrorKind::NotFound);
    CHECK(OrderStore(s).get(h.order).error().kind == ErrorKind::NotFound);
    actAs(s, boss);
    CHECK(DealStore(s).get(h.deal).ok());
    CHECK(OrderStore(s).get(h.order).ok());
}

TEST_CASE("Deactivating to the pool someone without an active manager gives their deals and orders to the "
          "administrator doing it",
          "[users][offboarding]")
{
    TestDb t;
    Session &s = *t.session;
    const qint64 admin = s.userId();
    const qint64 boss = addUser(s, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    const qint64 li = addUser(s, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    const qint64 zhao = addUser(s, QStringLiteral("zhao"), Role::Sales, QStringLiteral("East"));
    REQUIRE(UserStore(s).setTeam(li, QStringLiteral("East"), boss).ok());
    const Holdings h = giveTo(s, li, QStringLiteral("3"));
    REQUIRE(UserStore(s).deactivate(boss, zhao).ok());
    REQUIRE(UserStore(s).deactivate(li, 0).ok());
    CHECK(ownerOf(t, QStringLiteral("deals"), h.deal) == admin);
    CHECK(ownerOf(t, QStringLiteral("orders"), h.order) == admin);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM deals WHERE owner_id IS NULL) "
                                  "+ (SELECT count(*) FROM orders WHERE owner_id IS NULL)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    // Zhao, in li's team, does not see the administrator's deal or order.
    actAs(s, zhao);
    CHECK(DealStore(s).get(h.deal).error().kind == ErrorKind::NotFound);
    CHECK(OrderStore(s).get(h.order).error().kind == ErrorKind::NotFound);
}

TEST_CASE("Deactivation refuses oneself, an inactive colleague and a second time", "[users][offboarding]")
{
    TestDb t;
    const qint64 me = t.session->userId();
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    const qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales);
    UserStore users(*t.session);
    CHECK_FALSE(users.deactivate(me, 0).ok());
    REQUIRE(users.deactivate(wang, 0).ok());
    auto toInactive = users.deactivate(li, wang);
    REQUIRE_FALSE(toInactive.ok());
    CHECK(toInactive.error().field == QStringLiteral("to"));
    CHECK(users.byId(li)->active);
    CHECK_FALSE(users.deactivate(wang, 0).ok());
}

TEST_CASE("A failure half-way through offboarding leaves every record and the user as they were",
          "[users][offboarding]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    const qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales);
    const Holdings h = giveTo(*t.session, li, QStringLiteral("3"));
    const qint64 changes = rows(t, QStringLiteral("change_log"));
    const qint64 poolMoves = rows(t, QStringLiteral("pool_moves"));
    const qint64 events = rows(t, QStringLiteral("audit_events"));
    // Orders are handed over last: refuse it there, after the customers,
    // leads and deals have moved inside the transaction.
    QSqlQuery q(t.db->connection());
    if (onServer()) {
        REQUIRE(q.exec(QStringLiteral("CREATE FUNCTION refuse_order_owner() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER refuse_order_owner BEFORE UPDATE OF owner_id ON orders "
                                      "FOR EACH ROW EXECUTE FUNCTION refuse_order_owner()")));
    } else {
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_order_owner BEFORE UPDATE OF owner_id ON orders "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }

    auto refused = UserStore(*t.session).deactivate(li, wang);
    REQUIRE_FALSE(refused.ok());
    CHECK(ownerOf(t, QStringLiteral("customers"), h.customer) == li);
    CHECK(ownerOf(t, QStringLiteral("leads"), h.lead) == li);
    CHECK(ownerOf(t, QStringLiteral("deals"), h.deal) == li);
    CHECK(ownerOf(t, QStringLiteral("orders"), h.order) == li);
    CHECK(rows(t, QStringLiteral("change_log")) == changes);
    CHECK(rows(t, QStringLiteral("pool_moves")) == poolMoves);
    CHECK(rows(t, QStringLiteral("audit_events")) == events);
    CHECK(UserStore(*t.session).byId(li)->active);

    REQUIRE(q.exec(onServer() ? QStringLiteral("DROP TRIGGER refuse_order_owner ON orders")
                              : QStringLiteral("DROP TRIGGER temp.refuse_order_owner")));
    REQUIRE(UserStore(*t.session).deactivate(li, wang).ok());
    CHECK(ownerOf(t, QStringLiteral("orders"), h.order) == wang);
}
