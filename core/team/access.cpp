#include "team/access.h"

#include "platform/auditstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

using sql::run;

Access Access::everything(qint64 userId)
{
    Access a;
    a.userId = userId;
    a.role = Role::Admin;
    a.permissions = Permissions::defaults(Role::Admin);
    a.seesAll = true;
    return a;
}

Result<QSet<Permission>> AccessStore::permissions(Role role) const
{
    if (role == Role::Admin)
        return Permissions::defaults(Role::Admin);
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT permission FROM role_permissions WHERE role = ?"), {Roles::code(role)}))
        return SqlErrors::from(q.lastError(), tr("Could not read what the role may do."));
    QSet<Permission> out;
    while (q.next())
        if (auto p = Permissions::fromCode(q.value(0).toString()))
            out.insert(*p);
    return out;
}

Result<Access> AccessStore::forUser(qint64 userId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT role, team, active FROM users WHERE id = ?"), {userId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the team member."));
    if (!q.next())
        return Error{tr("There is no team member with number %1.").arg(userId), {}, {}, ErrorKind::NotFound};
    if (!q.value(2).toBool())
        return Error{tr("This team member has been deactivated and can no longer work in this file."), {}, {},
                     ErrorKind::Denied};
    Access a;
    a.userId = userId;
    a.role = Roles::fromCode(q.value(0).toString()).value_or(Role::Sales);
    a.team = q.value(1).toString();
    q.finish();
    if (a.role == Role::Admin)
        return Access::everything(userId);
    auto granted = permissions(a.role);
    if (!granted)
        return granted.error();
    a.permissions = *granted;
    a.seesAll = a.can(Permission::SeeOtherTeams);
    a.visibleOwners << userId;
    if (a.role == Role::Manager && !a.seesAll) {
        // The team: members with the same team name, and those who report
        // to this manager directly, active or not (their records stay theirs
        // until handed over).
        if (!run(q, QStringLiteral("SELECT id FROM users WHERE id <> ? AND ((team IS NOT NULL AND team <> '' "
                                   "AND team = ?) OR manager_id = ?)"),
                 {userId, a.team.isEmpty() ? QVariant() : QVariant(a.team), userId}))
            return SqlErrors::from(q.lastError(), tr("Could not read the team member's team."));
        while (q.next())
            a.visibleOwners << q.value(0).toLongLong();
    }
    return a;
}

Status AccessStore::setPermissions(Role role, const QSet<Permission> &permissions)
{
    if (Status s = m_session.require(Permission::ManageUsers); !s)
        return s;
    // A role granted ManageUsers could otherwise grant itself the rest.
    if (m_session.access().role != Role::Admin)
        return Error{tr("Only an administrator can change what roles may do."), {}, {}, ErrorKind::Denied};
    if (role == Role::Admin)
        return Error{tr("Administrators can always do everything; their permissions cannot be changed."), {}, {},
                     ErrorKind::Invalid};
    auto before = this->permissions(role);
    if (!before)
        return before.error();
    Transaction t(m_session.db());
    if (Status s = t.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("DELETE FROM role_permissions WHERE role = ?"), {Roles::code(role)}))
        return SqlErrors::from(q.lastError(), tr("Could not save what the role may do."));
    QStringList codes;
    for (Permission p : Permissions::all()) {
        if (!permissions.contains(p))
            continue;
        codes << Permissions::code(p);
        if (!run(q, QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES (?, ?)"),
                 {Roles::code(role), Permissions::code(p)}))
            return SqlErrors::from(q.lastError(), tr("Could not save what the role may do."));
    }
    QStringList was;
    for (Permission p : Permissions::all())
        if (before->contains(p))
            was << Permissions::code(p);
    AuditEvent e;
    e.action = AuditAction::PermissionsChanged;
    e.entity = QStringLiteral("role");
    e.detail = {{QStringLiteral("role"), Roles::code(role)},
                {QStringLiteral("old"), QJsonArray::fromStringList(was)},
                {QStringLiteral("new"), QJsonArray::fromStringList(codes)}};
    if (Status s = AuditStore(m_session).record(e); !s)
        return s;
    return t.commit();
}

} // namespace guanxi
