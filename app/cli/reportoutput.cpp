// How every `guanxi-cli report` writes its result.
#include "reportoutput.h"

#include "analytics/reportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace guanxi::cli {

bool reportDate(Cli &cli, const QCommandLineParser &p, const QString &name, QDate &out)
{
    if (!p.isSet(name))
        return true;
    out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out.isValid()) {
        cli.usage(Cli::tr("--%1 “%2” is not a date; write it like 2026-03-31.").arg(name, p.value(name)));
        return false;
    }
    return true;
}

bool reportWindow(Cli &cli, const QCommandLineParser &p, PurchaseWindow &window)
{
    if (!reportDate(cli, p, QStringLiteral("from"), window.from) || !reportDate(cli, p, QStringLiteral("to"), window.to))
        return false;
    // No --currency: every currency, in the base currency (guanxi-cli rates).
    const QString currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
    if (!currency.isEmpty() && currency.size() != 3) {
        cli.usage(Cli::tr("--currency “%1” is not a currency code; write it like CNY or USD.").arg(currency));
        return false;
    }
    window.currency = currency;
    return true;
}

namespace {

PdfWriter pdfWriter = nullptr;

} // namespace

void setPdfWriter(PdfWriter writer)
{
    pdfWriter = writer;
}

Status writeReportPdf(const Report &report, const QString &path)
{
    if (pdfWriter)
        return pdfWriter(report, path);
    return Error{Cli::tr("Could not start the PDF renderer for “%1”; give the format as --format pdf or end "
                         "the file name in .pdf.")
                     .arg(path),
                 {}, {}};
}

namespace {

Table screenTable(const ReportTable &t)
{
    Table out;
    for (const ReportColumn &c : t.columns) {
        out.keys << c.key;
        out.headers << c.title;
    }
    for (const QVariantList &row : t.rows) {
        QStringList cells;
        for (int i = 0; i < t.columns.size(); ++i)
            cells << ReportFile::plainText(row.value(i), t.columns.at(i).kind);
        out.rows << cells;
    }
    return out;
}

} // namespace

int emitReport(Cli &cli, const QCommandLineParser &p, const Report &report)
{
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        if (!cli.fileFormat.isEmpty())
            return cli.usage(Cli::tr("--format %1 needs -o FILE.").arg(cli.fileFormat));
        if (cli.format == Format::Json) {
            cli.out << QString::fromUtf8(QJsonDocument(ReportFile::toJson(report)).toJson(QJsonDocument::Indented));
            return Ok;
        }
        if (cli.format == Format::Table) {
            cli.err << report.title << '\n';
            for (const QString &filter : report.filters)
                cli.err << "  " << filter << '\n';
        }
        if (!report.tables.isEmpty())
            print(cli.out, screenTable(report.tables.first()), cli.format);
        return Ok;
    }
    // The format: --format if it names a file format, else the file's suffix.
    QString format = cli.fileFormat;
    if (format.isEmpty() && cli.format == Format::Csv)
        format = QStringLiteral("csv");
    else if (format.isEmpty() && cli.format == Format::Json)
        format = QStringLiteral("json");
    else if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower();
    // An export like any other: the Export permission, and the audit trail.
    Session &session = cli.session();
    Status written;
    if (format == u"csv")
        written = ReportFile::exportAs(session, report, output, ReportFormat::Csv);
    else if (format == u"json")
        written = ReportFile::exportAs(session, report, output, ReportFormat::Json);
    else if (format == u"xlsx")
        written = ReportFile::exportAs(session, report, output, ReportFormat::Xlsx);
    else if (format == u"pdf") {
        written = ReportFile::mayExport(session);
        if (written)
            written = writeReportPdf(report, output);
        if (written)
            written = ReportFile::recordExport(session, report, output, QStringLiteral("pdf"));
    } else
        return cli.usage(Cli::tr("cannot tell which format to write “%1” in; give --format csv, json, xlsx "
                                        "or pdf, or end the file name in one of them.")
                             .arg(output));
    if (!written)
        return cli.fail(written.error());
    cli.out << QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()) << '\n';
    return Ok;
}

} // namespace guanxi::cli
