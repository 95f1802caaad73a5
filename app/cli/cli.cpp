#include "cli.h"

#include "platform/db/database.h"
#include "platform/db/serveraddress.h"
#include "platform/phoneregionsetting.h"
#include "team/permission.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace guanxi::cli {

Cli::Cli() : out(stdout), err(stderr), m_clock(std::make_unique<SystemClock>()) {}
Cli::~Cli()
{
    m_session.reset();
    m_db.reset();
}

void Cli::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("d"), QStringLiteral("database")},
                      Cli::tr("The Guanxi database: a file (default: %1), or a team database on a PostgreSQL "
                              "server, postgresql://user@host/database or host=… dbname=… user=… (the password "
                              "from PGPASSWORD or ~/.pgpass).")
                          .arg(QDir::toNativeSeparators(Database::defaultPath())),
                      QStringLiteral("file|address")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      Cli::tr("Output format: table, csv or json (default: table). Table headers and messages "
                              "follow the system language (LC_ALL=C for English); CSV and JSON keys never change."),
                      QStringLiteral("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("user"),
                      Cli::tr("Log in as this team member (also GUANXI_USER). Needed when the file has more "
                              "than one user or any password; otherwise the first administrator."),
                      QStringLiteral("login")});
    parser.addOption({QStringLiteral("password-file"),
                      Cli::tr("Read the --user's password from the first line of this file; otherwise from "
                              "GUANXI_PASSWORD, else asked on the terminal."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("wait"),
                      Cli::tr("When another program is writing to the file, wait up to this many seconds for "
                              "it (default 5)."),
                      QStringLiteral("seconds"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("read-only"),
                      Cli::tr("Open the file for reading only (for a damaged file: see what can be read).")});
    parser.addOption({QStringLiteral("now"),
                      Cli::tr("Pretend the time is this ISO 8601 date-time (for replaying scripts)."),
                      QStringLiteral("datetime")});
}

bool Cli::readGlobalOptions(const QCommandLineParser &parser, const QStringList &fileFormats)
{
    databasePath = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                            : Database::defaultPath();
    const QString f = parser.value(QStringLiteral("format"));
    if (f == QStringLiteral("table"))
        format = Format::Table;
    else if (f == QStringLiteral("csv"))
        format = Format::Csv;
    else if (f == QStringLiteral("json"))
        format = Format::Json;
    else if (fileFormats.contains(f))
        fileFormat = f;
    else {
        usage(Cli::tr("unknown --format “%1”; use table, csv or json.").arg(f));
        return false;
    }
    m_userLogin = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                       : qEnvironmentVariable("GUANXI_USER");
    m_passwordFile = parser.value(QStringLiteral("password-file"));
    m_readOnly = parser.isSet(QStringLiteral("read-only"));
    bool waitOk = false;
    const double wait = parser.value(QStringLiteral("wait")).toDouble(&waitOk);
    if (!waitOk || wait < 0 || wait > 24 * 3600) {
        usage(Cli::tr("--wait “%1” is not a number of seconds from 0 to 86400.").arg(parser.value(QStringLiteral("wait"))));
        return false;
    }
    m_waitMs = int(wait * 1000);
    m_waitForLongWrites = parser.isSet(QStringLiteral("wait"));
    if (parser.isSet(QStringLiteral("now"))) {
        QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid()) {
            usage(Cli::tr("--now “%1” is not a date-time; write it like 2026-11-22T09:30:00.")
                      .arg(parser.value(QStringLiteral("now"))));
            return false;
        }
        m_clock = std::make_unique<FixedClock>(now);
    }
    return true;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
                const QList<QCommandLineOption> &options, const QStringList &fileFormats)
{
    parser.setApplicationDescription(description);
    addGlobalOptions(parser);
    parser.addHelpOption();
    parser.addOptions(options);
    parser.process(args); // exits 0 on --help, 1 on an unknown option
    return readGlobalOptions(parser, fileFormats);
}

bool Cli::open(bool create)
{
    Database::Options options;
    options.createIfMissing = create;
    options.busyTimeoutMs = m_waitMs;
    options.waitForLongWrites = m_waitForLongWrites;
    options.readOnly = m_readOnly && !create;
    auto db = Database::open(databasePath, options);
    if (!db) {
        fail(db.error());
        return false;
    }
    m_db = std::move(db).value();
    if (!m_db->openingNote().isEmpty())
        err << "guanxi-cli: " << m_db->openingNote() << '\n';
    if (m_db->isReadOnly())
        err << "guanxi-cli: " << where() << ": " << m_db->readOnlyReason() << '\n';
    m_session = std::make_unique<Session>(*m_db, *m_clock);
    m_session->setDefaultRegion(phoneRegionSetting());   // the desktop app's Settings
    return logIn();
}

QString Cli::where() const
{
    if (Database::isServerAddress(databasePath)) {
        // Never the password a URL may carry.
        const auto address = ServerAddress::parse(databasePath);
        return address ? address->display() : Cli::tr("the database server");
    }
    return QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
}

int Cli::fail(const Error &error)
{
    if (m_db)
        m_db->noteFailed();
    err << "guanxi-cli: " << where() << ": "
        << error.message;
    if (!error.detail.isEmpty())
        err << " [" << error.detail << ']';
    err << '\n';
    err.flush();
    // A role without the permission (Session::require names it in field),
    // not a read-only file, which is Denied too.
    if (error.kind == ErrorKind::Denied && Permissions::fromCode(error.field))
        return Denied;
    return DataError;
}

int Cli::usage(const QString &message)
{
    err << "guanxi-cli: " << message << '\n' << tr("Run “guanxi-cli --help” for usage.") << '\n';
    err.flush();
    return Usage;
}

} // namespace guanxi::cli
