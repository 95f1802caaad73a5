// guanxi-cli's command line: the general help and the commands it names.
#include "commandline.h"

#include "appinfo.h"
#include "cli.h"
#include "reportoutput.h"
#include "platform/translations.h"

using namespace guanxi::cli;

namespace {

// The commands "guanxi-cli --help" lists; the reports come from the report
// commands themselves, so a new report cannot be left out.
struct CommandHelp {
    const char *usage;
    const char *what; // translated in the context "Cli"
};
const CommandHelp commandHelp[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "Create the database file (or upgrade it) and exit.")},
    {"seed", QT_TRANSLATE_NOOP("Cli", "Add deterministic sample customers and orders.")},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check integrity, links and the schema version.")},
    {"customers list|add|show|search|delete|restore|purge|trash", QT_TRANSLATE_NOOP("Cli", "Work with customers.")},
    {"leads add|list|show|qualify|disqualify|duplicates|assign|convert",
     QT_TRANSLATE_NOOP("Cli", "Capture, screen, assign and convert leads.")},
    {"pool list|claim|release|assign|reclaim|warnings|history|rules", QT_TRANSLATE_NOOP("Cli", "The public pool (公海).")},
    {"deals add|list|move|history|stages|forecast", QT_TRANSLATE_NOOP("Cli", "Opportunities in the funnel.")},
    {"orders add|list|show|import|pay|write-off|remove-payment|advance|status|from-deal|products",
     QT_TRANSLATE_NOOP("Cli", "Quotes, contracts, orders and payments.")},
    {"rules list|add|remove", QT_TRANSLATE_NOOP("Cli", "Lead assignment rules.")},
    {"rates list|set|remove|import|base",
     QT_TRANSLATE_NOOP("Cli", "Currency rates to the base currency, for sums and reports.")},
    {"notifications list|read", QT_TRANSLATE_NOOP("Cli", "Assignments and reclaims for you.")},
    {"followups log|due|list|export",
     QT_TRANSLATE_NOOP("Cli", "Log follow-ups, list what is due, export to a calendar.")},
    {"users list|add|passwd|role|team|deactivate|reactivate|permissions",
     QT_TRANSLATE_NOOP("Cli", "Team members, their passwords, roles and teams; offboarding; what each role may do.")},
    {"audit [--user LOGIN] [--action CODE] [--since DATE]",
     QT_TRANSLATE_NOOP("Cli", "The audit trail: logins, failed logins, exports, user changes.")},
    {"import customers|orders|list|revert",
     QT_TRANSLATE_NOOP("Cli", "Import CSV/TSV, XLSX or vCard; list and revert imports.")},
    {"export customers", QT_TRANSLATE_NOOP("Cli", "Customers to CSV, XLSX or vCard.")},
    {"duplicates list|merge|history|undo",
     QT_TRANSLATE_NOOP("Cli", "Find customers entered twice, merge them, undo a merge.")},
    {"quality [--owner NAME] [--list CHECK]",
     QT_TRANSLATE_NOOP("Cli", "The data-quality score, its checks, and the customers to fix.")},
    {"backup FILE | --folder DIR", QT_TRANSLATE_NOOP("Cli", "A checked backup, safe while the app is open.")},
    {"restore BACKUP", QT_TRANSLATE_NOOP("Cli", "Replace the database with a checked backup.")},
    {"server init", QT_TRANSLATE_NOOP("Cli", "Set up the team database named by --database on a PostgreSQL server.")},
    {"db copy SRC DST", QT_TRANSLATE_NOOP("Cli", "Copy a whole database into a new file or team database, checked.")},
};

const CommandHelp optionHelp[] = {
    {"-d, --database FILE|ADDRESS",
     QT_TRANSLATE_NOOP("Cli", "The database file (default: the application data folder), or a team database: "
                              "postgresql://user@host/database.")},
    {"-f, --format FORMAT", QT_TRANSLATE_NOOP("Cli", "table (default), csv or json.")},
    {"--user LOGIN", QT_TRANSLATE_NOOP("Cli", "Log in as this team member (also GUANXI_USER).")},
    {"--password-file FILE",
     QT_TRANSLATE_NOOP("Cli", "The password on the file's first line; else GUANXI_PASSWORD, else asked.")},
    {"--now DATETIME", QT_TRANSLATE_NOOP("Cli", "Pretend it is this time (ISO 8601).")},
    {"--wait SECONDS",
     QT_TRANSLATE_NOOP("Cli", "Wait this long for another program writing to the file (default 5).")},
    {"--read-only", QT_TRANSLATE_NOOP("Cli", "Open the file for reading only.")},
    {"-h, --help", QT_TRANSLATE_NOOP("Cli", "Help; “guanxi-cli COMMAND --help” for a command.")},
    {"-v, --version", QT_TRANSLATE_NOOP("Cli", "Print the version.")},
};

// "  usage   what", the description in column 31 (on its own line when the
// usage is longer).
QString helpLine(const QString &usage, const QString &what)
{
    const int column = 30;
    QString line = QStringLiteral("  ") + usage;
    if (line.size() < column)
        return line + QString(column - line.size(), u' ') + what + u'\n';
    return line + u'\n' + QString(column, u' ') + what + u'\n';
}

QString generalHelp()
{
    QString help = Cli::tr("Usage: guanxi-cli [--database FILE|ADDRESS] [--format table|csv|json] COMMAND ...") + u'\n'
                   + u'\n' + Cli::tr("Guanxi (关系) customer database on the command line.") + u'\n' + u'\n'
                   + Cli::tr("Commands:") + u'\n';
    for (const CommandHelp &c : commandHelp)
        help += helpLine(QString::fromUtf8(c.usage), Cli::tr(c.what));
    for (const ReportCommand &r : reportCommands())
        help += helpLine(QStringLiteral("report ") + r.name, r.summary);
    help += u'\n' + Cli::tr("Global options:") + u'\n';
    for (const CommandHelp &o : optionHelp)
        help += helpLine(QString::fromUtf8(o.usage), Cli::tr(o.what));
    help += u'\n'
            + wrapped(Cli::tr("Exit codes: 0 ok, 1 usage error, 2 data or file error, a wrong password or an "
                              "unknown login (the message on stderr names the file and the problem), 3 the role of "
                              "the --user lacks a permission the command needs (the message names it)."),
                      78, QString())
            + u'\n'
            + wrapped(Cli::tr("Messages and table headers follow the system language (LANG, LC_ALL, LANGUAGE). For "
                              "scripts, run with LC_ALL=C for English; the keys of --format csv and json never "
                              "change."),
                      78, QString());
    return help;
}

} // namespace

namespace guanxi::cli {

QString commandOf(const QStringList &args)
{
    static const QStringList withValue = {QStringLiteral("-d"), QStringLiteral("--database"),
                                          QStringLiteral("-f"), QStringLiteral("--format"),
                                          QStringLiteral("--user"), QStringLiteral("--now"),
                                          QStringLiteral("--wait"), QStringLiteral("--password-file")};
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

bool asksForPdf(const QStringList &args)
{
    if (commandOf(args) != u"report")
        return false;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i).toLower();
        if (a.endsWith(QStringLiteral(".pdf")) || ((a == u"-f" || a == u"--format") && args.value(i + 1) == u"pdf")
            || a == u"--format=pdf" || a == u"-fpdf")
            return true;
    }
    return false;
}

int runCommandLine(QCoreApplication &app)
{
    guanxi::AppInfo::initialise();
    // The system's language, as the desktop app follows it; LC_ALL=C gives
    // the untranslated English that scripts can rely on.
    guanxi::installTranslations(app, {});
    const QStringList args = app.arguments();
    const QString command = commandOf(args);
    Cli cli;

    if (command.isEmpty()) {
        if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
            cli.out << "guanxi-cli " << guanxi::AppInfo::version() << '\n';
            return Ok;
        }
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            cli.out << generalHelp();
            return Ok;
        }
        cli.err << generalHelp();
        return Usage;
    }
    static const struct {
        const char16_t *name;
        int (*run)(Cli &, const QStringList &);
    } commands[] = {
        {u"init", runInit},           {u"seed", runSeed},           {u"check", runCheck},
        {u"customers", runCustomers}, {u"leads", runLeads},         {u"pool", runPool},
        {u"deals", runDeals},         {u"orders", runOrders},       {u"rules", runRules},
        {u"notifications", runNotifications}, {u"followups", runFollowUps}, {u"users", runUsers},
        {u"import", runImport},       {u"export", runExport},       {u"duplicates", runDuplicates},
        {u"backup", runBackup},       {u"restore", runRestore},     {u"report", runReport},
        {u"quality", runQuality},     {u"rates", runRates},         {u"audit", runAudit},
        {u"server", runServer},       {u"db", runDb},
    };
    for (const auto &c : commands)
        if (command == QStringView(c.name))
            return c.run(cli, args);
    return cli.usage(Cli::tr("unknown command “%1”.").arg(command));
}

} // namespace guanxi::cli
