#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guanxi {

// Forward-only schema steps, kept as resources :/guanxi/migrations/NNNN_name.sql.
// Step N takes a file from user_version N-1 to N inside one transaction.
struct Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    // Applies every step above the file's version, each in its own transaction.
    static Status upgrade(QSqlDatabase db, int fromVersion, int toVersion = -1);
    // Splits a script into complete statements (triggers keep their bodies).
    static QStringList statements(const QString &script);

    // PostgreSQL: the steps in :/guanxi/migrations-pg, hand-written to give
    // the same tables and columns version for version. The first step there
    // sets up a new database at once; the version is kept in guanxi_meta.
    // Clients upgrading at the same moment wait for each other.
    static Status upgradeServer(QSqlDatabase db, int fromVersion);
    // Splits a PostgreSQL script: $$…$$ function bodies keep their ';'.
    static QStringList serverStatements(const QString &script);
};

} // namespace guanxi
