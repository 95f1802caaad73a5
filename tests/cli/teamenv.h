#pragma once

// A file with a team for the CLI's login and access tests: the administrator
// init names after $USER ("tester", given a password) and two salespeople
// with passwords, li and wang, each owning one customer with an order.
#include "clienv.h"

namespace guanxi::test::cli {

struct TeamEnv {
    CliEnv env;
    QString liCustomer;
    QString wangCustomer;
    static inline const QString liPassword = S("li-secret-1");
    static inline const QString wangPassword = S("wang-secret-2");

    static inline const QString adminPassword = S("tester-secret-0");

    TeamEnv()
    {
        env.ok({S("init")});
        // Once anyone has a password, an account without one cannot log in:
        // the administrator gets one first, and every admin run gives it.
        env.environment.insert(S("GUANXI_NEW_PASSWORD"), adminPassword);
        env.ok({S("users"), S("passwd"), S("tester")});
        env.environment.remove(S("GUANXI_NEW_PASSWORD"));
        env.environment.insert(S("GUANXI_PASSWORD"), adminPassword);
        addSales(S("li"), S("李娜"), liPassword);
        addSales(S("wang"), S("王芳"), wangPassword);
        liCustomer = as(S("li"), liPassword, {S("customers"), S("add"), S("--name"), S("李的客户"), S("--phone"),
                                               S("13800138001")}).out.trimmed();
        wangCustomer = as(S("wang"), wangPassword, {S("customers"), S("add"), S("--name"), S("王的客户"),
                                                     S("--phone"), S("13900139002")}).out.trimmed();
        REQUIRE(liCustomer.toLongLong() > 0);
        REQUIRE(wangCustomer.toLongLong() > 0);
        REQUIRE(as(S("li"), liPassword, {S("orders"), S("add"), S("--customer"), liCustomer, S("--amount"), S("3000"),
                                         S("--date"), S("2026-03-01"), S("--status"), S("signed")}).code == 0);
        REQUIRE(as(S("wang"), wangPassword, {S("orders"), S("add"), S("--customer"), wangCustomer, S("--amount"),
                                             S("5000"), S("--date"), S("2026-03-02"), S("--status"), S("signed")})
                    .code == 0);
    }

    void addSales(const QString &login, const QString &name, const QString &password)
    {
        env.environment.insert(S("GUANXI_NEW_PASSWORD"), password);
        env.ok({S("users"), S("add"), S("--login"), login, S("--name"), name, S("--role"), S("sales")});
        env.environment.remove(S("GUANXI_NEW_PASSWORD"));
    }

    // Runs a command logged in as login with this password (GUANXI_PASSWORD).
    Run as(const QString &login, const QString &password, const QStringList &args)
    {
        env.environment.insert(S("GUANXI_USER"), login);
        env.environment.insert(S("GUANXI_PASSWORD"), password);
        const Run r = env.onDb(args);
        env.environment.insert(S("GUANXI_USER"), S("tester"));
        env.environment.insert(S("GUANXI_PASSWORD"), adminPassword);
        return r;
    }
    Run asLi(const QStringList &args) { return as(S("li"), liPassword, args); }
    // The administrator (GUANXI_USER=tester, as every CLI test runs).
    QString asAdmin(const QStringList &args) { return env.ok(args); }
};

} // namespace guanxi::test::cli
