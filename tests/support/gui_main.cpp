// Catch2 runner for GUI tests: a QApplication on the offscreen platform, with
// data folders redirected to QStandardPaths' test locations and settings to
// a folder of this process's own (ctest runs test cases side by side, and
// one test's Settings dialog must not change another's phone region).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("guanxi-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-gui-tests"));
    QTemporaryDir settings;
    if (settings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    return Catch::Session().run(argc, argv);
}
