#include "team/permission.h"

#include "platform/enumtable.h"

namespace guanxi {

namespace {

constexpr auto permissionTable = enumTable<Permission>("Permissions", {
    {Permission::Export, "export", QT_TRANSLATE_NOOP("Permissions", "Export")},
    {Permission::Import, "import", QT_TRANSLATE_NOOP("Permissions", "Import")},
    {Permission::Delete, "delete", QT_TRANSLATE_NOOP("Permissions", "Delete")},
    {Permission::Purge, "purge", QT_TRANSLATE_NOOP("Permissions", "Delete for good")},
    {Permission::Merge, "merge", QT_TRANSLATE_NOOP("Permissions", "Merge duplicates")},
    {Permission::EditPoolRules, "edit_pool_rules", QT_TRANSLATE_NOOP("Permissions", "Edit pool and assignment rules")},
    {Permission::EditStagesChannels, "edit_stages_channels",
     QT_TRANSLATE_NOOP("Permissions", "Edit stages, channels and rates")},
    {Permission::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("Permissions", "Manage users")},
    {Permission::SeeOtherTeams, "see_other_teams", QT_TRANSLATE_NOOP("Permissions", "See other teams")},
    {Permission::RevealPhone, "reveal_phone", QT_TRANSLATE_NOOP("Permissions", "Reveal others' phone numbers")},
    {Permission::ViewAudit, "view_audit", QT_TRANSLATE_NOOP("Permissions", "View the audit trail")},
});

} // namespace

QString Permissions::code(Permission p) { return permissionTable.code(p); }
std::optional<Permission> Permissions::fromCode(const QString &code) { return permissionTable.fromCode(code); }
QString Permissions::label(Permission p) { return permissionTable.label(p); }
QList<Permission> Permissions::all() { return permissionTable.values(); }

QSet<Permission> Permissions::defaults(Role role)
{
    switch (role) {
    case Role::Admin: {
        const QList<Permission> every = all();
        return QSet<Permission>(every.begin(), every.end());
    }
    case Role::Manager:
        return {Permission::Export, Permission::Import, Permission::Delete, Permission::Merge,
                Permission::RevealPhone, Permission::ViewAudit};
    case Role::Sales:
        return {Permission::Import, Permission::Delete};
    }
    return {};
}

} // namespace guanxi
