#pragma once

#include "platform/db/serveraddress.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

// Setting up a team database on a PostgreSQL server the shop already runs:
// the database itself, with the sort order and character set Guanxi needs,
// created through the server's maintenance database by a login that may
// create databases. Opening it afterwards (Database::open) creates the
// tables.
struct ServerSetup {
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)
public:
    struct Outcome {
        bool created = false; // false: it existed already
    };
    static Result<Outcome> createDatabase(const ServerAddress &target);
};

} // namespace guanxi
