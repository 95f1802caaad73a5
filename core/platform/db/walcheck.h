#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

// Reads a database's write-ahead log (NAME-wal) the way SQLite recovers it
// (sqlite.org/fileformat2.html, "The WAL file format"), without opening the
// database. SQLite replays frames up to the first whose salts or running
// checksum do not match and silently drops the rest, then deletes the log:
// committed changes after a damaged frame would be lost without a word. This
// finds such committed frames first.
struct WalCheck {
    Q_DECLARE_TR_FUNCTIONS(WalCheck)
public:
    struct Finding {
        bool damaged = false;
        qint64 frames = 0;         // whole frames in the file
        qint64 readable = 0;       // frames SQLite would replay (up to the last commit before the damage)
        qint64 firstBad = -1;      // 1-based frame where the readable run ends, -1 when none
        qint64 lostCommits = 0;    // commit frames after the damage that SQLite would drop
        QString what;              // for the user, when damaged
    };
    static Result<Finding> inspect(const QString &walPath);

    // Whether the database's -wal (if any) is damaged, whoever has it open.
    static bool logDamaged(const QString &databasePath);

    // Before opening a database: a -wal left by a program that is gone
    // (nobody has the file open for writing) is inspected. A damaged one is
    // copied beside the file (NAME-wal.damaged-YYYYMMDD-HHMMSS, once) and,
    // forWriting, refuses the open (the error's field is "damaged-wal");
    // otherwise *readOnlyNote says what the reader sees.
    static Status beforeOpening(const QString &databasePath, bool forWriting, QString *readOnlyNote);
};

} // namespace guanxi
