#pragma once

#include "team/permission.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace guanxi {

class Session;

// Who the session acts as and what that allows: the permissions of their role
// and whose records they see. Core's stores ask the session for it (see
// Session::require and Session::visibleOwner), so the window, the command
// line and a worker thread meet the same rules.
struct Access {
    qint64 userId = 0;
    Role role = Role::Admin;
    QString team;
    QSet<Permission> permissions;
    // Administrators, and anyone allowed to see other teams, see every record.
    bool seesAll = true;
    // When !seesAll: the users whose records they see (themselves, and for a
    // manager their team's members). Records without an owner (the pool) are
    // seen by everyone.
    QList<qint64> visibleOwners;

    bool can(Permission p) const { return permissions.contains(p); }
    bool seesOwner(qint64 ownerId) const { return seesAll || ownerId == 0 || visibleOwners.contains(ownerId); }

    // Everything, as the single user of a file without login, maintenance
    // (upgrades, sample data) and tests that are not about access have it.
    static Access everything(qint64 userId = 0);
};

// Reads and changes what roles may do.
class AccessStore {
    Q_DECLARE_TR_FUNCTIONS(AccessStore)
public:
    explicit AccessStore(Session &session) : m_session(session) {}

    // The access of an active user: role, team, permissions, whose records.
    Result<Access> forUser(qint64 userId) const;
    Result<QSet<Permission>> permissions(Role role) const;
    // Administrators only (ManageUsers); logged in the audit trail. The
    // administrator role always holds every permission and cannot be changed.
    Status setPermissions(Role role, const QSet<Permission> &permissions);

private:
    Session &m_session;
};

} // namespace guanxi
