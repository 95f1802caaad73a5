// Report files: the same Report written as CSV, XLSX and JSON, read back.
#include "analytics/reportfile.h"
#include "formats/xlsxreader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace guanxi;

namespace {

Report sample()
{
    using K = ReportKind;
    Report r;
    r.name = QStringLiteral("trend");
    r.title = QStringLiteral("Monthly trend");
    r.filters = {QStringLiteral("Window: 2026-01-01 to 2026-02-28")};
    r.generated = QDateTime(QDate(2026, 3, 1), QTime(9, 30));
    ReportTable t{QStringLiteral("months"), QStringLiteral("Months"),
                  {{QStringLiteral("month"), QStringLiteral("Month"), K::Month},
                   {QStringLiteral("customer"), QStringLiteral("Customer"), K::Text},
                   {QStringLiteral("orders"), QStringLiteral("Orders"), K::Integer},
                   {QStringLiteral("revenue"), QStringLiteral("Revenue"), K::Money},
                   {QStringLiteral("repeat_rate"), QStringLiteral("Repeat rate"), K::Percent},
                   {QStringLiteral("mean"), QStringLiteral("Mean"), K::Decimal},
                   {QStringLiteral("day"), QStringLiteral("Day"), K::Date}},
                  {}};
    t.rows << QVariantList{QDate(2026, 1, 1), QStringLiteral("=HYPERLINK(\"x\")"), qint64(3), qint64(300000000001),
                           0.125, 127.60000000000001, QDate(2026, 1, 31)};
    t.rows << QVariantList{QDate(2026, 2, 1), QStringLiteral("张伟, 北京"), qint64(0), qint64(-5), 0.0, QVariant(),
                           QVariant()};
    ReportTable second{QStringLiteral("owners"), QStringLiteral("By owner"),
                       {{QStringLiteral("owner"), QStringLiteral("Owner"), K::Text}},
                       {{QStringLiteral("李娜")}}};
    r.tables = {t, second};
    return r;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Report CSV: the main table with a BOM, plain values and formulas neutralised", "[reportfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.csv"));
    REQUIRE(ReportFile::write(sample(), path, ReportFormat::Csv).ok());
    const QByteArray raw = bytes(path);
    CHECK(raw.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(raw.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == QStringLiteral("month,customer,orders,revenue,repeat_rate,mean,day"));
    CHECK(lines.at(1) == QStringLiteral("2026-01,\"'=HYPERLINK(\"\"x\"\")\",3,3000000000.01,12.5%,127.60,2026-01-31"));
    CHECK(lines.at(2) == QStringLiteral("2026-02,\"张伟, 北京\",0,-0.05,0.0%,,"));   // a refund stays a number
    CHECK(lines.size() == 4);   // the second table is not in the CSV; the last line ends with CRLF
}

TEST_CASE("Report XLSX: one typed sheet per table and an About sheet", "[reportfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.xlsx"));
    REQUIRE(ReportFile::write(sample(), path, ReportFormat::Xlsx).ok());
    auto reader = XlsxReader::open(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->sheetNames() == QStringList{QStringLiteral("Months"), QStringLiteral("By owner"),
                                                 QStringLiteral("About")});
    QList<XlsxRow> rows;
    REQUIRE((*reader)->readSheet(0, [&](const XlsxRow &row) { rows << row; return true; }).ok());
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).cells.at(3).toString() == QStringLiteral("Revenue"));
    CHECK(rows.at(1).cells.at(0).toDate() == QDate(2026, 1, 1));
    CHECK(rows.at(1).cells.at(2).toDouble() == 3.0);
    CHECK(rows.at(1).cells.at(3).toDouble() == Approx(3000000000.01));
    CHECK(rows.at(1).cells.at(4).toDouble() == Approx(0.125));
    CHECK(rows.at(1).cells.at(6).toDate() == QDate(2026, 1, 31));
    QList<XlsxRow> about;
    REQUIRE((*reader)->readSheet(2, [&](const XlsxRow &row) { about << row; return true; }).ok());
    REQUIRE(about.size() == 3);
    CHECK(about.at(0).cells.at(0).toString() == QStringLiteral("Monthly trend"));
    CHECK(about.at(1).cells.at(0).toString().contains(QStringLiteral("2026-01-01")));
}

TEST_CASE("Report XLSX: native charts over the tables' cells on a Charts sheet", "[reportfile]")
{
    Report r = sample();
    r.charts = {{QStringLiteral("orders"), QStringLiteral("Orders by month"), ReportChartKind::Bar,
                 QStringLiteral("months"), 0, {2}},
                {QStringLiteral("revenue"), QStringLiteral("Revenue"), ReportChartKind::Line, QStringLiteral("months"),
                 0, {3}},
                {QStringLiteral("heat"), QStringLiteral("Heat"), ReportChartKind::HeatMap, QStringLiteral("months"), 0,
                 {2, 3}},
                {QStringLiteral("missing"), QStringLiteral("No table"), ReportChartKind::Pie, QStringLiteral("nope"), 0,
                 {1}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.xlsx"));
    REQUIRE(ReportFile::write(r, path, ReportFormat::Xlsx).ok());
    auto reader = XlsxReader::open(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->sheetNames() == QStringList{QStringLiteral("Months"), QStringLiteral("By owner"),
                                                 QStringLiteral("Charts"), QStringLiteral("About")});
    const QByteArray zip = bytes(path);   // zip entry names are stored as they are
    CHECK(zip.contains("xl/charts/chart1.xml"));
    CHECK(zip.contains("xl/charts/chart2.xml"));
    CHECK_FALSE(zip.contains("xl/charts/chart3.xml"));   // the heat map shades cells; a missing table draws nothing
}

TEST_CASE("Report JSON: every table, typed values, exact money", "[reportfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.json"));
    REQUIRE(ReportFile::write(sample(), path, ReportFormat::Json).ok());
    const QJsonObject o = QJsonDocument::fromJson(bytes(path)).object();
    CHECK(o.value(QStringLiteral("report")).toString() == QStringLiteral("trend"));
    const QJsonArray months = o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("months")).toArray();
    REQUIRE(months.size() == 2);
    const QJsonObject first = months.at(0).toObject();
    CHECK(first.value(QStringLiteral("month")).toString() == QStringLiteral("2026-01"));
    CHECK(first.value(QStringLiteral("orders")).toInteger() == 3);
    CHECK(first.value(QStringLiteral("revenue")).toString() == QStringLiteral("3000000000.01"));
    CHECK(first.value(QStringLiteral("repeat_rate")).toDouble() == 0.125);
    CHECK(months.at(1).toObject().value(QStringLiteral("mean")).isNull());
    CHECK(o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("owners")).toArray().size() == 1);
}

TEST_CASE("Report files: a failed write leaves the earlier file as it was", "[reportfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/trend.csv"));
    const Status s = ReportFile::write(sample(), path, ReportFormat::Csv);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("trend.csv")));
    const QString existing = dir.filePath(QStringLiteral("keep.xlsx"));
    QFile f(existing);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("earlier");
    f.close();
    Report bad = sample();
    bad.tables.first().rows.last()[3] = QStringLiteral("twelve");   // no amount in fen: the writer stops there
    const Status x = ReportFile::write(bad, existing, ReportFormat::Xlsx);
    REQUIRE_FALSE(x.ok());
    CHECK(x.error().message.contains(QStringLiteral("row 3")));
    CHECK(bytes(existing) == "earlier");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("keep.xlsx")});   // no temp file left
    CHECK(ReportFile::formatOf(QStringLiteral("a/b.XLSX")) == ReportFormat::Xlsx);
    CHECK_FALSE(ReportFile::formatOf(QStringLiteral("b.txt")).has_value());
}
