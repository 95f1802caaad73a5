#include "team/user.h"

namespace guanxi {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Sales: return QStringLiteral("sales");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role r : {Role::Admin, Role::Manager, Role::Sales})
        if (Roles::code(r) == code)
            return r;
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Manager: return tr("Sales manager");
    case Role::Sales: return tr("Salesperson");
    }
    return {};
}

} // namespace guanxi
