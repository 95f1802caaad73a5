#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace guanxi {

// Who is writing to a database file, for the messages of those who wait.
//
// A long write (an import, sample data, a merge) leaves a note beside the
// file, NAME-busy, for as long as its transaction is open: what it does, the
// program and process, and since when. Others read it when they would wait,
// and say "guanxi-cli (process 4242) is importing big.csv since 10:02"
// instead of "busy". A note whose process is gone means nothing and is
// ignored. Without a note, the process holding SQLite's write lock is found
// in /proc/locks (Linux), so a foreign program (the sqlite3 shell, a sync
// tool) can be named too.
struct FileWriters {
    Q_DECLARE_TR_FUNCTIONS(FileWriters)
public:
    static QString notePath(const QString &databasePath);
    // Leaves the note; returns false when it cannot be written (nothing
    // depends on it: it only improves others' messages).
    static bool announce(const QString &databasePath, const QString &what, const QDateTime &sinceUtc);
    static void withdraw(const QString &databasePath);
    // Whether a live process has announced a long write.
    static bool longWriteRunning(const QString &databasePath);
    // "guanxi-cli (process 4242) is importing big.csv since 10:02", or
    // "sqlite3 (process 77) is writing to it", or empty when unknown.
    static QString describe(const QString &databasePath);
    // Whether another process holds any lock on the database or its -shm:
    // it has the file open, so its log is live, not left over.
    static bool otherProcessHasOpen(const QString &databasePath);
};

} // namespace guanxi
