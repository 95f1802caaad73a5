#pragma once

#include "platform/result.h"
#include "platform/db/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <vector>
#include <unordered_map>

namespace guanxi {

// One open Guanxi file: a QSqlDatabase connection with the pragmas set, the
// schema migrated, and a cache of prepared statements. Every check that can
// refuse a file runs before anything is written to it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options {
        bool createIfMissing = true;
        bool readOnly = false;       // open without ever writing
        int busyTimeoutMs = 5000;
        // Wait the whole busy timeout even behind a long write that announced
        // itself (FileWriters); otherwise such a file opens read-only at once.
        bool waitForLongWrites = false;
        bool lockedByOther = false;  // set when falling back to reading a locked file
    };

    // path: a Guanxi file, or a PostgreSQL server's database
    // ("postgresql://user@host/db", or libpq's "host=… dbname=…"; see
    // isServerAddress()).
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same file, for a worker thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase connection() const { return m_db; }
    // The file's path, or the server address without its password.
    QString path() const { return m_path; }
    // What opens the same database again (a worker thread's connection):
    // the file's path, or the server's address with its password. Never
    // shown or stored.
    QString address() const;
    // What differs between the backends in the SQL stores write.
    const SqlDialect &dialect() const { return m_dialect; }
    // Whether this is a database on a PostgreSQL server, not a file: then
    // there are no files beside it, no WAL, no VACUUM INTO.
    bool isServer() const { return m_dialect.isPostgres(); }
    // Whether text names a PostgreSQL database rather than a file:
    // postgresql:// or postgres:// addresses and libpq's key=value strings.
    static bool isServerAddress(const QString &text);
    bool isReadOnly() const { return m_readOnly; }
    // Why the file was opened read-only, for the window's notice.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The error for a write that waited its turn for the busy timeout and
    // still found another program writing: it names that program and what it
    // does, when known (FileWriters).
    Error busyError() const;
    // Whether any statement in this process found the file damaged since it
    // was opened (or a record beside it says so). From then on nothing is
    // written: transactions are refused, the connection is query-only, and
    // closing runs no PRAGMA optimize. The finding is kept beside the file
    // (DamageRecord) so the next program opens it read-only too.
    bool damageSeen();
    Error damagedError() const;
    // Bookkeeping for closing: optimize runs only after a session that
    // committed something and did not fail.
    void noteCommitted() { m_committed = true; }
    void noteFailed() { m_failed = true; }
    // What opening had to mend first (a restore interrupted half-way that it
    // finished or undid), for the window's message bar and the CLI's stderr;
    // empty when nothing.
    QString openingNote() const { return m_openingNote; }
    int schemaVersion() const;
    // A consistent copy of the open file at target (VACUUM INTO), even while
    // it is in use. The target must not exist.
    Status saveCopy(const QString &target) const;

    // A prepared statement kept for the connection's lifetime. Finish it (or
    // read it to the end) before preparing the same text again.
    QSqlQuery &prepared(const QString &sql);

    // Transaction depth bookkeeping for Transaction (nesting uses savepoints).
    int &transactionDepth() { return m_transactionDepth; }
    // Whether the connection has a transaction open: false after the engine
    // rolled one back by itself (SQLite on a full disk or an I/O error, a
    // lost server connection) behind our bookkeeping.
    bool inTransaction() const;
    // The error for writing on after SQLite gave up the transaction; detail
    // says where (never empty: it is not a problem with the user's input).
    static Error transactionGivenUp(const QString &detail);
    // Runs f now when no transaction is open, else once the outermost one
    // commits (and never if it rolls back): how stores announce changes, so
    // nobody hears of a change that did not happen.
    void afterCommit(std::function<void()> f);
    qsizetype pendingAfterCommit() const { return qsizetype(m_afterCommit.size()); }
    void runAfterCommit();
    void dropAfterCommit(qsizetype keep);

    // While *cancel is true, any running statement on this connection stops
    // with an "interrupted" error (SQLite's progress handler, checked every
    // few thousand steps): how a long analysis on a worker connection obeys
    // Cancel. Null stops watching. The flag must outlive the watching.
    void watchCancel(const std::atomic_bool *cancel);

    static int latestSchemaVersion();
    // Whether opening the Guanxi file at path will upgrade its data version
    // (which may take minutes on a big file): a quick read-only look; false
    // for a new, unreadable or current file.
    static bool needsUpgrade(const QString &path);
    // Opens the file, which upgrades it, and closes it again: for running an
    // upgrade on a worker thread before the file is opened where it is used.
    static Status upgrade(const QString &path, const Options &options)
    {
        auto upgraded = open(path, options);
        return upgraded ? Status() : Status(upgraded.error());
    }
    static QString defaultPath();
    // Written to PRAGMA application_id so a Guanxi file can be recognised.
    static constexpr int applicationId = 0x47584352; // "GXCR"

private:
    Database();
    struct Server;
    static Result<std::unique_ptr<Database>> openServer(const QString &address, const Options &options);
    // open() after the file turned out locked by another writer: read-only,
    // saying who writes.
    static Result<std::unique_ptr<Database>> openLockedByOther(const QString &path, const Options &options);
    Status configure(const Options &options);

    QSqlDatabase m_db;
    SqlDialect m_dialect{Backend::SQLite};
    std::unique_ptr<Server> m_server; // PostgreSQL only
    QString m_connectionName;
    QString m_path;
    Options m_options;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_openingNote;
    quint64 m_damageMark = 0;
    bool m_damaged = false;
    bool m_committed = false;
    bool m_failed = false;
    int m_transactionDepth = 0;
    struct Statement {
        std::unique_ptr<QSqlQuery> query;
        bool prepared;
    };
    std::unordered_map<QString, Statement> m_statements;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace guanxi
