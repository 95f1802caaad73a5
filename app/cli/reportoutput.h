#pragma once

#include "analytics/report.h"
#include "cli.h"
#include "analytics/analyticsstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>

namespace guanxi::cli {

// One `guanxi-cli report NAME` subcommand. Every report shares --from, --to,
// --currency and -o/--output and writes through emitReport; `options` are
// its own extra options (any other option given to it is refused).
struct ReportCommand {
    QString name;        // "rfm"
    QString synopsis;    // "report rfm [--ref-date DATE]": the extra options
    QString description; // a paragraph for --help
    QList<QCommandLineOption> options;
    std::function<int(Cli &, const QCommandLineParser &)> run;
    QString summary;     // one translated line for "guanxi-cli --help"
};

// Each file adds its reports here (see reportcommands.cpp).
QList<ReportCommand> rfmReportCommands();
QList<ReportCommand> clusterReportCommands();   // reportclusters.cpp
QList<ReportCommand> salesReportCommands();   // reportsales.cpp
// Every report, in the order the help lists them.
QList<ReportCommand> reportCommands();

// Reads --NAME as an ISO date into out (left as it is when not given);
// prints the usage error and returns false when it is no date.
bool reportDate(Cli &cli, const QCommandLineParser &parser, const QString &name, QDate &out);
// --from, --to and --currency.
bool reportWindow(Cli &cli, const QCommandLineParser &parser, PurchaseWindow &window);

// Writes the report as --format and -o ask: to the screen (the main table as
// a table or CSV, or the whole report as JSON) or to -o FILE as CSV, JSON,
// XLSX or PDF (the format from --format, else from the file's suffix).
// Prints the written file's path. Returns the exit code.
int emitReport(Cli &cli, const QCommandLineParser &parser, const Report &report);
// The PDF: title, filters, date, the report's charts and its tables, drawn by
// the writer guanxi-cli-pdf sets (guanxi-cli itself has none: it hands PDF
// commands to guanxi-cli-pdf, see commandline.h).
Status writeReportPdf(const Report &report, const QString &path);
using PdfWriter = Status (*)(const Report &report, const QString &path);
void setPdfWriter(PdfWriter writer);

} // namespace guanxi::cli
