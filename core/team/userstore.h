#pragma once

#include "team/user.h"
#include "platform/audit.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// The team members: who they are, their role, team and password. Changing
// anyone but oneself needs the ManageUsers permission (the default session of
// a file without login has it, so the first user can be added); the file
// always keeps an active administrator; every change lands in the audit trail.
class UserStore {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    explicit UserStore(Session &session) : m_session(session) {}

    Result<QList<User>> list(bool includeInactive = false) const;
    Result<User> byId(qint64 id) const;
    Result<User> byLogin(const QString &login) const;
    // How the change log names a team member: the display name, the number
    // when nobody has it, empty for nobody (the pool).
    QString nameForHistory(qint64 id) const;
    // With a password, stores only its Argon2id hash (Password::hash).
    Result<qint64> create(const User &user, const QString &password = {});
    // The display name; a change of role or of active goes through setRole,
    // deactivate and reactivate (update applies their rules when asked to).
    Status update(const User &user);
    // ManageUsers, or the session's own user changing their own password.
    // Resets the count of wrong passwords.
    Status setPassword(qint64 userId, const QString &password);
    // Refuses to leave the file without an active administrator.
    Status setRole(qint64 userId, Role role);
    // managerId 0: reports to nobody.
    Status setTeam(qint64 userId, const QString &team, qint64 managerId);
    // Offboarding, in one transaction: every live customer, open lead, open
    // deal and order the user owns goes to handToUserId (an active colleague)
    // or, with 0, to the pool, each with its history; then the user can no
    // longer log in. Not oneself, never the last active administrator.
    Status deactivate(qint64 userId, qint64 handToUserId);
    Status reactivate(qint64 userId);
    // The user to act as when none is set: the first admin, else a new one
    // named after the operating-system account.
    Result<qint64> ensureDefault(const QString &login, const QString &displayName);

private:
    Status requireManage() const;
    // Ok unless userId is the only active administrator.
    Status requireAdminOver(const User &target, Role newRole) const;
    Status keepsAnAdmin(qint64 userId, const QString &refusal) const;
    Status audit(AuditAction action, qint64 userId, const QJsonObject &detail = {});
    // One change to a user in its own transaction: the UPDATE (failure: the
    // message if it fails), its audit event, then lookupsChanged.
    Status apply(qint64 userId, const QString &sql, const QVariantList &values, const QString &failure,
                 AuditAction action, const QJsonObject &detail = {});
    Session &m_session;
};

} // namespace guanxi
