#pragma once

#include "analytics/report.h"
#include "platform/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>

class QPagedPaintDevice;

namespace guanxi::ui {

// One thing placed on a page, in 96-dpi units from the top left of the
// printable area.
struct DocumentItem {
    enum Kind { Text, Chart, TableTitle, TableHeader, TableRow, TableNote };
    Kind kind = Text;
    QRectF rect;
    QStringList cells;        // the text (one) or a table line's cells, visible columns only
    QString table;            // table items: ReportTable::name
    int row = -1;             // TableRow: the row of the table
    int chart = -1;           // Chart: the index in Report::charts
    QList<double> widths;     // TableHeader, TableRow: column widths, summing to the page width
    QList<bool> numeric;      // TableRow: right-aligned cells
    int pixelSize = 10;
    bool bold = false;
    QColor color = Qt::black;
};

struct DocumentPage {
    QList<DocumentItem> items;
};

// A report on paper: the title, its filters and date, every chart, then the
// tables (long tables are cut at MaxRowsPerTable rows, with a line saying how
// many more are in the XLSX or CSV export). Tables span the page; a cell
// that is too long wraps, never cut; a table continued on a new page starts
// it with its header, and the header never repeats mid-page; a page never
// starts with a table's last row alone. Pages have numbered footers. Drawn
// with QPainter, so the same code prints, writes PDF and makes page images.
// Needs a QApplication (the charts are widgets).
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    static constexpr int MaxRowsPerTable = 300;
    static constexpr double FooterHeight = 24;

    // The printable area of A4 portrait with 15 mm margins, in 96-dpi units,
    // less the footer.
    static QSizeF a4Page();
    static QList<DocumentPage> layout(const Report &report, QSizeF page);

    static void paint(QPagedPaintDevice &device, const Report &report);
    // Every A4 page as an image at `dpi`, for a person to look at.
    static QList<QImage> pageImages(const Report &report, double dpi = 96);
    // Written beside the target and renamed over it: an earlier file survives
    // any failure.
    static Status writePdf(const Report &report, const QString &path);
    // One chart as .png (twice the screen size) or .svg, by the file's suffix.
    static Status writeChartImage(const Report &report, const ReportChart &chart, const QString &path);
};

} // namespace guanxi::ui
