#pragma once

#include "analytics/report.h"

class QSize;
class QWidget;

namespace guanxi::ui {

// The widget that draws one of a report's charts from its table: a Qt Charts
// view (bars, lines, pie, scatter) or a HeatMapWidget. Null when the chart's
// table is missing. Scatter charts draw at most MaxScatterPoints points
// (every n-th row, so the picture keeps its shape).
constexpr int MaxScatterPoints = 5000;
QWidget *createChartWidget(const Report &report, const ReportChart &chart, QWidget *parent = nullptr);
// Lays a chart widget out at `size` off screen, ready to render on paper or
// into an image.
void prepareChartWidget(QWidget *chart, QSize size);

} // namespace guanxi::ui
