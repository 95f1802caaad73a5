// guanxi-cli: the same core as the desktop app, for scripts and managers.
#include "appinfo.h"
#include "cli.h"
#include "reportoutput.h"

#include <sys/stat.h>
#include <QCoreApplication>
#ifdef GUANXI_CLI_PDF
#include <QApplication>
#endif

#include <memory>

#include <cstdio>

using namespace guanxi::cli;

namespace {

const char *generalHelp = R"(Usage: guanxi-cli [--database FILE] [--format table|csv|json] COMMAND ...

Guanxi (关系) customer database on the command line.

Commands:
  init                        Create the database file (or upgrade it) and exit.
  seed                        Add deterministic sample customers and orders.
  check                       Check integrity, links and the schema version.
  customers list|add|show|search|delete|restore|purge|trash
                              Work with customers.
  leads add|list|show|qualify|disqualify|duplicates|convert
                              Capture, screen and convert leads.
  pool list|claim|release|assign|reclaim|warnings|history|rules
                              The public pool (公海).
  deals add|list|move|history|stages|forecast
                              Opportunities in the funnel.
  orders add|list|show|import|pay|advance|status|from-deal|products
                              Quotes, contracts, orders and payments.
  rules list|add|remove        Lead assignment rules.
  notifications list|read     Assignments and reclaims for you.
  followups log|due|list|export
                              Log follow-ups, list what is due, export to a calendar.
  users list|add              List or add team members.
  import customers|orders|list|revert
                              Import CSV/TSV, XLSX or vCard; list and revert imports.
  export customers            Customers to CSV, XLSX or vCard.
  duplicates list|merge|history|undo
                              Find customers entered twice, merge them, undo a merge.
  backup FILE | --folder DIR  A checked backup, safe while the app is open.
  restore BACKUP              Replace the database with a checked backup.
  report rfm                  RFM scores and segments, to the screen, CSV, XLSX, JSON or PDF.
  report clusters             k-means clusters of customers on RFM, with a suggested k.

Global options:
  -d, --database FILE         The database file (default: the application data folder).
  -f, --format FORMAT         table (default), csv or json.
  --user LOGIN                Act as this team member.
  --now DATETIME              Pretend it is this time (ISO 8601).
  --wait SECONDS              Wait this long for another program writing to the file (default 5).
  --read-only                 Open the file for reading only.
  -h, --help                  Help; "guanxi-cli COMMAND --help" for a command.
  -v, --version               Print the version.

Exit codes: 0 ok, 1 usage error, 2 data or file error (the message on stderr
names the file and the problem).
)";

// The first word that is not an option or an option's value.
QString commandOf(const QStringList &args)
{
    static const QStringList withValue = {QStringLiteral("-d"), QStringLiteral("--database"),
                                          QStringLiteral("-f"), QStringLiteral("--format"),
                                          QStringLiteral("--user"), QStringLiteral("--now"),
                                          QStringLiteral("--wait")};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything Guanxi creates holds customer data: the database and its
    // -wal/-shm, exports, reports, rejects, backups. Owner-only (files 0600,
    // folders 0700), whatever the login's umask.
    ::umask(S_IRWXG | S_IRWXO);
    // A PDF report draws its charts with widgets: only then is a QApplication
    // started, on the offscreen platform unless the user chose one.
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const bool widgets = commandOf(raw) == u"report" && guanxi::cli::reportNeedsWidgets(raw);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef GUANXI_CLI_PDF
    std::unique_ptr<QCoreApplication> application =
        widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto application = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication &app = *application;
    guanxi::AppInfo::initialise();
    const QStringList args = app.arguments();
    const QString command = commandOf(args);
    Cli cli;

    if (command.isEmpty()) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
            cli.out << "guanxi-cli " << guanxi::AppInfo::version() << '\n';
            return Ok;
        }
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            cli.out << generalHelp;
            return Ok;
        }
        cli.err << generalHelp;
        return Usage;
    }
    if (command == QStringLiteral("init"))
        return runInit(cli, args);
    if (command == QStringLiteral("seed"))
        return runSeed(cli, args);
    if (command == QStringLiteral("check"))
        return runCheck(cli, args);
    if (command == QStringLiteral("customers"))
        return runCustomers(cli, args);
    if (command == QStringLiteral("leads"))
        return runLeads(cli, args);
    if (command == QStringLiteral("pool"))
        return runPool(cli, args);
    if (command == QStringLiteral("deals"))
        return runDeals(cli, args);
    if (command == QStringLiteral("orders"))
        return runOrders(cli, args);
    if (command == QStringLiteral("rules"))
        return runRules(cli, args);
    if (command == QStringLiteral("notifications"))
        return runNotifications(cli, args);
    if (command == QStringLiteral("followups"))
        return runFollowUps(cli, args);
    if (command == QStringLiteral("users"))
        return runUsers(cli, args);
    if (command == QStringLiteral("import"))
        return runImport(cli, args);
    if (command == QStringLiteral("export"))
        return runExport(cli, args);
    if (command == QStringLiteral("duplicates"))
        return runDuplicates(cli, args);
    if (command == QStringLiteral("backup"))
        return runBackup(cli, args);
    if (command == QStringLiteral("restore"))
        return runRestore(cli, args);
    if (command == QStringLiteral("report"))
        return runReport(cli, args);
    return cli.usage(QStringLiteral("unknown command “%1”.").arg(command));
}
