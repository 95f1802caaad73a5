// Managing the team: who may add members and set passwords, roles and teams,
// the file always keeping an active administrator, and every change in the
// audit trail (never a password).
#include "../../support/access.h"
#include "../../support/testdb.h"

#include "platform/auditstore.h"
#include "team/login.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

namespace {
QList<AuditEvent> events(TestDb &t, AuditAction action)
{
    AuditStore::Filter f;
    f.action = action;
    return AuditStore(*t.session).list(f).value();
}

QString storedHash(TestDb &t, qint64 userId)
{
    QSqlQuery q(t.db->connection());
    q.prepare(QStringLiteral("SELECT coalesce(password_hash, '') FROM users WHERE id = ?"));
    q.addBindValue(userId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("A new member with a password, team and manager is stored hashed and audited", "[users]")
{
    TestDb t;
    const qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager, QStringLiteral("east"));
    User u;
    u.login = QStringLiteral("li");
    u.displayName = QStringLiteral("李娜");
    u.role = Role::Sales;
    u.team = QStringLiteral("east");
    u.managerId = boss;
    auto id = UserStore(*t.session).create(u, QStringLiteral("secret-123"));
    REQUIRE(id.ok());
    auto back = UserStore(*t.session).byId(*id);
    REQUIRE(back.ok());
    CHECK(back->team == QStringLiteral("east"));
    CHECK(back->managerId == boss);
    CHECK(back->hasPassword);
    CHECK(storedHash(t, *id).startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(storedHash(t, *id).contains(QStringLiteral("secret-123")));

    const auto added = events(t, AuditAction::UserAdded);
    REQUIRE_FALSE(added.isEmpty());
    CHECK(added.first().entityId == *id);
    CHECK_FALSE(QJsonDocument(added.first().detail).toJson().contains("secret-123"));

    User weak = u;
    weak.login = QStringLiteral("weak");
    auto refused = UserStore(*t.session).create(weak, QStringLiteral("short"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("password"));
    CHECK_FALSE(UserStore(*t.session).byLogin(QStringLiteral("weak")).ok());
    CHECK(Login(*t.session).attempt(QStringLiteral("li"), QStringLiteral("secret-123")).ok());
}

TEST_CASE("Only ManageUsers adds members or changes others, but anyone changes their own password", "[users]")
{
    TestDb t;
    const qint64 admin = t.session->userId();
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    const qint64 wang = addUser(*t.session, QStringLiteral("wang"), Role::Sales);
    actAs(*t.session, li);
    UserStore users(*t.session);
    User u;
    u.login = QStringLiteral("zhao");
    u.displayName = QStringLiteral("赵");
    auto added = users.create(u);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == ErrorKind::Denied);
    CHECK(added.error().field == QStringLiteral("manage_users"));
    CHECK(users.setRole(li, Role::Admin).error().kind == ErrorKind::Denied);
    CHECK(users.setTeam(wang, QStringLiteral("east"), 0).error().kind == ErrorKind::Denied);
    CHECK(users.deactivate(wang, 0).error().kind == ErrorKind::Denied);
    CHECK(users.setPassword(wang, QStringLiteral("not mine 123")).error().kind == ErrorKind::Denied);
    CHECK(users.byId(li)->role == Role::Sales);

    REQUIRE(users.setPassword(li, QStringLiteral("my own 12345")).ok());
    CHECK(storedHash(t, li).startsWith(QStringLiteral("$argon2id$")));
    actAsEveryone(*t.session, admin);
    const auto changed = events(t, AuditAction::PasswordChanged);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().entityId == li);
    CHECK(changed.first().userId == li);
}

TEST_CASE("An administrator resets a password, which also clears the wrong-password wait", "[users]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    REQUIRE(UserStore(*t.session).setPassword(li, QStringLiteral("first pass 1")).ok());
    Login login(*t.session);
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(login.attempt(QStringLiteral("li"), QStringLiteral("wrong wrong")).ok());
    CHECK(login.secondsToWait(QStringLiteral("li")).value() > 0);
    actAsEveryone(*t.session, 1);
    REQUIRE(UserStore(*t.session).setPassword(li, QStringLiteral("second pass 2")).ok());
    CHECK(login.secondsToWait(QStringLiteral("li")).value() == 0);
    CHECK(login.attempt(QStringLiteral("li"), QStringLiteral("second pass 2")).ok());
}

TEST_CASE("The file always keeps an active administrator", "[users]")
{
    TestDb t;
    const qint64 admin = t.session->userId();
    const qint64 other = addUser(*t.session, QStringLiteral("other"), Role::Admin);
    UserStore users(*t.session);
    // Two administrators: one may step down; the last may not.
    REQUIRE(users.setRole(other, Role::Manager).ok());
    auto last = users.setRole(admin, Role::Sales);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().message.contains(QStringLiteral("only active administrator")));
    CHECK(users.byId(admin)->role == Role::Admin);
    actAsEveryone(*t.session, other);
    auto gone = users.deactivate(admin, 0);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QStringLiteral("only active administrator")));
    CHECK(users.byId(admin)->active);
    User viaUpdate = users.byId(admin).value();
    viaUpdate.role = Role::Sales;
    CHECK_FALSE(users.update(viaUpdate).ok());
    CHECK(users.byId(admin)->role == Role::Admin);

    const auto roles = events(t, AuditAction::RoleChanged);
    REQUIRE(roles.size() == 1);
    CHECK(roles.first().detail.value(QStringLiteral("old")).toString() == QStringLiteral("admin"));
    CHECK(roles.first().detail.value(QStringLiteral("new")).toString() == QStringLiteral("manager"));
}

TEST_CASE("A team and a manager decide what a manager sees", "[users]")
{
    TestDb t;
    const qint64 boss = addUser(*t.session, QStringLiteral("boss"), Role::Manager);
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    UserStore users(*t.session);
    CHECK_FALSE(AccessStore(*t.session).forUser(boss)->visibleOwners.contains(li));
    REQUIRE(users.setTeam(li, QStringLiteral("east"), boss).ok());
    CHECK(AccessStore(*t.session).forUser(boss)->visibleOwners.contains(li));
    CHECK(users.byId(li)->team == QStringLiteral("east"));
    CHECK_FALSE(users.setTeam(li, QStringLiteral("east"), li).ok());
    CHECK(events(t, AuditAction::TeamChanged).size() == 1);
}

TEST_CASE("Updating a member changes the display name, and the trigger refuses deleting one", "[users]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    UserStore users(*t.session);
    User u = users.byId(li).value();
    u.displayName = QStringLiteral("李娜");
    REQUIRE(users.update(u).ok());
    CHECK(users.byId(li)->displayName == QStringLiteral("李娜"));
    QSqlQuery q(t.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM users WHERE login = 'li'")));
    CHECK(users.byId(li).ok());
}
