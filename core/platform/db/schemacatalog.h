#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

class Database;

// What tables a Guanxi database holds, read from the engine's own catalog
// (sqlite_master and PRAGMA table_info, or information_schema): for copying
// a database to the other backend. The search index is left out (each
// backend builds its own) and so is guanxi_meta (each side keeps its own
// version).
struct SchemaCatalog {
    Q_DECLARE_TR_FUNCTIONS(SchemaCatalog)
public:
    struct Table {
        QString name;
        QStringList columns;       // in the table's order
        QStringList selfLinks;     // columns that point to the same table (customers.company_id)
        QStringList parents;       // other tables it points to
        bool identity = false;     // an id column numbered by the database
    };
    // Every data table, parents before the tables that point to them.
    static Result<QList<Table>> tables(Database &db);
};

} // namespace guanxi
