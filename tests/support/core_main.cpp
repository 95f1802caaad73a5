// Catch2 runner for core tests: a QCoreApplication and nothing from QtGui.
//
// --guanxi-pg-state DIR (taken out before Catch reads the rest) runs the
// tests against the throwaway PostgreSQL whose state folder DIR is
// (tests/support/testserver.h): how CTest's "pg: " entries say it, as a
// list-valued ENVIRONMENT does not survive catch_discover_tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <cstring>
#include <vector>

int main(int argc, char *argv[])
{
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--guanxi-pg-state") == 0 && i + 1 < argc) {
            qputenv("GUANXI_TEST_BACKEND", "postgresql");
            qputenv("GUANXI_TEST_PG_STATE", argv[++i]);
            continue;
        }
        args.push_back(argv[i]);
    }
    int count = int(args.size());
    args.push_back(nullptr);
    QCoreApplication app(count, args.data());
    QCoreApplication::setApplicationName(QStringLiteral("guanxi-tests"));
    return Catch::Session().run(count, args.data());
}
