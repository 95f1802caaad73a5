// Catch2 runner for core tests: a QCoreApplication and nothing from QtGui.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-tests"));
    return Catch::Session().run(argc, argv);
}
