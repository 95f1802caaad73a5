#include "analytics/funnelanalysis.h"

#include "sales/deal.h"
#include "platform/session.h"
#include "sales/dealstore.h"
#include "analytics/salesstore.h"
#include "sales/currencyrates.h"

namespace guanxi {

namespace {
QVariant orEmpty(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString periodText(const SalesFilter &f)
{
    const QString from = f.from.isValid() ? f.from.toString(Qt::ISODate) : FunnelAnalysis::tr("the beginning");
    const QString to = f.to.isValid() ? f.to.toString(Qt::ISODate) : FunnelAnalysis::tr("today");
    return FunnelAnalysis::tr("Period: %1 to %2").arg(from, to);
}

ReportTable groupTable(const QString &name, const QString &title, const QString &groupKey, const QString &groupTitle,
                       const QList<FunnelGroupRow> &rows)
{
    using K = ReportKind;
    ReportTable t{name, title,
                  {{groupKey, groupTitle, K::Text},
                   {QStringLiteral("entered"), FunnelAnalysis::tr("New deals"), K::Integer},
                   {QStringLiteral("entered_amount"), FunnelAnalysis::tr("New deals amount"), K::Money},
                   {QStringLiteral("won"), FunnelAnalysis::tr("Won"), K::Integer},
                   {QStringLiteral("won_amount"), FunnelAnalysis::tr("Won amount"), K::Money},
                   {QStringLiteral("lost"), FunnelAnalysis::tr("Lost"), K::Integer},
                   {QStringLiteral("lost_amount"), FunnelAnalysis::tr("Lost amount"), K::Money},
                   {QStringLiteral("win_rate"), FunnelAnalysis::tr("Win rate"), K::Percent}},
                  {}};
    for (const FunnelGroupRow &g : rows)
        t.rows << QVariantList{g.name, g.entered, g.enteredMinor, g.won, g.wonMinor, g.lost, g.lostMinor,
                               orEmpty(g.winRate())};
    return t;
}
} // namespace

Result<FunnelReport> FunnelAnalysis::run(Session &session, const SalesFilter &filter)
{
    if (Status s = SalesFilters::validate(filter); !s)
        return s.error();
    auto stages = DealStore(session).stages();
    if (!stages)
        return stages.error();
    FunnelPeriod period{SalesFilters::startOfDay(filter.from),
                        filter.to.isValid() ? SalesFilters::startOfDay(filter.to.addDays(1)) : QDateTime()};
    auto deals = SalesStore(session).dealPaths(SalesFilters::scope(filter), period.from);
    auto conversion = SalesStore(session).dealConversion(SalesFilters::scope(filter), period.from);
    auto withBase = SalesFilters::withBase(session, filter);
    if (!deals || !conversion || !withBase)
        return !deals ? deals.error() : !conversion ? conversion.error() : withBase.error();
    FunnelReport report;
    report.filter = *withBase;
    report.generated = session.now();
    report.result = Funnel::compute(*stages, *deals, period);
    for (FunnelStageRow &row : report.result.stages)
        row.stage.name = Deals::stageName(row.stage);
    auto owners = SalesFilters::ownerNames(session);
    auto sources = SalesFilters::sourceNames(session);
    auto lines = SalesFilters::describe(session, filter);
    if (!owners || !sources || !lines)
        return !owners ? owners.error() : !sources ? sources.error() : lines.error();
    for (FunnelGroupRow &g : report.result.byOwner)
        g.name = owners->value(g.id, QString::number(g.id));
    for (FunnelGroupRow &g : report.result.bySource)
        g.name = sources->value(g.id, QString::number(g.id));
    report.filterLines = QStringList{periodText(filter)} + *lines;
    if (filter.currency.isEmpty())
        report.filterLines += CurrencyRates::describe(*conversion, ConvertedRecords::Deals);
    return report;
}

Report FunnelAnalysis::toReport(const FunnelReport &r)
{
    using K = ReportKind;
    Report out = Report::headed(QStringLiteral("funnel"), tr("Sales funnel"), r.filterLines, r.generated);

    ReportTable stages{QStringLiteral("stages"), tr("Stages"),
                       {{QStringLiteral("stage"), tr("Stage"), K::Text},
                        {QStringLiteral("entered"), tr("Entered"), K::Integer},
                        {QStringLiteral("entered_amount"), tr("Amount entered"), K::Money},
                        {QStringLiteral("moved_on"), tr("Moved on"), K::Integer},
                        {QStringLiteral("conversion"), tr("Conversion to next stage"), K::Percent},
                        {QStringLiteral("lost_here"), tr("Lost at this stage"), K::Integer},
                        {QStringLiteral("avg_days_in_stage"), tr("Average days in stage"), K::Decimal},
                        {QStringLiteral("ended_stays"), tr("Stays ended"), K::Integer},
                        {QStringLiteral("still_in_stage"), tr("Still in stage"), K::Integer}},
                       {}};
    for (const FunnelStageRow &s : r.result.stages) {
        const bool open = s.stage.kind == StageKind::Open;
        stages.rows << QVariantList{s.stage.name,
                                    s.entered,
                                    s.enteredMinor,
                                    s.last ? QVariant() : QVariant(s.movedOn),
                                    orEmpty(s.conversion()),
                                    open ? QVariant(s.lostHere) : QVariant(),
                                    orEmpty(s.averageDays()),
                                    open ? QVariant(s.endedStays) : QVariant(),
                                    open ? QVariant(s.stillInStage) : QVariant()};
    }
    out.tables << stages;

    ReportTable outcomes{QStringLiteral("outcomes"), tr("Won and lost"),
                         {{QStringLiteral("won"), tr("Won"), K::Integer},
                          {QStringLiteral("won_amount"), tr("Won amount"), K::Money},
                          {QStringLiteral("lost"), tr("Lost"), K::Integer},
                          {QStringLiteral("lost_amount"), tr("Lost amount"), K::Money},
                          {QStringLiteral("win_rate"), tr("Win rate"), K::Percent}},
                         {}};
    outcomes.rows << QVariantList{r.result.won, r.result.wonMinor, r.result.lost, r.result.lostMinor,
                                  orEmpty(r.result.winRate())};
    out.tables << outcomes;
    out.tables << groupTable(QStringLiteral("by_owner"), tr("By salesperson"), QStringLiteral("owner"),
                             tr("Salesperson"), r.result.byOwner);
    out.tables << groupTable(QStringLiteral("by_source"), tr("By source"), QStringLiteral("source"), tr("Source"),
                             r.result.bySource);
    out.currency = r.filter.amountsIn();
    using C = ReportChartKind;
    out.charts = {{QStringLiteral("funnel"), tr("Deals entering each stage"), C::HorizontalBar, QStringLiteral("stages"), 0, {1}},
                  {QStringLiteral("funnel_amount"), tr("Amount entering each stage"), C::HorizontalBar,
                   QStringLiteral("stages"), 0, {2}},
                  {QStringLiteral("conversion"), tr("Conversion to the next stage"), C::HorizontalBar, QStringLiteral("stages"), 0, {4}},
                  {QStringLiteral("days_in_stage"), tr("Average days in stage"), C::HorizontalBar, QStringLiteral("stages"), 0, {6}}};
    return out;
}

} // namespace guanxi
