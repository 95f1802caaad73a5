// guanxi-cli pool list|claim|release|assign|reclaim|warnings|rules
#include "cli.h"

#include "customers/customerstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

namespace guanxi::cli {

namespace {

bool entityOf(Cli &cli, const QString &word, PoolEntity &entity)
{
    if (word == QStringLiteral("lead") || word == QStringLiteral("leads")) {
        entity = PoolEntity::Lead;
        return true;
    }
    if (word == QStringLiteral("customer") || word == QStringLiteral("customers")) {
        entity = PoolEntity::Customer;
        return true;
    }
    cli.usage(Cli::tr("say “lead” or “customer”, e.g. “pool claim lead 42”."));
    return false;
}

bool ids(Cli &cli, const QStringList &words, QList<qint64> &out)
{
    for (const QString &w : words) {
        bool ok = false;
        const qint64 id = w.toLongLong(&ok);
        if (!ok || id <= 0) {
            cli.usage(Cli::tr("“%1” is not a record number.").arg(w));
            return false;
        }
        out << id;
    }
    if (out.isEmpty()) {
        cli.usage(Cli::tr("name at least one record number."));
        return false;
    }
    return true;
}

Table moveTable(const QList<PoolMove> &moves)
{
    Table t{{QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("action"),
             QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("time")},
            {Cli::tr("Kind"), Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Move"),
             Cli::tr("From"), Cli::tr("To"), Cli::tr("Why"), Cli::tr("Time")},
            {}};
    for (const PoolMove &m : moves)
        t.rows << QStringList{PoolStore::entityCode(m.entity), QString::number(m.entityId), m.name, m.action,
                              m.fromName, m.toName, m.reason, toStoredTime(m.at)};
    return t;
}

QString recordName(Cli &cli, PoolEntity entity, qint64 id)
{
    if (entity == PoolEntity::Lead) {
        auto lead = LeadStore(cli.session()).get(id);
        return lead ? lead->name : QString();
    }
    auto customer = CustomerStore(cli.session()).get(id);
    return customer ? customer->name : QString();
}

QString moveSentence(PoolEntity entity, const QString &action, const QString &name, qint64 id, const QString &owner)
{
    const bool lead = entity == PoolEntity::Lead;
    if (action == u"claim")
        return (lead ? Cli::tr("Claimed %1 (lead %2).") : Cli::tr("Claimed %1 (customer %2).")).arg(name).arg(id);
    if (action == u"release")
        return (lead ? Cli::tr("Released %1 (lead %2) to the pool.") : Cli::tr("Released %1 (customer %2) to the pool."))
            .arg(name)
            .arg(id);
    return (lead ? Cli::tr("Assigned %1 (lead %2) to %3.") : Cli::tr("Assigned %1 (customer %2) to %3."))
        .arg(name)
        .arg(id)
        .arg(owner);
}

} // namespace

void printPoolMoves(Cli &cli, PoolEntity entity, const QList<qint64> &ids, const QString &action,
                    const QString &ownerName)
{
    Table t{{QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("action"),
             QStringLiteral("owner")},
            {},
            {}};
    for (qint64 id : ids) {
        const QString name = recordName(cli, entity, id);
        if (cli.format == Format::Table)
            cli.out << moveSentence(entity, action, terminalSafe(name, false), id, terminalSafe(ownerName, false)) << '\n';
        else
            t.rows << QStringList{PoolStore::entityCode(entity), QString::number(id), name, action, ownerName};
    }
    if (cli.format != Format::Table)
        print(cli.out, t, cli.format);
}

int runPool(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "The public pool (公海): leads and customers without an owner.\n\n"
        "  pool list lead|customer [--limit N]\n"
        "  pool claim lead|customer ID...     Take records from the pool (limit and cool-down apply).\n"
        "  pool release lead|customer ID... [--reason TEXT]\n"
        "  pool assign lead|customer ID... --to LOGIN [--reason TEXT]\n"
        "  pool reclaim [--now DATETIME]      Return records without a follow-up for the set number\n"
        "                                     of days to the pool; prints what moved and why.\n"
        "  pool warnings [--owner LOGIN|all]  What returns to the pool within the warning days.\n"
        "  pool history lead|customer ID      Every move of a record.\n"
        "  pool rules [--cap N] [--cooldown-days N] [--reclaim-days N] [--warn-days N] [--no-win-days N]\n"
        "                                     Show or change the team's pool rules (0 days = off)."));
    Cli::addGlobalOptions(p);
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, claim, release, assign, reclaim, warnings, history or rules"));
    p.addOptions({
        {QStringLiteral("reason"), Cli::tr("Why (release, assign)."), QStringLiteral("text")},
        {QStringLiteral("to"), Cli::tr("The team member's login (assign)."), QStringLiteral("login")},
        {QStringLiteral("owner"), Cli::tr("Whose records: a login or all (warnings)."), QStringLiteral("login")},
        {QStringLiteral("limit"), Cli::tr("At most N rows (list; default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("cap"), Cli::tr("Most leads + customers one person may hold when claiming (rules)."), QStringLiteral("N")},
        {QStringLiteral("cooldown-days"), Cli::tr("Days before you may claim back what you released (rules)."), QStringLiteral("N")},
        {QStringLiteral("reclaim-days"), Cli::tr("Days without a follow-up before a record returns to the pool (rules; 0 = off)."), QStringLiteral("N")},
        {QStringLiteral("warn-days"), Cli::tr("Warn this many days before a reclaim (rules)."), QStringLiteral("N")},
        {QStringLiteral("no-win-days"), Cli::tr("Days without a won deal before a customer returns to the pool (rules; 0 = off)."), QStringLiteral("N")},
    });
    p.process(args);
    if (!cli.readGlobalOptions(p))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    PoolEntity entity = PoolEntity::Customer;
    const bool needsEntity = action == QStringLiteral("list") || action == QStringLiteral("claim")
                             || action == QStringLiteral("release") || action == QStringLiteral("assign")
                             || action == QStringLiteral("history");
    if (needsEntity && !entityOf(cli, pos.value(2), entity))
        return Usage;
    QList<qint64> records;
    if ((action == QStringLiteral("claim") || action == QStringLiteral("release") || action == QStringLiteral("assign")
         || action == QStringLiteral("history"))
        && !ids(cli, pos.mid(3), records))
        return Usage;
    if (!cli.open())
        return DataError;
    PoolStore pool(cli.session());

    if (action == QStringLiteral("list")) {
        bool ok = false;
        const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return cli.usage(Cli::tr("--limit needs a positive whole number."));
        auto items = pool.list(entity, 0, limit);
        if (!items)
            return cli.fail(items.error());
        Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("city"),
                 QStringLiteral("in_pool_since")},
                {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Company"), Cli::tr("City"),
                 Cli::tr("In the pool since")},
                {}};
        for (const PoolItem &i : *items)
            t.rows << QStringList{QString::number(i.id), i.name, i.company, i.city, toStoredTime(i.since)};
        print(cli.out, t, cli.format);
        return Ok;
    }
    if (action == QStringLiteral("claim") || action == QStringLiteral("release")) {
        const bool claim = action == QStringLiteral("claim");
        int failed = 0;
        QList<qint64> done;
        for (qint64 id : records) {
            const Status s = claim ? pool.claim(entity, id) : pool.release(entity, id, p.value(QStringLiteral("reason")));
            if (!s) {
                cli.fail(s.error());
                ++failed;
            } else {
                done << id;
            }
        }
        auto me = UserStore(cli.session()).byId(cli.session().userId());
        printPoolMoves(cli, entity, done, action, claim && me ? me->displayName : QString());
        return failed ? DataError : Ok;
    }
    if (action == QStringLiteral("assign")) {
        auto user = UserStore(cli.session()).byLogin(p.value(QStringLiteral("to")));
        if (!user)
            return p.isSet(QStringLiteral("to")) ? cli.fail(user.error()) : cli.usage(Cli::tr("assign needs --to LOGIN."));
        if (Status s = pool.assign(entity, records, user->id, p.value(QStringLiteral("reason"))); !s)
            return cli.fail(s.error());
        printPoolMoves(cli, entity, records, action, user->displayName);
        return Ok;
    }
    if (action == QStringLiteral("reclaim")) {
        auto moved = pool.reclaim();
        if (!moved)
            return cli.fail(moved.error());
        print(cli.out, moveTable(*moved), cli.format);
        return Ok;
    }
    if (action == QStringLiteral("history")) {
        auto moves = pool.history(entity, records.first());
        if (!moves)
            return cli.fail(moves.error());
        print(cli.out, moveTable(*moves), cli.format);
        return Ok;
    }
    if (action == QStringLiteral("warnings")) {
        qint64 owner = cli.session().userId();
        if (p.value(QStringLiteral("owner")) == QStringLiteral("all"))
            owner = 0;
        else if (p.isSet(QStringLiteral("owner"))) {
            auto u = UserStore(cli.session()).byLogin(p.value(QStringLiteral("owner")));
            if (!u)
                return cli.fail(u.error());
            owner = u->id;
        }
        auto items = pool.warnings(owner);
        if (!items)
            return cli.fail(items.error());
        Table t{{QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("owner"),
                 QStringLiteral("last_activity"), QStringLiteral("returns_to_pool")},
                {Cli::tr("Kind"), Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Owner"),
                 Cli::tr("Last activity"), Cli::tr("Returns to the pool")},
                {}};
        for (const PoolItem &i : *items)
            t.rows << QStringList{PoolStore::entityCode(i.entity), QString::number(i.id), i.name, i.ownerName,
                                  toStoredTime(i.since), toStoredTime(i.reclaimAt)};
        print(cli.out, t, cli.format);
        return Ok;
    }
    if (action == QStringLiteral("rules")) {
        auto rules = pool.rules();
        if (!rules)
            return cli.fail(rules.error());
        PoolRules r = *rules;
        bool changed = false;
        for (auto [option, target] : {std::pair{QStringLiteral("cap"), &r.claimCap},
                                      std::pair{QStringLiteral("cooldown-days"), &r.cooldownDays},
                                      std::pair{QStringLiteral("reclaim-days"), &r.reclaimAfterDays},
                                      std::pair{QStringLiteral("warn-days"), &r.warnDaysBefore},
                                      std::pair{QStringLiteral("no-win-days"), &r.reclaimNoWinDays}}) {
            if (!p.isSet(option))
                continue;
            bool ok = false;
            *target = p.value(option).toInt(&ok);
            if (!ok)
                return cli.usage(Cli::tr("--%1 needs a whole number.").arg(option));
            changed = true;
        }
        if (changed)
            if (Status s = pool.setRules(r); !s)
                return cli.fail(s.error());
        Table t{{QStringLiteral("claim_cap"), QStringLiteral("cooldown_days"), QStringLiteral("reclaim_days"),
                 QStringLiteral("warn_days"), QStringLiteral("no_win_days")},
                {Cli::tr("Claim limit"), Cli::tr("Cool-down days"), Cli::tr("Reclaim after days"),
                 Cli::tr("Warn days before"), Cli::tr("No-win days")},
                {{QString::number(r.claimCap), QString::number(r.cooldownDays), QString::number(r.reclaimAfterDays),
                  QString::number(r.warnDaysBefore), QString::number(r.reclaimNoWinDays)}}};
        print(cli.out, t, cli.format);
        return Ok;
    }
    return cli.usage(Cli::tr("unknown action “pool %1”.").arg(action));
}

} // namespace guanxi::cli
