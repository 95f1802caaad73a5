#include "team/user.h"

#include "platform/enumtable.h"

namespace guanxi {

namespace {

constexpr auto roleTable = enumTable<Role>("Roles", {
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Roles", "Administrator")},
    {Role::Manager, "manager", QT_TRANSLATE_NOOP("Roles", "Sales manager")},
    {Role::Sales, "sales", QT_TRANSLATE_NOOP("Roles", "Salesperson")},
});

} // namespace

QString Roles::code(Role role) { return roleTable.code(role); }
std::optional<Role> Roles::fromCode(const QString &code) { return roleTable.fromCode(code); }
QString Roles::label(Role role) { return roleTable.label(role); }

} // namespace guanxi
