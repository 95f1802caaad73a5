#include "platform/db/backup.h"

#include "platform/db/backupcrypto.h"
#include "platform/db/damagerecord.h"
#include "platform/db/database.h"
#include "platform/db/databasefiles.h"
#include "platform/db/filewriters.h"
#include "platform/db/walcheck.h"
#include "platform/db/filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace guanxi {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QString namePrefix = QStringLiteral("guanxi-");
const QString nameSuffix = QStringLiteral(".guanxi");
const QString nameTime = QStringLiteral("yyyyMMdd-HHmmss");

// sqlite3 handle that closes itself.
struct Handle {
    sqlite3 *db = nullptr;
    ~Handle()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};

bool copyInto(const QString &from, QFile &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || to.write(chunk) != chunk.size())
            return false;
    }
    return to.flush();
}

// integrity_check, application_id and user_version of a file, read-only.
Status inspect(const QString &path)
{
    if (Status s = FileCheck::inspect(path); !s)
        return s;
    Handle h;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Error{Backup::tr("“%1” cannot be opened as a database.").arg(native(path)), h.error(), {}};
    auto single = [&](const char *sql, QString &out) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h.db, sql, -1, &st, nullptr) != SQLITE_OK)
            return false;
        const bool ok = sqlite3_step(st) == SQLITE_ROW;
        if (ok)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return ok;
    };
    QString appId, version, integrity;
    if (!single("PRAGMA application_id", appId) || !single("PRAGMA user_version", version))
        return Error{Backup::tr("“%1” cannot be read as a database.").arg(native(path)), h.error(), {}};
    if (appId.toInt() != Database::applicationId)
        return Error{Backup::tr("“%1” is not a Guanxi file.").arg(native(path)), {}, {}};
    if (version.toInt() > Database::latestSchemaVersion())
        return Error{Backup::tr("“%1” was written by a newer Guanxi (schema %2; this one knows %3). Update Guanxi to "
                                "restore it.")
                         .arg(native(path))
                         .arg(version.toInt())
                         .arg(Database::latestSchemaVersion()),
                     {}, {}};
    if (!single("PRAGMA integrity_check", integrity) || integrity != u"ok")
        return Error{Backup::tr("“%1” is damaged: SQLite's integrity check failed.").arg(native(path)), integrity, {}};
    return {};
}
// Moves the checked copy at part to target, encrypting it first when there
// is a passphrase (the clear copy is then wiped). One rename replaces an
// older backup: there is never a moment without one.
Status putInPlace(const QString &part, const QString &target, const Passphrase *passphrase)
{
    QString ready = part;
    if (passphrase) {
        ready = part + QStringLiteral(".enc");
        const Status sealed = BackupCrypto::encrypt(part, ready, *passphrase);
        BackupCrypto::wipe(part);
        if (!sealed)
            return sealed;
    }
    std::error_code renamed;
    std::filesystem::rename(QFile::encodeName(ready).toStdString(), QFile::encodeName(target).toStdString(), renamed);
    if (renamed) {
        QFile::remove(ready);
        return Error{Backup::tr("Could not put the backup in place at “%1”. Choose another name.").arg(native(target)),
                     QString::fromStdString(renamed.message()), {}, ErrorKind::Io};
    }
    return {};
}

// Whether the database at path may be replaced: nobody else has it open.
// Leaving WAL mode needs every other connection closed, so it is the test
// (and it leaves no log behind to move along).
Status mayReplace(const QString &path)
{
    // A damaged file is not written to, not even to test who has it open;
    // nor is a damaged log replayed (that would drop what follows the
    // damage): both go aside as they are.
    if (DamageRecord::read(path) || WalCheck::logDamaged(path)) {
        if (FileWriters::otherProcessHasOpen(path))
            return Error{Backup::tr("“%1” is open in another Guanxi window or program. Close it there, then restore "
                                    "again.")
                             .arg(native(path)),
                         {}, {}};
        return {};
    }
    Handle h;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return Error{Backup::tr("Cannot open “%1” to replace it.").arg(native(path)), h.error(), {}};
    sqlite3_busy_timeout(h.db, 2000);
    sqlite3_stmt *st = nullptr;
    QString mode;
    if (sqlite3_prepare_v2(h.db, "PRAGMA journal_mode=DELETE", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        mode = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (mode != u"delete")
        return Error{Backup::tr("“%1” is open in another Guanxi window or program. Close it there, then restore again.")
                         .arg(native(path)),
                     h.error(), {}};
    return {};
}

// The backup, copied (or decrypted) into the open file `to`.
Status copyBackup(const QString &backupPath, QFile &to, const Passphrase *passphrase, const QString &databasePath)
{
    if (passphrase)
        return BackupCrypto::decrypt(backupPath, to, *passphrase);
    if (copyInto(backupPath, to))
        return {};
    return Error{Backup::tr("Could not copy the backup next to “%1”. Check the free space and try again.")
                     .arg(native(databasePath)),
                 {}, {}};
}
} // namespace

Status Backup::write(const Database &db, const QString &target, const std::function<void(double)> &progress,
                     const std::atomic_bool *cancel, const Passphrase *passphrase)
{
    const QFileInfo info(target);
    if (Status s = DatabaseFiles::checkOutput(target); !s) // db is open, so its files are refused there
        return s;
    const QString part = info.absoluteFilePath() + QStringLiteral(".part");
    // A backup killed earlier may have left its pieces under this name.
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    // Owner-only from the first byte: create the file before SQLite does.
    {
        QFile f(part);
        if (!f.open(QIODevice::WriteOnly)
            || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{tr("Cannot write the backup “%1”: %2. Choose another folder.").arg(native(target), f.errorString()),
                         {}, {}};
    }
    auto fail = [&](const QString &message, const QString &detail) {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".enc")})
            QFile::remove(part + suffix);
        return Status(Error{message, detail, {}});
    };
    {
        // The copy reads one snapshot: its own connection holds a read
        // transaction from the first page to the last, so others' commits
        // (WAL lets them go on) never restart it, and it contains every
        // commit made before it began.
        Handle source;
        auto openSnapshot = [&](const QByteArray &name, int flags) {
            if (source.db)
                sqlite3_close_v2(source.db);
            source.db = nullptr;
            if (sqlite3_open_v2(name.constData(), &source.db, flags, nullptr) != SQLITE_OK)
                return false;
            sqlite3_busy_timeout(source.db, 5000);
            return sqlite3_exec(source.db, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr)
                   == SQLITE_OK;
        };
        bool reading = openSnapshot(QFile::encodeName(db.path()), SQLITE_OPEN_READONLY);
        // With the disk full SQLite cannot make the -shm a WAL reader needs.
        // A file open read-only with no log pending cannot change: read it
        // as it stands, so it can still be rescued to another disk.
        if (!reading && db.isReadOnly() && QFileInfo(db.path() + QStringLiteral("-wal")).size() <= 0)
            reading = openSnapshot(QUrl::fromLocalFile(db.path()).toEncoded() + "?mode=ro&immutable=1",
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        if (!reading)
            return fail(tr("Could not read “%1” to back it up.").arg(native(db.path())), source.error());
        Handle dest;
        if (sqlite3_open_v2(QFile::encodeName(part).constData(), &dest.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return fail(tr("Cannot write the backup “%1”.").arg(native(target)), dest.error());
        sqlite3_backup *b = sqlite3_backup_init(dest.db, "main", source.db, "main");
        if (!b)
            return fail(tr("Could not start the backup to “%1”.").arg(native(target)), dest.error());
        int rc = SQLITE_OK;
        bool stopped = false;
        // Steps of 4 MB or so, for progress and Cancel.
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(b, 1024);
            const int total = sqlite3_backup_pagecount(b);
            if (progress && total > 0)
                progress(double(total - sqlite3_backup_remaining(b)) / total);
            if (cancel && cancel->load()) {
                stopped = true;
                break;
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        }
        sqlite3_backup_finish(b);
        sqlite3_exec(source.db, "COMMIT", nullptr, nullptr, nullptr);
        if (stopped)
            return fail(tr("The backup was cancelled; no file was written."), {});
        if (rc != SQLITE_DONE)
            return fail(tr("The backup to “%1” failed: %2").arg(native(target), QString::fromUtf8(sqlite3_errstr(rc))),
                        dest.error());
        // One self-contained file: no WAL beside it.
        sqlite3_exec(dest.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    if (Status s = inspect(part); !s)
        return fail(tr("The backup written to “%1” did not pass its check, so it was removed: %2")
                        .arg(native(target), s.error().message),
                    s.error().detail);
    return putInPlace(part, target, passphrase);
}

Status Backup::saveCopy(const Database &db, const QString &target, const Passphrase *passphrase)
{
    if (!passphrase)
        return db.saveCopy(target);
    if (Status s = DatabaseFiles::checkOutput(target); !s)
        return s;
    const QString part = QFileInfo(target).absoluteFilePath() + QStringLiteral(".part");
    if (Status s = db.saveCopy(part); !s)
        return s;
    if (Status s = inspect(part); !s) {
        BackupCrypto::wipe(part);
        return Error{tr("The copy written to “%1” did not pass its check, so it was removed: %2")
                         .arg(native(target), s.error().message),
                     s.error().detail, {}};
    }
    return putInPlace(part, target, passphrase);
}

Result<QString> Backup::rotate(const Database &db, const QString &folder, int keep, const QDateTime &nowUtc,
                               const Passphrase *passphrase)
{
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the backup folder “%1”. Choose another one in Settings.").arg(native(folder)), {}, {}};
    // Backups killed half-way leave .part files under names never used again.
    for (const QFileInfo &stale : QDir(folder).entryInfoList({namePrefix + u'*' + nameSuffix + QStringLiteral(".part*")},
                                                             QDir::Files))
        QFile::remove(stale.absoluteFilePath());
    const QString path = QDir(folder).filePath(namePrefix + nowUtc.toUTC().toString(nameTime) + nameSuffix);
    if (Status s = write(db, path, {}, nullptr, passphrase); !s)
        return s.error();
    const QList<BackupFile> files = list(folder);
    for (qsizetype i = std::max(1, keep); i < files.size(); ++i)
        QFile::remove(files.at(i).path);
    return path;
}

QList<BackupFile> Backup::list(const QString &folder)
{
    QList<BackupFile> out;
    const QFileInfoList entries =
        QDir(folder).entryInfoList({namePrefix + u'*' + nameSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &f : entries) {
        const QString stamp = f.completeBaseName().mid(namePrefix.size());
        QDateTime when = QDateTime::fromString(stamp, nameTime);
        if (!when.isValid())
            continue;
        when.setTimeZone(QTimeZone::utc());
        out << BackupFile{f.absoluteFilePath(), when, f.size()};
    }
    return out;
}

bool Backup::isDue(const QString &folder, const QDateTime &nowUtc)
{
    const QList<BackupFile> files = list(folder);
    return files.isEmpty() || files.first().written.secsTo(nowUtc) >= 24 * 3600;
}

Status Backup::check(const QString &path, const Passphrase *passphrase)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("There is no backup file “%1”.").arg(native(path)), {}, {}};
    if (!BackupCrypto::isEncrypted(path))
        return inspect(path);
    if (!passphrase)
        return BackupCrypto::passphraseNeeded(path);
    // A private folder (0700) for the clear copy, wiped after the check.
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{tr("Cannot make a private temporary folder to check “%1”: %2.").arg(native(path), scratch.errorString()),
                     {}, {}, ErrorKind::Io};
    const QString clear = scratch.filePath(QStringLiteral("check.guanxi"));
    QFile out(clear);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{tr("Cannot make a private temporary file to check “%1”: %2.").arg(native(path), out.errorString()),
                     {}, {}, ErrorKind::Io};
    Status s = BackupCrypto::decrypt(path, out, *passphrase);
    out.close();
    if (s)
        s = inspect(clear);
    BackupCrypto::wipe(clear);
    return s;
}

Result<QString> Backup::restore(const QString &backupPath, const QString &databasePath, const QDateTime &nowUtc,
                                const Passphrase *passphrase)
{
    const bool encrypted = BackupCrypto::isEncrypted(backupPath);
    if (encrypted && !passphrase)
        return BackupCrypto::passphraseNeeded(backupPath);
    // An encrypted backup's passphrase is tested here; its contents are
    // checked as they are decrypted, and once more as a database below.
    if (Status s = encrypted ? BackupCrypto::unlock(backupPath, *passphrase) : check(backupPath); !s)
        return s.error();
    const QFileInfo target(databasePath);
    const bool hadCurrent = target.exists();
    if (QFileInfo(backupPath).canonicalFilePath() == target.canonicalFilePath())
        return Error{tr("“%1” is the database itself; choose a backup file.").arg(native(backupPath)), {}, {}};
    // Copy beside the database first, so a failure leaves the current file in use.
    const QString incoming = target.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(incoming);
    // Held open with an flock until the swap is done: another program that
    // opens the database meanwhile sees a restore under way, not one that
    // was interrupted, and leaves it alone (recoverInterruptedRestore).
    QFile copy(incoming);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || ::flock(copy.handle(), LOCK_EX) != 0) {
        copy.close();
        QFile::remove(incoming);
        return Error{tr("Could not copy the backup next to “%1”. Check the free space and try again.")
                         .arg(native(databasePath)),
                     {}, {}};
    }
    if (Status s = copyBackup(backupPath, copy, encrypted ? passphrase : nullptr, databasePath); !s) {
        copy.close();
        BackupCrypto::wipe(incoming);
        return s.error();
    }
    // The restored file gets the permissions the current one had (a shared
    // group keeps its access); a new one is the owner's only.
    QFile::setPermissions(incoming, hadCurrent ? QFile::permissions(target.absoluteFilePath())
                                               : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = check(incoming); !s) {
        QFile::remove(incoming);
        return s.error();
    }
    // Nobody else may have the file open: their later writes would land in the
    // file put aside. Tested once the backup is ready, so a backup refused
    // above leaves the current file as it was, byte for byte.
    if (hadCurrent)
        if (Status s = mayReplace(target.absoluteFilePath()); !s) {
            QFile::remove(incoming);
            return s.error();
        }
    const QString aside =
        target.absoluteFilePath() + QStringLiteral(".before-restore-") + nowUtc.toUTC().toString(nameTime);
    if (hadCurrent) {
        if (!QFile::rename(target.absoluteFilePath(), aside)) {
            QFile::remove(incoming);
            return Error{tr("Could not move the current file “%1” aside; nothing was changed.").arg(native(databasePath)),
                         {}, {}};
        }
        // A WAL belongs to the file it was written for: it goes along.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(target.absoluteFilePath() + suffix))
                QFile::rename(target.absoluteFilePath() + suffix, aside + suffix);
    }
    if (!QFile::rename(incoming, target.absoluteFilePath())) {
        QFile::rename(aside, target.absoluteFilePath());
        QFile::remove(incoming);
        return Error{tr("Could not put the backup in place of “%1”; the current file was kept.").arg(native(databasePath)),
                     {}, {}};
    }
    DamageRecord::clear(target.absoluteFilePath()); // a checked backup replaced what was found damaged
    return hadCurrent ? aside : QString();
}

QString Backup::recoverInterruptedRestore(const QString &databasePath)
{
    const QFileInfo target(databasePath);
    const QString incoming = target.absoluteFilePath() + QStringLiteral(".restoring");
    if (!QFileInfo(incoming).isFile())
        return {};
    // A restore still running holds an flock on it; a killed one does not.
    const int fd = ::open(QFile::encodeName(incoming).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    const struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
        return {};
    if (target.exists()) {
        // Killed before the swap: the database was never replaced.
        if (!QFile::remove(incoming))
            return {};
        return tr("A restore into “%1” was interrupted before it replaced the file; the file was kept as it was and "
                  "the unfinished copy of the backup removed.")
            .arg(native(target.absoluteFilePath()));
    }
    // Killed between the two renames: the current file is already aside and
    // the backup copy was checked before that, so finish the swap.
    if (Status s = check(incoming); !s)
        return {};
    // The old file's -wal and -shm follow it aside after it moved: if the kill
    // came before they did, they go to it now, never under the backup.
    const QFileInfoList aside = QDir(target.absolutePath())
                                    .entryInfoList({target.fileName() + QStringLiteral(".before-restore-*")},
                                                   QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString stray = target.absoluteFilePath() + suffix;
        if (!QFileInfo::exists(stray))
            continue;
        const auto oldFile = std::find_if(aside.begin(), aside.end(), [](const QFileInfo &f) {
            return !f.fileName().endsWith(u"-wal") && !f.fileName().endsWith(u"-shm");
        });
        if (oldFile == aside.end() || QFileInfo::exists(oldFile->absoluteFilePath() + suffix)
            || !QFile::rename(stray, oldFile->absoluteFilePath() + suffix))
            return {};
    }
    if (!QFile::rename(incoming, target.absoluteFilePath()))
        return {};
    DamageRecord::clear(target.absoluteFilePath());
    return tr("A restore into “%1” was interrupted half-way; Guanxi finished it. The file it replaced is kept beside "
              "it as %2.before-restore-….")
        .arg(native(target.absoluteFilePath()), target.fileName());
}

} // namespace guanxi
