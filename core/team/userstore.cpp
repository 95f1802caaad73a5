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

namespace {
User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Sales);
    u.active = q.value(4).toBool();
    u.team = q.value(5).toString();
    u.managerId = q.value(6).toLongLong();
    u.hasPassword = q.value(7).toBool();
    return u;
}
const QString selectUsers = QStringLiteral(
    "SELECT id, login, display_name, role, active, team, manager_id, password_hash IS NOT NULL FROM users ");
} // namespace

Result<QList<User>> UserStore::list(bool includeInactive) const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(selectUsers + (includeInactive ? QString() : QStringLiteral("WHERE active = 1 "))
                + QStringLiteral("ORDER BY display_name")))
        return SqlErrors::from(q.lastError(), tr("Could not read the team members."));
    QList<User> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<User> UserStore::byId(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, selectUsers + QStringLiteral("WHERE id = ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read the team member."));
    if (!q.next())
        return Error{tr("There is no team member with number %1.").arg(id), {}, {}, ErrorKind::NotFound};
    return fromRow(q);
}

QString UserStore::nameForHistory(qint64 id) const
{
    if (!id)
        return {};
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    q.bindValue(0, id);
    QString name = (q.exec() && q.next()) ? q.value(0).toString() : QString::number(id);
    q.finish();
    return name;
}

Result<User> UserStore::byLogin(const QString &login) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, selectUsers + QStringLiteral("WHERE login = ?"), {login}))
        return SqlErrors::from(q.lastError(), tr("Could not read the team member."));
    if (!q.next())
        return Error{tr("There is no team member with login “%1”.").arg(login), {}, {}, ErrorKind::NotFound};
    return fromRow(q);
}

Result<qint64> UserStore::create(const User &user, const QString &password)
{
    if (Status s = requireManage(); !s)
        return s.error();
    if (user.login.trimmed().isEmpty() || user.displayName.trimmed().isEmpty())
        return Error{tr("A team member needs a login and a display name."), {}, QStringLiteral("login")};
    QVariant hash;
    if (!password.isEmpty()) {
        auto hashed = Password::hash(password);
        if (!hashed)
            return hashed.error();
        hash = *hashed;
    }
    Transaction t(m_session.db());
    if (Status s = t.begin(); !s)
        return s.error();
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO users (login, display_name, role, active, created_at, team, manager_id, "
                               "password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {user.login.trimmed(), user.displayName.trimmed(), Roles::code(user.role), user.active ? 1 : 0,
              toStoredTime(m_session.now()), sql::nullable(user.team.trimmed()), sql::nullable(user.managerId),
              hash})
        || !q.next()) {
        // A unique constraint: SQLite's extended code, PostgreSQL's SQLSTATE.
        if (q.lastError().nativeErrorCode() == QStringLiteral("2067")
            || q.lastError().nativeErrorCode() == QStringLiteral("23505"))
            return Error{tr("The login “%1” is taken; choose another.").arg(user.login), {},
                         QStringLiteral("login"), ErrorKind::Conflict};
        return SqlErrors::from(q.lastError(), tr("Could not add the team member."));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = audit(AuditAction::UserAdded, id,
                         {{QStringLiteral("login"), user.login.trimmed()},
                          {QStringLiteral("role"), Roles::code(user.role)},
                          {QStringLiteral("team"), user.team.trimmed()}});
        !s)
        return s.error();
    if (Status s = t.commit(); !s)
        return s.error();
    m_session.announce(Session::Changed::Lookups);
    return id;
}

Status UserStore::update(const User &user)
{
    if (user.displayName.trimmed().isEmpty())
        return Error{tr("A team member needs a display name."), {}, QStringLiteral("display_name")};
    auto before = byId(user.id);
    if (!before)
        return before.error();
    if (user.id != m_session.userId() || before->role != user.role || before->active != user.active)
        if (Status s = requireManage(); !s)
            return s;
    Transaction t(m_session.db());
    if (Status s = t.begin(); !s)
        return s;
    if (before->role != user.role)
        if (Status s = setRole(user.id, user.role); !s)
            return s;
    if (before->active && !user.active)
        if (Status s = deactivate(user.id, 0); !s)
            return s;
    if (!before->active && user.active)
        if (Status s = reactivate(user.id); !s)
            return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"), {user.displayName.trimmed(), user.id}))
        return SqlErrors::from(q.lastError(), tr("Could not save the team member."));
    if (Status s = t.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Lookups);
    return {};
}

Result<qint64> UserStore::ensureDefault(const QString &login, const QString &displayName)
{
    QSqlQuery q(m_session.db().connection());
    if (q.exec(QStringLiteral("SELECT id FROM users WHERE active = 1 ORDER BY (role = 'admin') DESC, "
                              "id LIMIT 1"))
        && q.next())
        return q.value(0).toLongLong();
    if (m_session.db().isReadOnly())
        return qint64(0);
    User u;
    u.login = login.isEmpty() ? QStringLiteral("me") : login;
    u.displayName = displayName.isEmpty() ? u.login : displayName;
    u.role = Role::Admin;
    return create(u);
}

} // namespace guanxi
