// guanxi-cli report NAME: every report shares the window and output options;
// each subcommand adds its own (see ReportCommand).
#include "cli.h"
#include "reportoutput.h"

#include "analytics/rfmanalysis.h"

#include <QSet>

namespace guanxi::cli {

namespace {

const char *common = QT_TRANSLATE_NOOP("Cli", R"(Reports for managers, to the screen or to files they can send.

Every report takes:
  --from DATE, --to DATE   the window (either end may be left open)
  --currency CODE          only orders and deals in this currency, not
                           converted (default: every currency, amounts in the
                           base currency at the rate on each record's date;
                           see `guanxi-cli rates`; the report names the rates
                           used and what had no rate)
  --format table|csv|json  to the screen (the main table; JSON: every table)
  --format csv|json|xlsx|pdf -o FILE   to a file, written atomically; without
                           --format the file's suffix decides. XLSX has one
                           sheet per table, PDF the title, filters, charts
                           and tables.

Reports:
)");

int runRfm(Cli &cli, const QCommandLineParser &p)
{
    RfmOptions options;
    if (!reportWindow(cli, p, options.window) || !reportDate(cli, p, QStringLiteral("ref-date"), options.referenceDate))
        return Usage;
    if (!cli.open())
        return DataError;
    auto report = RfmAnalysis::run(cli.session(), options);
    if (!report)
        return cli.fail(report.error());
    cli.err << "guanxi-cli: "
            << Cli::tr("Customers with purchases: %1, reference date %2; left out for no purchase in the window: %3.")
                   .arg(report->result.rows.size())
                   .arg(report->result.referenceDate.toString(Qt::ISODate))
                   .arg(report->withoutPurchase)
            << '\n';
    return emitReport(cli, p, RfmAnalysis::toReport(*report, options, RfmAnalysis::SegmentNames::Chinese));
}

} // namespace

QList<ReportCommand> rfmReportCommands()
{
    return {{QStringLiteral("rfm"), QStringLiteral("report rfm [--ref-date DATE]"),
             Cli::tr(
                 "RFM: orders (not quotes or contracts) that are signed, delivered or paid (never cancelled or drafts) in the window; R = days from the last purchase to the reference date (default: the day after the "
                 "latest purchase), F = orders, M = their sum. Scores 1-5 by quintiles (linear method); segments "
                 "重要价值/发展/保持/挽留 and 一般价值/发展/保持/挽留 against the means. Columns: customer_id, "
                 "customer_name, recency_days, frequency, monetary (in the base currency's main unit, or --currency's), r, f, m, "
                 "segment, segment_code. Files also get the segment counts and the quintile cut points. "
                 "Customers without a purchase in the window are counted on stderr."),
             {{QStringLiteral("ref-date"),
               Cli::tr("Reference date for recency (default: the day after the latest purchase)."),
               QStringLiteral("DATE")}},
             runRfm, Cli::tr("RFM scores and segments, to the screen, CSV, XLSX, JSON or PDF.")}};
}

QList<ReportCommand> reportCommands()
{
    return rfmReportCommands() + clusterReportCommands() + salesReportCommands();
}

int runReport(Cli &cli, const QStringList &args)
{
    const QList<ReportCommand> commands = reportCommands();
    QString help = Cli::tr(common);
    QStringList names;
    QList<QCommandLineOption> extra;
    QSet<QString> seen;
    for (const ReportCommand &c : commands) {
        names << c.name;
        help += QStringLiteral("\n  %1\n").arg(c.synopsis);
        help += wrapped(c.description, 72, QStringLiteral("      "));
        for (const QCommandLineOption &o : c.options)
            if (!seen.contains(o.names().constFirst())) {
                seen.insert(o.names().constFirst());
                extra << o;
            }
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("report"), names.join(u'|'));
    const QList<QCommandLineOption> shared = {
        {QStringLiteral("from"), Cli::tr("First date in the window (default: open)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), Cli::tr("Last date in the window (default: open)."), QStringLiteral("DATE")},
        {QStringLiteral("currency"),
         Cli::tr("Only orders and deals in this currency, not converted (default: all, in the base currency)."),
         QStringLiteral("CODE")},
        {{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("Write to this file."), QStringLiteral("FILE")},
    };
    if (!cli.parse(p, args, help, shared + extra, {QStringLiteral("xlsx"), QStringLiteral("pdf")}))
        return Usage;
    const QString name = p.positionalArguments().value(1);
    for (const ReportCommand &c : commands) {
        if (c.name != name)
            continue;
        for (const QCommandLineOption &o : extra)
            if (p.isSet(o) && !std::any_of(c.options.cbegin(), c.options.cend(), [&](const QCommandLineOption &own) {
                    return own.names() == o.names();
                }))
                return cli.usage(Cli::tr("report %1 does not take --%2.").arg(name, o.names().constLast()));
        return c.run(cli, p);
    }
    return cli.usage(Cli::tr("report takes %1.").arg(names.join(QStringLiteral(", "))));
}

} // namespace guanxi::cli
