// Catch2 runner for GUI tests: a QApplication on the offscreen platform, with
// settings and data folders redirected to QStandardPaths' test locations.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("guanxi-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-gui-tests"));
    return Catch::Session().run(argc, argv);
}
