#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

class Database;

// `guanxi-cli check` and File > Check database: SQLite's integrity_check,
// foreign_key_check and the schema version.
struct DatabaseCheckReport {
    QStringList integrityProblems;   // empty when integrity_check says ok
    QStringList foreignKeyProblems;  // "table row N -> parent"
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

struct DatabaseCheck {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
public:
    static Result<DatabaseCheckReport> run(Database &db);
};

} // namespace guanxi
