// guanxi-cli pool list|claim|release|assign|reclaim|warnings|rules
#include "cli.h"
#include "commandargs.h"

#include "customers/customerstore.h"
#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "team/userstore.h"

#include <QHash>

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

namespace {

// What every action of `pool` works with.
struct PoolAction {
    Cli &cli;
    const CommandArgs &args;
    PoolStore &pool;
    QString action;
    PoolEntity entity;
    QList<qint64> records;   // claim, release, assign, history
};

QString description()
{
    return Cli::tr(R"(The public pool (公海): leads and customers without an owner.

  pool list lead|customer [--limit N]
  pool claim lead|customer ID...     Take records from the pool (limit and cool-down apply).
  pool release lead|customer ID... [--reason TEXT]
  pool assign lead|customer ID... --to LOGIN [--reason TEXT]
  pool reclaim [--now DATETIME]      Return records without a follow-up for the set number
                                     of days to the pool; prints what moved and why.
  pool warnings [--owner LOGIN|all]  What returns to the pool within the warning days.
  pool history lead|customer ID      Every move of a record.
  pool rules [--cap N] [--cooldown-days N] [--reclaim-days N] [--warn-days N] [--no-win-days N]
                                     Show or change the team's pool rules (0 days = off).)");
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("reason"), Cli::tr("Why (release, assign)."), QStringLiteral("text")},
        {QStringLiteral("to"), Cli::tr("The team member's login (assign)."), QStringLiteral("login")},
        {QStringLiteral("owner"), Cli::tr("Whose records: a login or all (warnings)."), QStringLiteral("login")},
        {QStringLiteral("limit"), Cli::tr("At most N rows (list; default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("cap"), Cli::tr("Most leads + customers one person may hold when claiming (rules)."), QStringLiteral("N")},
        {QStringLiteral("cooldown-days"), Cli::tr("Days before you may claim back what you released (rules)."), QStringLiteral("N")},
        {QStringLiteral("reclaim-days"), Cli::tr("Days without a follow-up before a record returns to the pool (rules; 0 = off)."), QStringLiteral("N")},
        {QStringLiteral("warn-days"), Cli::tr("Warn this many days before a reclaim (rules)."), QStringLiteral("N")},
        {QStringLiteral("no-win-days"), Cli::tr("Days without a won deal before a customer returns to the pool (rules; 0 = off)."), QStringLiteral("N")},
    };
}

int listPool(PoolAction &a)
{
    int limit = 0;
    if (auto stop = a.args.number(QStringLiteral("limit"), limit, 1, Cli::tr("--limit needs a positive whole number.")))
        return *stop;
    auto items = a.pool.list(a.entity, 0, limit);
    if (!items)
        return a.cli.fail(items.error());
    Table t{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("city"),
             QStringLiteral("in_pool_since")},
            {Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Company"), Cli::tr("City"),
             Cli::tr("In the pool since")},
            {}};
    for (const PoolItem &i : *items)
        t.rows << QStringList{QString::number(i.id), i.name, i.company, i.city, toStoredTime(i.since)};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int claimOrRelease(PoolAction &a)
{
    const bool claim = a.action == QStringLiteral("claim");
    int failed = 0;
    QList<qint64> done;
    for (qint64 id : a.records) {
        const Status s = claim ? a.pool.claim(a.entity, id) : a.pool.release(a.entity, id, a.args.value(QStringLiteral("reason")));
        if (!s) {
            a.cli.fail(s.error());
            ++failed;
        } else {
            done << id;
        }
    }
    auto me = UserStore(a.cli.session()).byId(a.cli.session().userId());
    printPoolMoves(a.cli, a.entity, done, a.action, claim && me ? me->displayName : QString());
    return failed ? DataError : Ok;
}

int assignRecords(PoolAction &a)
{
    auto user = UserStore(a.cli.session()).byLogin(a.args.value(QStringLiteral("to")));
    if (!user)
        return a.args.isSet(QStringLiteral("to")) ? a.cli.fail(user.error()) : a.cli.usage(Cli::tr("assign needs --to LOGIN."));
    if (Status s = a.pool.assign(a.entity, a.records, user->id, a.args.value(QStringLiteral("reason"))); !s)
        return a.cli.fail(s.error());
    printPoolMoves(a.cli, a.entity, a.records, a.action, user->displayName);
    return Ok;
}

int reclaim(PoolAction &a)
{
    auto moved = a.pool.reclaim();
    if (!moved)
        return a.cli.fail(moved.error());
    print(a.cli.out, moveTable(*moved), a.cli.format);
    return Ok;
}

int history(PoolAction &a)
{
    auto moves = a.pool.history(a.entity, a.records.first());
    if (!moves)
        return a.cli.fail(moves.error());
    print(a.cli.out, moveTable(*moves), a.cli.format);
    return Ok;
}

int warnings(PoolAction &a)
{
    qint64 owner = 0;
    if (auto stop = a.args.ownerOrAll(owner))
        return *stop;
    auto items = a.pool.warnings(owner);
    if (!items)
        return a.cli.fail(items.error());
    Table t{{QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("owner"),
             QStringLiteral("last_activity"), QStringLiteral("returns_to_pool")},
            {Cli::tr("Kind"), Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Owner"),
             Cli::tr("Last activity"), Cli::tr("Returns to the pool")},
            {}};
    for (const PoolItem &i : *items)
        t.rows << QStringList{PoolStore::entityCode(i.entity), QString::number(i.id), i.name, i.ownerName,
                              toStoredTime(i.since), toStoredTime(i.reclaimAt)};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int rules(PoolAction &a)
{
    auto rules = a.pool.rules();
    if (!rules)
        return a.cli.fail(rules.error());
    PoolRules r = *rules;
    bool changed = false;
    for (auto [option, target] : {std::pair{QStringLiteral("cap"), &r.claimCap},
                                  std::pair{QStringLiteral("cooldown-days"), &r.cooldownDays},
                                  std::pair{QStringLiteral("reclaim-days"), &r.reclaimAfterDays},
                                  std::pair{QStringLiteral("warn-days"), &r.warnDaysBefore},
                                  std::pair{QStringLiteral("no-win-days"), &r.reclaimNoWinDays}}) {
        if (!a.args.isSet(option))
            continue;
        bool ok = false;
        *target = a.args.value(option).toInt(&ok);
        if (!ok)
            return a.cli.usage(Cli::tr("--%1 needs a whole number.").arg(option));
        changed = true;
    }
    if (changed)
        if (Status s = a.pool.setRules(r); !s)
            return a.cli.fail(s.error());
    Table t{{QStringLiteral("claim_cap"), QStringLiteral("cooldown_days"), QStringLiteral("reclaim_days"),
             QStringLiteral("warn_days"), QStringLiteral("no_win_days")},
            {Cli::tr("Claim limit"), Cli::tr("Cool-down days"), Cli::tr("Reclaim after days"),
             Cli::tr("Warn days before"), Cli::tr("No-win days")},
            {{QString::number(r.claimCap), QString::number(r.cooldownDays), QString::number(r.reclaimAfterDays),
              QString::number(r.warnDaysBefore), QString::number(r.reclaimNoWinDays)}}};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

// Each action, and whether it names lead|customer and record numbers.
struct PoolActionKind {
    int (*run)(PoolAction &);
    bool entity;
    bool records;
};

} // namespace

int runPool(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, claim, release, assign, reclaim, warnings, history or rules"));
    if (!cli.parse(p, args, description(), options()))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    static const QHash<QString, PoolActionKind> actions = {
        {QStringLiteral("list"), {listPool, true, false}},
        {QStringLiteral("claim"), {claimOrRelease, true, true}},
        {QStringLiteral("release"), {claimOrRelease, true, true}},
        {QStringLiteral("assign"), {assignRecords, true, true}},
        {QStringLiteral("history"), {history, true, true}},
        {QStringLiteral("reclaim"), {reclaim, false, false}},
        {QStringLiteral("warnings"), {warnings, false, false}},
        {QStringLiteral("rules"), {rules, false, false}}};
    const PoolActionKind kind = actions.value(action);
    PoolEntity entity = PoolEntity::Customer;
    if (kind.entity && !entityOf(cli, pos.value(2), entity))
        return Usage;
    QList<qint64> records;
    if (kind.records)
        if (auto stop = recordIds(cli, pos.mid(3), records, Cli::tr("“%1” is not a record number."),
                                  Cli::tr("name at least one record number.")))
            return *stop;
    if (!cli.open())
        return DataError;
    if (!kind.run)
        return cli.usage(Cli::tr("unknown action “pool %1”.").arg(action));
    PoolStore pool(cli.session());
    const CommandArgs options(cli, p);
    PoolAction a{cli, options, pool, action, entity, records};
    return kind.run(a);
}

} // namespace guanxi::cli
