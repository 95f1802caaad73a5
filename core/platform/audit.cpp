#include "platform/audit.h"

#include "platform/enumtable.h"

namespace guanxi {

namespace {

constexpr auto auditTable = enumTable<AuditAction>("AuditActions", {
    {AuditAction::Login, "login", QT_TRANSLATE_NOOP("AuditActions", "Logged in")},
    {AuditAction::LoginFailed, "login_failed", QT_TRANSLATE_NOOP("AuditActions", "Failed login")},
    {AuditAction::Unlock, "unlock", QT_TRANSLATE_NOOP("AuditActions", "Unlocked")},
    {AuditAction::Export, "export", QT_TRANSLATE_NOOP("AuditActions", "Export")},
    {AuditAction::Import, "import", QT_TRANSLATE_NOOP("AuditActions", "Import")},
    {AuditAction::Merge, "merge", QT_TRANSLATE_NOOP("AuditActions", "Merge")},
    {AuditAction::UserAdded, "user_added", QT_TRANSLATE_NOOP("AuditActions", "User added")},
    {AuditAction::PasswordChanged, "password", QT_TRANSLATE_NOOP("AuditActions", "Password set")},
    {AuditAction::RoleChanged, "role", QT_TRANSLATE_NOOP("AuditActions", "Role changed")},
    {AuditAction::TeamChanged, "team", QT_TRANSLATE_NOOP("AuditActions", "Team changed")},
    {AuditAction::PermissionsChanged, "permissions", QT_TRANSLATE_NOOP("AuditActions", "Permissions changed")},
    {AuditAction::UserDeactivated, "deactivate", QT_TRANSLATE_NOOP("AuditActions", "User deactivated")},
    {AuditAction::UserReactivated, "reactivate", QT_TRANSLATE_NOOP("AuditActions", "User reactivated")},
    {AuditAction::PhoneRevealed, "reveal_phone", QT_TRANSLATE_NOOP("AuditActions", "Phone number revealed")},
    {AuditAction::Backup, "backup", QT_TRANSLATE_NOOP("AuditActions", "Backup")},
    {AuditAction::Restore, "restore", QT_TRANSLATE_NOOP("AuditActions", "Restore")},
    {AuditAction::ValueRestored, "value_restored", QT_TRANSLATE_NOOP("AuditActions", "Earlier value restored")},
});

} // namespace

QString AuditActions::code(AuditAction a) { return auditTable.code(a); }
std::optional<AuditAction> AuditActions::fromCode(const QString &code) { return auditTable.fromCode(code); }
QString AuditActions::label(AuditAction a) { return auditTable.label(a); }
QList<AuditAction> AuditActions::all() { return auditTable.values(); }

} // namespace guanxi
