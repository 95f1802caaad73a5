// guanxi: the desktop application. Parses the command line, loads the
// translations, opens the database and shows the window.
#include "appinfo.h"
#include "db/database.h"
#include "mainwindow.h"
#include "reminders.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>


int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    guanxi::AppInfo::initialise();
    QGuiApplication::setDesktopFileName(guanxi::AppInfo::appId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/guanxi.svg")));
    guanxi::ui::installTranslations(app, guanxi::ui::SettingsDialog::languageSetting());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Guanxi (关系): customer relationships for salespeople, in one file."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
                                QCoreApplication::translate("main", "Open this database file (created if missing)."),
                                QCoreApplication::translate("main", "file"));
    parser.addOption(database);
    QCommandLineOption minimized(QStringLiteral("minimized"),
                                 QCoreApplication::translate("main", "Start in the tray (reminders only) instead of with the window."));
    parser.addOption(minimized);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A database file to open."),
                                 QStringLiteral("[file]"));
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
    if (auto opened = window.openDatabase(path, true); !opened) {
        // The window explains in its message bar; offer to open another file.
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot open the database"),
                             opened.error().message + QStringLiteral("\n\n")
                                 + QCoreApplication::translate("main", "Use File > Open Database or File > New Database."));
    }
    return app.exec();
}
