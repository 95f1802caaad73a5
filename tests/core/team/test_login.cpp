// Login: who is working, with passwords hashed by libsodium, a growing wait
// after wrong ones, never a lock-out, and every attempt in the audit trail.
#include "../../support/access.h"
#include "../../support/testdb.h"

#include "platform/auditstore.h"
#include "team/login.h"
#include "team/password.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

namespace {
void setPassword(TestDb &t, qint64 userId, const QString &password)
{
    QSqlQuery q(t.db->connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(Password::hash(password).value());
    q.addBindValue(userId);
    REQUIRE(q.exec());
}

QList<AuditAction> actions(TestDb &t)
{
    QList<AuditAction> out;
    const QList<AuditEvent> events = AuditStore(*t.session).list({}).value();
    for (const AuditEvent &e : events)
        if (e.action == AuditAction::Login || e.action == AuditAction::LoginFailed)
            out.prepend(e.action);
    return out;
}
} // namespace

TEST_CASE("A password is stored as an Argon2id hash that verifies only the right password", "[login]")
{
    auto hash = Password::hash(QStringLiteral("秘密-password-1"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("password")));
    CHECK(Password::verify(*hash, QStringLiteral("秘密-password-1")));
    CHECK_FALSE(Password::verify(*hash, QStringLiteral("秘密-password-2")));
    CHECK_FALSE(Password::verify(QString(), QString()));
    auto tooShort = Password::hash(QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().message.contains(QStringLiteral("8")));
}

TEST_CASE("A single user without a password opens without login, and a second user or a password asks", "[login]")
{
    TestDb t;
    CHECK_FALSE(Login(*t.session).required().value());
    setPassword(t, t.session->userId(), QStringLiteral("correct horse"));
    CHECK(Login(*t.session).required().value());

    TestDb two;
    addUser(*two.session, QStringLiteral("li"), Role::Sales);
    CHECK(Login(*two.session).required().value());
}

TEST_CASE("Logging in sets who the session acts as and is audited, wrong passwords too", "[login]")
{
    TestDb t;
    const qint64 admin = t.session->userId();
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    setPassword(t, li, QStringLiteral("li-password"));

    Login login(*t.session);
    auto wrong = login.attempt(QStringLiteral("li"), QStringLiteral("not-it"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::Denied);
    CHECK(t.session->userId() == admin);   // unchanged
    auto nobody = login.attempt(QStringLiteral("nobody"), QStringLiteral("x"));
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().message == wrong.error().message);   // does not tell which was wrong

    // The next try waits (1 s after one failure): the clock moves on.
    CHECK(login.secondsToWait(QStringLiteral("li")).value() == 1);
    auto early = login.attempt(QStringLiteral("li"), QStringLiteral("li-password"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().kind == ErrorKind::Busy);
    t.clock.set(t.clock.nowUtc().addSecs(2));
    auto right = login.attempt(QStringLiteral("li"), QStringLiteral("li-password"));
    REQUIRE(right.ok());
    CHECK(t.session->userId() == li);
    CHECK(t.session->access().role == Role::Sales);
    CHECK_FALSE(t.session->access().seesAll);
    CHECK(login.secondsToWait(QStringLiteral("li")).value() == 0);

    actAsEveryone(*t.session, admin);
    CHECK(actions(t) == QList<AuditAction>{AuditAction::LoginFailed, AuditAction::LoginFailed, AuditAction::Login});
}

TEST_CASE("The wait after wrong passwords grows but never locks the account out", "[login]")
{
    CHECK(Login::delayAfter(0) == 0);
    CHECK(Login::delayAfter(1) == 1);
    CHECK(Login::delayAfter(3) == 4);
    CHECK(Login::delayAfter(6) == 30);
    CHECK(Login::delayAfter(1000) == 30);

    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    setPassword(t, li, QStringLiteral("li-password"));
    Login login(*t.session);
    for (int i = 0; i < 12; ++i) {
        t.clock.set(t.clock.nowUtc().addSecs(60));
        REQUIRE_FALSE(login.attempt(QStringLiteral("li"), QStringLiteral("wrong")).ok());
    }
    t.clock.set(t.clock.nowUtc().addSecs(31));
    CHECK(login.attempt(QStringLiteral("li"), QStringLiteral("li-password")).ok());
}

TEST_CASE("A deactivated user cannot log in, even with the right password", "[login]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    setPassword(t, li, QStringLiteral("li-password"));
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE users SET active = 0 WHERE login = 'li'")));
    auto attempt = Login(*t.session).attempt(QStringLiteral("li"), QStringLiteral("li-password"));
    REQUIRE_FALSE(attempt.ok());
    CHECK(attempt.error().message.contains(QStringLiteral("deactivated")));
    CHECK(t.session->userId() != li);
}

TEST_CASE("Unlocking after the idle lock needs the session user's own password", "[login]")
{
    TestDb t;
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    setPassword(t, li, QStringLiteral("li-password"));
    REQUIRE(Login(*t.session).attempt(QStringLiteral("li"), QStringLiteral("li-password")).ok());
    CHECK_FALSE(Login(*t.session).unlock(QStringLiteral("tester-password")).ok());
    t.clock.set(t.clock.nowUtc().addSecs(5));
    CHECK(Login(*t.session).unlock(QStringLiteral("li-password")).ok());
    CHECK(t.session->userId() == li);
}

TEST_CASE("Once any account has a password, an account without one cannot be entered", "[login]")
{
    TestDb t;
    const qint64 admin = t.session->userId();
    const qint64 li = addUser(*t.session, QStringLiteral("li"), Role::Sales);
    Login login(*t.session);
    // Nobody has a password yet: logging in only says who is working.
    REQUIRE(login.attempt(QStringLiteral("tester"), QString()).ok());
    actAsEveryone(*t.session, admin);
    setPassword(t, li, QStringLiteral("li-password"));
    auto entered = login.attempt(QStringLiteral("tester"), QString());
    REQUIRE_FALSE(entered.ok());
    CHECK(entered.error().kind == ErrorKind::Denied);
    CHECK(entered.error().message.contains(QStringLiteral("no password yet")));
    CHECK(login.attempt(QStringLiteral("li"), QStringLiteral("li-password")).ok());
}
