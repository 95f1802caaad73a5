#pragma once

#include <QCoreApplication>
#include <QString>

namespace guanxi {

enum class Role { Admin, Manager, Sales };

// A team member. Every record has an owner and a creator among these. Users
// are deactivated, never deleted, so their name stays on their history.
struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Sales;
    bool active = true;
    QString team;          // a manager sees the records of their team's members
    qint64 managerId = 0;  // ... and of those who report to them
    bool hasPassword = false;
};

struct Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    static QString label(Role role);
};

} // namespace guanxi
