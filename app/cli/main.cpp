// guanxi-cli: the same core as the desktop app, for scripts and managers.
#include "appinfo.h"
#include "cli.h"
#include "reportoutput.h"
#include "platform/translations.h"

#include <sys/stat.h>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#ifdef GUANXI_CLI_PDF
#include <QApplication>
#endif

#include <memory>

#include <cstdio>

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
    {"notifications list|read", QT_TRANSLATE_NOOP("Cli", "Assignments and reclaims for you.")},
    {"followups log|due|list|export",
     QT_TRANSLATE_NOOP("Cli", "Log follow-ups, list what is due, export to a calendar.")},
    {"users list|add", QT_TRANSLATE_NOOP("Cli", "List or add team members.")},
    {"import customers|orders|list|revert",
     QT_TRANSLATE_NOOP("Cli", "Import CSV/TSV, XLSX or vCard; list and revert imports.")},
    {"export customers", QT_TRANSLATE_NOOP("Cli", "Customers to CSV, XLSX or vCard.")},
    {"duplicates list|merge|history|undo",
     QT_TRANSLATE_NOOP("Cli", "Find customers entered twice, merge them, undo a merge.")},
    {"backup FILE | --folder DIR", QT_TRANSLATE_NOOP("Cli", "A checked backup, safe while the app is open.")},
    {"restore BACKUP", QT_TRANSLATE_NOOP("Cli", "Replace the database with a checked backup.")},
};

const CommandHelp optionHelp[] = {
    {"-d, --database FILE", QT_TRANSLATE_NOOP("Cli", "The database file (default: the application data folder).")},
    {"-f, --format FORMAT", QT_TRANSLATE_NOOP("Cli", "table (default), csv or json.")},
    {"--user LOGIN", QT_TRANSLATE_NOOP("Cli", "Act as this team member.")},
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
    QString help = Cli::tr("Usage: guanxi-cli [--database FILE] [--format table|csv|json] COMMAND ...") + u'\n'
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
            + wrapped(Cli::tr("Exit codes: 0 ok, 1 usage error, 2 data or file error (the message on stderr names "
                              "the file and the problem)."),
                      78, QString())
            + u'\n'
            + wrapped(Cli::tr("Messages and table headers follow the system language (LANG, LC_ALL, LANGUAGE). For "
                              "scripts, run with LC_ALL=C for English; the keys of --format csv and json never "
                              "change."),
                      78, QString());
    return help;
}

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
    // Starting a GUI application, Qt looks in XDG_RUNTIME_DIR for a Flatpak
    // marker; a login without one (cron, ssh, su) gets "QStandardPaths:
    // XDG_RUNTIME_DIR not set" on stderr and a shared /tmp/runtime-USER. The
    // offscreen charts keep nothing there: they get a private empty folder
    // (0700, removed on exit), declared before the application outlives it.
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (widgets && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>();
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
#ifdef GUANXI_CLI_PDF
    std::unique_ptr<QCoreApplication> application =
        widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto application = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication &app = *application;
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
    return cli.usage(Cli::tr("unknown command “%1”.").arg(command));
}
