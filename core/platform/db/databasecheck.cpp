#include "platform/db/databasecheck.h"

#include "platform/db/damagerecord.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"

#include <QSqlQuery>

namespace guanxi {

Result<DatabaseCheckReport> DatabaseCheck::run(Database &db)
{
    DatabaseCheckReport report;
    report.schemaVersion = db.schemaVersion();
    report.latestSchemaVersion = Database::latestSchemaVersion();
    // A server keeps its own pages whole and enforces every link as it is
    // written: nothing for Guanxi to check there beyond its version.
    if (db.isServer())
        return report;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqlErrors::from(q.lastError(), tr("Could not check the database."));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QStringLiteral("ok"))
            report.integrityProblems << line;
    }
    // What the check finds is remembered beside the file: damage keeps every
    // later session from writing; an intact file is trusted again.
    if (report.integrityProblems.isEmpty())
        DamageRecord::clear(db.path());
    else
        DamageRecord::note(db.path(), tr("integrity check: %1").arg(report.integrityProblems.constFirst()));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return SqlErrors::from(q.lastError(), tr("Could not check the links between records."));
    while (q.next())
        report.foreignKeyProblems << tr("%1 row %2 points to a missing %3 record")
                                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return report;
}

} // namespace guanxi
