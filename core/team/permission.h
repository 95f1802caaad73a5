#pragma once

#include "team/user.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace guanxi {

// What a role may do beyond seeing and changing the records it sees. Stored
// per role in role_permissions by code; administrators hold all of them.
enum class Permission {
    Export,             // write customers, leads, orders or reports to a file
    Import,             // read files into the database
    Delete,             // move records to the trash
    Purge,              // delete from the trash for good, empty it
    Merge,              // merge duplicate customers
    EditPoolRules,      // the pool's claim cap, cool-down and reclaim rules, assignment rules
    EditStagesChannels, // deal stages, source and follow-up channels, currency rates
    ManageUsers,        // add users, set passwords, roles, permissions; deactivate
    SeeOtherTeams,      // see every team's records, as an administrator does
    RevealPhone,        // see a full phone number on a record of someone else's (logged)
    ViewAudit,          // the audit trail (of the team's members, or everyone's with SeeOtherTeams)
};

struct Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QString code(Permission p);
    static std::optional<Permission> fromCode(const QString &code);
    static QString label(Permission p);
    static QList<Permission> all();
    // The set a new file starts with (migration 0020 seeds the same).
    static QSet<Permission> defaults(Role role);
};

} // namespace guanxi
