#include "analytics/reportfile.h"
#include "platform/auditstore.h"
#include "platform/db/databasefiles.h"
#include "platform/session.h"

#include "formats/csvwriter.h"
#include "formats/xlsxwriter.h"
#include "text/money.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSaveFile>

#include <cmath>

namespace guanxi {

namespace {

XlsxColumn xlsxKind(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Text: return XlsxColumn::Text;
    case ReportKind::Integer: return XlsxColumn::Number;
    case ReportKind::Money: return XlsxColumn::Money;
    case ReportKind::Percent: return XlsxColumn::Percent;
    case ReportKind::Decimal: return XlsxColumn::Decimal;
    case ReportKind::Date: return XlsxColumn::Date;
    case ReportKind::Month: return XlsxColumn::Month;
    }
    return XlsxColumn::Auto;
}

QJsonValue jsonValue(const QVariant &v, ReportKind kind)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case ReportKind::Integer: return QJsonValue(v.toLongLong());
    case ReportKind::Percent:
    case ReportKind::Decimal: return QJsonValue(std::round(v.toDouble() * 1e6) / 1e6); // no 127.60000000000001
    case ReportKind::Text:
    case ReportKind::Money:
    case ReportKind::Date:
    case ReportKind::Month: return ReportFile::plainText(v, kind);
    }
    return QJsonValue::Null;
}

Status writeCsv(const Report &report, const QString &path)
{
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    if (!report.tables.isEmpty()) {
        const ReportTable &t = report.tables.first();
        QStringList header;
        QList<bool> numbers;   // numbers are never neutralised: -12.00 stays a number
        for (const ReportColumn &c : t.columns) {
            header << c.key;
            numbers << (c.kind != ReportKind::Text);
        }
        csv.writeRow(header);
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (int i = 0; i < t.columns.size(); ++i)
                cells << ReportFile::plainText(row.value(i), t.columns.at(i).kind);
            csv.writeRow(cells, numbers);
        }
    }
    return csv.commit();
}

// Excel draws a scatter of this many points at most; more would make the
// workbook slow to open (the PDF has the chart, sampled).
constexpr qsizetype MaxXlsxScatterPoints = 5000;

std::optional<XlsxChart::Kind> xlsxChartKind(ReportChartKind kind)
{
    switch (kind) {
    case ReportChartKind::Bar: return XlsxChart::Kind::Column;
    case ReportChartKind::HorizontalBar: return XlsxChart::Kind::Bar;
    case ReportChartKind::Line: return XlsxChart::Kind::Line;
    case ReportChartKind::Pie: return XlsxChart::Kind::Pie;
    case ReportChartKind::Scatter: return XlsxChart::Kind::Scatter;
    case ReportChartKind::HeatMap: return std::nullopt;   // shaded cells on the table's sheet instead
    }
    return std::nullopt;
}

Status writeXlsx(const Report &report, const QString &path)
{
    auto opened = XlsxWriter::open(path);
    if (!opened)
        return opened.error();
    XlsxWriter &w = **opened;
    QHash<QString, QString> sheetOf;   // table name -> sheet name as written
    for (const ReportTable &t : report.tables) {
        QStringList headers;
        QList<XlsxColumn> kinds;
        for (const ReportColumn &c : t.columns) {
            headers << c.title;
            kinds << xlsxKind(c.kind);
        }
        if (Status s = w.addSheet(t.title.isEmpty() ? t.name : t.title, headers, kinds); !s)
            return s;
        sheetOf.insert(t.name, w.currentSheetName());
        for (const QVariantList &row : t.rows)
            if (Status s = w.addRow(row); !s)
                return s;
        for (const ReportChart &chart : report.charts)   // heat maps: the table's own cells shaded
            if (chart.kind == ReportChartKind::HeatMap && chart.table == t.name && !t.rows.isEmpty()
                && !chart.values.isEmpty())
                if (Status s = w.addColorScale(1, *std::min_element(chart.values.cbegin(), chart.values.cend()),
                                               int(t.rows.size()),
                                               *std::max_element(chart.values.cbegin(), chart.values.cend()));
                    !s)
                    return s;
    }
    // Native charts over the tables' cells, two abreast.
    QList<XlsxChart> charts;
    for (const ReportChart &chart : report.charts) {
        const ReportTable *t = report.table(chart.table);
        const auto kind = xlsxChartKind(chart.kind);
        if (!t || !kind || t->rows.isEmpty() || chart.values.isEmpty()
            || (chart.kind == ReportChartKind::Scatter && t->rows.size() > MaxXlsxScatterPoints))
            continue;
        XlsxChart c;
        c.kind = *kind;
        c.title = chart.title;
        c.sheet = sheetOf.value(chart.table);
        c.lastRow = int(t->rows.size());
        c.categoryColumn = chart.kind == ReportChartKind::Scatter ? chart.values.at(0) : chart.label;
        c.valueColumns = chart.kind == ReportChartKind::Scatter ? QList<int>{chart.values.value(1)} : chart.values;
        charts << c;
    }
    if (!charts.isEmpty()) {
        if (Status s = w.addSheet(ReportFile::tr("Charts"), {}); !s)
            return s;
        for (int i = 0; i < charts.size(); ++i)
            if (Status s = w.addChart(charts.at(i), (i / 2) * 24 + 1, (i % 2) * 12 + 1); !s)
                return s;
    }
    if (Status s = w.addSheet(ReportFile::tr("About"), {}); !s)
        return s;
    if (Status s = w.addRow({report.title}); !s)
        return s;
    for (const QString &filter : report.filters)
        if (Status s = w.addRow({filter}); !s)
            return s;
    if (Status s = w.addRow({ReportFile::tr("Made by Guanxi on %1").arg(report.generated.toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm")))});
        !s)
        return s;
    return w.close();
}

Status writeJson(const Report &report, const QString &path)
{
    if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
        return guarded;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ReportFile::tr("Cannot write “%1”: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}, {}};
    file.write(QJsonDocument(ReportFile::toJson(report)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{ReportFile::tr("Could not finish writing “%1”: %2. Any earlier file of that name is unchanged.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}, {}};
    return {};
}

} // namespace

QString ReportFile::plainText(const QVariant &v, ReportKind kind)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (kind) {
    case ReportKind::Text: return v.toString();
    case ReportKind::Integer: return QString::number(v.toLongLong());
    case ReportKind::Money: return Money::plain(v.toLongLong());
    case ReportKind::Percent: return QString::number(v.toDouble() * 100.0, 'f', 1) + u'%';
    case ReportKind::Decimal: return QString::number(v.toDouble(), 'f', 2);
    case ReportKind::Date: return v.toDate().toString(Qt::ISODate);
    case ReportKind::Month: return v.toDate().toString(QStringLiteral("yyyy-MM"));
    }
    return v.toString();
}

QJsonObject ReportFile::toJson(const Report &report)
{
    QJsonObject tables;
    for (const ReportTable &t : report.tables) {
        QJsonArray rows;
        for (const QVariantList &row : t.rows) {
            QJsonObject o;
            for (int i = 0; i < t.columns.size(); ++i)
                o.insert(t.columns.at(i).key, jsonValue(row.value(i), t.columns.at(i).kind));
            rows.append(o);
        }
        tables.insert(t.name, rows);
    }
    return QJsonObject{{QStringLiteral("report"), report.name},
                       {QStringLiteral("title"), report.title},
                       {QStringLiteral("filters"), QJsonArray::fromStringList(report.filters)},
                       {QStringLiteral("generated"), report.generated.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("tables"), tables}};
}

std::optional<ReportFormat> ReportFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return ReportFormat::Csv;
    if (suffix == u"xlsx")
        return ReportFormat::Xlsx;
    if (suffix == u"json")
        return ReportFormat::Json;
    return std::nullopt;
}

Status ReportFile::write(const Report &report, const QString &path, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv: return writeCsv(report, path);
    case ReportFormat::Xlsx: return writeXlsx(report, path);
    case ReportFormat::Json: return writeJson(report, path);
    }
    return {};
}

Status ReportFile::mayExport(const Session &session)
{
    return session.require(Permission::Export);
}

namespace {
QString formatCode(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv: return QStringLiteral("csv");
    case ReportFormat::Xlsx: return QStringLiteral("xlsx");
    case ReportFormat::Json: return QStringLiteral("json");
    }
    return {};
}
} // namespace

qint64 ReportFile::rowCount(const Report &report, const QString &format)
{
    if (format == u"csv")
        return report.tables.isEmpty() ? 0 : report.tables.first().rows.size();
    qint64 rows = 0;
    for (const ReportTable &t : report.tables)
        rows += t.rows.size();
    return rows;
}

Status ReportFile::recordExport(Session &session, const Report &report, const QString &path, const QString &format)
{
    const QJsonObject filter{{QStringLiteral("report"), report.name},
                             {QStringLiteral("format"), format},
                             {QStringLiteral("filters"), QJsonArray::fromStringList(report.filters)}};
    Status recorded = AuditStore(session).recordExport(path, report.name, filter, rowCount(report, format));
    if (recorded)
        return recorded;
    // An export nobody can trace is not left behind.
    QFile::remove(path);
    return Error{tr("“%1” was not kept: the export could not be recorded in the audit trail (%2). Try again; if it "
                    "keeps failing, ask an administrator to check the file.")
                     .arg(QDir::toNativeSeparators(path), recorded.error().message),
                 {}, {}, recorded.error().kind};
}

Status ReportFile::exportAs(Session &session, const Report &report, const QString &path, ReportFormat format)
{
    if (Status allowed = mayExport(session); !allowed)
        return allowed;
    if (Status written = write(report, path, format); !written)
        return written;
    return recordExport(session, report, path, formatCode(format));
}

} // namespace guanxi
