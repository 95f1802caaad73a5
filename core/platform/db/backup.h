#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <functional>

namespace guanxi {

class Database;
class Passphrase;

struct BackupFile {
    QString path;
    QDateTime written;   // from the file name, UTC
    qint64 size = 0;
};

// Backups of the open file through SQLite's online backup API (never a file
// copy of a live database), each checked with integrity_check after writing
// and readable by its owner only; automatic ones rotate in a folder. With a
// passphrase the checked copy is encrypted (BackupCrypto) and the clear copy
// wiped. Restore checks a backup (decrypting it first if it is encrypted),
// keeps the current file aside, then swaps the backup in.
struct Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes a consistent copy of db to target, even while db is in use.
    // An existing target is replaced only once the new copy has passed its
    // check. progress gets 0..1; cancel stops it and leaves no file. With a
    // passphrase the file written is encrypted.
    static Status write(const Database &db, const QString &target, const std::function<void(double)> &progress = {},
                        const std::atomic_bool *cancel = nullptr, const Passphrase *passphrase = nullptr);

    // File › Save a Copy: a compacted copy (Database::saveCopy), checked,
    // and with a passphrase encrypted; owner-only.
    static Status saveCopy(const Database &db, const QString &target, const Passphrase *passphrase = nullptr);

    // A backup named for now (guanxi-YYYYMMDD-HHMMSS.guanxi) in folder, then
    // the oldest beyond `keep` removed. Returns the new file's path.
    static Result<QString> rotate(const Database &db, const QString &folder, int keep, const QDateTime &nowUtc,
                                  const Passphrase *passphrase = nullptr);
    // The folder's automatic backups, newest first.
    static QList<BackupFile> list(const QString &folder);
    // True when the newest automatic backup is older than a day (or none).
    static bool isDue(const QString &folder, const QDateTime &nowUtc);

    // Whether path is an intact Guanxi file this version can open: it passes
    // integrity_check, is ours, and its schema is not newer than ours. An
    // encrypted one needs its passphrase: it is decrypted into a private
    // temporary folder, checked, and the clear copy wiped.
    static Status check(const QString &path, const Passphrase *passphrase = nullptr);

    // Replaces the database at databasePath with the backup. The database
    // must be closed. The current file is renamed to
    // NAME.before-restore-YYYYMMDD-HHMMSS (returned) and stays there. An
    // encrypted backup needs its passphrase; a wrong one, or a backup changed
    // after it was written, is refused before the current file is touched.
    static Result<QString> restore(const QString &backupPath, const QString &databasePath, const QDateTime &nowUtc,
                                   const Passphrase *passphrase = nullptr);

    // A restore killed between its steps leaves NAME.restoring beside the
    // database. With the database gone (killed between the two renames) the
    // checked backup is put in place; with the database still there the
    // restore never replaced it, and the leftover copy is removed. Returns
    // what was done, for the user, or an empty string when there was nothing.
    static QString recoverInterruptedRestore(const QString &databasePath);
};

} // namespace guanxi
