// guanxi-cli users list|add|passwd|role|team|deactivate|reactivate|permissions:
// the team, their passwords, roles and teams, offboarding, and what each role
// may do. Core's UserStore and AccessStore check the ManageUsers permission.
#include "cli.h"
#include "commandargs.h"

#include "team/access.h"
#include "team/userstore.h"

#include <QHash>

namespace guanxi::cli {

namespace {

struct UserAction {
    Cli &cli;
    const CommandArgs &args;
    UserStore &users;
    QStringList words;   // after the action: the login, if any
};

// The new password: GUANXI_NEW_PASSWORD, else typed twice on the terminal.
// Empty when neither (the caller decides whether that is allowed).
Result<QString> newPassword(const QString &login, bool optional)
{
    if (qEnvironmentVariableIsSet("GUANXI_NEW_PASSWORD"))
        return qEnvironmentVariable("GUANXI_NEW_PASSWORD");
    if (!Cli::stdinIsTerminal())
        return QString();
    const QString first = Cli::readSecret(optional ? Cli::tr("New password for %1 (Enter for none): ").arg(login)
                                                   : Cli::tr("New password for %1: ").arg(login));
    if (first.isEmpty())
        return first;
    if (Cli::readSecret(Cli::tr("The same password again: ")) != first)
        return Error{Cli::tr("The two passwords differ; nothing was changed. Run the command again."), {},
                     QStringLiteral("password"), ErrorKind::Invalid};
    return first;
}

std::optional<Role> roleOption(const UserAction &a)
{
    return Roles::fromCode(a.args.value(QStringLiteral("role")));
}

// The user the action names (its first word).
Stop named(UserAction &a, User &out, const QString &usage)
{
    if (a.words.size() != 1)
        return a.cli.usage(usage);
    auto user = a.users.byLogin(a.words.first());
    if (!user)
        return a.cli.fail(user.error());
    out = *user;
    return {};
}

int listUsers(UserAction &a)
{
    auto list = a.users.list(true);
    if (!list)
        return a.cli.fail(list.error());
    QHash<qint64, QString> logins;
    for (const User &u : *list)
        logins.insert(u.id, u.login);
    Table t{{QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
             QStringLiteral("active"), QStringLiteral("team"), QStringLiteral("manager"),
             QStringLiteral("password_set")},
            {Cli::tr("ID"), Cli::tr("Login"), Cli::tr("Name"), Cli::tr("Role"), Cli::tr("Active"), Cli::tr("Team"),
             Cli::tr("Manager"), Cli::tr("Password set")},
            {}};
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const User &u : *list)
        t.rows << QStringList{QString::number(u.id), u.login, u.displayName, Roles::code(u.role), yesNo(u.active),
                              u.team, logins.value(u.managerId), yesNo(u.hasPassword)};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int addUser(UserAction &a)
{
    User u;
    u.login = a.args.value(QStringLiteral("login"));
    u.displayName = a.args.value(QStringLiteral("name"));
    u.team = a.args.value(QStringLiteral("team"));
    const auto role = roleOption(a);
    if (!role)
        return a.cli.usage(Cli::tr("--role must be admin, manager or sales."));
    u.role = *role;
    if (auto stop = a.args.user(QStringLiteral("manager"), u.managerId))
        return *stop;
    auto password = newPassword(u.login, true);
    if (!password)
        return a.cli.usage(password.error().message);
    auto id = a.users.create(u, *password);
    if (!id)
        return a.cli.fail(id.error());
    a.cli.out << *id << '\n';
    return Ok;
}

int changePassword(UserAction &a)
{
    User u;
    if (auto stop = named(a, u, Cli::tr("users passwd LOGIN (the new password typed twice, or GUANXI_NEW_PASSWORD)")))
        return *stop;
    auto password = newPassword(u.login, false);
    if (!password)
        return a.cli.usage(password.error().message);
    if (password->isEmpty())
        return a.cli.usage(Cli::tr("no new password: type it on a terminal, or set GUANXI_NEW_PASSWORD."));
    if (Status s = a.users.setPassword(u.id, *password); !s)
        return a.cli.fail(s.error());
    return Ok;
}

int changeRole(UserAction &a)
{
    User u;
    if (auto stop = named(a, u, Cli::tr("users role LOGIN --role admin|manager|sales")))
        return *stop;
    const auto role = roleOption(a);
    if (!a.args.isSet(QStringLiteral("role")) || !role)
        return a.cli.usage(Cli::tr("--role must be admin, manager or sales."));
    if (Status s = a.users.setRole(u.id, *role); !s)
        return a.cli.fail(s.error());
    return Ok;
}

int changeTeam(UserAction &a)
{
    User u;
    if (auto stop = named(a, u, Cli::tr("users team LOGIN --team TEAM [--manager LOGIN]")))
        return *stop;
    if (!a.args.isSet(QStringLiteral("team")) && !a.args.isSet(QStringLiteral("manager")))
        return a.cli.usage(Cli::tr("users team LOGIN --team TEAM [--manager LOGIN]"));
    const QString team = a.args.isSet(QStringLiteral("team")) ? a.args.value(QStringLiteral("team")) : u.team;
    qint64 manager = 0;
    if (auto stop = a.args.user(QStringLiteral("manager"), manager))
        return *stop;
    if (Status s = a.users.setTeam(u.id, team, manager); !s)
        return a.cli.fail(s.error());
    return Ok;
}

int deactivateUser(UserAction &a)
{
    const QString usage = Cli::tr("users deactivate LOGIN --to LOGIN | --to-pool");
    User u;
    if (auto stop = named(a, u, usage))
        return *stop;
    if (a.args.isSet(QStringLiteral("to")) == a.args.isSet(QStringLiteral("to-pool")))
        return a.cli.usage(usage);
    User to;
    if (a.args.isSet(QStringLiteral("to"))) {
        auto found = a.users.byLogin(a.args.value(QStringLiteral("to")));
        if (!found)
            return a.cli.fail(found.error());
        to = *found;
    }
    if (Status s = a.users.deactivate(u.id, to.id); !s)
        return a.cli.fail(s.error());
    a.cli.err << (to.id ? Cli::tr("%1 is deactivated; their records went to %2.").arg(u.displayName, to.displayName)
                        : Cli::tr("%1 is deactivated; their customers and leads went to the pool, their deals and orders to their manager or an administrator.").arg(u.displayName))
              << '\n';
    return Ok;
}

int reactivateUser(UserAction &a)
{
    User u;
    if (auto stop = named(a, u, Cli::tr("users reactivate LOGIN")))
        return *stop;
    if (Status s = a.users.reactivate(u.id); !s)
        return a.cli.fail(s.error());
    return Ok;
}

} // namespace

int runUsers(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Cli::tr("list, add, passwd, role, team, deactivate, reactivate or permissions"));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("login"), Cli::tr("Login of the new team member."), QStringLiteral("login")},
        {QStringLiteral("name"), Cli::tr("Display name of the new team member."), QStringLiteral("name")},
        {QStringLiteral("role"), Cli::tr("admin, manager or sales (add: default sales)."), QStringLiteral("role"),
         QStringLiteral("sales")},
        {QStringLiteral("team"), Cli::tr("The team's name (a manager sees their team's records)."),
         QStringLiteral("team")},
        {QStringLiteral("manager"), Cli::tr("The login of the member's manager."), QStringLiteral("login")},
        {QStringLiteral("to"), Cli::tr("deactivate: hand the records to this colleague (login)."),
         QStringLiteral("login")},
        {QStringLiteral("to-pool"), Cli::tr("deactivate: return the records to the public pool.")},
        {QStringLiteral("grant"), Cli::tr("permissions: codes to grant to --role, comma-separated."),
         QStringLiteral("codes")},
        {QStringLiteral("revoke"), Cli::tr("permissions: codes to take from --role, comma-separated."),
         QStringLiteral("codes")}};
    if (!cli.parse(parser, args,
                   Cli::tr("Team members: list, add, set a password, a role or a team, deactivate (handing their\n"
                           "records to a colleague or the pool) and reactivate; what each role may do.\n"
                           "New passwords come from GUANXI_NEW_PASSWORD or are typed twice on the terminal."),
                   options))
        return Usage;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    static const QHash<QString, int (*)(UserAction &)> actions = {
        {QStringLiteral("list"), listUsers},           {QStringLiteral("add"), addUser},
        {QStringLiteral("passwd"), changePassword},    {QStringLiteral("role"), changeRole},
        {QStringLiteral("team"), changeTeam},          {QStringLiteral("deactivate"), deactivateUser},
        {QStringLiteral("reactivate"), reactivateUser}};
    if (!actions.contains(action) && action != QStringLiteral("permissions"))
        return cli.usage(Cli::tr("unknown action “users %1”; use list, add, passwd, role, team, deactivate, "
                                 "reactivate or permissions.")
                             .arg(action));
    if (!cli.open())
        return DataError;
    const CommandArgs commandArgs(cli, parser);
    if (action == QStringLiteral("permissions"))
        return rolePermissions(cli, commandArgs);
    UserStore users(cli.session());
    UserAction a{cli, commandArgs, users, pos.mid(2)};
    return actions.value(action)(a);
}

} // namespace guanxi::cli
