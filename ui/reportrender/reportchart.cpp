#include "reportrender/reportchart.h"

#include "reportrender/heatmapwidget.h"
#include "reportrender/reportcells.h"

#include "reportrender/formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QCoreApplication>
#include <QLabel>
#include <QLineSeries>
#include <QFontMetricsF>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

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
    return axis;
}

// Ticks at round numbers (1, 2, 2.5 or 5 times a power of ten) covering
// lo..hi, about `target` of them, with as many decimals as the step needs, so
// no two ticks read the same.
struct Ticks {
    double lo = 0, hi = 1, step = 1;
    int decimals = 0;
};

Ticks niceTicks(double lo, double hi, int target = 5)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        lo = 0, hi = 1;
    if (!(hi > lo))
        hi = lo + (lo == 0 ? 1 : std::abs(lo));
    const double raw = (hi - lo) / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    Ticks t;
    t.step = step;
    t.lo = std::floor(lo / step + 1e-9) * step;
    t.hi = std::ceil(hi / step - 1e-9) * step;
    while (t.decimals < 12) {
        const double scaled = step * std::pow(10.0, t.decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled)
            break;
        ++t.decimals;
    }
    return t;
}

// The currency's sign as money cells show it: "¥" for CNY.
QString currencySign(const QString &currency)
{
    return formatMoney(0, currency).chopped(4);   // ¥0.00
}

// A tick label in the unit of its column, short enough for an axis:
// ¥150万 / ¥1.5M, 40%, 1,200, 0.25.
QString tickText(double v, const Ticks &t, ReportKind kind, const QString &currency)
{
    const QLocale locale;
    const auto number = [&](double value, double step) {
        int decimals = 0;
        while (decimals < 12) {
            const double scaled = step * std::pow(10.0, decimals);
            if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled)
                break;
            ++decimals;
        }
        return locale.toString(value, 'f', decimals);
    };
    switch (kind) {
    case ReportKind::Percent: return number(v, t.step) + locale.percent();
    case ReportKind::Money: {
        if (v == 0)
            return currencySign(currency) + locale.toString(0);
        const double top = std::max(std::abs(t.lo), std::abs(t.hi));
        struct Unit {
            double size;
            const char *suffix;
        };
        const bool chinese = locale.language() == QLocale::Chinese;
        const QList<Unit> units = chinese ? QList<Unit>{{1e8, "亿"}, {1e4, "万"}}
                                          : QList<Unit>{{1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
        for (const Unit &u : units)
            if (top >= u.size * (chinese ? 10 : 1) && t.step >= u.size / 100)
                return currencySign(currency) + number(v / u.size, t.step / u.size) + QString::fromUtf8(u.suffix);
        return currencySign(currency) + number(v, t.step);
    }
    default: return number(v, t.step);
    }
}

// A value axis whose ticks read in the column's unit. Qt's QValueAxis formats
// ticks with printf (800000.0, or 0.00 at every tick of a small range), so
// the ticks are categories placed on their values.
QCategoryAxis *valueAxis(double lo, double hi, ReportKind kind, const QString &currency)
{
    const Ticks t = niceTicks(lo, hi);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(t.lo - t.step / 1000);
    const int count = int(std::llround((t.hi - t.lo) / t.step));
    for (int i = 0; i <= count; ++i) {
        const double v = t.lo + i * t.step;
        axis->append(tickText(std::abs(v) < t.step / 1000 ? 0.0 : v, t, kind, currency), v);
    }
    axis->setRange(t.lo, t.hi);
    return axis;
}

// The kind that decides how a group of value columns reads: Percent or Money
// when all are, else a plain number.
ReportKind valueKind(const ReportTable &t, const QList<int> &columns)
{
    const ReportKind first = t.columns.value(columns.value(0)).kind;
    for (int c : columns)
        if (t.columns.value(c).kind != first)
            return ReportKind::Decimal;
    return first;
}

// Months (or any long run of categories) along the bottom of a line chart:
// the labels are thinned to what the width holds, the latest always named,
// instead of Qt eliding every one of them to "...".
// Category names under vertical bars: level while they fit their bar's
// width, else turned upright (Qt elides a level or slanted name to "..."
// once it is wider than its category).
class BarAxisView : public QChartView {
public:
    BarAxisView(QChart *chart, QBarCategoryAxis *axis, QWidget *parent) : QChartView(chart, parent), m_axis(axis) {}

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        const QFontMetricsF fm(m_axis->labelsFont());
        double widest = 0;
        for (const QString &l : m_axis->categories())
            widest = std::max(widest, fm.horizontalAdvance(l));
        const double plot = std::max(100.0, width() - 110.0);
        const double category = plot / std::max<qsizetype>(1, m_axis->count());
        m_axis->setLabelsAngle(widest + 8 <= category ? 0 : -90);
        QChartView::resizeEvent(event);
    }

private:
    QBarCategoryAxis *m_axis;
};

class RunAxisView : public QChartView {
public:
    RunAxisView(QChart *chart, QCategoryAxis *axis, const QStringList &labels, QWidget *parent)
        : QChartView(chart, parent), m_axis(axis), m_labels(labels)
    {
        relabel();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        relabel();
        QChartView::resizeEvent(event);
    }

private:
    void relabel()
    {
        const QFontMetricsF fm(m_axis->labelsFont());
        double widest = 0;
        for (const QString &l : m_labels)
            widest = std::max(widest, fm.horizontalAdvance(l));
        const double plot = std::max(100.0, width() - 110.0);   // less the value axis and margins
        const qsizetype n = m_labels.size();
        const qsizetype fit = std::max<qsizetype>(1, qsizetype(plot / (widest * 1.3 + 12)));
        qsizetype step = std::max<qsizetype>(1, (n + fit - 1) / fit);
        for (qsizetype nice : {1, 2, 3, 4, 6, 12, 24, 36, 60, 120})   // whole quarters and years for months
            if (nice >= step) {
                step = nice;
                break;
            }
        if (step == m_step)
            return;
        m_step = step;
        for (const QString &l : m_axis->categoriesLabels())
            m_axis->remove(l);
        QList<qsizetype> shown;
        for (qsizetype i = n - 1; i >= 0; i -= step)
            shown.prepend(i);
        m_axis->setStartValue(shown.first() - 0.5);
        for (qsizetype i : shown)
            m_axis->append(m_labels.at(i), double(i));
        m_axis->setRange(-0.5, double(n) - 0.5);
    }

    QCategoryAxis *m_axis;
    QStringList m_labels;
    qsizetype m_step = 0;
};

// The value axis for these columns over lo..hi: percent columns run 0-100.
QCategoryAxis *valueAxisFor(const Report &report, const ReportTable &t, const QList<int> &columns, double lo,
                            double hi)
{
    const ReportKind kind = valueKind(t, columns);
    if (kind == ReportKind::Percent)
        return valueAxis(0, 100, kind, report.currency);
    return valueAxis(std::min(0.0, lo), hi, kind, report.currency);
}

void addBars(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c, bool horizontal)
{
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList categories = labels(report, t, c.label);
    double lo = 0, hi = 0;
    for (int column : c.values) {
        auto *set = new QBarSet(t.columns.value(column).title);
        QList<qreal> values;
        for (const QVariantList &row : t.rows) {
            values << reportCellNumber(row.value(column), t.columns.value(column).kind);
            lo = std::min(lo, values.last());
            hi = std::max(hi, values.last());
        }
        if (horizontal)   // the first row on top
            std::reverse(values.begin(), values.end());
        set->append(values);
        set->setLabelColor(QColor(0x33, 0x33, 0x33));   // beside the bar, on white
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
    // Beside the end of the bar: inside a short bar the number does not fit and Qt hides it.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    QBarCategoryAxis *categoryAxis = ui::categoryAxis(categories);
    QCategoryAxis *valueAxis = valueAxisFor(report, t, c.values, lo, hi);
    if (series->isLabelsVisible()) {   // room beyond the longest bar for its number
        const Ticks ticks = niceTicks(0, hi * 1.15);
        valueAxis = ui::valueAxis(0, ticks.hi, ReportKind::Integer, report.currency);
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(c.values.size() > 1);
}

// A line per value column over the rows; the category labels (months) are
// set by RunAxisView as its width allows.
QCategoryAxis *addLines(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c)
{
    auto *runAxis = new QCategoryAxis;
    runAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    runAxis->setGridLineVisible(false);
    double lo = 0, hi = 0;
    QList<QLineSeries *> lines;
    for (int column : c.values) {
        auto *series = new QLineSeries;
        series->setName(t.columns.value(column).title);
        series->setPointsVisible(t.rows.size() <= 36);
        for (int i = 0; i < t.rows.size(); ++i) {
            const double y = reportCellNumber(t.rows.at(i).value(column), t.columns.value(column).kind);
            series->append(i, y);
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        lines << series;
    }
    QCategoryAxis *valueAxis = valueAxisFor(report, t, c.values, lo, hi);
    chart->addAxis(runAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QLineSeries *series : lines) {
        chart->addSeries(series);
        series->attachAxis(runAxis);
        series->attachAxis(valueAxis);
    }
    chart->legend()->setVisible(c.values.size() > 1);
    return runAxis;
}

// One slice per row. Labels drawn around a pie are clipped at the chart's
// edge and Qt's legend elides long names, so the slices are named in a
// wrapping list beside the pie (PieView).
QPieSeries *addPie(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c)
{
    auto *series = new QPieSeries;
    series->setPieSize(0.85);
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
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    return series;
}

class PieView : public QWidget {
public:
    PieView(QChart *chart, QPieSeries *series, QWidget *parent) : QWidget(parent)
    {
        auto *view = new QChartView(chart, this);
        view->setObjectName(QStringLiteral("pieChart"));
        view->setBackgroundBrush(Qt::white);
        view->setFrameShape(QFrame::NoFrame);
        view->setRenderHint(QPainter::Antialiasing);
        QString html = QStringLiteral("<table cellspacing=\"3\">");
        for (QPieSlice *slice : series->slices())
            html += QStringLiteral("<tr><td style=\"color:%1\">&#9632;</td><td>%2</td></tr>")
                        .arg(slice->brush().color().name(), slice->label().toHtmlEscaped());
        html += QStringLiteral("</table>");
        auto *legend = new QLabel(html, this);
        legend->setObjectName(QStringLiteral("pieLegend"));
        legend->setWordWrap(true);
        legend->setTextFormat(Qt::RichText);
        legend->setStyleSheet(QStringLiteral("background: white; color: #333;"));
        legend->setMinimumWidth(100);
        legend->setMaximumWidth(240);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 8, 0);
        layout->setSpacing(0);
        layout->addWidget(view, 3);
        layout->addWidget(legend, 2);
        setAutoFillBackground(true);
        setStyleSheet(QStringLiteral("PieView { background: white; }"));
        QPalette p = palette();
        p.setColor(QPalette::Window, Qt::white);
        setPalette(p);
    }
};

void addScatter(QChart *chart, const Report &report, const ReportTable &t, const ReportChart &c)
{
    const int xc = c.values.value(0), yc = c.values.value(1);
    QMap<QString, QScatterSeries *> byGroup;
    QStringList order;   // groups in the table's order, not alphabetical
    const qsizetype step = std::max<qsizetype>(1, (t.rows.size() + MaxScatterPoints - 1) / MaxScatterPoints);
    double xlo = 0, xhi = 0, ylo = 0, yhi = 0;
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
            order << group;
        }
        const double x = reportCellNumber(row.value(xc), t.columns.value(xc).kind);
        const double y = reportCellNumber(row.value(yc), t.columns.value(yc).kind);
        series->append(x, y);
        xlo = std::min(xlo, x), xhi = std::max(xhi, x), ylo = std::min(ylo, y), yhi = std::max(yhi, y);
    }
    QCategoryAxis *xAxis = valueAxis(xlo, xhi, t.columns.value(xc).kind, report.currency);
    QCategoryAxis *yAxis = valueAxis(ylo, yhi, t.columns.value(yc).kind, report.currency);
    xAxis->setTitleText(t.columns.value(xc).title);
    yAxis->setTitleText(t.columns.value(yc).title);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (const QString &group : order) {
        QScatterSeries *series = byGroup.value(group);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
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
    chart->setLocalizeNumbers(true);                   // bar values grouped as the locale writes them: 551,858
    chart->setBackgroundRoundness(0);
    QChartView *view = nullptr;
    switch (c.kind) {
    case ReportChartKind::Bar:
        addBars(chart, report, *table, c, false);
        view = new BarAxisView(chart, qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0)), parent);
        break;
    case ReportChartKind::HorizontalBar: addBars(chart, report, *table, c, true); break;
    case ReportChartKind::Line:
        view = new RunAxisView(chart, addLines(chart, report, *table, c), labels(report, *table, c.label), parent);
        break;
    case ReportChartKind::Pie: {
        auto *pie = new PieView(chart, addPie(chart, report, *table, c), parent);
        pie->setMinimumSize(320, 240);
        return pie;
    }
    case ReportChartKind::Scatter: addScatter(chart, report, *table, c); break;
    case ReportChartKind::HeatMap: break;
    }
    if (!view)
        view = new QChartView(chart, parent);
    view->setBackgroundBrush(Qt::white);
    view->setFrameShape(QFrame::NoFrame);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

void prepareChartWidget(QWidget *chart, QSize size)
{
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    chart->resize(size);
    chart->show();   // lays the chart out
    // Qt Charts places bar labels and axis texts in posted layout passes;
    // only posted events run, no input, so nothing re-enters an export.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents();
}

} // namespace guanxi::ui
