#include "platform/db/database.h"

#include "platform/db/backup.h"
#include "platform/db/databasefiles.h"
#include "platform/db/filecheck.h"
#include "platform/db/filewriters.h"
#include "platform/db/damagerecord.h"
#include "platform/db/walcheck.h"
#include "platform/db/migrations.h"
#include "platform/db/serverconnection.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

#include <atomic>

#include <sqlite3.h>

namespace guanxi {

using sql::run;

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("guanxi-%1").arg(++counter);
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// What a read-only look at an existing file finds, before any write.
struct FileFacts {
    int userVersion = 0;
    int applicationId = 0;
    int objectCount = 0;
};

Result<FileFacts> inspectReadOnly(const QString &path, int busyTimeoutMs, bool immutable);

// immutable: look without creating -wal/-shm files beside it. But while
// another connection has the file open, the newest pages may still be in its
// -wal file (a new file can be all in there), which an immutable look would
// not see: then read it the ordinary way, and only if that cannot be done (a
// folder we may not write to keeps SQLite from using the -wal) immutably.
Result<FileFacts> inspectReadOnly(const QString &path, int busyTimeoutMs)
{
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        if (auto facts = inspectReadOnly(path, busyTimeoutMs, false))
            return facts;
    return inspectReadOnly(path, busyTimeoutMs, true);
}

Result<FileFacts> inspectReadOnly(const QString &path, int busyTimeoutMs, bool immutable)
{
    const QString name = nextConnectionName();
    Result<FileFacts> result = FileFacts{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + (immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(busyTimeoutMs));
        if (!db.open()) {
            result = Error{Database::tr("Cannot open “%1”. Check that the file exists and that you "
                                        "may read it.")
                               .arg(nativeName(path)),
                           db.lastError().text(), {}};
        } else {
            FileFacts facts;
            QSqlQuery q(db);
            auto scalar = [&](const QString &sql, int &out) {
                if (!q.exec(sql) || !q.next())
                    return false;
                out = q.value(0).toInt();
                return true;
            };
            if (!scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), facts.objectCount)
                || !scalar(QStringLiteral("PRAGMA user_version"), facts.userVersion)
                || !scalar(QStringLiteral("PRAGMA application_id"), facts.applicationId)) {
                const QSqlError err = q.lastError();
                if (SqlErrors::isBusy(err)) {
                    const QString who = FileWriters::describe(path);
                    result = Error{who.isEmpty()
                                       ? Database::tr("“%1” is locked by another program that is writing to it. Close "
                                                      "that program (another Guanxi window, a backup or sync tool) "
                                                      "and open the file again.")
                                             .arg(nativeName(path))
                                       : Database::tr("“%1” is locked: %2. Wait for it to finish, or close that "
                                                      "program, and open the file again.")
                                             .arg(nativeName(path), who),
                                   err.text(), {}, ErrorKind::Busy};
                }
                else
                    result = Error{Database::tr("“%1” is not a readable database; it may be damaged. "
                                                "Restore it from a backup. The file was left "
                                                "untouched.")
                                       .arg(nativeName(path)),
                                   err.text(), {}};
            } else {
                result = facts;
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error newerVersion(const QString &path, int version)
{
    return Error{Database::tr("“%1” was made by a newer version of Guanxi (data version %2; this version reads up to %3). "
                              "Update Guanxi to open it; the file was left untouched.")
                     .arg(nativeName(path))
                     .arg(version)
                     .arg(Database::latestSchemaVersion()),
                 {}, {}};
}

// Too little room for SQLite to write its log and index: writing would fail
// half-way, reading still works.
bool diskFull(const QFileInfo &info)
{
    const QStorageInfo disk(info.absolutePath());
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 256 * 1024;
}

bool isWritableFile(const QFileInfo &info)
{
    // Root may write anything; the owner's write bit still says the user meant
    // the file to be read-only, so honour it.
    return info.isWritable() && (info.permissions() & QFile::WriteOwner);
}

// Whether a file is opened for reading only, and why.
struct Access {
    bool readOnly = false;
    QString reason;
};

// A new, empty file, owner-only from the first byte (SQLite would create it
// 0644 less the umask); its -wal and -shm take the file's mode.
Status createFile(const QString &path, const QFileInfo &info)
{
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Database::tr("Cannot create the folder “%1” for the database. Choose a folder you "
                                  "may write to.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())),
                     {}, {}};
    QFile fresh(info.absoluteFilePath());
    if (!fresh.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !fresh.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{Database::tr("Cannot create “%1”: %2. Choose a folder you may write to.")
                         .arg(nativeName(path), fresh.errorString()),
                     {}, {}};
    return {};
}

// Why a file that could be written must still be opened for reading only:
// a full disk, a read-only file or folder. Empty when it can be written.
QString unwritableReason(const QFileInfo &info)
{
    if (diskFull(info))
        return Database::tr("The disk holding the file is full, so Guanxi opened it for reading only: you can "
                            "look, export and back up to another disk. Free some space and open the file again "
                            "to make changes.");
    if (!isWritableFile(info))
        return Database::tr("The file is read-only, so Guanxi opened it for reading only. To "
                            "make changes, make the file writable and open it again.");
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Database::tr("The folder holding the file is read-only, so Guanxi opened it for "
                            "reading only. Copy the file to a folder you may write to.");
    return {};
}

// Opening a file of an older data version upgrades it, which means writing:
// refused when it is to be opened for reading only.
Status checkUpgradable(const QString &path, const QFileInfo &info, int userVersion, const Database::Options &options,
                       const Access &access)
{
    const int latest = Database::latestSchemaVersion();
    if (!access.readOnly || userVersion >= latest)
        return {};
    if (options.lockedByOther)
        return Error{Database::tr("“%1” needs upgrading to this version of Guanxi, but another program is writing to "
                                  "it. Close that program and open the file again.")
                         .arg(nativeName(path)),
                     {}, {}};
    if (!options.readOnly && !access.reason.isEmpty() && isWritableFile(info)
        && QFileInfo(info.absolutePath()).isWritable())
        // Read-only for a reason of its own (damage, a damaged log, a full
        // disk): that reason is what to act on, not the file's permissions.
        return Error{Database::tr("“%1” needs upgrading to this version of Guanxi (data version %2 to %3), which "
                                  "means writing to it, and it cannot be written now: %4")
                         .arg(nativeName(path))
                         .arg(userVersion)
                         .arg(latest)
                         .arg(access.reason),
                     {}, {}};
    return Error{Database::tr("“%1” needs upgrading to this version of Guanxi (data version %2 to "
                              "%3), but it can only be read. Make the file writable and open it "
                              "again.")
                     .arg(nativeName(path))
                     .arg(userVersion)
                     .arg(latest),
                 {}, {}};
}

// Every check on an existing file before the real connection: its header,
// its log, a damage record, its data version and owner program, and whether
// it can be written. May turn access to reading only, saying why.
Status checkExisting(const QString &path, const QFileInfo &info, const Database::Options &options, Access &access)
{
    if (Status s = FileCheck::inspect(path); !s)
        return s;
    QString logNote;
    if (Status s = WalCheck::beforeOpening(path, !access.readOnly, &logNote); !s)
        return s;
    if (!logNote.isEmpty())
        access.reason = logNote;
    if (!access.readOnly) {
        if (const auto damage = DamageRecord::read(path)) {
            access.readOnly = true;
            access.reason = DamageRecord::readOnlyReason(path, *damage);
        }
    }
    auto facts = inspectReadOnly(path, options.busyTimeoutMs);
    if (!facts)
        return facts.error();
    if (facts->userVersion > Database::latestSchemaVersion())
        return newerVersion(path, facts->userVersion);
    const bool foreign = facts->applicationId != Database::applicationId
                         && (facts->objectCount > 0 || facts->userVersion > 0);
    if (foreign)
        return Error{Database::tr("“%1” is an SQLite database of another program, not a Guanxi database. "
                                  "Choose another file; this one was left untouched.")
                         .arg(nativeName(path)),
                     QStringLiteral("application_id %1").arg(facts->applicationId), {}};
    if (!access.readOnly) {
        if (const QString reason = unwritableReason(info); !reason.isEmpty())
            access = Access{true, reason};
    }
    return checkUpgradable(path, info, facts->userVersion, options, access);
}
} // namespace

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/guanxi.db");
}

Database::Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (isServerAddress(path))
        return openServer(path, options);
    const QString openingNote = options.readOnly ? QString() : Backup::recoverInterruptedRestore(path);
    const QFileInfo info(path);
    const bool exists = info.exists();
    Access access{options.readOnly, options.readOnly ? tr("Opened read-only as requested.") : QString()};

    if (!exists) {
        if (!options.createIfMissing || options.readOnly)
            return Error{tr("“%1” does not exist. Check the path, or create a new database with "
                            "File > New or `guanxi-cli init`.")
                             .arg(nativeName(path)),
                         {}, {}};
        if (Status s = createFile(path, info); !s)
            return s.error();
    } else if (Status s = checkExisting(path, info, options, access); !s) {
        return s.error();
    }

    Options effective = options;
    effective.readOnly = access.readOnly;
    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = access.readOnly;
    db->m_readOnlyReason = access.reason;
    db->m_openingNote = openingNote;
    if (Status s = db->configure(effective); !s) {
        db.reset();
        // Someone else holds the write lock: fall back to reading, visibly.
        if (exists && !access.readOnly && s.error().kind == ErrorKind::Busy)
            return openLockedByOther(path, options);
        if (!exists && QFileInfo(info.absoluteFilePath()).size() == 0)
            QFile::remove(info.absoluteFilePath()); // created above, never became a database
        return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openLockedByOther(const QString &path, const Options &options)
{
    Options ro = options;
    ro.readOnly = true;
    ro.lockedByOther = true;
    auto again = open(path, ro);
    if (again) {
        const QString who = FileWriters::describe(path);
        again.value()->m_readOnlyReason =
            who.isEmpty()
                ? tr("Another program is writing to this file, so Guanxi opened it for reading only. Make "
                     "your changes once it has finished (reopen the file).")
                : tr("Another program is writing to this file: %1. Guanxi opened it for reading only; make "
                     "your changes once it has finished (reopen the file).")
                      .arg(who);
    }
    return again;
}

Status Database::configure(const Options &options)
{
    m_options = options;
    m_connectionName = nextConnectionName();
    m_damageMark = 0; // damage reported before this connection opened counts too
    DatabaseFiles::opened(m_path, !options.readOnly); // the destructor says closed() for every named connection
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open())
        return Error{tr("Cannot open “%1”.").arg(nativeName(m_path)), m_db.lastError().text(), {}};

    QSqlQuery q(m_db);
    // Checked again on this connection: a newer version's user_version may sit
    // in a write-ahead log the read-only look did not see.
    if (const int version = schemaVersion(); version > latestSchemaVersion())
        return newerVersion(m_path, version);
    if (options.readOnly) {
        // The connection itself was opened read-only; SQLite refuses writes.
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (schemaVersion() < 0 && !q.exec(QStringLiteral("PRAGMA user_version")) && SqlErrors::isBusy(q.lastError()))
            return busyError();
        if (schemaVersion() < 0 && diskFull(QFileInfo(m_path))) {
            // No room for the -shm SQLite reads a WAL file through. With no
            // log pending and no room for anyone to write one, the file
            // cannot change under us: read it as it stands.
            if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
                return Error{tr("The disk holding “%1” is full, and SQLite needs a little room beside the file to read "
                                "the changes still in its log. Free some space, or copy the file and its -wal to "
                                "another disk and open the copy.")
                                 .arg(nativeName(m_path)),
                             {}, QStringLiteral("disk-full")};
            m_db.close();
            m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                                 + QStringLiteral("?mode=ro&immutable=1"));
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                       .arg(options.busyTimeoutMs));
            if (!m_db.open() || schemaVersion() < 0)
                return Error{tr("Cannot read “%1”: the disk holding it is full. Free some space and try again.")
                                 .arg(nativeName(m_path)),
                             m_db.lastError().text(), QStringLiteral("disk-full")};
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            return {};
        }
        if (schemaVersion() < 0)
            return Error{tr("“%1” cannot be read from here: it is in a folder Guanxi may not write to, and SQLite needs to "
                            "keep its working files beside it. Copy the file to a folder you may write to and open the "
                            "copy.")
                             .arg(nativeName(m_path)),
                         {}, {}};
        return {};
    }
    // Wait for the write lock as any write would (others' short writes end
    // within the busy timeout), but not behind a long write that says it is
    // running: then open for reading at once, and say why.
    if (!options.waitForLongWrites && FileWriters::longWriteRunning(m_path))
        q.exec(QStringLiteral("PRAGMA busy_timeout = 250"));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return SqlErrors::from(q.lastError(), tr("Cannot open “%1” for writing.").arg(nativeName(m_path)));
    }
    q.exec(QStringLiteral("ROLLBACK"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs));

    // WAL: readers never block the writer, and a crash never corrupts.
    // synchronous=NORMAL: in WAL mode this cannot corrupt the file; a power
    // cut may lose the last few commits, an application crash loses nothing.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return SqlErrors::from(q.lastError(), tr("Cannot prepare “%1” for use.").arg(nativeName(m_path)));
    }
    const int version = schemaVersion();
    if (version == 0 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return SqlErrors::from(q.lastError(), tr("Cannot initialise “%1”.").arg(nativeName(m_path)));
    return Migrations::upgrade(m_db, version);
}

bool Database::needsUpgrade(const QString &path)
{
    // A missing file has no version (0): it is made new, not upgraded.
    const auto facts = QFileInfo(path).isFile() ? inspectReadOnly(path, 0) : Result<FileFacts>(FileFacts{});
    return facts && facts->applicationId == applicationId && facts->userVersion > 0
           && facts->userVersion < latestSchemaVersion();
}

Database::~Database()
{
    m_statements.clear();
    if (m_server) {
        m_server->cancelWatch.reset();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return;
    }
    if (m_db.isOpen()) {
        // Damage met by any statement is remembered beside the file, read
        // or write session alike. optimize may write (ANALYZE): only after a
        // session that wrote successfully, and never on a damaged file.
        const bool damaged = damageSeen();
        if (!m_readOnly && m_committed && !m_failed && !damaged) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        DatabaseFiles::closed(m_path, !m_options.readOnly);
    }
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options o = m_options;
    o.createIfMissing = false;
    auto other = open(address(), o);
    if (other && m_readOnly) {
        other.value()->m_readOnlyReason = m_readOnlyReason;
    }
    return other;
}

QString Database::address() const
{
    return m_server ? m_server->address.toUrl(true) : m_path;
}

int Database::schemaVersion() const
{
    if (m_server)
        return ServerConnection::schemaVersion(m_db);
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::saveCopy(const QString &target) const
{
    if (m_server)
        return Error{tr("A team database is saved from the server with pg_dump, or copied to a file with "
                        "`guanxi-cli db copy`; see docs/TEAM.md."),
                     {}, {}, ErrorKind::Invalid};
    const QFileInfo info(target);
    if (Status s = DatabaseFiles::checkOutput(target); !s)
        return s;
    // Write beside the target first, so a failure (a full disk) leaves any
    // earlier copy there intact, then move it into place.
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".saving");
    QFile::remove(temporary);
    // Owner-only from the first byte: VACUUM INTO fills an empty file it is given.
    if (Status s = createFile(temporary, QFileInfo(temporary)); !s)
        return s;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("VACUUM INTO ?"), {temporary})) {
        QFile::remove(temporary);
        return SqlErrors::from(q.lastError(), tr("Could not save a copy to “%1”.").arg(nativeName(target)));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(info.absoluteFilePath() + suffix);
    if ((info.exists() && !QFile::remove(info.absoluteFilePath())) || !QFile::rename(temporary, info.absoluteFilePath())) {
        QFile::remove(temporary);
        return Error{tr("Could not replace “%1”; the copy was not saved. Choose another name.").arg(nativeName(target)), {}, {}};
    }
    return {};
}

bool Database::inTransaction() const
{
    if (m_server)
        return ServerConnection::inTransaction(m_db);
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *raw = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    return raw && sqlite3_get_autocommit(raw) == 0;
}

bool Database::damageSeen()
{
    if (m_server)
        return false; // the server looks after its own storage
    if (m_damaged)
        return true;
    bool damaged = DamageRecord::read(m_path).has_value();
    if (!damaged && SqlErrors::damageReports() != m_damageMark) {
        // Some statement in this process met damage since this connection
        // last looked; which file it was is not known (the GUI may have
        // tried another one). Ask this file itself, once per report.
        m_damageMark = SqlErrors::damageReports();
        QSqlQuery q(m_db);
        const bool intact = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next()
                            && q.value(0).toString() == QStringLiteral("ok");
        q.finish();
        if (!intact) {
            DamageRecord::note(m_path, SqlErrors::lastDamageDetail());
            damaged = true;
        }
    }
    if (!damaged)
        return false;
    m_damaged = true;
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    return true;
}

Error Database::damagedError() const
{
    return Error{tr("“%1” is damaged, so Guanxi will not write to it; nothing was changed. Restore a backup (File > "
                    "Restore from Backup, or guanxi-cli restore), or export what can still be read.")
                     .arg(nativeName(m_path)),
                 SqlErrors::lastDamageDetail(), QStringLiteral("damaged"), ErrorKind::Damaged};
}

Error Database::busyError() const
{
    if (m_server)
        return Error{tr("Someone else on the team is changing the same records and held them for %1 s. Nothing was "
                        "changed; try again in a moment.")
                         .arg(m_options.busyTimeoutMs / 1000.0),
                     QStringLiteral("lock_timeout"), {}, ErrorKind::Busy};
    const QString who = FileWriters::describe(m_path);
    const double seconds = m_options.busyTimeoutMs / 1000.0;
    if (who.isEmpty())
        return Error{tr("“%1” is busy: another program kept it locked for writing for %2 s. Nothing was changed; try "
                        "again when it has finished.")
                         .arg(nativeName(m_path))
                         .arg(seconds),
                     QStringLiteral("SQLITE_BUSY"), {}, ErrorKind::Busy};
    return Error{tr("“%1” is busy: %2. Nothing was changed; try again when it has finished.")
                     .arg(nativeName(m_path), who),
                 QStringLiteral("SQLITE_BUSY after %1 s").arg(seconds), {}, ErrorKind::Busy};
}

Error Database::transactionGivenUp(const QString &detail)
{
    return Error{tr("The changes could not be saved: the database gave up the transaction (for example because "
                    "the disk is full). Nothing was saved; free some space and try again."),
                 detail, {}, ErrorKind::Storage};
}

void Database::afterCommit(std::function<void()> f)
{
    if (m_transactionDepth == 0)
        f();
    else
        m_afterCommit.push_back(std::move(f));
}

void Database::runAfterCommit()
{
    std::vector<std::function<void()>> pending;
    pending.swap(m_afterCommit);
    for (auto &f : pending)
        f();
}

void Database::dropAfterCommit(qsizetype keep)
{
    if (qsizetype(m_afterCommit.size()) > keep)
        m_afterCommit.resize(size_t(keep));
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, Statement{std::make_unique<QSqlQuery>(m_db), false}).first;
    // A statement whose preparation failed (a table missing for a moment, the
    // schema locked) is prepared again next time, never kept broken.
    if (!it->second.prepared)
        it->second.prepared = it->second.query->prepare(sql);
    return *it->second.query;
}

void Database::watchCancel(const std::atomic_bool *cancel)
{
    if (m_server) {
        m_server->cancelWatch.reset();
        if (cancel)
            m_server->cancelWatch = ServerConnection::watchCancel(m_db, cancel);
        return;
    }
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *raw = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!raw)
        return;
    if (!cancel) {
        sqlite3_progress_handler(raw, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        raw, 10000,
        [](void *flag) -> int { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic_bool *>(cancel));
}

} // namespace guanxi
