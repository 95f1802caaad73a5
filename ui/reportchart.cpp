#include "reportchart.h"

#include "heatmapwidget.h"
#include "reportcells.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QCoreApplication>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QPieSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace guanxi::ui {

namespace {

QStringList labels(const Report &report, const ReportTable &t, int column)
{
    QStringList out;
    const ReportKind kind = t.columns.value(column).kind;
    for (const QVariantList &row : t.rows)   // months short enough for an axis: 2026-03
        out << (kind == ReportKind::Month ? row.value(column).toDate().toString(QStringLiteral("yyyy-MM"))
                                          : reportCellText(row.value(column), kind, report.currency));
    return out;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    if (categories.size() > 6)
        axis->setLabelsAngle(-45);
    return axis;
}

// Percent columns run 0-100 on their axis, never past.
void percentRange(QValueAxis *axis, const ReportTable &t, const QList<int> &columns)
{
    for (int c : columns)
        if (t.columns.value(c).kind != ReportKind::Percent)
            return;
    axis->setRange(0, 100);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
}

void addBars(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c, bool horizontal)
{
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList categories = labels(report, t, c.label);
    for (int column : c.values) {
        auto *set = new QBarSet(t.columns.value(column).title);
        QList<qreal> values;
        for (const QVariantList &row : t.rows)
            values << reportCellNumber(row.value(column), t.columns.value(column).kind);
        if (horizontal)   // the first row on top
            std::reverse(values.begin(), values.end());
        set->append(values);
        series->append(set);
    }
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    // Counts on short charts get their number; money and long runs read off the axis.
    bool counts = true;
    for (int column : c.values)
        counts = counts && t.columns.value(column).kind == ReportKind::Integer;
    series->setLabelsVisible(counts && t.rows.size() <= 10 && c.values.size() == 1);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    QBarCategoryAxis *categoryAxis = horizontal ? new QBarCategoryAxis : ui::categoryAxis(categories);
    if (horizontal)
        categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (!(valueAxis->max() > valueAxis->min()))   // all zero: a flat 0-1 axis, not NaN
        valueAxis->setRange(0, 1);
    valueAxis->applyNiceNumbers();
    if (valueAxis->max() <= 10)
        valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    percentRange(valueAxis, t, c.values);
    chart->legend()->setVisible(c.values.size() > 1);
}

void addLines(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c)
{
    QBarCategoryAxis *categoryAxis = ui::categoryAxis(labels(report, t, c.label));
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    double top = 0;
    for (int column : c.values) {
        auto *series = new QLineSeries;
        series->setName(t.columns.value(column).title);
        series->setPointsVisible(t.rows.size() <= 36);
        for (int i = 0; i < t.rows.size(); ++i) {
            const double y = reportCellNumber(t.rows.at(i).value(column), t.columns.value(column).kind);
            series->append(i, y);
            top = std::max(top, y);
        }
        chart->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    valueAxis->setRange(0, top > 0 ? top * 1.05 : 1);
    valueAxis->applyNiceNumbers();
    if (valueAxis->max() <= 10)
        valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    percentRange(valueAxis, t, c.values);
    chart->legend()->setVisible(c.values.size() > 1);
}

void addPie(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c)
{
    auto *series = new QPieSeries;
    const int column = c.values.value(0);
    double total = 0;
    for (const QVariantList &row : t.rows)
        total += reportCellNumber(row.value(column), t.columns.value(column).kind);
    const QStringList names = labels(report, t, c.label);
    for (int i = 0; i < t.rows.size(); ++i) {
        const double v = reportCellNumber(t.rows.at(i).value(column), t.columns.value(column).kind);
        if (v <= 0)
            continue;
        QPieSlice *slice = series->append(names.at(i), v);
        slice->setLabel(QStringLiteral("%1 %2").arg(names.at(i), reportCellText(v / total, ReportKind::Percent, {})));
        slice->setLabelVisible(v / total >= 0.03);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(false);   // the slices carry their labels
}

void addScatter(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c)
{
    const int xc = c.values.value(0), yc = c.values.value(1);
    QMap<QString, QScatterSeries *> byGroup;
    const qsizetype step = std::max<qsizetype>(1, (t.rows.size() + MaxScatterPoints - 1) / MaxScatterPoints);
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    xAxis->setTitleText(t.columns.value(xc).title);
    yAxis->setTitleText(t.columns.value(yc).title);
    for (qsizetype i = 0; i < t.rows.size(); i += step) {
        const QVariantList &row = t.rows.at(i);
        const QString group = c.group >= 0 ? reportCellText(row.value(c.group), t.columns.value(c.group).kind,
                                                            report.currency)
                                           : QString();
        QScatterSeries *&series = byGroup[group];
        if (!series) {
            series = new QScatterSeries;
            series->setName(group);
            series->setMarkerSize(7);
            series->setBorderColor(Qt::transparent);
        }
        series->append(reportCellNumber(row.value(xc), t.columns.value(xc).kind),
                       reportCellNumber(row.value(yc), t.columns.value(yc).kind));
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QScatterSeries *series : byGroup) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QValueAxis *axis : {xAxis, yAxis}) {
        if (!(axis->max() > axis->min()))
            axis->setRange(0, std::max(1.0, axis->max()));
        axis->applyNiceNumbers();
    }
    chart->legend()->setVisible(byGroup.size() > 1);
}

QWidget *heatMap(const Report &report, const ReportTable &t, const ReportChart &c, QWidget *parent)
{
    auto *w = new HeatMapWidget(parent);
    QStringList columns, texts;
    QList<QList<double>> values;
    for (int column : c.values)
        columns << t.columns.value(column).title;
    for (const QVariantList &row : t.rows) {
        QList<double> line;
        for (int column : c.values) {
            const ReportKind kind = t.columns.value(column).kind;
            line << reportCellNumber(row.value(column), kind);
            texts << reportCellText(row.value(column), kind, report.currency);
        }
        values << line;
    }
    w->setData(c.title, labels(report, t, c.label), columns, values, texts);
    return w;
}

} // namespace

QWidget *createChartWidget(const Report &report, const ReportChart &c, QWidget *parent)
{
    const ReportTable *table = report.table(c.table);
    if (!table)
        return nullptr;
    if (table->rows.isEmpty()) {   // a titled blank, not an empty grid
        auto *empty = new QLabel(QStringLiteral("<b>%1</b><br><br>%2")
                                     .arg(c.title.toHtmlEscaped(), QCoreApplication::translate("ReportChart", "Nothing in this window.")),
                                 parent);
        empty->setAlignment(Qt::AlignCenter);
        empty->setAutoFillBackground(true);
        empty->setStyleSheet(QStringLiteral("background: white; color: #555;"));
        empty->setMinimumSize(320, 240);
        return empty;
    }
    if (c.kind == ReportChartKind::HeatMap)
        return heatMap(report, *table, c, parent);
    auto *chart = new QChart;
    chart->setTitle(c.title);
    chart->setAnimationOptions(QChart::NoAnimation);   // redraws stay instant
    switch (c.kind) {
    case ReportChartKind::Bar: addBars(chart, report, *table, c, false); break;
    case ReportChartKind::HorizontalBar: addBars(chart, report, *table, c, true); break;
    case ReportChartKind::Line: addLines(chart, report, *table, c); break;
    case ReportChartKind::Pie: addPie(chart, report, *table, c); break;
    case ReportChartKind::Scatter: addScatter(chart, report, *table, c); break;
    case ReportChartKind::HeatMap: break;
    }
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setBackgroundBrush(Qt::white);
    view->setFrameShape(QFrame::NoFrame);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

} // namespace guanxi::ui
