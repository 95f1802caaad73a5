#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace guanxi {

// The files that make up each database this process has open: the database
// itself and the working files SQLite and Guanxi keep beside it (-wal, -shm,
// -journal, a restore's .restoring). Every output (an export, a report, a
// rejects file, a backup, a copy) asks checkOutput() first, so no output can
// replace the database or a file SQLite would take for part of it. Files are
// compared by identity (device and inode, or folder and name for a file not
// yet there), never by the spelling of the path.
struct DatabaseFiles {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)
public:
    static Status checkOutput(const QString &target);
    // Whether target is one of the files of the database at databasePath
    // (open or not).
    static bool belongsTo(const QString &target, const QString &databasePath);

    // Whether this process has a connection to the database at databasePath.
    static bool isOpenHere(const QString &databasePath);

    // Database keeps the list: called when it opens and closes a file.
    static void opened(const QString &databasePath);
    static void closed(const QString &databasePath);
};

} // namespace guanxi
