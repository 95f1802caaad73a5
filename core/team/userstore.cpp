#include "team/userstore.h"

#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/session.h"

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
    return u;
}
const QString selectUsers = QStringLiteral("SELECT id, login, display_name, role, active FROM users ");
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
        return Error{tr("There is no team member with number %1.").arg(id), {}, {}};
    return fromRow(q);
}

Result<User> UserStore::byLogin(const QString &login) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, selectUsers + QStringLiteral("WHERE login = ?"), {login}))
        return SqlErrors::from(q.lastError(), tr("Could not read the team member."));
    if (!q.next())
        return Error{tr("There is no team member with login “%1”.").arg(login), {}, {}};
    return fromRow(q);
}

Result<qint64> UserStore::create(const User &user)
{
    if (user.login.trimmed().isEmpty() || user.displayName.trimmed().isEmpty())
        return Error{tr("A team member needs a login and a display name."), {}, QStringLiteral("login")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO users (login, display_name, role, active, created_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
             {user.login.trimmed(), user.displayName.trimmed(), Roles::code(user.role), user.active ? 1 : 0,
              toStoredTime(m_session.now())})) {
        if (q.lastError().nativeErrorCode() == QStringLiteral("2067"))
            return Error{tr("The login “%1” is taken; choose another.").arg(user.login), {},
                         QStringLiteral("login")};
        return SqlErrors::from(q.lastError(), tr("Could not add the team member."));
    }
    m_session.announce([s = &m_session] { emit s->lookupsChanged(); });
    return q.lastInsertId().toLongLong();
}

Status UserStore::update(const User &user)
{
    if (user.displayName.trimmed().isEmpty())
        return Error{tr("A team member needs a display name."), {}, QStringLiteral("display_name")};
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE users SET display_name = ?, role = ?, active = ? WHERE id = ?"),
             {user.displayName.trimmed(), Roles::code(user.role), user.active ? 1 : 0, user.id}))
        return SqlErrors::from(q.lastError(), tr("Could not save the team member."));
    m_session.announce([s = &m_session] { emit s->lookupsChanged(); });
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
