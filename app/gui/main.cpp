// guanxi: the desktop application. Parses the command line, loads the
// translations, opens the database and shows the window.
#include "appinfo.h"
#include "platform/db/database.h"
#include "mainwindow.h"
#include "activities/reminders.h"
#include "settingsdialog.h"
#include "platform/translations.h"

#include <sys/stat.h>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>


namespace {
// --help and --version answer without a display: they need no window system.
bool onlyAsksForHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

void describe(QCommandLineParser &parser, QCommandLineOption &database, QCommandLineOption &minimized)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Guanxi (关系): customer relationships for salespeople, in one file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(database);
    parser.addOption(minimized);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A database file to open."),
                                 QStringLiteral("[file]"));
}
} // namespace

int main(int argc, char *argv[])
{
    // Everything Guanxi creates holds customer data: the database and its
    // -wal/-shm, exports, reports, rejects, backups. Owner-only (files 0600,
    // folders 0700), whatever the login's umask.
    ::umask(S_IRWXG | S_IRWXO);
    QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
                                QStringLiteral("Open this database file (File > New creates one), or a team database on a "
                                               "server: postgresql://user@host/guanxi or \"host=… dbname=guanxi user=…\"."),
                                QStringLiteral("file-or-address"));
    QCommandLineOption minimized(QStringLiteral("minimized"),
                                 QStringLiteral("Start in the tray (reminders only) instead of with the window."));
    if (onlyAsksForHelp(argc, argv)) {
        QCoreApplication app(argc, argv);
        guanxi::AppInfo::initialise();
        QCommandLineParser parser;
        describe(parser, database, minimized);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    guanxi::AppInfo::initialise();
    QGuiApplication::setDesktopFileName(guanxi::AppInfo::appId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/guanxi.svg")));
    guanxi::installTranslations(app, guanxi::ui::SettingsDialog::languageSetting());

    QCommandLineParser parser;
    describe(parser, database, minimized);
    parser.process(app);

    QString path = parser.value(database);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = guanxi::Database::defaultPath();

    guanxi::ui::MainWindow window;
    if (!parser.isSet(minimized))
        window.show();
    else if (!window.reminders()->trayAvailable())
        window.showMinimized(); // no tray to wait in: start as an icon instead
    // Only the default file is created on the first run; a named file that
    // is not there is a mistyped path, not a wish for a new database.
    const bool firstRun = path == guanxi::Database::defaultPath();
    if (auto opened = window.openDatabase(path, firstRun); !opened) {
        // The window explains in its message bar; offer to open another file.
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot open the database"),
                             opened.error().message + QStringLiteral("\n\n")
                                 + QCoreApplication::translate("main", "Use File > Open Database or File > New Database."));
    }
    return app.exec();
}
