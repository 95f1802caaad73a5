// What a session may see and do: the visible owners of a role, permissions
// per role, and an audit trail and change log nobody can edit.
#include "../../support/access.h"
#include "../../support/testdb.h"

#include "platform/auditstore.h"
#include "platform/changelogstore.h"
#include "platform/workersession.h"
#include "sales/currencyrates.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("A salesperson sees their own owner, a manager their team, an administrator everyone", "[access]")
{
    TestDb t;
    const qint64 admin = t.session->userId();
    const qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    const qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));

    auto sales = AccessStore(*t.session).forUser(li).value();
    CHECK_FALSE(sales.seesAll);
    CHECK(sales.visibleOwners == QList<qint64>{li});
    CHECK(sales.seesOwner(0));   // the pool
    CHECK_FALSE(sales.seesOwner(wang));
    CHECK_FALSE(sales.can(Permission::Export));
    CHECK(sales.can(Permission::Import));

    auto manager = AccessStore(*t.session).forUser(boss).value();
    CHECK(manager.seesOwner(li));
    CHECK_FALSE(manager.seesOwner(wang));
    CHECK(manager.can(Permission::Export));

    auto administrator = AccessStore(*t.session).forUser(admin).value();
    CHECK(administrator.seesAll);
    CHECK(administrator.can(Permission::ManageUsers));

    // The condition stores add to their queries follows the session.
    actAs(*t.session, li);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM users u WHERE ") + t.session->visibleOwner(QStringLiteral("u.id"))
                   + QStringLiteral(" ORDER BY id")));
    QList<qint64> seen;
    while (q.next())
        seen << q.value(0).toLongLong();
    CHECK(seen == QList<qint64>{li});
    actAsEveryone(*t.session, admin);
    CHECK(t.session->visibleOwner(QStringLiteral("u.id")) == Session::everything());
}

TEST_CASE("A denied action names the permission the role lacks", "[access]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    actAs(*t.session, li);
    Status s = t.session->require(Permission::Export);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Denied);
    CHECK(s.error().message.contains(QStringLiteral("Export")));
    CHECK(s.error().field == QStringLiteral("export"));
    // Only administrators change what roles may do.
    CHECK(AccessStore(*t.session).setPermissions(Role::Sales, {Permission::Export}).error().kind == ErrorKind::Denied);
}

TEST_CASE("Administrators grant and revoke permissions per role, and the change is audited", "[access]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    AccessStore store(*t.session);
    REQUIRE(store.setPermissions(Role::Sales, {Permission::Export, Permission::Merge}).ok());
    CHECK(store.permissions(Role::Sales).value() == QSet<Permission>{Permission::Export, Permission::Merge});
    CHECK(store.forUser(li).value().can(Permission::Export));
    CHECK_FALSE(store.setPermissions(Role::Admin, {}).ok());
    AuditStore::Filter changes;
    changes.action = AuditAction::PermissionsChanged;
    auto events = AuditStore(*t.session).list(changes).value();
    REQUIRE(events.size() == 1);
    CHECK(events.first().detail.value(QStringLiteral("role")).toString() == QStringLiteral("sales"));
}

TEST_CASE("Nobody can change or delete a line of the change log or the audit trail", "[access][audit]")
{
    TestDb t;
    Change c = Change::created(QStringLiteral("customer"), 1, QStringLiteral("张三"));
    REQUIRE(ChangeLogStore(*t.session).record(c).ok());
    AuditEvent e;
    e.action = AuditAction::Export;
    REQUIRE(AuditStore(*t.session).record(e).ok());
    QSqlQuery q(t.db->connection());
    for (const char *sql : {"UPDATE change_log SET new_value = 'x'", "DELETE FROM change_log",
                            "UPDATE audit_events SET action = 'login'", "DELETE FROM audit_events",
                            "DELETE FROM users"}) {
        INFO(sql);
        CHECK_FALSE(q.exec(QString::fromLatin1(sql)));
    }
    CHECK(ChangeLogStore(*t.session).history(QStringLiteral("customer"), 1).value().size() == 1);
    AuditStore::Filter exports;
    exports.action = AuditAction::Export;
    CHECK(AuditStore(*t.session).list(exports).value().size() == 1);
}

TEST_CASE("A worker thread's session acts as the same user with the same visibility", "[access]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    actAs(*t.session, li);
    auto worker = t.session->worker().open(true);
    REQUIRE(worker.ok());
    Session &w = (*worker)->session();
    CHECK(w.userId() == li);
    CHECK_FALSE(w.access().seesAll);
    QSqlQuery q((*worker)->db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM users u WHERE ") + w.visibleOwner(QStringLiteral("u.id"))));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("Only those allowed read the audit trail, and a manager reads their team's", "[access][audit]")
{
    TestDb t;
    const qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    const qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales, QStringLiteral("West"));
    for (qint64 who : {li, wang}) {
        AuditEvent e;
        e.action = AuditAction::Export;
        e.userId = who;
        REQUIRE(AuditStore(*t.session).record(e).ok());
    }
    actAs(*t.session, li);
    CHECK(AuditStore(*t.session).list({}).error().kind == ErrorKind::Denied);
    actAs(*t.session, boss);
    AuditStore::Filter exports;
    exports.action = AuditAction::Export;
    auto seen = AuditStore(*t.session).list(exports).value();
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().userId == li);
}

TEST_CASE("A role given ManageUsers still cannot make itself an administrator or change what roles may do",
          "[access][users]")
{
    TestDb t;
    const qint64 admin = t.session->userId();
    const qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager, QStringLiteral("East"));
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales, QStringLiteral("East"));
    REQUIRE(AccessStore(*t.session).setPermissions(Role::Manager, {Permission::ManageUsers}).ok());
    actAs(*t.session, boss);
    UserStore users(*t.session);
    CHECK(users.setRole(li, Role::Manager).ok());   // managing the team is allowed
    CHECK(users.setRole(boss, Role::Admin).error().kind == ErrorKind::Denied);
    CHECK(users.setPassword(admin, QStringLiteral("taken-over-1")).error().kind == ErrorKind::Denied);
    CHECK(AccessStore(*t.session).setPermissions(Role::Manager, {Permission::SeeOtherTeams}).error().kind
          == ErrorKind::Denied);
}

TEST_CASE("Exchange rates are team settings: changing them needs the stages and channels permission",
          "[access][currency]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    actAs(*t.session, li);
    CurrencyRates rates(*t.session);
    const CurrencyRate usd{QStringLiteral("USD"), 7100000, QDate(2026, 1, 1)};
    CHECK(rates.set(usd).error().kind == ErrorKind::Denied);
    CHECK(rates.setBaseCurrency(QStringLiteral("USD")).error().kind == ErrorKind::Denied);
    CHECK(rates.list().value().isEmpty());
}
