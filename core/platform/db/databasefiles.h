#pragma once

#include "platform/result.h"

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
    // The same for a file to read (an import): opening and closing any file
    // of a database this process has open would drop its locks on it.
    static Status checkInput(const QString &source);
    // Whether target is one of the files of the database at databasePath
    // (open or not).
    static bool belongsTo(const QString &target, const QString &databasePath);

    // Whether this process has a read-write connection to the database at
    // databasePath (then its log is live, not left over).
    static bool isOpenHereForWriting(const QString &databasePath);

    // Database keeps the list: called when it opens and closes a file.
    static void opened(const QString &databasePath, bool writable);
    static void closed(const QString &databasePath, bool writable);
};

} // namespace guanxi
