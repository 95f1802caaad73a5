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
};

} // namespace guanxi
