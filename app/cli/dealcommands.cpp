// guanxi-cli deals add|list|move|history|stages|forecast
#include "cli.h"
#include "commandargs.h"

#include "sales/dealstore.h"
#include "team/userstore.h"
#include "text/money.h"

#include <QHash>

namespace guanxi::cli {

namespace {

Result<qint64> stageId(DealStore &store, const QString &codeOrName)
{
    auto stages = store.stages();
    if (!stages)
        return stages.error();
    QStringList known;
    for (const DealStage &s : *stages) {
        if (s.code == codeOrName || s.name.compare(codeOrName, Qt::CaseInsensitive) == 0 || Deals::stageName(s) == codeOrName
            || QString::number(s.id) == codeOrName)
            return s.id;
        known << (s.code.isEmpty() ? s.name : s.code);
    }
    return Error{Cli::tr("there is no funnel stage “%1”; stages: %2.").arg(codeOrName, known.join(QStringLiteral(", "))),
                 {}, QStringLiteral("stage")};
}

QString stageLabel(const QList<DealStage> &stages, qint64 id)
{
    for (const DealStage &s : stages)
        if (s.id == id)
            return s.code.isEmpty() ? s.name : s.code;
    return QString::number(id);
}

// What every action of `deals` works with.
struct DealAction {
    Cli &cli;
    const CommandArgs &args;
    DealStore &store;
    QStringList pos;
    QList<DealStage> stages;
    qint64 owner;   // --mine: the current user, else 0 (everyone)
};

QString description()
{
    return Cli::tr(R"(Opportunities (商机) in the funnel.

  deals add --customer ID --title T --amount A [--stage S] [--probability P] [--close DATE] [--products P]
  deals list [--stage S] [--mine] [--limit N]
  deals move ID --stage S [--reason TEXT]   (a lost stage needs --reason)
  deals history ID                           Every stage change with its time.
  deals stages [--add NAME --probability P] [--remove ID] [--rename ID --name N] [--set ID --probability P]
                                             The funnel's stages; add, rename, re-weigh or remove.
  deals forecast [--months N] [--mine]       Open deals by expected close month, weighted.

Stages: first_contact, needs_confirmed, proposal, negotiation, won, lost (or a name you added).
Amounts in yuan: 120000, 120,000.50.)");
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("customer"), Cli::tr("Customer number (add)."), QStringLiteral("id")},
        {QStringLiteral("title"), Cli::tr("Title (add)."), QStringLiteral("title")},
        {QStringLiteral("amount"), Cli::tr("Amount in yuan (add)."), QStringLiteral("amount")},
        {QStringLiteral("stage"), Cli::tr("Stage code or name (add, list, move)."), QStringLiteral("stage")},
        {QStringLiteral("probability"), Cli::tr("Win probability in percent, overriding the stage's (add)."), QStringLiteral("P")},
        {QStringLiteral("close"), Cli::tr("Expected close date, YYYY-MM-DD (add)."), QStringLiteral("date")},
        {QStringLiteral("products"), Cli::tr("Products (add)."), QStringLiteral("text")},
        {QStringLiteral("reason"), Cli::tr("Why it was lost (move to lost)."), QStringLiteral("text")},
        {QStringLiteral("version"), Cli::tr("Refuse if the deal changed since it was at this version (move)."), QStringLiteral("N")},
        {QStringLiteral("mine"), Cli::tr("Only my deals (list, forecast).")},
        {QStringLiteral("limit"), Cli::tr("At most N per stage (list; default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("months"), Cli::tr("How many months (forecast; default 3)."), QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("add"), Cli::tr("Add an open stage with this name (stages)."), QStringLiteral("name")},
        {QStringLiteral("remove"), Cli::tr("Remove this stage, if no deal is in it (stages)."), QStringLiteral("id")},
        {QStringLiteral("rename"), Cli::tr("Rename this stage to --name (stages)."), QStringLiteral("id")},
        {QStringLiteral("set"), Cli::tr("Set this stage's --probability (stages)."), QStringLiteral("id")},
        {QStringLiteral("name"), Cli::tr("New name (stages --rename)."), QStringLiteral("name")},
    };
}

int addDeal(DealAction &a)
{
    Deal d;
    if (auto stop = a.args.id(QStringLiteral("customer"), d.customerId, Cli::tr("deals add needs --customer ID.")))
        return *stop;
    d.title = a.args.value(QStringLiteral("title"));
    if (auto stop = a.args.money(QStringLiteral("amount"), d.amountMinor))
        return *stop;
    if (a.args.isSet(QStringLiteral("stage"))) {
        auto s = stageId(a.store, a.args.value(QStringLiteral("stage")));
        if (!s)
            return a.cli.fail(s.error());
        d.stageId = *s;
    }
    if (a.args.isSet(QStringLiteral("probability"))) {
        bool ok = false;
        d.probability = a.args.value(QStringLiteral("probability")).toInt(&ok);
        if (!ok)
            return a.cli.usage(Cli::tr("--probability needs a whole number from 0 to 100."));
    }
    if (auto stop = a.args.date(QStringLiteral("close"), d.expectedClose))
        return *stop;
    d.products = a.args.value(QStringLiteral("products"));
    auto id = a.store.create(d);
    if (!id)
        return a.cli.fail(id.error());
    a.cli.out << *id << '\n';
    return Ok;
}

int moveDeal(DealAction &a)
{
    bool ok = false;
    const qint64 id = a.pos.value(2).toLongLong(&ok);
    if (!ok || !a.args.isSet(QStringLiteral("stage")))
        return a.cli.usage(Cli::tr("deals move ID --stage S"));
    auto s = stageId(a.store, a.args.value(QStringLiteral("stage")));
    if (!s)
        return a.cli.fail(s.error());
    // --version N: the deal's version as read; a deal changed since is
    // refused (exit 2) rather than overwritten.
    bool versionOk = true;
    const qint64 version = a.args.isSet(QStringLiteral("version"))
                               ? a.args.value(QStringLiteral("version")).toLongLong(&versionOk)
                               : 0;
    if (!versionOk || version < 0)
        return a.cli.usage(Cli::tr("--version takes a version number (1 or more)."));
    auto before = a.store.get(id);
    if (!before)
        return a.cli.fail(before.error());
    if (Status st = a.store.move(id, *s, a.args.value(QStringLiteral("reason")), version); !st)
        return a.cli.fail(st.error());
    const auto stageNamed = [&](qint64 stage) {
        for (const DealStage &ds : a.stages)
            if (ds.id == stage)
                return Deals::stageName(ds);
        return QString::number(stage);
    };
    if (a.cli.format != Format::Table) {
        printRecord(a.cli.out,
                    {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("customer"), QStringLiteral("from"),
                     QStringLiteral("to")},
                    {},
                    {QString::number(id), before->title, before->customerName, stageLabel(a.stages, before->stageId),
                     stageLabel(a.stages, *s)},
                    a.cli.format);
        return Ok;
    }
    a.cli.out << Cli::tr("Moved deal %1 “%2” (%3) from %4 to %5.")
                   .arg(id)
                   .arg(terminalSafe(before->title, false), terminalSafe(before->customerName, false),
                        stageNamed(before->stageId), stageNamed(*s))
            << '\n';
    return Ok;
}

int dealHistory(DealAction &a)
{
    bool ok = false;
    const qint64 id = a.pos.value(2).toLongLong(&ok);
    if (!ok)
        return a.cli.usage(Cli::tr("deals history ID"));
    auto moves = a.store.stageHistory(id);
    if (!moves)
        return a.cli.fail(moves.error());
    Table t{{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("time"), QStringLiteral("user")},
            {Cli::tr("From"), Cli::tr("To"), Cli::tr("Time"), Cli::tr("By")},
            {}};
    for (const StageMove &m : *moves)
        t.rows << QStringList{m.fromStageId ? stageLabel(a.stages, m.fromStageId) : QString(),
                              stageLabel(a.stages, m.toStageId), toStoredTime(m.at), m.userName};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int editStages(DealAction &a)
{
    bool ok = true;
    const int probability = a.args.isSet(QStringLiteral("probability")) ? a.args.value(QStringLiteral("probability")).toInt(&ok) : 0;
    if (!ok)
        return a.cli.usage(Cli::tr("--probability needs a whole number from 0 to 100."));
    auto find = [&](const QString &idText) -> std::optional<DealStage> {
        for (const DealStage &s : a.stages)
            if (QString::number(s.id) == idText || s.code == idText)
                return s;
        return std::nullopt;
    };
    Status change;
    if (a.args.isSet(QStringLiteral("add"))) {
        DealStage s;
        s.name = a.args.value(QStringLiteral("add"));
        s.probability = probability;
        auto id = a.store.addStage(s);
        change = id ? Status() : Status(id.error());
    } else if (a.args.isSet(QStringLiteral("remove"))) {
        auto s = find(a.args.value(QStringLiteral("remove")));
        change = s ? a.store.removeStage(s->id) : Status(Error{Cli::tr("there is no stage %1.").arg(a.args.value(QStringLiteral("remove"))), {}, {}});
    } else if (a.args.isSet(QStringLiteral("rename")) || a.args.isSet(QStringLiteral("set"))) {
        auto s = find(a.args.value(a.args.isSet(QStringLiteral("rename")) ? QStringLiteral("rename") : QStringLiteral("set")));
        if (!s)
            return a.cli.usage(Cli::tr("there is no such stage; see “deals stages”."));
        if (a.args.isSet(QStringLiteral("rename")))
            s->name = a.args.value(QStringLiteral("name"));
        else
            s->name = Deals::stageName(*s);
        if (a.args.isSet(QStringLiteral("probability")))
            s->probability = probability;
        change = a.store.updateStage(*s);
    }
    if (!change)
        return a.cli.fail(change.error());
    auto stages = a.store.stages();   // as changed
    if (!stages)
        return a.cli.fail(stages.error());
    a.stages = *stages;
    auto totals = a.store.totals(a.owner);
    Table t{{QStringLiteral("id"), QStringLiteral("stage"), QStringLiteral("probability"), QStringLiteral("kind"),
             QStringLiteral("deals"), QStringLiteral("amount")},
            {Cli::tr("ID"), Cli::tr("Stage"), Cli::tr("Probability %"), Cli::tr("Kind"),
             Cli::tr("Deals"), Cli::tr("Amount (CNY)")},
            {}};
    for (const DealStage &s : a.stages) {
        qint64 count = 0, amount = 0;
        if (totals)
            for (const StageTotals &st : *totals)
                if (st.stageId == s.id) {
                    count = st.count;
                    amount = st.amountMinor;
                }
        t.rows << QStringList{QString::number(s.id), s.code.isEmpty() ? s.name : s.code, QString::number(s.probability),
                              s.kind == StageKind::Open ? QStringLiteral("open") : s.kind == StageKind::Won ? QStringLiteral("won") : QStringLiteral("lost"),
                              QString::number(count), Money::plain(amount)};
    }
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int forecast(DealAction &a)
{
    bool ok = false;
    const int months = a.args.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || months < 1 || months > 36)
        return a.cli.usage(Cli::tr("--months needs a number from 1 to 36."));
    auto f = a.store.forecast(a.owner, months);
    auto conversion = a.store.forecastConversion(a.owner, months);
    if (!f || !conversion)
        return a.cli.fail(!f ? f.error() : conversion.error());
    // In the base currency: how it converted, and the deals it left out, on stderr.
    for (const QString &line : CurrencyRates::describe(*conversion, ConvertedRecords::Deals))
        a.cli.err << line << '\n';
    Table t{{QStringLiteral("month"), QStringLiteral("deals"), QStringLiteral("pipeline"), QStringLiteral("weighted")},
            {Cli::tr("Month"), Cli::tr("Deals"), Cli::tr("Pipeline (%1)").arg(conversion->base),
             Cli::tr("Weighted (%1)").arg(conversion->base)},
            {}};
    for (const ForecastMonth &m : *f)
        t.rows << QStringList{m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.deals),
                              Money::plain(m.pipelineMinor), Money::plain(m.weightedMinor)};
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

int listDeals(DealAction &a)
{
    int limit = 0;
    if (auto stop = a.args.number(QStringLiteral("limit"), limit, 1, Cli::tr("--limit needs a positive whole number.")))
        return *stop;
    QList<qint64> which;
    if (a.args.isSet(QStringLiteral("stage"))) {
        auto s = stageId(a.store, a.args.value(QStringLiteral("stage")));
        if (!s)
            return a.cli.fail(s.error());
        which << *s;
    } else {
        for (const DealStage &s : a.stages)
            which << s.id;
    }
    Table t{{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("customer"), QStringLiteral("stage"),
             QStringLiteral("amount"), QStringLiteral("expected_close"), QStringLiteral("owner"), QStringLiteral("stale")},
            {Cli::tr("ID"), Cli::tr("Title"), Cli::tr("Customer"), Cli::tr("Stage"),
             Cli::tr("Amount"), Cli::tr("Close"), Cli::tr("Owner"), Cli::tr("Stale")},
            {}};
    for (qint64 s : which) {
        auto deals = a.store.column(s, a.owner, 0, limit);
        if (!deals)
            return a.cli.fail(deals.error());
        for (const Deal &d : *deals)
            t.rows << QStringList{QString::number(d.id), d.title, d.customerName, stageLabel(a.stages, d.stageId),
                                  Money::plain(d.amountMinor), toStoredDate(d.expectedClose), d.ownerName,
                                  d.stale ? QStringLiteral("yes") : QString()};
    }
    print(a.cli.out, t, a.cli.format);
    return Ok;
}

} // namespace

int runDeals(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("add, list, move, history, stages or forecast"));
    if (!cli.parse(p, args, description(), options()))
        return Usage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1, QStringLiteral("list"));
    if (!cli.open())
        return DataError;
    DealStore store(cli.session());
    auto stages = store.stages();
    if (!stages)
        return cli.fail(stages.error());
    const CommandArgs options(cli, p);
    DealAction a{cli, options, store, pos, *stages, p.isSet(QStringLiteral("mine")) ? cli.session().userId() : 0};
    static const QHash<QString, int (*)(DealAction &)> actions = {
        {QStringLiteral("add"), addDeal},       {QStringLiteral("move"), moveDeal},
        {QStringLiteral("history"), dealHistory}, {QStringLiteral("stages"), editStages},
        {QStringLiteral("forecast"), forecast}, {QStringLiteral("list"), listDeals}};
    if (const auto run = actions.value(action))
        return run(a);
    return cli.usage(Cli::tr("unknown action “deals %1”.").arg(action));
}

} // namespace guanxi::cli
