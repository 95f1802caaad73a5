#include "platform/db/serverconnection.h"

#include "platform/db/migrations.h"
#include "platform/db/sqlerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QDateTime>
#include <QTimeZone>

#include <atomic>
#include <chrono>
#include <thread>

#include <libpq-fe.h>

namespace guanxi {

namespace {
QString nextServerConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("guanxi-pg-%1").arg(++counter);
}

PGconn *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler does: pg_conn*, the struct behind
    // libpq's PGconn typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

// What went wrong connecting, in words a user can act on. libpq's message
// (English, from the server or the client library) is kept as the detail.
Error connectError(const ServerAddress &address, const QSqlError &error)
{
    // libpq's text runs over several indented lines: one line of detail.
    const QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    const QString where = address.display();
    if (text.contains(QStringLiteral("password authentication failed"))
        || text.contains(QStringLiteral("no password supplied"))
        || text.contains(QStringLiteral("authentication failed")))
        return Error{Database::tr("The database server at %1 did not accept the user name or password. Check them "
                                  "and try again.")
                         .arg(where),
                     text, QStringLiteral("password"), ErrorKind::Denied};
    if (text.contains(QStringLiteral("does not exist")) && text.contains(QStringLiteral("database")))
        return Error{Database::tr("The server has no database “%1”. Check its name, or set one up with "
                                  "`guanxi-cli server init`.")
                         .arg(address.database),
                     text, QStringLiteral("database"), ErrorKind::NotFound};
    if (text.contains(QStringLiteral("role")) && text.contains(QStringLiteral("does not exist")))
        return Error{Database::tr("The database server at %1 has no login “%2”. Ask the administrator to add you "
                                  "to the team.")
                         .arg(where, address.user),
                     text, QStringLiteral("user"), ErrorKind::Denied};
    if (text.contains(QStringLiteral("permission denied")))
        return Error{Database::tr("Your login may not connect to %1. Ask the administrator to give it access.")
                         .arg(where),
                     text, {}, ErrorKind::Denied};
    return Error{Database::tr("Cannot connect to the database server at %1. Check the address and that the server "
                              "is running and reachable from this computer.")
                     .arg(where),
                 text, QStringLiteral("host"), ErrorKind::Io};
}

bool exec(QSqlQuery &q, const QString &sql)
{
    return q.exec(sql);
}

// The session settings every connection gets.
Status prepareSession(QSqlDatabase &db, const Database::Options &options)
{
    QSqlQuery q(db);
    QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
        zone = QStringLiteral("UTC");
    const QStringList settings = {
        // Dates computed in SQL (a local day of a stored UTC time) use this
        // computer's zone, as SQLite's 'localtime' does.
        QStringLiteral("SET TIME ZONE '%1'").arg(zone),
        QStringLiteral("SET client_min_messages = warning"),
        // Guanxi's queries are short: compiling them costs more (17–55 ms
        // measured on search) than it saves.
        QStringLiteral("SET jit = off"),
        // A client that crashed or hangs inside a transaction gives its
        // locks back.
        QStringLiteral("SET idle_in_transaction_session_timeout = '5min'"),
        // Waiting for another person's row lock ends like a busy file.
        QStringLiteral("SET lock_timeout = %1").arg(qMax(options.busyTimeoutMs, 1)),
        // Who this session sees (Session::setAccess): made here because a
        // read-only connection may fill a temporary table but not create one.
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS guanxi_visible_owners (user_id bigint PRIMARY KEY)"),
        QStringLiteral("SET default_transaction_read_only = %1")
            .arg(options.readOnly ? QStringLiteral("on") : QStringLiteral("off")),
    };
    for (const QString &sql : settings) {
        if (exec(q, sql))
            continue;
        // A zone the server's own time zone data does not know yet: today's
        // offset from UTC instead.
        if (sql.startsWith(QStringLiteral("SET TIME ZONE"))) {
            const int minutes = QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) / 60;
            if (exec(q, QStringLiteral("SET TIME ZONE INTERVAL '%1%2:%3' HOUR TO MINUTE")
                            .arg(minutes < 0 ? u'-' : u'+')
                            .arg(qAbs(minutes) / 60, 2, 10, QChar(u'0'))
                            .arg(qAbs(minutes) % 60, 2, 10, QChar(u'0'))))
                continue;
        }
        return SqlErrors::from(q.lastError(), Database::tr("Cannot prepare the connection to the database server."));
    }
    return {};
}

struct Facts {
    bool hasMeta = false;
    QString application;
    int version = 0;
    qint64 tables = 0;
    QString collate;
    QString ctype;
    QString encoding;
};

Result<Facts> inspect(QSqlDatabase &db)
{
    QSqlQuery q(db);
    Facts f;
    if (!exec(q, QStringLiteral("SELECT to_regclass('guanxi_meta') IS NOT NULL, "
                                "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()), "
                                "d.datcollate, d.datctype, pg_encoding_to_char(d.encoding) "
                                "FROM pg_database d WHERE d.datname = current_database()"))
        || !q.next())
        return SqlErrors::from(q.lastError(), Database::tr("Cannot read the team database."));
    f.hasMeta = q.value(0).toBool();
    f.tables = q.value(1).toLongLong();
    f.collate = q.value(2).toString();
    f.ctype = q.value(3).toString();
    f.encoding = q.value(4).toString();
    if (f.hasMeta) {
        if (!exec(q, QStringLiteral("SELECT key, value FROM guanxi_meta WHERE key IN ('application', 'schema_version')")))
            return SqlErrors::from(q.lastError(), Database::tr("Cannot read the team database."));
        while (q.next()) {
            if (q.value(0).toString() == u"application")
                f.application = q.value(1).toString();
            else
                f.version = q.value(1).toInt();
        }
    }
    return f;
}

bool utf8Ctype(const QString &ctype)
{
    const QString c = ctype.toLower();
    return c.endsWith(QStringLiteral(".utf-8")) || c.endsWith(QStringLiteral(".utf8"));
}

// The checks that may refuse a server database before anything is written.
Status check(const ServerAddress &address, const Facts &f, const Database::Options &options)
{
    const QString where = address.display();
    if (f.hasMeta && f.application != u"guanxi")
        return Error{Database::tr("%1 belongs to another program, not Guanxi. Choose another database; this one was "
                                  "left untouched.")
                         .arg(where),
                     QStringLiteral("guanxi_meta application=%1").arg(f.application), {}};
    if (!f.hasMeta && f.tables > 0)
        return Error{Database::tr("%1 holds another program's tables, not a Guanxi database. Choose an empty "
                                  "database or set one up with `guanxi-cli server init`; this one was left untouched.")
                         .arg(where),
                     QStringLiteral("%1 tables, no guanxi_meta").arg(f.tables), {}};
    if (f.version > Migrations::latestVersion())
        return Error{Database::tr("%1 was set up by a newer version of Guanxi (data version %2; this version reads up "
                                  "to %3). Update Guanxi on this computer; nothing was changed.")
                         .arg(where)
                         .arg(f.version)
                         .arg(Migrations::latestVersion()),
                     {}, {}};
    if (f.hasMeta)
        return {};
    // A new, empty database: it is set up only with the sort order Guanxi
    // keeps everywhere (by code point, as in a file).
    if (!options.createIfMissing || options.readOnly)
        return Error{Database::tr("%1 is empty: it is not a Guanxi database yet. Set it up with `guanxi-cli server "
                                  "init`, or connect with a login that may create tables.")
                         .arg(where),
                     {}, {}, ErrorKind::NotFound};
    if (f.collate != u"C" || !utf8Ctype(f.ctype) || f.encoding != u"UTF8")
        return Error{Database::tr("%1 was created with the sort order “%2” and character set “%3” (%4); Guanxi needs "
                                  "C and UTF-8 so that lists sort the same everywhere. Let `guanxi-cli server init` "
                                  "create the database, or create it with CREATE DATABASE … TEMPLATE template0 "
                                  "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'.")
                         .arg(where, f.collate, f.ctype, f.encoding),
                     {}, {}};
    return {};
}
} // namespace

bool Database::isServerAddress(const QString &text)
{
    return ServerAddress::looksLikeServer(text);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &text, const Options &options)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("This installation of Guanxi cannot reach database servers: Qt's PostgreSQL driver is "
                        "missing. Install the package libqt6sql6-psql."),
                     {}, {}, ErrorKind::Io};
    std::unique_ptr<Database> db(new Database);
    db->m_dialect = SqlDialect(Backend::PostgreSQL);
    db->m_server = std::make_unique<Server>();
    db->m_server->address = *address;
    db->m_path = address->display();
    db->m_options = options;
    db->m_readOnly = options.readOnly;
    if (options.readOnly)
        db->m_readOnlyReason = tr("Opened read-only as requested.");
    db->m_connectionName = nextServerConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    address->applyTo(db->m_db);
    if (!db->m_db.open())
        return connectError(*address, db->m_db.lastError());
    if (Status s = prepareSession(db->m_db, options); !s)
        return s.error();
    auto facts = inspect(db->m_db);
    if (!facts)
        return facts.error();
    if (Status s = check(*address, *facts, options); !s)
        return s.error();
    if (facts->version < Migrations::latestVersion()) {
        if (options.readOnly)
            return Error{tr("%1 needs upgrading to this version of Guanxi (data version %2 to %3), but it was opened "
                            "read-only. Connect once without read-only, or ask the administrator.")
                             .arg(address->display())
                             .arg(facts->version)
                             .arg(Migrations::latestVersion()),
                         {}, {}};
        if (Status s = Migrations::upgradeServer(db->m_db, facts->version); !s)
            return s.error();
    }
    return db;
}

Database::Server::~Server() = default;

namespace ServerConnection {

struct CancelWatch::Private {
    PGcancel *cancel = nullptr;
    std::atomic_bool stop{false};
    std::thread thread;
};

CancelWatch::CancelWatch(void *pgconn, const std::atomic_bool *flag) : d(std::make_unique<Private>())
{
    d->cancel = PQgetCancel(static_cast<PGconn *>(pgconn));
    if (!d->cancel)
        return;
    d->thread = std::thread([p = d.get(), flag] {
        using namespace std::chrono_literals;
        while (!p->stop.load()) {
            if (flag->load()) {
                char message[256];
                PQcancel(p->cancel, message, sizeof message);
            }
            // A cancel is a new connection to the server: a few a second, not more.
            std::this_thread::sleep_for(200ms);
        }
    });
}

CancelWatch::~CancelWatch()
{
    d->stop = true;
    if (d->thread.joinable())
        d->thread.join();
    if (d->cancel)
        PQfreeCancel(d->cancel);
}

std::unique_ptr<CancelWatch> watchCancel(const QSqlDatabase &db, const std::atomic_bool *cancel)
{
    PGconn *conn = handleOf(db);
    return conn ? std::make_unique<CancelWatch>(conn, cancel) : nullptr;
}

bool inTransaction(const QSqlDatabase &db)
{
    PGconn *conn = handleOf(db);
    if (!conn)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool transactionFailed(const QSqlDatabase &db)
{
    PGconn *conn = handleOf(db);
    return conn && PQtransactionStatus(conn) == PQTRANS_INERROR;
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM guanxi_meta WHERE key = 'schema_version'")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace ServerConnection

} // namespace guanxi
