// Report charts as drawn: the axis labels, legends and bar values a manager
// reads, checked on the real Qt Charts objects at the sizes of the Reports
// page and of the PDF.
#include "reportrender/formatting.h"
#include "reportrender/heatmapwidget.h"
#include "reportrender/reportchart.h"

#include "analytics/report.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QTextDocument>
#include <QLegend>
#include <QLegendMarker>
#include <QBarSet>
#include <QPieSeries>
#include <QRegularExpression>
#include <QValueAxis>

#include <catch2/catch.hpp>

#include <memory>

using namespace guanxi;
using namespace guanxi::ui;

namespace {

// The chart laid out at a size, as on the page (480 wide) or on paper (680).
std::unique_ptr<QChartView> shown(const Report &report, int chart, QSize size)
{
    std::unique_ptr<QWidget> w(createChartWidget(report, report.charts.at(chart)));
    auto *view = qobject_cast<QChartView *>(w.get());
    REQUIRE(view);
    w.release();
    prepareChartWidget(view, size);
    return std::unique_ptr<QChartView>(view);
}

// The texts the chart shows now: axis labels, legend entries, bar values,
// and the lines of any label beside the chart.
QStringList visibleTexts(QWidget *chart)
{
    QStringList out;
    QList<QChartView *> views = chart->findChildren<QChartView *>();
    if (auto *self = qobject_cast<QChartView *>(chart))
        views << self;
    for (QChartView *view : views)
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                out << text->toPlainText();
    for (QLabel *label : chart->findChildren<QLabel *>())
        if (label->isVisible()) {
            QTextDocument doc;
            doc.setHtml(label->text());
            out << doc.toPlainText().split(u'\n');
        }
    return out;
}

// Tick labels of a value axis however it is drawn: a QValueAxis formats its
// ticks with its label format, a QCategoryAxis has them as categories.
QStringList tickLabels(QAbstractAxis *axis)
{
    if (auto *c = qobject_cast<QCategoryAxis *>(axis))
        return c->categoriesLabels();
    QStringList out;
    if (auto *v = qobject_cast<QValueAxis *>(axis)) {
        const int n = v->tickCount();
        for (int i = 0; i < n; ++i) {
            const double value = v->min() + (v->max() - v->min()) * i / (n - 1);
            out << QString::asprintf(v->labelFormat().toLatin1().constData(), value);
        }
    }
    return out;
}

Report oneTable(const QList<ReportColumn> &columns, const QList<QVariantList> &rows, ReportChartKind kind,
                QList<int> values = {1})
{
    Report r;
    r.name = QStringLiteral("t");
    r.title = QStringLiteral("T");
    r.tables << ReportTable{QStringLiteral("t"), QStringLiteral("T"), columns, rows};
    r.charts << ReportChart{QStringLiteral("c"), QStringLiteral("Chart"), kind, QStringLiteral("t"), 0, values};
    return r;
}

Report months(int count, ReportChartKind kind)
{
    QList<QVariantList> rows;
    for (int i = 0; i < count; ++i)
        rows << QVariantList{QDate(2024, 1, 1).addMonths(i), qint64(100000000 + i * 5000000), qint64(20 + i)};
    return oneTable({{QStringLiteral("month"), QStringLiteral("Month"), ReportKind::Month},
                     {QStringLiteral("revenue"), QStringLiteral("Revenue"), ReportKind::Money},
                     {QStringLiteral("customers"), QStringLiteral("Customers"), ReportKind::Integer}},
                    rows, kind, kind == ReportChartKind::Line ? QList<int>{1} : QList<int>{1, 2});
}

bool elided(const QString &text)
{
    return text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026));
}

} // namespace

TEST_CASE("Report charts: monthly axes show months, never an ellipsis", "[gui][reports][charts]")
{
    for (int count : {6, 12, 24, 36}) {
        for (QSize size : {QSize(480, 300), QSize(680, 340)}) {
            INFO(count << " months at " << size.width() << " wide");
            auto view = shown(months(count, ReportChartKind::Line), 0, size);
            const QStringList texts = visibleTexts(view.get());
            for (const QString &t : texts)
                CHECK_FALSE(elided(t));
            const QRegularExpression month(QStringLiteral("^20\\d\\d-\\d\\d$"));
            const auto shownMonths = std::count_if(texts.cbegin(), texts.cend(),
                                                   [&](const QString &t) { return month.match(t).hasMatch(); });
            CHECK(shownMonths >= std::min(count, 3));
            // The latest month is always named.
            CHECK(texts.contains(QDate(2024, 1, 1).addMonths(count - 1).toString(QStringLiteral("yyyy-MM"))));
        }
    }
}

TEST_CASE("Report charts: value axes read in the column's units, every tick different", "[gui][reports][charts]")
{
    SECTION("days in stage a few seconds long")
    {
        const Report r = oneTable({{QStringLiteral("stage"), QStringLiteral("Stage"), ReportKind::Text},
                                   {QStringLiteral("days"), QStringLiteral("Days"), ReportKind::Decimal}},
                                  {{QStringLiteral("A"), 0.00002}, {QStringLiteral("B"), 0.00005}},
                                  ReportChartKind::Bar);
        auto view = shown(r, 0, QSize(480, 300));
        const QStringList ticks = tickLabels(view->chart()->axes(Qt::Vertical).first());
        REQUIRE(ticks.size() >= 3);
        CHECK(QSet<QString>(ticks.cbegin(), ticks.cend()).size() == ticks.size());
    }
    SECTION("money in yuan, without a decimal tail")
    {
        auto view = shown(months(12, ReportChartKind::Line), 0, QSize(480, 300));
        const QStringList ticks = tickLabels(view->chart()->axes(Qt::Vertical).first());
        REQUIRE(ticks.size() >= 3);
        for (const QString &t : ticks) {
            INFO(t.toStdString());
            CHECK(t.startsWith(QStringLiteral("¥")));
            CHECK_FALSE(t.endsWith(QStringLiteral(".0")));
        }
        CHECK(QSet<QString>(ticks.cbegin(), ticks.cend()).size() == ticks.size());
    }
    SECTION("a scatter of recency against money")
    {
        QList<QVariantList> rows;
        for (int i = 0; i < 50; ++i)
            rows << QVariantList{QStringLiteral("c%1").arg(i), qint64(i * 16), qint64(i * 1600000)};
        const Report r = oneTable({{QStringLiteral("name"), QStringLiteral("Name"), ReportKind::Text},
                                   {QStringLiteral("days"), QStringLiteral("Days"), ReportKind::Integer},
                                   {QStringLiteral("money"), QStringLiteral("Money"), ReportKind::Money}},
                                  rows, ReportChartKind::Scatter, {1, 2});
        auto view = shown(r, 0, QSize(480, 300));
        for (const QString &t : tickLabels(view->chart()->axes(Qt::Horizontal).first())) {
            INFO(t.toStdString());
            CHECK_FALSE(t.contains(QLatin1Char('.')));
        }
        for (const QString &t : tickLabels(view->chart()->axes(Qt::Vertical).first())) {
            INFO(t.toStdString());
            CHECK(t.startsWith(QStringLiteral("¥")));
            CHECK_FALSE(t.endsWith(QStringLiteral(".0")));
        }
    }
}

TEST_CASE("Report charts: pie slices are named in full", "[gui][reports][charts]")
{
    QList<QVariantList> rows;
    const QStringList names{QStringLiteral("General win-back customers"), QStringLiteral("重要价值客户"),
                            QStringLiteral("Important development customers"), QStringLiteral("一般保持客户"),
                            QStringLiteral("Important retention customers")};
    for (int i = 0; i < names.size(); ++i)
        rows << QVariantList{names.at(i), qint64(10 + 20 * i)};
    const Report r = oneTable({{QStringLiteral("segment"), QStringLiteral("Segment"), ReportKind::Text},
                               {QStringLiteral("customers"), QStringLiteral("Customers"), ReportKind::Integer}},
                              rows, ReportChartKind::Pie);
    for (QSize size : {QSize(480, 300), QSize(680, 340)}) {
        std::unique_ptr<QWidget> chart(createChartWidget(r, r.charts.first()));
        prepareChartWidget(chart.get(), size);
        const QStringList texts = visibleTexts(chart.get());
        for (const QString &name : names) {
            INFO(name.toStdString() << " at " << size.width());
            // The name with its share, whole: "重要价值客户 23.5%".
            CHECK(std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) {
                return t.startsWith(name) && t.endsWith(QLatin1Char('%'));
            }));
        }
        for (const QString &t : texts)
            CHECK_FALSE(elided(t));
        auto *view = chart->findChild<QChartView *>();
        REQUIRE(view);
        auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().first());
        REQUIRE(pie);
        for (QPieSlice *slice : pie->slices())   // slice labels are painted and clipped at the edge
            CHECK_FALSE(slice->isLabelVisible());
    }
}

TEST_CASE("Report charts: every bar carries its value on paper too", "[gui][reports][charts]")
{
    QList<QVariantList> rows;
    for (int i = 0; i < 8; ++i)
        rows << QVariantList{QStringLiteral("Segment %1").arg(i), qint64(3 + i * 11)};
    const Report r = oneTable({{QStringLiteral("segment"), QStringLiteral("Segment"), ReportKind::Text},
                               {QStringLiteral("customers"), QStringLiteral("Customers"), ReportKind::Integer}},
                              rows, ReportChartKind::HorizontalBar);
    for (QSize size : {QSize(480, 300), QSize(680, 340)}) {
        INFO(size.width());
        auto view = shown(r, 0, size);
        const QStringList texts = visibleTexts(view.get());
        for (const QVariantList &row : rows)
            CHECK(texts.contains(QString::number(row.at(1).toLongLong())));
        // Each number sits on the row of its bar, inside the plot, in a colour that shows on white.
        const QRectF plot = view->chart()->plotArea();
        const QAbstractBarSeries *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
        REQUIRE(series);
        CHECK(series->barSets().first()->labelColor().lightnessF() < 0.5);
        const double band = plot.height() / rows.size();
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            bool number = false;
            const qint64 value = text->toPlainText().toLongLong(&number);
            const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                          [&](const QVariantList &r) { return r.at(1).toLongLong() == value; });
            if (!number || row == rows.cend() || text->sceneBoundingRect().top() > plot.bottom())
                continue;   // an axis tick
            const QPointF centre = text->sceneBoundingRect().center();
            INFO(value);
            CHECK(plot.contains(centre));
            const int shownRow = int(row - rows.cbegin());   // the first row on top
            CHECK(std::abs(centre.y() - (plot.top() + band * (shownRow + 0.5))) < band / 2);
        }
    }
}

TEST_CASE("Report charts: names under vertical bars are whole", "[gui][reports][charts]")
{
    QList<QVariantList> rows;
    const QStringList names{QStringLiteral("0–100"),   QStringLiteral("100–1k"),  QStringLiteral("1k–10k"),
                            QStringLiteral("10k–100k"), QStringLiteral("100k–1M"), QStringLiteral("1M–10M"),
                            QStringLiteral("≥ 10M")};
    for (int i = 0; i < names.size(); ++i)
        rows << QVariantList{names.at(i), qint64(5 + 20 * i)};
    const Report r = oneTable({{QStringLiteral("bucket"), QStringLiteral("Monetary"), ReportKind::Text},
                               {QStringLiteral("customers"), QStringLiteral("Customers"), ReportKind::Integer}},
                              rows, ReportChartKind::Bar);
    for (QSize size : {QSize(330, 240), QSize(480, 300), QSize(680, 340)}) {
        INFO(size.width());
        auto view = shown(r, 0, size);
        const QStringList texts = visibleTexts(view.get());
        for (const QString &t : texts)
            CHECK_FALSE(elided(t));
        for (const QString &name : names)
            CHECK(texts.contains(name));
    }
}

TEST_CASE("Report charts: big bar values are grouped as the locale writes them", "[gui][reports][charts]")
{
    const QLocale before;
    for (QLocale locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Chinese, QLocale::China)}) {
        QLocale::setDefault(locale);
        const Report r = oneTable({{QStringLiteral("cluster"), QStringLiteral("Cluster"), ReportKind::Text},
                                   {QStringLiteral("customers"), QStringLiteral("Customers"), ReportKind::Integer}},
                                  {{QStringLiteral("High value, active"), qint64(530814)},
                                   {QStringLiteral("Low value, lapsing"), qint64(364205)}},
                                  ReportChartKind::HorizontalBar);
        auto view = shown(r, 0, QSize(480, 300));
        const QStringList texts = visibleTexts(view.get());
        CHECK(texts.contains(QStringLiteral("530,814")));
        CHECK(texts.contains(QStringLiteral("364,205")));
    }
    QLocale::setDefault(before);
}

TEST_CASE("Report charts: a wide heat map's cells fit their columns", "[gui][reports][charts]")
{
    // Thirteen months after the first purchase, as the cohort report draws them.
    QList<ReportColumn> columns{{QStringLiteral("cohort"), QStringLiteral("Cohort"), ReportKind::Month}};
    QList<int> values;
    for (int m = 0; m <= 12; ++m) {
        columns << ReportColumn{QStringLiteral("m%1").arg(m), QStringLiteral("Month %1").arg(m), ReportKind::Percent};
        values << m + 1;
    }
    QList<QVariantList> rows;
    for (int r = 0; r < 12; ++r) {
        QVariantList row{QDate(2026, 1, 1).addMonths(r)};
        for (int m = 0; m <= 12; ++m)
            row << (m == 0 ? 1.0 : 0.125 * (m % 3));
        rows << row;
    }
    const Report report = oneTable(columns, rows, ReportChartKind::HeatMap, values);
    for (QSize size : {QSize(480, 300), QSize(680, 340), QSize(1000, 400)}) {
        INFO(size.width());
        std::unique_ptr<QWidget> w(createChartWidget(report, report.charts.first()));
        auto *map = qobject_cast<HeatMapWidget *>(w.get());
        REQUIRE(map);
        prepareChartWidget(map, size);
        const QFont font = map->cellFont();
        const QFontMetricsF fm(font);
        const double column = map->columnWidth(font);
        CHECK(fm.horizontalAdvance(QStringLiteral("100.0%")) <= column - 2);
        CHECK(fm.horizontalAdvance(QStringLiteral("Month")) <= column - 2);
        CHECK(QFontInfo(font).pixelSize() >= 7);
        if (size.width() >= 1000)   // room enough: the widget's own font
            CHECK(QFontInfo(font).pixelSize() == QFontInfo(map->font()).pixelSize());
    }
}

TEST_CASE("Money reads with its sign before the symbol and the locale's grouping", "[gui][reports]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(formatMoney(-123456789, QStringLiteral("CNY")) == QStringLiteral("-¥1,234,567.89"));
    CHECK(formatMoney(5, QStringLiteral("USD")) == QStringLiteral("$0.05"));
    CHECK(formatMoney(100000, QStringLiteral("HKD")) == QStringLiteral("HKD1,000.00"));
    QLocale::setDefault(before);
}
