#pragma once

#include <QCoreApplication>
#include <QString>

namespace guanxi {

enum class Role { Admin, Manager, Sales };

// A team member. Every record has an owner and a creator among these. There
// is no login yet: the current user is a setting.
struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Sales;
    bool active = true;
};

struct Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    static QString label(Role role);
};

} // namespace guanxi
