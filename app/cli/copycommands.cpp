// guanxi-cli db copy SRC DST: a whole database into a new file or team database.
#include "cli.h"

#include "exchange/databasecopy.h"
#include "output.h"
#include "platform/auditstore.h"
#include "platform/db/database.h"
#include "platform/db/serveraddress.h"
#include "platform/db/serversetup.h"
#include "platform/session.h"
#include "team/permission.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <unistd.h>

namespace guanxi::cli {

namespace {
QString shown(const QString &where)
{
    if (Database::isServerAddress(where)) {
        const auto address = ServerAddress::parse(where);
        return address ? address->display() : where;
    }
    return QDir::toNativeSeparators(QFileInfo(where).absoluteFilePath());
}

// The target: a new file (never one that exists), or a database on a
// server, created there when missing.
Result<std::unique_ptr<Database>> openTarget(const QString &where)
{
    if (Database::isServerAddress(where)) {
        auto address = ServerAddress::parse(where);
        if (!address)
            return address.error();
        if (auto made = ServerSetup::createDatabase(*address); !made)
            return made.error();
    } else if (QFileInfo::exists(where)) {
        return Error{Cli::tr("“%1” exists already; copy into a new file (or remove that one first).").arg(shown(where)),
                     {}, QStringLiteral("target"), ErrorKind::Conflict};
    }
    return Database::open(where);
}
} // namespace

int runDb(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("copy"));
    p.addPositionalArgument(QStringLiteral("source"), Cli::tr("SRC"));
    p.addPositionalArgument(QStringLiteral("target"), Cli::tr("DST"));
    if (!cli.parse(p, args, Cli::tr(
            "  db copy SRC DST   Copies a whole database into a new one. Each side is a file or a team database on a\n"
            "                    PostgreSQL server (postgresql://user@host/db): a shop's file onto its server, or the\n"
            "                    team database into a file (leaving the team, a portable backup). Ids are kept, the\n"
            "                    search index is rebuilt, and every table's rows and checksum are compared before the\n"
            "                    target's one transaction commits. The target must be new (a server database is\n"
            "                    created when missing). Needs an administrator (--user) on a source with logins.")))
        return Usage;
    const QStringList pos = p.positionalArguments();
    if (pos.value(1) != u"copy")
        return cli.usage(pos.value(1).isEmpty() ? Cli::tr("db needs an action: copy.")
                                                : Cli::tr("unknown action “db %1”; use copy.").arg(pos.value(1)));
    if (pos.size() != 4)
        return cli.usage(Cli::tr("db copy needs the source and the target: db copy SRC DST."));
    const QString source = pos.at(2);
    const QString target = pos.at(3);
    if (shown(source) == shown(target))
        return cli.usage(Cli::tr("the source and the target are the same database."));
    cli.databasePath = source;
    if (!cli.open())
        return DataError;
    // Everything is copied: only someone who sees everything and may export.
    if (Status s = cli.session().require(Permission::Export); !s)
        return cli.fail(s.error());
    if (!cli.session().access().seesAll)
        return cli.fail(Error{Cli::tr("Copying a whole database needs someone who sees every record (an "
                                      "administrator); log in as one with --user."),
                              {}, Permissions::code(Permission::SeeOtherTeams), ErrorKind::Denied});
    auto opened = openTarget(target);
    if (!opened)
        return cli.fail(opened.error());
    Session to(*opened.value(), cli.session().clock());
    QElapsedTimer timer;
    timer.start();
    const bool interactive = ::isatty(STDERR_FILENO) == 1; // progress only where someone watches
    auto report = DatabaseCopy::copy(cli.session(), to, [&](qint64 done, qint64 total) {
        if (interactive && total > 0)
            cli.err << '\r' << Cli::tr("Copying: %1 %").arg(done * 100 / total) << Qt::flush;
    });
    if (interactive)
        cli.err << '\n';
    if (!report) {
        opened.value().reset();
        // A file made for the copy and left empty by its failure goes again.
        if (!Database::isServerAddress(target))
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(target + suffix);
        return cli.fail(report.error());
    }
    AuditEvent e;
    e.action = AuditAction::Export;
    e.entity = QStringLiteral("database");
    e.detail = {{QStringLiteral("copy_to"), shown(target)}, {QStringLiteral("rows"), report->rows}};
    // The copy is made; a trail that could not be written is said, not hidden.
    if (Status audited = AuditStore(cli.session()).record(e); !audited)
        cli.err << "guanxi-cli: " << audited.error().message << '\n';

    // The whole digest for scripts (CSV, JSON); its start is enough to compare by eye.
    const bool whole = cli.format != Format::Table;
    Table t{{QStringLiteral("table"), QStringLiteral("rows"), QStringLiteral("sha256")},
            {Cli::tr("Table"), Cli::tr("Rows"), Cli::tr("SHA-256 (start)")},
            {}};
    for (const DatabaseCopy::TableReport &table : std::as_const(report->tables))
        t.rows << QStringList{table.name, QString::number(table.rows), whole ? table.checksum : table.checksum.left(16)};
    print(cli.out, t, cli.format);
    cli.err << Cli::tr("Copied %1 rows from %2 to %3 in %4 s; every table's rows and checksum match.")
                   .arg(report->rows)
                   .arg(shown(source), shown(target))
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << '\n';
    return Ok;
}

} // namespace guanxi::cli
