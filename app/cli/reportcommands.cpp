// guanxi-cli report rfm.
#include "cli.h"

#include "io/xlsxwriter.h"
#include "services/rfmanalysis.h"
#include "text/money.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace guanxi::cli {

namespace {
const char *help = R"(Reports for managers.

  report rfm [--from DATE] [--to DATE] [--ref-date DATE] [--currency CNY]
             [--format table|csv|json|xlsx] [-o FILE]

RFM: orders that are signed, delivered or paid (never cancelled or drafts) in
the window and the currency; R = days from the last purchase to the reference
date (default: the day after the latest purchase), F = orders, M = their sum.
Scores 1-5 by quintiles (linear method); segments 重要价值/发展/保持/挽留 and
一般价值/发展/保持/挽留 against the means. Columns: customer_id,
customer_name, recency_days, frequency, monetary (in the currency's main unit),
r, f, m, segment, segment_code. Customers without a purchase in the window are
counted on stderr. XLSX (and CSV or JSON with -o) is written to FILE atomically.)";

bool dateOption(Cli &cli, const QCommandLineParser &p, const QString &name, QDate &out)
{
    if (!p.isSet(name))
        return true;
    out = QDate::fromString(p.value(name), Qt::ISODate);
    if (!out.isValid()) {
        cli.usage(QStringLiteral("--%1 “%2” is not a date; write it like 2026-03-31.").arg(name, p.value(name)));
        return false;
    }
    return true;
}

Table rfmTable(const RfmReport &r)
{
    Table t{{QStringLiteral("customer_id"), QStringLiteral("customer_name"), QStringLiteral("recency_days"),
             QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("r"), QStringLiteral("f"),
             QStringLiteral("m"), QStringLiteral("segment"), QStringLiteral("segment_code")},
            {QStringLiteral("ID"), QStringLiteral("Customer"), QStringLiteral("Recency (days)"),
             QStringLiteral("Frequency"), QStringLiteral("Monetary"), QStringLiteral("R"), QStringLiteral("F"),
             QStringLiteral("M"), QStringLiteral("Segment"), QStringLiteral("Code")},
            {}};
    for (int i = 0; i < r.result.rows.size(); ++i) {
        const RfmRow &row = r.result.rows.at(i);
        t.rows << QStringList{QString::number(row.customerId), r.names.value(i), QString::number(row.recencyDays),
                              QString::number(row.frequency), Money::plain(row.monetary), QString::number(row.r),
                              QString::number(row.f), QString::number(row.m), Rfm::segmentChinese(row.segment),
                              Rfm::segmentCode(row.segment)};
    }
    return t;
}

Status writeXlsx(const RfmReport &r, const QString &path)
{
    auto xlsx = XlsxWriter::open(path);
    if (!xlsx)
        return xlsx.error();
    XlsxWriter &w = **xlsx;
    using K = XlsxColumn;
    if (Status s = w.addSheet(QStringLiteral("RFM"),
                              {QStringLiteral("customer_id"), QStringLiteral("customer_name"),
                               QStringLiteral("recency_days"), QStringLiteral("frequency"), QStringLiteral("monetary"),
                               QStringLiteral("r"), QStringLiteral("f"), QStringLiteral("m"), QStringLiteral("segment"),
                               QStringLiteral("segment_code")},
                              {K::Number, K::Text, K::Number, K::Number, K::Money, K::Number, K::Number, K::Number,
                               K::Text, K::Text});
        !s)
        return s;
    for (int i = 0; i < r.result.rows.size(); ++i) {
        const RfmRow &row = r.result.rows.at(i);
        if (Status s = w.addRow({row.customerId, r.names.value(i), row.recencyDays, row.frequency, row.monetary, row.r,
                                 row.f, row.m, Rfm::segmentChinese(row.segment), Rfm::segmentCode(row.segment)});
            !s)
            return s;
    }
    if (Status s = w.addSheet(QStringLiteral("Segments"), {QStringLiteral("segment"), QStringLiteral("segment_code"),
                                                            QStringLiteral("customers"), QStringLiteral("share")});
        !s)
        return s;
    const double total = std::max<qsizetype>(1, r.result.rows.size());
    for (int s = 0; s < 8; ++s)
        if (Status st = w.addRow({Rfm::segmentChinese(RfmSegment(s)), Rfm::segmentCode(RfmSegment(s)),
                                  r.result.segmentCounts[size_t(s)], double(r.result.segmentCounts[size_t(s)]) / total});
            !st)
            return st;
    if (Status s = w.addSheet(QStringLiteral("Cut points"), {QStringLiteral("measure"), QStringLiteral("20%"),
                                                              QStringLiteral("40%"), QStringLiteral("60%"),
                                                              QStringLiteral("80%"), QStringLiteral("mean")});
        !s)
        return s;
    const auto cutRow = [&](const QString &name, const std::array<double, 4> &c, double mean) {
        return w.addRow({name, c[0], c[1], c[2], c[3], mean});
    };
    if (Status s = cutRow(QStringLiteral("recency_days"), r.result.recencyCuts, r.result.meanRecency); !s)
        return s;
    if (Status s = cutRow(QStringLiteral("frequency"), r.result.frequencyCuts, r.result.meanFrequency); !s)
        return s;
    if (Status s = cutRow(QStringLiteral("monetary_minor"), r.result.monetaryCuts, r.result.meanMonetary); !s)
        return s;
    return w.close();
}
} // namespace

int runReport(Cli &cli, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromUtf8(help));
    p.addPositionalArgument(QStringLiteral("report"), QStringLiteral("rfm"));
    Cli::addGlobalOptions(p);
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("from"), QStringLiteral("First order date in the window (default: the first order)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("Last order date in the window (default: the last order)."),
         QStringLiteral("DATE")},
        {QStringLiteral("ref-date"), QStringLiteral("Reference date for recency (default: the day after the latest "
                                                    "purchase in the window)."),
         QStringLiteral("DATE")},
        {QStringLiteral("currency"), QStringLiteral("Orders in this currency (default CNY)."), QStringLiteral("CODE"),
         QStringLiteral("CNY")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to this file."), QStringLiteral("FILE")},
    });
    p.process(args);
    if (!cli.readGlobalOptions(p, {QStringLiteral("xlsx"), QStringLiteral("pdf")}))
        return Usage;
    if (p.positionalArguments().value(1) != u"rfm")
        return cli.usage(QStringLiteral("report takes rfm."));
    if (cli.fileFormat == u"pdf")
        return cli.usage(QStringLiteral("PDF reports are not available yet; use --format xlsx or csv."));
    const QString output = p.value(QStringLiteral("output"));
    if (cli.fileFormat == u"xlsx" && output.isEmpty())
        return cli.usage(QStringLiteral("--format xlsx needs -o FILE."));
    RfmOptions options;
    if (!dateOption(cli, p, QStringLiteral("from"), options.window.from)
        || !dateOption(cli, p, QStringLiteral("to"), options.window.to)
        || !dateOption(cli, p, QStringLiteral("ref-date"), options.referenceDate))
        return Usage;
    options.window.currency = p.value(QStringLiteral("currency")).toUpper();
    if (!cli.open())
        return DataError;
    auto report = RfmAnalysis::run(cli.session(), options);
    if (!report)
        return cli.fail(report.error());
    cli.err << "guanxi-cli: " << report->result.rows.size() << " customers with purchases, reference date "
            << report->result.referenceDate.toString(Qt::ISODate) << "; " << report->withoutPurchase
            << " customers without a purchase in the window are left out.\n";
    if (cli.fileFormat == u"xlsx") {
        if (Status s = writeXlsx(*report, output); !s)
            return cli.fail(s.error());
        cli.out << QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()) << '\n';
        return Ok;
    }
    const Table table = rfmTable(*report);
    if (output.isEmpty()) {
        print(cli.out, table, cli.format);
        return Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return cli.fail(Error{QStringLiteral("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(output),
                                                                         file.errorString()),
                              {}, {}});
    QString text;
    QTextStream stream(&text);
    if (cli.format == Format::Csv)
        stream << QChar(0xFEFF);   // Excel reads Chinese CSV right with a BOM
    print(stream, table, cli.format);
    stream.flush();
    file.write(text.toUtf8());
    if (!file.commit())
        return cli.fail(Error{QStringLiteral("Could not finish writing “%1”: %2; any earlier file is unchanged.")
                                  .arg(QDir::toNativeSeparators(output), file.errorString()),
                              {}, {}});
    cli.out << QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()) << '\n';
    return Ok;
}

} // namespace guanxi::cli
