// guanxi-cli server init: a team database on a PostgreSQL server.
#include "cli.h"

#include "platform/db/database.h"
#include "platform/db/serveraddress.h"
#include "platform/db/serversetup.h"

namespace guanxi::cli {

int runServer(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("init"));
    if (!cli.parse(p, args, Cli::tr(
            "  server init   Sets up a team database on a PostgreSQL server the shop already runs: creates the database named in\n"
            "--database (with the sort order and character set Guanxi needs) when it is not there, then its tables.\n"
            "Run it as a login that may create databases, for example:\n"
            "  guanxi-cli --database postgresql://postgres@office-pc/guanxi server init\n"
            "Running it again on a set-up database only upgrades it. See docs/TEAM.md.")))
        return Usage;
    const QString action = p.positionalArguments().value(1);
    if (action != u"init")
        return cli.usage(action.isEmpty() ? Cli::tr("server needs an action: init.")
                                          : Cli::tr("unknown action “server %1”; use init.").arg(action));
    if (!Database::isServerAddress(cli.databasePath))
        return cli.usage(Cli::tr("server init needs --database with a server address, such as "
                                 "postgresql://postgres@office-pc/guanxi."));
    auto address = ServerAddress::parse(cli.databasePath);
    if (!address)
        return cli.fail(address.error());
    auto created = ServerSetup::createDatabase(*address);
    if (!created)
        return cli.fail(created.error());
    auto db = Database::open(cli.databasePath);
    if (!db)
        return cli.fail(db.error());
    cli.out << (created->created ? Cli::tr("Created the team database %1 (data version %2).")
                                 : Cli::tr("The team database %1 is ready (data version %2)."))
                   .arg(address->display())
                   .arg(db.value()->schemaVersion())
            << '\n';
    return Ok;
}

} // namespace guanxi::cli
