// UserStore's changes to an existing team member: password, role, team,
// deactivation (offboarding) and reactivation. Reads, create and update are
// in userstore.cpp.
#include "team/userstore.h"

#include "platform/auditstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "team/offboarding.h"
#include "team/password.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace guanxi {

using sql::run;

Status UserStore::requireManage() const
{
    return m_session.require(Permission::ManageUsers);
}

// ManageUsers manages the team; administrators stay an administrator's
// business, so that the permission cannot be used to climb above it.
Status UserStore::requireAdminOver(const User &target, Role newRole) const
{
    if (m_session.access().role == Role::Admin || (target.role != Role::Admin && newRole != Role::Admin))
        return {};
    return Error{tr("Only an administrator can change an administrator's account or make someone one."), {},
                 QStringLiteral("role"), ErrorKind::Denied};
}

Status UserStore::keepsAnAdmin(qint64 userId, const QString &refusal) const
{
    QSqlQuery q(m_session.db().connection());
    // On a server the active administrators' rows stay locked to the end of
    // the caller's transaction, so that two programs demoting one each count
    // one after the other (the second then finds the first's change).
    if (!run(q, QStringLiteral("SELECT count(*) FROM (SELECT id FROM users WHERE active = 1 AND role = 'admin'")
                    + m_session.db().dialect().forUpdate() + QStringLiteral(") a WHERE a.id <> ?"),
             {userId})
        || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not count the administrators."));
    if (q.value(0).toLongLong() > 0)
        return {};
    return Error{refusal, {}, QStringLiteral("role"), ErrorKind::Conflict};
}

Status UserStore::audit(AuditAction action, qint64 userId, const QJsonObject &detail)
{
    AuditEvent e;
    e.action = action;
    e.entity = QStringLiteral("user");
    e.entityId = userId;
    e.detail = detail;
    return AuditStore(m_session).record(e);
}

Status UserStore::apply(qint64 userId, const QString &sql, const QVariantList &values, const QString &failure,
                        AuditAction action, const QJsonObject &detail)
{
    Transaction t(m_session.db());
    if (Status s = t.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), failure);
    if (Status s = audit(action, userId, detail); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Lookups);
    return {};
}

Status UserStore::setPassword(qint64 userId, const QString &password)
{
    if (userId != m_session.userId())
        if (Status s = requireManage(); !s)
            return s;
    auto user = byId(userId);
    if (!user)
        return user.error();
    if (userId != m_session.userId())
        if (Status s = requireAdminOver(*user, user->role); !s)
            return s;
    auto hashed = Password::hash(password);
    if (!hashed)
        return hashed.error();
    return apply(userId,
                 QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, last_failed_at = NULL "
                                "WHERE id = ?"),
                 {*hashed, userId}, tr("Could not save the password of %1.").arg(user->displayName),
                 AuditAction::PasswordChanged);
}

Status UserStore::setRole(qint64 userId, Role role)
{
    if (Status s = requireManage(); !s)
        return s;
    auto user = byId(userId);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    if (Status s = requireAdminOver(*user, role); !s)
        return s;
    // The count and the change in one write transaction, so two programs
    // cannot each demote one of the last two administrators.
    Transaction t(m_session.db());
    if (Status s = t.begin(); !s)
        return s;
    if (user->role == Role::Admin && user->active)
        if (Status s = keepsAnAdmin(userId, tr("%1 is the only active administrator. Make someone else an "
                                               "administrator first, so that the file keeps one.")
                                                .arg(user->displayName));
            !s)
            return s;
    if (Status s = apply(userId, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {Roles::code(role), userId},
                         tr("Could not change the role of %1.").arg(user->displayName), AuditAction::RoleChanged,
                         {{QStringLiteral("old"), Roles::code(user->role)}, {QStringLiteral("new"), Roles::code(role)}});
        !s)
        return s;
    return t.commit();
}

Status UserStore::setTeam(qint64 userId, const QString &team, qint64 managerId)
{
    if (Status s = requireManage(); !s)
        return s;
    auto user = byId(userId);
    if (!user)
        return user.error();
    if (managerId == userId)
        return Error{tr("%1 cannot be their own manager; choose someone else or nobody.").arg(user->displayName), {},
                     QStringLiteral("manager"), ErrorKind::Invalid};
    if (managerId)
        if (auto manager = byId(managerId); !manager)
            return manager.error();
    return apply(userId, QStringLiteral("UPDATE users SET team = ?, manager_id = ? WHERE id = ?"),
                 {sql::nullable(team.trimmed()), sql::nullable(managerId), userId},
                 tr("Could not change the team of %1.").arg(user->displayName), AuditAction::TeamChanged,
                 {{QStringLiteral("old_team"), user->team}, {QStringLiteral("new_team"), team.trimmed()},
                  {QStringLiteral("old_manager"), user->managerId}, {QStringLiteral("new_manager"), managerId}});
}

Status UserStore::deactivate(qint64 userId, qint64 handToUserId)
{
    if (Status s = requireManage(); !s)
        return s;
    auto user = byId(userId);
    if (!user)
        return user.error();
    if (userId == m_session.userId())
        return Error{tr("You cannot deactivate yourself; ask another administrator."), {}, {}, ErrorKind::Conflict};
    if (!user->active)
        return Error{tr("%1 is deactivated already.").arg(user->displayName), {}, {}, ErrorKind::Conflict};
    if (handToUserId == userId)
        return Error{tr("Hand the records of %1 to a colleague or to the pool, not back to them.")
                         .arg(user->displayName),
                     {}, QStringLiteral("to"), ErrorKind::Invalid};
    if (Status s = requireAdminOver(*user, user->role); !s)
        return s;
    if (handToUserId) {
        auto to = byId(handToUserId);
        if (!to)
            return to.error();
        if (!to->active)
            return Error{tr("%1 is deactivated; hand the records to an active colleague or to the pool.")
                             .arg(to->displayName),
                         {}, QStringLiteral("to"), ErrorKind::Invalid};
    }
    Transaction t(m_session.db(), tr("handing over the records of %1").arg(user->displayName));
    if (Status s = t.begin(); !s)
        return s;
    if (user->role == Role::Admin)
        if (Status s = keepsAnAdmin(userId, tr("%1 is the only active administrator. Make someone else an "
                                               "administrator first, so that the file keeps one.")
                                                .arg(user->displayName));
            !s)
            return s;
    auto moved = Offboarding(m_session).handOver(userId, handToUserId);
    if (!moved)
        return moved.error();
    if (Status s = apply(userId, QStringLiteral("UPDATE users SET active = 0, deactivated_at = ? WHERE id = ?"),
                         {toStoredTime(m_session.now()), userId},
                         tr("Could not deactivate %1.").arg(user->displayName), AuditAction::UserDeactivated,
                         {{QStringLiteral("to"), handToUserId},
                          {QStringLiteral("customers"), moved->customers},
                          {QStringLiteral("leads"), moved->leads},
                          {QStringLiteral("deals"), moved->deals},
                          {QStringLiteral("orders"), moved->orders},
                          {QStringLiteral("deals_orders_to"), moved->salesTo}});
        !s)
        return s;
    return t.commit();
}

Status UserStore::reactivate(qint64 userId)
{
    if (Status s = requireManage(); !s)
        return s;
    auto user = byId(userId);
    if (!user)
        return user.error();
    if (user->active)
        return Error{tr("%1 is active already.").arg(user->displayName), {}, {}, ErrorKind::Conflict};
    return apply(userId,
                 QStringLiteral("UPDATE users SET active = 1, deactivated_at = NULL, failed_logins = 0, "
                                "last_failed_at = NULL WHERE id = ?"),
                 {userId}, tr("Could not reactivate %1.").arg(user->displayName), AuditAction::UserReactivated);
}

} // namespace guanxi
