// guanxi-cli report funnel|trend|cohort|kpi: the sales reports.
#include "reportoutput.h"
#include "commandargs.h"

#include "analytics/cohortanalysis.h"
#include "analytics/dashboard.h"
#include "analytics/funnelanalysis.h"
#include "analytics/receivables.h"
#include "analytics/trendanalysis.h"

namespace guanxi::cli {

namespace {

// Made when a command runs, after the translator is installed.
QCommandLineOption ownerOption()
{
    return QCommandLineOption(QStringLiteral("owner"), Cli::tr("Only this salesperson's (login)."),
                              QStringLiteral("LOGIN"));
}

QCommandLineOption sourceOption()
{
    return QCommandLineOption(QStringLiteral("source"),
                              Cli::tr("Only customers from this source channel (code or name)."),
                              QStringLiteral("NAME"));
}

QCommandLineOption monthsOption()
{
    return QCommandLineOption(QStringLiteral("months"),
                              Cli::tr("Cohort: months after the first purchase to show (default 12)."),
                              QStringLiteral("N"));
}

// Reads the window, currency, --owner and --source (the database must be
// open for the last two). Returns an exit code, or -1 when all is well.
int readFilter(Cli &cli, const QCommandLineParser &p, SalesFilter &filter)
{
    PurchaseWindow window;
    if (!reportWindow(cli, p, window))
        return Usage;
    filter.from = window.from;
    filter.to = window.to;
    filter.currency = window.currency;
    if (!cli.open())
        return DataError;
    const CommandArgs args(cli, p);
    if (auto stop = args.user(QStringLiteral("owner"), filter.ownerId))
        return *stop;
    if (auto stop = args.source(filter.sourceId))
        return *stop;
    return -1;
}

// A report of the filtered sales: FunnelAnalysis, TrendAnalysis, Receivables.
template <typename Analysis>
int runFiltered(Cli &cli, const QCommandLineParser &p)
{
    SalesFilter filter;
    if (const int code = readFilter(cli, p, filter); code >= 0)
        return code;
    auto report = Analysis::run(cli.session(), filter);
    if (!report)
        return cli.fail(report.error());
    return emitReport(cli, p, Analysis::toReport(*report));
}

int runCohort(Cli &cli, const QCommandLineParser &p)
{
    int months = CohortAnalysis::defaultOffsets;
    if (p.isSet(QStringLiteral("months"))) {
        bool ok = false;
        months = p.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 0 || months > TrendAnalysis::maxMonths)
            return cli.usage(Cli::tr("--months “%1” is not a number from 0 to %2.")
                                 .arg(p.value(QStringLiteral("months")))
                                 .arg(TrendAnalysis::maxMonths));
    }
    SalesFilter filter;
    if (const int code = readFilter(cli, p, filter); code >= 0)
        return code;
    auto report = CohortAnalysis::run(cli.session(), filter, months);
    if (!report)
        return cli.fail(report.error());
    return emitReport(cli, p, CohortAnalysis::toReport(*report));
}

int runKpi(Cli &cli, const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to")))
        return cli.usage(Cli::tr("report kpi is always as of today (--now sets the day); it takes no --from or --to."));
    SalesFilter filter;
    if (const int code = readFilter(cli, p, filter); code >= 0)
        return code;
    auto kpis = Dashboard::compute(cli.session(), filter.ownerId, filter.currency);
    if (!kpis)
        return cli.fail(kpis.error());
    return emitReport(cli, p, Dashboard::toReport(*kpis));
}

} // namespace

QList<ReportCommand> salesReportCommands()
{
    return {
        {QStringLiteral("funnel"), QStringLiteral("report funnel [--owner LOGIN] [--source NAME]"),
         Cli::tr(
             "The sales funnel for deals whose customers are not in the trash. Per stage (open "
             "stages in order, then won): deals that first entered it in the window (a deal that skips stages "
             "counts as having passed them), their amount, how many of those reached a later stage by now "
             "(conversion), deals lost at the stage, and the average days of the stays in the stage that began in "
             "the window and have ended. Files also get won/lost and the win rate (won / (won + lost) of deals "
             "closed in the window) and tables by salesperson and by source. --owner is the deal's owner, "
             "--source the customer's channel. Dates are local; open ends take everything."),
         {ownerOption(), sourceOption()},
         runFiltered<FunnelAnalysis>, Cli::tr("The sales funnel: deals per stage, conversion, win rate.")},
        {QStringLiteral("trend"), QStringLiteral("report trend [--owner LOGIN] [--source NAME]"),
         Cli::tr(
             "Whole calendar months from the month of --from (default: 11 months before the last) to the month of "
             "--to (default: this month): revenue and orders (signed, delivered or paid), new customers (created "
             "that local month, not in the trash), purchasing customers, and the repeat purchase rate (the share "
             "of the month's buyers who had bought before that month). Files also get the whole period (repeat "
             "rate: buyers with two or more orders), follow-ups per salesperson per month, and follow-ups "
             "overdue today by owner. --owner and --source select customers by their owner and source (for "
             "follow-ups: the salesperson who logged them)."),
         {ownerOption(), sourceOption()},
         runFiltered<TrendAnalysis>, Cli::tr("Revenue, orders, new and repeat customers month by month.")},
        {QStringLiteral("cohort"), QStringLiteral("report cohort [--owner LOGIN] [--source NAME] [--months N]"),
         Cli::tr(
             "Retention by first-purchase month: one row per month of the window (as for trend) with the "
             "customers whose first purchase ever was that month, and the share of them buying 0, 1, ... N "
             "months later; months not reached yet are empty. Files also get the counts."),
         {ownerOption(), sourceOption(), monthsOption()},
         runCohort, Cli::tr("Retention of customers by the month of their first purchase.")},
        {QStringLiteral("kpi"), QStringLiteral("report kpi [--owner LOGIN]"),
         Cli::tr(
             "The dashboard's figures as of today: open pipeline, weighted forecast (amount × the deal's or its "
             "stage's probability), won this month, conversion rate (won / closed in the last 90 days), repeat "
             "purchase rate (buyers of the last 12 months with two or more orders) and overdue follow-ups."),
         {ownerOption()},
         runKpi, Cli::tr("The dashboard's key figures as of today.")},
        {QStringLiteral("receivables"), QStringLiteral("report receivables [--owner LOGIN] [--source NAME]"),
         Cli::tr(
             "Receivables (应收) as of today: what signed, delivered and paid orders still owe "
             "after payments and write-offs, by customer (columns customer_id, customer, orders, days_0_30, "
             "days_31_60, days_61_90, days_over_90, total, oldest_days), most owed first. Ages count from the order "
             "date. Files also get the totals by age and every order with money owed. --from/--to pick orders by "
             "their order date, --owner is the order's salesperson, --source the customer's channel."),
         {ownerOption(), sourceOption()},
         runFiltered<Receivables>, Cli::tr("What customers still owe, by customer and by age.")},
    };
}

} // namespace guanxi::cli
