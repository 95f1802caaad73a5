#pragma once

#include "platform/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace guanxi {

class Session;

// Copies a whole Guanxi database into a new one, file or server, either
// way: moving a shop's file onto its team server, or the team database into
// a file (leaving the team, a portable backup). Every record keeps its id;
// the target's search index is built anew; every table's row count and a
// SHA-256 over its rows are compared on both sides before the target's one
// transaction commits, so a target is either a faithful copy or untouched.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct TableReport {
        QString name;
        qint64 rows = 0;
        QString checksum; // hex SHA-256 of the rows in a canonical order
    };
    struct Report {
        QList<TableReport> tables;
        qint64 rows = 0;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // target must be a new database (no team members, customers, leads,
    // deals, orders or history yet); both at the same data version. The
    // source is read from one snapshot, so it may be in use meanwhile.
    static Result<Report> copy(Session &source, Session &target, const Progress &progress = {},
                               const std::atomic_bool *cancel = nullptr);
};

} // namespace guanxi
