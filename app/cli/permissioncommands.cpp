// guanxi-cli users permissions [--role R] [--grant P,...] [--revoke P,...]:
// what each role may do, and an administrator's changes to it.
#include "cli.h"
#include "commandargs.h"

#include "team/access.h"
#include "team/permission.h"

namespace guanxi::cli {

namespace {

// Codes from a comma-separated list; a usage error names an unknown one.
Stop codes(Cli &cli, const QString &text, QSet<Permission> &out)
{
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        const auto p = Permissions::fromCode(word.trimmed());
        if (!p) {
            QStringList known;
            for (Permission each : Permissions::all())
                known << Permissions::code(each);
            return cli.usage(Cli::tr("unknown permission “%1”; use %2.").arg(word.trimmed(), known.join(u',')));
        }
        out.insert(*p);
    }
    return {};
}

int printPermissions(Cli &cli, const QList<Role> &roles)
{
    AccessStore access(cli.session());
    QList<QSet<Permission>> granted;
    for (Role r : roles) {
        auto set = access.permissions(r);
        if (!set)
            return cli.fail(set.error());
        granted << *set;
    }
    Table t{{QStringLiteral("permission"), QStringLiteral("label")}, {Cli::tr("Permission"), Cli::tr("What")}, {}};
    for (Role r : roles) {
        t.keys << Roles::code(r);
        t.headers << Roles::label(r);
    }
    for (Permission p : Permissions::all()) {
        QStringList row{Permissions::code(p), Permissions::label(p)};
        for (const QSet<Permission> &set : std::as_const(granted))
            row << (set.contains(p) ? QStringLiteral("yes") : QStringLiteral("no"));
        t.rows << row;
    }
    print(cli.out, t, cli.format);
    return Ok;
}

} // namespace

int rolePermissions(Cli &cli, const CommandArgs &args)
{
    const bool changing = args.isSet(QStringLiteral("grant")) || args.isSet(QStringLiteral("revoke"));
    std::optional<Role> role;
    if (args.isSet(QStringLiteral("role"))) {
        role = Roles::fromCode(args.value(QStringLiteral("role")));
        if (!role)
            return cli.usage(Cli::tr("--role must be admin, manager or sales."));
    }
    if (!changing)
        return printPermissions(cli, role ? QList<Role>{*role} : QList<Role>{Role::Sales, Role::Manager, Role::Admin});
    if (!role)
        return cli.usage(Cli::tr("users permissions --role manager|sales [--grant CODES] [--revoke CODES]"));
    QSet<Permission> grant;
    QSet<Permission> revoke;
    if (auto stop = codes(cli, args.value(QStringLiteral("grant")), grant))
        return *stop;
    if (auto stop = codes(cli, args.value(QStringLiteral("revoke")), revoke))
        return *stop;
    AccessStore access(cli.session());
    auto now = access.permissions(*role);
    if (!now)
        return cli.fail(now.error());
    QSet<Permission> next = *now;
    next.unite(grant);
    next.subtract(revoke);
    if (Status s = access.setPermissions(*role, next); !s)
        return cli.fail(s.error());
    return printPermissions(cli, {*role});
}

} // namespace guanxi::cli
