// Logging in on the command line and managing the team: --user with the
// password from GUANXI_PASSWORD or --password-file, a wrong one exiting 2
// with no data, users add/passwd/role/deactivate/list, the last administrator
// kept, offboarding, and the audit trail of it all.
#include "teamenv.h"

using namespace guanxi::test::cli;

namespace {
QJsonObject userRow(TeamEnv &t, const QString &login)
{
    for (const QJsonValue &u : parseJsonArray(t.asAdmin({S("users"), S("list"), S("--format"), S("json")})))
        if (u.toObject().value(S("login")).toString() == login)
            return u.toObject();
    return {};
}
} // namespace

TEST_CASE("guanxi-cli needs --user on a file with several users, and a right password", "[cli][users][login]")
{
    TeamEnv t;
    t.env.environment.insert(S("GUANXI_USER"), QString());
    const Run nobody = t.env.onDb({S("customers"), S("list")});
    CHECK(nobody.code == 2);
    CHECK(nobody.err.contains(S("--user LOGIN")));
    CHECK(nobody.out.isEmpty());
    t.env.environment.remove(S("GUANXI_USER"));

    const Run wrong = t.as(S("li"), S("not-the-password"), {S("customers"), S("list")});
    CHECK(wrong.code == 2);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.contains(S("password is wrong")));

    const Run right = t.as(S("li"), TeamEnv::liPassword, {S("customers"), S("list"), S("--format"), S("csv")});
    CHECK(right.code == 0);
    CHECK(right.out.contains(S("李的客户")));

    // The password from the first line of a file, with --user on the command line.
    const QString file = t.env.path(S("li.pass"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(TeamEnv::liPassword.toUtf8() + "\nignored\n");
    f.close();
    const Run fromFile = t.env.onDb({S("--user"), S("li"), S("--password-file"), file, S("customers"), S("list")});
    CHECK(fromFile.code == 0);
    CHECK(fromFile.out.contains(S("李的客户")));
    const Run missing = t.env.onDb({S("--user"), S("li"), S("--password-file"), t.env.path(S("none")), S("customers"),
                                    S("list")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(S("password file")));
}

TEST_CASE("guanxi-cli users add, passwd, role and list, and only an administrator manages users", "[cli][users]")
{
    TeamEnv t;
    QJsonObject li = userRow(t, S("li"));
    CHECK(li.value(S("role")).toString() == S("sales"));
    CHECK(li.value(S("password_set")).toString() == S("yes"));
    CHECK(li.value(S("active")).toString() == S("yes"));

    t.asAdmin({S("users"), S("add"), S("--login"), S("boss"), S("--name"), S("Boss"), S("--role"), S("manager"),
               S("--team"), S("east")});
    t.asAdmin({S("users"), S("team"), S("li"), S("--team"), S("east"), S("--manager"), S("boss")});
    li = userRow(t, S("li"));
    CHECK(li.value(S("team")).toString() == S("east"));
    CHECK(li.value(S("manager")).toString() == S("boss"));
    CHECK(userRow(t, S("boss")).value(S("password_set")).toString() == S("no"));

    t.env.environment.insert(S("GUANXI_NEW_PASSWORD"), S("li-new-pass-3"));
    t.asAdmin({S("users"), S("passwd"), S("li")});
    t.env.environment.remove(S("GUANXI_NEW_PASSWORD"));
    CHECK(t.asLi({S("customers"), S("list")}).code == 2);
    CHECK(t.as(S("li"), S("li-new-pass-3"), {S("customers"), S("list")}).code == 0);

    const Run denied = t.as(S("li"), S("li-new-pass-3"), {S("users"), S("role"), S("li"), S("--role"), S("admin")});
    CHECK(denied.code == 3);
    CHECK(denied.err.contains(S("Manage users")));
    CHECK(userRow(t, S("li")).value(S("role")).toString() == S("sales"));

    t.asAdmin({S("users"), S("role"), S("li"), S("--role"), S("manager")});
    CHECK(userRow(t, S("li")).value(S("role")).toString() == S("manager"));
    CHECK(t.env.onDb({S("users"), S("role"), S("li"), S("--role"), S("chief")}).code == 1);
}

TEST_CASE("guanxi-cli refuses to leave the file without an active administrator", "[cli][users]")
{
    TeamEnv t;
    const Run demote = t.env.onDb({S("users"), S("role"), S("tester"), S("--role"), S("sales")});
    CHECK(demote.code == 2);
    CHECK(demote.err.contains(S("only active administrator")));
    CHECK(userRow(t, S("tester")).value(S("role")).toString() == S("admin"));
    const Run self = t.env.onDb({S("users"), S("deactivate"), S("tester"), S("--to-pool")});
    CHECK(self.code == 2);
    CHECK(userRow(t, S("tester")).value(S("active")).toString() == S("yes"));
}

TEST_CASE("guanxi-cli users deactivate --to hands the records over and the login stops working",
          "[cli][users][offboarding]")
{
    TeamEnv t;
    CHECK(t.env.onDb({S("users"), S("deactivate"), S("wang")}).code == 1);   // --to or --to-pool
    t.asAdmin({S("users"), S("deactivate"), S("wang"), S("--to"), S("li")});
    CHECK(userRow(t, S("wang")).value(S("active")).toString() == S("no"));
    const QJsonArray shown = parseJsonArray(t.asAdmin({S("customers"), S("show"), t.wangCustomer, S("--format"), S("json")}));
    REQUIRE(shown.size() == 1);
    CHECK(shown.at(0).toObject().value(S("owner")).toString() == S("李娜"));
    // li now sees it; wang cannot log in any more.
    CHECK(t.asLi({S("customers"), S("show"), t.wangCustomer}).out.contains(S("王的客户")));
    const Run wang = t.as(S("wang"), TeamEnv::wangPassword, {S("customers"), S("list")});
    CHECK(wang.code == 2);
    CHECK(wang.out.isEmpty());
    CHECK(wang.err.contains(S("deactivated")));
    // The history keeps who held it.
    const QString history = t.asAdmin({S("customers"), S("show"), t.wangCustomer, S("--history")});
    CHECK(history.contains(S("王芳")));

    t.asAdmin({S("users"), S("reactivate"), S("wang")});
    CHECK(t.as(S("wang"), TeamEnv::wangPassword, {S("customers"), S("list")}).code == 0);
}

TEST_CASE("guanxi-cli audit lists logins, failed logins and exports, for those allowed", "[cli][users][audit]")
{
    TeamEnv t;
    CHECK(t.as(S("li"), S("wrong-password"), {S("customers"), S("list")}).code == 2);
    const QString file = t.env.path(S("all.csv"));
    t.asAdmin({S("export"), S("customers"), S("-o"), file});

    const QJsonArray failed = parseJsonArray(
        t.asAdmin({S("audit"), S("--action"), S("login_failed"), S("--format"), S("json")}));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).toObject().value(S("login")).toString() == S("li"));

    const QJsonArray liEvents = parseJsonArray(
        t.asAdmin({S("audit"), S("--user"), S("li"), S("--format"), S("json")}));
    QStringList actions;
    for (const QJsonValue &e : liEvents)
        actions << e.toObject().value(S("action")).toString();
    CHECK(actions.contains(S("login")));
    CHECK(actions.contains(S("login_failed")));
    CHECK_FALSE(actions.contains(S("export")));   // the administrator's export is not li's

    const QJsonArray exports = parseJsonArray(
        t.asAdmin({S("audit"), S("--action"), S("export"), S("--since"), S("2000-01-01"), S("--format"), S("json")}));
    REQUIRE(exports.size() == 1);
    const QString detail = exports.at(0).toObject().value(S("detail")).toString();
    CHECK(detail.contains(S("sha256")));
    CHECK(detail.contains(S("all.csv")));

    const Run li = t.asLi({S("audit")});
    CHECK(li.code == 3);
    CHECK(li.out.isEmpty());
    CHECK(t.env.onDb({S("audit"), S("--action"), S("nonsense")}).code == 1);
}
