#include "database.h"

#include "filecheck.h"
#include "migrations.h"
#include "sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

#include <sqlite3.h>

namespace guanxi {

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
                if (SqlErrors::isBusy(err))
                    result = Error{Database::tr("“%1” is locked by another program that is writing "
                                                "to it. Close that program (another Guanxi window, "
                                                "a backup or sync tool) and open the file again.")
                                       .arg(nativeName(path)),
                                   err.text(), {}};
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

bool isWritableFile(const QFileInfo &info)
{
    // Root may write anything; the owner's write bit still says the user meant
    // the file to be read-only, so honour it.
    return info.isWritable() && (info.permissions() & QFile::WriteOwner);
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    bool readOnly = options.readOnly;
    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = tr("Opened read-only as requested.");

    if (!exists) {
        if (!options.createIfMissing || options.readOnly)
            return Error{tr("“%1” does not exist. Check the path, or create a new database with "
                            "File > New or `guanxi-cli init`.")
                             .arg(nativeName(path)),
                         {}, {}};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{tr("Cannot create the folder “%1” for the database. Choose a folder you "
                            "may write to.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())),
                         {}, {}};
    } else {
        if (Status s = FileCheck::inspect(path); !s)
            return s.error();
        auto facts = inspectReadOnly(path, options.busyTimeoutMs);
        if (!facts)
            return facts.error();
        const int latest = latestSchemaVersion();
        if (facts->userVersion > latest)
            return newerVersion(path, facts->userVersion);
        const bool foreign = facts->applicationId != applicationId
                             && (facts->objectCount > 0 || facts->userVersion > 0);
        if (foreign)
            return Error{tr("“%1” is an SQLite database of another program, not a Guanxi database. "
                            "Choose another file; this one was left untouched.")
                             .arg(nativeName(path)),
                         QStringLiteral("application_id %1").arg(facts->applicationId), {}};
        if (!readOnly && !isWritableFile(info)) {
            readOnly = true;
            readOnlyReason = tr("The file is read-only, so Guanxi opened it for reading only. To "
                                "make changes, make the file writable and open it again.");
        } else if (!readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
            readOnly = true;
            readOnlyReason = tr("The folder holding the file is read-only, so Guanxi opened it for "
                                "reading only. Copy the file to a folder you may write to.");
        }
        if (readOnly && facts->userVersion < latest && options.lockedByOther)
            return Error{tr("“%1” needs upgrading to this version of Guanxi, but another program is writing to it. "
                            "Close that program and open the file again.")
                             .arg(nativeName(path)),
                         {}, {}};
        if (readOnly && facts->userVersion < latest)
            return Error{tr("“%1” needs upgrading to this version of Guanxi (data version %2 to "
                            "%3), but it can only be read. Make the file writable and open it "
                            "again.")
                             .arg(nativeName(path))
                             .arg(facts->userVersion)
                             .arg(latest),
                         {}, {}};
    }

    Options effective = options;
    effective.readOnly = readOnly;
    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = readOnly;
    db->m_readOnlyReason = readOnlyReason;
    if (Status s = db->configure(effective); !s) {
        // Someone else holds the write lock: fall back to reading, visibly.
        if (exists && !readOnly && s.error().field == QStringLiteral("busy")) {
            db.reset();
            Options ro = options;
            ro.readOnly = true;
            ro.lockedByOther = true;
            auto again = open(path, ro);
            if (again)
                again.value()->m_readOnlyReason =
                    tr("Another program is writing to this file, so Guanxi opened it for reading "
                       "only. Close the other program and open the file again to make changes.");
            return again;
        }
        return s.error();
    }
    return db;
}

Status Database::configure(const Options &options)
{
    m_options = options;
    m_connectionName = nextConnectionName();
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
        if (schemaVersion() < 0)
            return Error{tr("“%1” cannot be read from here: it is in a folder Guanxi may not write to, and SQLite needs to "
                            "keep its working files beside it. Copy the file to a folder you may write to and open the "
                            "copy.")
                             .arg(nativeName(m_path)),
                         {}, {}};
        return {};
    }
    // Probe the write lock briefly rather than hang for the busy timeout.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 250"));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        Error e = SqlErrors::from(q.lastError(), tr("Cannot open “%1” for writing.").arg(nativeName(m_path)));
        if (SqlErrors::isBusy(q.lastError()))
            e.field = QStringLiteral("busy");
        return e;
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

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen()) {
        if (!m_readOnly) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options o = m_options;
    o.createIfMissing = false;
    auto other = open(m_path, o);
    if (other && m_readOnly) {
        other.value()->m_readOnlyReason = m_readOnlyReason;
    }
    return other;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::saveCopy(const QString &target) const
{
    const QFileInfo info(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return Error{tr("“%1” is the file you have open; choose another name for the copy.").arg(nativeName(target)), {}, {}};
    // Write beside the target first, so a failure (a full disk) leaves any
    // earlier copy there intact, then move it into place.
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".saving");
    QFile::remove(temporary);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temporary);
    if (!q.exec()) {
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

bool Database::sqliteInTransaction() const
{
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *raw = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    return raw && sqlite3_get_autocommit(raw) == 0;
}

Error Database::transactionGivenUp(const QString &detail)
{
    return Error{tr("The changes could not be saved: the database gave up the transaction (for example because "
                    "the disk is full). Nothing was saved; free some space and try again."),
                 detail, {}};
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
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

void Database::watchCancel(const std::atomic_bool *cancel)
{
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
