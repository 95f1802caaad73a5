// guanxi-cli rules list|add|remove, notifications list|read, and leads assign
#include "cli.h"

#include "leads/leadassignment.h"
#include "leads/assignmentrulestore.h"
#include "team/channelstore.h"
#include "activities/notificationstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

namespace guanxi::cli {

int runRules(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "Lead assignment rules, evaluated in order; the first that matches decides.\n\n"
        "  rules list\n"
        "  rules add --name N --method user|round_robin|least_loaded --users LOGIN[,LOGIN...]\n"
        "            [--province P] [--city C] [--industry I] [--source S] [--product TEXT]\n"
        "  rules remove ID\n\n"
        "Apply them with “leads assign --rules”."));
    Cli::addGlobalOptions(p);
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, add or remove"));
    p.addOptions({
        {QStringLiteral("name"), Cli::tr("Rule name (add)."), QStringLiteral("name")},
        {QStringLiteral("method"), Cli::tr("user, round_robin or least_loaded (add)."), QStringLiteral("method")},
        {QStringLiteral("users"), Cli::tr("Logins, comma separated (add)."), QStringLiteral("logins")},
        {QStringLiteral("province"), Cli::tr("Match this province (add)."), QStringLiteral("province")},
        {QStringLiteral("city"), Cli::tr("Match this city (add)."), QStringLiteral("city")},
        {QStringLiteral("industry"), Cli::tr("Match this industry (add)."), QStringLiteral("industry")},
        {QStringLiteral("source"), Cli::tr("Match this source channel (add)."), QStringLiteral("source")},
        {QStringLiteral("product"), Cli::tr("Match this text in the product interest (add)."), QStringLiteral("text")},
    });
    p.process(args);
    if (!cli.readGlobalOptions(p))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    if (!cli.open())
        return DataError;
    AssignmentRuleStore store(cli.session());
    UserStore users(cli.session());
    if (action == QStringLiteral("add")) {
        AssignmentRule r;
        r.name = p.value(QStringLiteral("name"));
        const auto method = AssignmentRuleStore::methodFromCode(p.value(QStringLiteral("method")));
        if (!method)
            return cli.usage(Cli::tr("--method must be user, round_robin or least_loaded."));
        r.method = *method;
        for (const QString &login : p.value(QStringLiteral("users")).split(u',', Qt::SkipEmptyParts)) {
            auto u = users.byLogin(login.trimmed());
            if (!u)
                return cli.fail(u.error());
            r.userIds << u->id;
        }
        r.province = p.value(QStringLiteral("province"));
        r.city = p.value(QStringLiteral("city"));
        r.industry = p.value(QStringLiteral("industry"));
        r.product = p.value(QStringLiteral("product"));
        if (p.isSet(QStringLiteral("source"))) {
            auto s = ChannelStore(cli.session()).find(p.value(QStringLiteral("source")));
            if (!s)
                return cli.fail(s.error());
            r.sourceId = *s;
        }
        auto id = store.add(r);
        if (!id)
            return cli.fail(id.error());
        cli.out << *id << '\n';
        return Ok;
    }
    if (action == QStringLiteral("remove")) {
        bool ok = false;
        const qint64 id = pos.value(2).toLongLong(&ok);
        if (!ok)
            return cli.usage(Cli::tr("rules remove ID"));
        if (Status s = store.remove(id); !s)
            return cli.fail(s.error());
        return Ok;
    }
    if (action != QStringLiteral("list"))
        return cli.usage(Cli::tr("unknown action “rules %1”.").arg(action));
    auto list = store.list();
    if (!list)
        return cli.fail(list.error());
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
            if (auto u = users.byId(id))
                to << u->login;
        t.rows << QStringList{QString::number(r.id), r.name, match.isEmpty() ? QStringLiteral("(any lead)") : match.join(QStringLiteral(", ")),
                              AssignmentRuleStore::methodCode(r.method), to.join(u',')};
    }
    print(cli.out, t, cli.format);
    return Ok;
}

int runNotifications(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Your notifications: assignments and records that went back to the pool.\n\n"
                                        "  notifications list [--all]   Unread ones, or all with --all.\n"
                                        "  notifications read           Mark them all read."));
    Cli::addGlobalOptions(p);
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list or read"));
    p.addOption({QStringLiteral("all"), Cli::tr("Include read notifications (list).")});
    p.process(args);
    if (!cli.readGlobalOptions(p))
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
