// guanxi-cli init, seed, check and users.
#include "cli.h"

#include "platform/db/database.h"
#include "platform/db/databasecheck.h"
#include "team/sampledata.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"
#include "team/userstore.h"

#include <QDir>
#include <QElapsedTimer>

namespace guanxi::cli {

namespace {
bool wholeNumber(const QString &text, qint64 &out)
{
    bool ok = false;
    out = text.toLongLong(&ok);
    return ok && out >= 0;
}
} // namespace

int runInit(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("init"), Cli::tr("Create or upgrade the database."));
    if (!cli.parse(parser, args, Cli::tr("Creates the database file, or upgrades an existing one.")))
        return Usage;
    if (!cli.open(true))
        return DataError;
    cli.out << QDir::toNativeSeparators(cli.db().path()) << ": "
            << Cli::tr("schema version %1").arg(cli.db().schemaVersion()) << '\n';
    return Ok;
}

int runSeed(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("seed"), Cli::tr("Add sample data."));
    parser.addOption({QStringLiteral("customers"), Cli::tr("How many customers (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("orders"), Cli::tr("How many orders (default 1000)."),
                      QStringLiteral("M"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("leads"), Cli::tr("How many leads (default: a tenth of the customers)."),
                      QStringLiteral("L"), QStringLiteral("-1")});
    parser.addOption({QStringLiteral("seed"), Cli::tr("Random seed; the same seed gives the same data (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    if (!cli.parse(parser, args,
               Cli::tr("Adds realistic, deterministic sample customers (Chinese and English names,\n"
                       "provinces and cities, channels, stages) and orders over three years.")))
        return Usage;
    SampleData::Options options;
    qint64 seed = 0;
    if (!wholeNumber(parser.value(QStringLiteral("customers")), options.customers))
        return cli.usage(Cli::tr("--customers needs a whole number, not “%1”.").arg(parser.value(QStringLiteral("customers"))));
    if (!wholeNumber(parser.value(QStringLiteral("orders")), options.orders))
        return cli.usage(Cli::tr("--orders needs a whole number, not “%1”.").arg(parser.value(QStringLiteral("orders"))));
    if (!wholeNumber(parser.value(QStringLiteral("seed")), seed))
        return cli.usage(Cli::tr("--seed needs a whole number, not “%1”.").arg(parser.value(QStringLiteral("seed"))));
    options.seed = quint64(seed);
    bool leadsOk = false;
    options.leads = parser.value(QStringLiteral("leads")).toLongLong(&leadsOk);
    if (!leadsOk || options.leads < -1)
        return cli.usage(Cli::tr("--leads needs a whole number, not “%1”.").arg(parser.value(QStringLiteral("leads"))));
    if (!cli.open())
        return DataError;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10 && cli.format == Format::Table) {
            cli.err << "\r" << percent << "% " << Qt::flush;
            lastPercent = percent;
        }
        return true;
    };
    auto report = SampleData::generate(cli.session(), options, progress);
    if (cli.format == Format::Table)
        cli.err << "\r" << Qt::flush;
    if (!report)
        return cli.fail(report.error());
    Table t{{QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("leads"), QStringLiteral("deals"),
             QStringLiteral("users"), QStringLiteral("seconds")},
            {Cli::tr("Customers"), Cli::tr("Orders"), Cli::tr("Leads"), Cli::tr("Deals"),
             Cli::tr("Team members"), Cli::tr("Seconds")},
            {{QString::number(report->customers), QString::number(report->orders), QString::number(report->leads),
              QString::number(report->deals), QString::number(report->users),
              QString::number(timer.elapsed() / 1000.0, 'f', 1)}}};
    print(cli.out, t, cli.format);
    return Ok;
}

int runCheck(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("check"), Cli::tr("Check the database."));
    if (!cli.parse(parser, args,
               Cli::tr("Runs SQLite's integrity_check and foreign_key_check and reports the schema\n"
                       "version. Exit code 2 when a problem is found.")))
        return Usage;
    if (!cli.open(false))
        return DataError;
    auto report = DatabaseCheck::run(cli.db());
    if (!report)
        return cli.fail(report.error());
    Table t{{QStringLiteral("check"), QStringLiteral("result")}, {Cli::tr("Check"), Cli::tr("Result")}, {}};
    // A team database's pages and links are the server's to keep: "server".
    const QString fine = cli.db().isServer() ? QStringLiteral("server") : QStringLiteral("ok");
    t.rows << QStringList{QStringLiteral("integrity"),
                          report->integrityProblems.isEmpty() ? fine : report->integrityProblems.join(QStringLiteral("; "))};
    t.rows << QStringList{QStringLiteral("foreign_keys"),
                          report->foreignKeyProblems.isEmpty() ? fine : report->foreignKeyProblems.join(QStringLiteral("; "))};
    t.rows << QStringList{QStringLiteral("schema_version"),
                          QStringLiteral("%1 (latest %2)").arg(report->schemaVersion).arg(report->latestSchemaVersion)};
    auto customers = CustomerStore(cli.session()).countLive();
    auto orders = OrderStore(cli.session()).count();
    if (customers)
        t.rows << QStringList{QStringLiteral("customers"), QString::number(*customers)};
    if (orders)
        t.rows << QStringList{QStringLiteral("orders"), QString::number(*orders)};
    print(cli.out, t, cli.format);
    if (!report->ok()) {
        cli.err << "guanxi-cli: " << QDir::toNativeSeparators(cli.db().path()) << ": "
                << Cli::tr("problems found; restore a backup or export what you can.") << '\n';
        return DataError;
    }
    return Ok;
}

} // namespace guanxi::cli
