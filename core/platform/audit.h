#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace guanxi {

// What the audit trail records besides changes to records (those are in the
// change log, which the Audit page shows alongside).
enum class AuditAction {
    Login,
    LoginFailed,
    Unlock,
    Export,
    Import,
    Merge,
    UserAdded,
    PasswordChanged,
    RoleChanged,
    TeamChanged,
    PermissionsChanged,
    UserDeactivated,
    UserReactivated,
    PhoneRevealed,
    Backup,
    Restore,
    ValueRestored,
};

struct AuditActions {
    Q_DECLARE_TR_FUNCTIONS(AuditActions)
public:
    static QString code(AuditAction a);
    static std::optional<AuditAction> fromCode(const QString &code);
    static QString label(AuditAction a);
    static QList<AuditAction> all();
};

// One line of the audit trail.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;          // the session's clock when recorded
    qint64 userId = 0;     // the session's user when recorded
    QString userName;      // filled when read back
    QString login;         // the login typed (failed logins of nobody)
    AuditAction action = AuditAction::Login;
    QString entity;        // "customer", "user", "file"...
    qint64 entityId = 0;
    QJsonObject detail;    // filter, rows, sha256, file, old/new role...
};

} // namespace guanxi
