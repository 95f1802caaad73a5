#include "team/login.h"

#include "platform/auditstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"
#include "team/password.h"

#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

using sql::run;

namespace {
struct Account {
    qint64 id = 0;
    QString hash;
    bool active = false;
    int failures = 0;
    QDateTime lastFailed;
};

Result<std::optional<Account>> account(Session &session, const QString &login)
{
    QSqlQuery q(session.db().connection());
    if (!run(q, QStringLiteral("SELECT id, password_hash, active, failed_logins, last_failed_at FROM users "
                               "WHERE login = ?"),
             {login.trimmed()}))
        return SqlErrors::from(q.lastError(), Login::tr("Could not read the team members."));
    if (!q.next())
        return std::optional<Account>();
    Account a;
    a.id = q.value(0).toLongLong();
    a.hash = q.value(1).toString();
    a.active = q.value(2).toBool();
    a.failures = q.value(3).toInt();
    a.lastFailed = fromStoredTime(q.value(4).toString());
    return std::optional<Account>(a);
}

int waitLeft(const Session &session, const Account &a)
{
    if (a.failures == 0 || !a.lastFailed.isValid())
        return 0;
    const qint64 passed = a.lastFailed.secsTo(session.now());
    return int(std::max<qint64>(0, Login::delayAfter(a.failures) - passed));
}
} // namespace

int Login::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    return std::min(30, 1 << std::min(failures - 1, 5));
}

Result<bool> Login::required() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE active = 1), "
                               "count(*) FILTER (WHERE password_hash IS NOT NULL AND active = 1) FROM users"))
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read the team members."));
    return q.value(0).toLongLong() > 1 || q.value(1).toLongLong() > 0;
}

Result<int> Login::secondsToWait(const QString &login) const
{
    auto a = account(m_session, login);
    if (!a)
        return a.error();
    return *a ? waitLeft(m_session, **a) : 0;
}

Status Login::recordFailure(qint64 userId, const QString &login)
{
    if (!canRecord())
        return {};
    if (userId) {
        QSqlQuery q(m_session.db().connection());
        if (!run(q, QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ? "
                                   "WHERE id = ?"),
                 {toStoredTime(m_session.now()), userId}))
            return SqlErrors::from(q.lastError(), tr("Could not record the failed login."));
    }
    AuditEvent e;
    e.action = AuditAction::LoginFailed;
    e.userId = userId;
    e.login = login.trimmed();
    e.entity = QStringLiteral("user");
    e.entityId = userId;
    return AuditStore(m_session).record(e);
}

Result<Access> Login::attempt(const QString &login, const QString &password)
{
    return attempt(login, password, AuditAction::Login);
}

// Whether the file can take a write now (a damaged file becomes query-only
// during a session): a login there is checked but not recorded.
bool Login::canRecord() const
{
    return !m_session.db().isReadOnly() && !m_session.db().damageSeen();
}

Result<Access> Login::attempt(const QString &login, const QString &password, AuditAction success)
{
    const Error wrong{tr("The login or the password is wrong. Check both and try again."), {},
                      QStringLiteral("password"), ErrorKind::Denied};
    auto found = account(m_session, login);
    if (!found)
        return found.error();
    if (!*found) {
        // As long as for a real account, so the time does not tell which
        // logins exist.
        static const QString dummy = Password::hash(QStringLiteral("no such account")).value_or(QString());
        (void)Password::verify(dummy, password);
        if (Status s = recordFailure(0, login); !s)
            return s.error();
        return wrong;
    }
    const Account &a = **found;
    if (const int wait = waitLeft(m_session, a); wait > 0)
        return Error{tr("After wrong passwords, “%1” must wait %n more second(s) before the next try.", nullptr, wait)
                         .arg(login.trimmed()),
                     {}, QStringLiteral("password"), ErrorKind::Busy};
    if (a.hash.isEmpty()) {
        // Without passwords, logging in only says who is working (anyone can
        // pick any name, as before there were logins). Once any account has
        // a password, one without cannot be entered: it would be the way
        // around everyone else's.
        QSqlQuery q(m_session.db().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND password_hash IS NOT NULL"))
            || !q.next())
            return SqlErrors::from(q.lastError(), tr("Could not read the team members."));
        if (q.value(0).toLongLong() > 0)
            return Error{tr("“%1” has no password yet. Ask an administrator to set one (Tools › Team Members, or "
                            "guanxi-cli users passwd %1).")
                             .arg(login.trimmed()),
                         {}, QStringLiteral("password"), ErrorKind::Denied};
    }
    const bool matches = a.hash.isEmpty() ? password.isEmpty() : Password::verify(a.hash, password);
    if (!matches) {
        if (Status s = recordFailure(a.id, login); !s)
            return s.error();
        return wrong;
    }
    if (!a.active)
        return Error{tr("The account “%1” has been deactivated. Ask an administrator if you need it again.")
                         .arg(login.trimmed()),
                     {}, QStringLiteral("login"), ErrorKind::Denied};
    // Unlocking after the idle lock keeps the access the session has (its
    // connection may be query-only by now, on a file found damaged).
    Result<Access> access = m_session.access();
    if (success != AuditAction::Unlock) {
        access = AccessStore(m_session).forUser(a.id);
        if (!access)
            return access.error();
        if (Status s = m_session.setAccess(*access); !s)
            return s.error();
    }
    if (canRecord()) {
        QSqlQuery q(m_session.db().connection());
        if (a.failures && !run(q, QStringLiteral("UPDATE users SET failed_logins = 0, last_failed_at = NULL "
                                                 "WHERE id = ?"),
                               {a.id}))
            return SqlErrors::from(q.lastError(), tr("Could not record the login."));
        AuditEvent e;
        e.action = success;
        e.entity = QStringLiteral("user");
        e.entityId = a.id;
        if (Status s = AuditStore(m_session).record(e); !s)
            return s.error();
    }
    return access;
}

Status Login::unlock(const QString &password)
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT login FROM users WHERE id = ?"), {m_session.userId()}) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read the team member."));
    const QString login = q.value(0).toString();
    q.finish();
    auto again = attempt(login, password, AuditAction::Unlock);
    if (!again)
        return again.error();
    return {};
}

} // namespace guanxi
