#pragma once

#include "analytics/report.h"
#include "util/result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace guanxi::ui {

// A report on paper: the title, its filters and date, every chart, then the
// tables (long tables are cut at MaxRowsPerTable rows, with a line saying how
// many more are in the XLSX or CSV export). Pages are A4 portrait with
// numbered footers. Drawn with QPainter, so the same code prints and writes
// PDF. Needs a QApplication (the charts are widgets).
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    static constexpr int MaxRowsPerTable = 300;

    static void paint(QPagedPaintDevice &device, const Report &report);
    // Written beside the target and renamed over it: an earlier file survives
    // any failure.
    static Status writePdf(const Report &report, const QString &path);
    // One chart as .png (twice the screen size) or .svg, by the file's suffix.
    static Status writeChartImage(const Report &report, const ReportChart &chart, const QString &path);
};

} // namespace guanxi::ui
