// guanxi-cli rules list|add|remove, notifications list|read, and leads assign
#include "cli.h"
#include "commandargs.h"

#include "leads/leadassignment.h"
#include "leads/assignmentrulestore.h"
#include "activities/notificationstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

#include <QHash>

namespace guanxi::cli {

namespace {

// What every action of `rules` works with.
struct RuleAction {
    Cli &cli;
    const CommandArgs &args;
    AssignmentRuleStore &store;
    UserStore &users;
    QStringList pos;
};

int addRule(RuleAction &a)
{
    AssignmentRule r;
    r.name = a.args.value(QStringLiteral("name"));
    const auto method = AssignmentRuleStore::methodFromCode(a.args.value(QStringLiteral("method")));
    if (!method)
        return a.cli.usage(Cli::tr("--method must be user, round_robin or least_loaded."));
    r.method = *method;
    for (const QString &login : a.args.value(QStringLiteral("users")).split(u',', Qt::SkipEmptyParts)) {
        auto u = a.users.byLogin(login.trimmed());
        if (!u)
            return a.cli.fail(u.error());
        r.userIds << u->id;
    }
    r.province = a.args.value(QStringLiteral("province"));
    r.city = a.args.value(QStringLiteral("city"));
    r.industry = a.args.value(QStringLiteral("industry"));
    r.product = a.args.value(QStringLiteral("product"));
    if (auto stop = a.args.source(r.sourceId))
        return *stop;
    auto id = a.store.add(r);
    if (!id)
        return a.cli.fail(id.error());
    a.cli.out << *id << '\n';
    return Ok;
}

int removeRule(RuleAction &a)
{
    bool ok = false;
    const qint64 id = a.pos.value(2).toLongLong(&ok);
    if (!ok)
        return a.cli.usage(Cli::tr("rules remove ID"));
    if (Status s = a.store.remove(id); !s)
        return a.cli.fail(s.error());
    return Ok;
}

int listRules(RuleAction &a)
{
    auto list = a.store.list();
    if (!list)
        return a.cli.fail(list.error());
    Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("match"), QStringLiteral("method"), QStringLiteral("users")},
            {Cli::tr("ID"), Cli::tr("Rule"), Cli::tr("Matches"), Cli::tr("Method"), Cli::tr("To")},
            {}};
    for (const AssignmentRule &r : *list) {
        QStringList match;
        for (const QString &m : {r.province, r.city, r.industry, r.product})
            if (!m.isEmpty())
                match << m;
        if (r.sourceId)
            match << QStringLiteral("source %1").arg(r.sourceId);
        QStringList to;
        for (qint64 id : r.userIds)
            if (auto u = a.users.byId(id))
                to << u->login;
        t.rows << QStringList{QString::number(r.id), r.name, match.isEmpty() ? QStringLiteral("(any lead)") : match.join(QStringLiteral(", ")),
                              AssignmentRuleStore::methodCode(r.method), to.join(u',')};
    }
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

} // namespace

int runRules(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, add or remove"));
    if (!cli.parse(p, args,
                   Cli::tr("Lead assignment rules, evaluated in order; the first that matches decides.\n\n"
                           "  rules list\n"
                           "  rules add --name N --method user|round_robin|least_loaded --users LOGIN[,LOGIN...]\n"
                           "            [--province P] [--city C] [--industry I] [--source S] [--product TEXT]\n"
                           "  rules remove ID\n\n"
                           "Apply them with “leads assign --rules”."),
                   {
                       {QStringLiteral("name"), Cli::tr("Rule name (add)."), QStringLiteral("name")},
                       {QStringLiteral("method"), Cli::tr("user, round_robin or least_loaded (add)."), QStringLiteral("method")},
                       {QStringLiteral("users"), Cli::tr("Logins, comma separated (add)."), QStringLiteral("logins")},
                       {QStringLiteral("province"), Cli::tr("Match this province (add)."), QStringLiteral("province")},
                       {QStringLiteral("city"), Cli::tr("Match this city (add)."), QStringLiteral("city")},
                       {QStringLiteral("industry"), Cli::tr("Match this industry (add)."), QStringLiteral("industry")},
                       {QStringLiteral("source"), Cli::tr("Match this source channel (add)."), QStringLiteral("source")},
                       {QStringLiteral("product"), Cli::tr("Match this text in the product interest (add)."), QStringLiteral("text")},
                   }))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    if (!cli.open())
        return DataError;
    AssignmentRuleStore store(cli.session());
    UserStore users(cli.session());
    const CommandArgs options(cli, p);
    RuleAction a{cli, options, store, users, pos};
    static const QHash<QString, int (*)(RuleAction &)> actions = {
        {QStringLiteral("add"), addRule}, {QStringLiteral("remove"), removeRule}, {QStringLiteral("list"), listRules}};
    if (const auto run = actions.value(action))
        return run(a);
    return cli.usage(Cli::tr("unknown action “rules %1”.").arg(action));
}

int runNotifications(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list or read"));
    if (!cli.parse(p, args,
                   Cli::tr("Your notifications: assignments and records that went back to the pool.\n\n"
                           "  notifications list [--all]   Unread ones, or all with --all.\n"
                           "  notifications read           Mark them all read."),
                   {{QStringLiteral("all"), Cli::tr("Include read notifications (list).")}}))
        return Usage;
    const QString action = p.positionalArguments().value(1, QStringLiteral("list"));
    if (!cli.open())
        return DataError;
    NotificationStore store(cli.session());
    if (action == QStringLiteral("read"))
        return store.markAllRead(cli.session().userId()) ? Ok : DataError;
    if (action != QStringLiteral("list"))
        return cli.usage(Cli::tr("unknown action “notifications %1”.").arg(action));
    auto list = store.list(cli.session().userId(), !p.isSet(QStringLiteral("all")));
    if (!list)
        return cli.fail(list.error());
    Table t{{QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("message"), QStringLiteral("read")},
            {Cli::tr("Time"), Cli::tr("Kind"), Cli::tr("Message"), Cli::tr("Read")},
            {}};
    for (const Notification &n : *list)
        t.rows << QStringList{toStoredTime(n.createdAt), n.kind, n.message, n.read ? QStringLiteral("yes") : QString()};
    print(cli.out, t, cli.format);
    return Ok;
}

int assignLeads(Cli &cli, const QCommandLineParser &p, const QStringList &words)
{
    QList<qint64> ids;
    for (const QString &w : words) {
        bool ok = false;
        ids << w.toLongLong(&ok);
        if (!ok)
            return cli.usage(Cli::tr("“%1” is not a lead number.").arg(w));
    }
    if (!cli.open())
        return DataError;
    if (p.isSet(QStringLiteral("to"))) {
        if (ids.isEmpty())
            return cli.usage(Cli::tr("name the leads to assign: leads assign ID... --to LOGIN"));
        auto user = UserStore(cli.session()).byLogin(p.value(QStringLiteral("to")));
        if (!user)
            return cli.fail(user.error());
        if (Status s = PoolStore(cli.session()).assign(PoolEntity::Lead, ids, user->id, p.value(QStringLiteral("reason"))); !s)
            return cli.fail(s.error());
        printPoolMoves(cli, PoolEntity::Lead, ids, QStringLiteral("assign"), user->displayName);
        return Ok;
    }
    if (!p.isSet(QStringLiteral("rules")))
        return cli.usage(Cli::tr("say how: --to LOGIN, or --rules to apply the assignment rules."));
    LeadAssignment assignment(cli.session());
    auto report = ids.isEmpty() ? assignment.assignPool() : assignment.assign(ids);
    if (!report)
        return cli.fail(report.error());
    for (const QString &line : report->lines)
        cli.out << line << '\n';
    cli.err << "guanxi-cli: " << Cli::tr("assigned %1 of %2 pool leads.").arg(report->assigned).arg(report->considered)
            << '\n';
    return Ok;
}

} // namespace guanxi::cli
