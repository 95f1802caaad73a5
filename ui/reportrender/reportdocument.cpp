#include "reportrender/reportdocument.h"
#include "platform/db/databasefiles.h"

#include "reportrender/reportcells.h"
#include "reportrender/reportchart.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <memory>
#include <numeric>

namespace guanxi::ui {

namespace {

// Everything is laid out in 96-dpi units and scaled to the device.
constexpr double Dpi = 96.0;
constexpr QSize ChartSize(680, 340);
constexpr double CellPadding = 4;     // left and right of each cell's text
constexpr int KeepRows = 3;           // rows kept with a table's title and header

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

constexpr int CellFlags = Qt::TextWordWrap | Qt::AlignVCenter;

// Fills pages top to bottom.
class Layout {
public:
    explicit Layout(QSizeF page) : m_page(page) { m_pages.append(DocumentPage{}); }

    double width() const { return m_page.width(); }
    double room() const { return m_page.height() - m_y; }
    bool pageEmpty() const { return m_y == 0; }
    void newPage()
    {
        m_pages.append(DocumentPage{});
        m_y = 0;
    }
    // Places an item of `height` here, on a new page when it does not fit.
    DocumentItem &place(DocumentItem item, double height)
    {
        if (height > room() && !pageEmpty())
            newPage();
        item.rect = QRectF(0, m_y, width(), height);
        m_y += height;
        m_pages.last().items.append(item);
        return m_pages.last().items.last();
    }
    void skip(double height) { m_y = std::min(m_page.height(), m_y + height); }
    QList<DocumentPage> pages() const { return m_pages; }

private:
    QSizeF m_page;
    QList<DocumentPage> m_pages;
    double m_y = 0;
};

DocumentItem textItem(DocumentItem::Kind kind, const QString &text, int pixels, bool bold, QColor color)
{
    DocumentItem item;
    item.kind = kind;
    item.cells = {text};
    item.pixelSize = pixels;
    item.bold = bold;
    item.color = color;
    return item;
}

double textHeight(const QString &text, int pixels, bool bold, double width)
{
    return QFontMetricsF(pixelFont(pixels, bold)).boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

void addText(Layout &layout, DocumentItem::Kind kind, const QString &text, int pixels, bool bold = false,
             QColor color = Qt::black)
{
    layout.place(textItem(kind, text, pixels, bold, color), textHeight(text, pixels, bold, layout.width()) + 4);
}

// Column widths that fill the page: every column gets its widest cell where
// the page allows, and room to spare is shared alike; when the page is
// too narrow, text columns give up room first (their cells wrap), numbers
// stay whole, and only then does every column shrink alike.
QList<double> columnWidths(const QList<double> &natural, const QList<bool> &text, double page)
{
    QList<double> widths = natural;
    double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    double textTotal = 0;
    for (int c = 0; c < widths.size(); ++c)
        textTotal += text.at(c) ? widths.at(c) : 0;
    if (total <= page) {   // room to spare: every column grows alike
        for (double &w : widths)
            w *= page / total;
        return widths;
    }
    const double numbers = total - textTotal;
    if (textTotal > 0 && numbers < page) {
        const double keep = (page - numbers) / textTotal;
        for (int c = 0; c < widths.size(); ++c)
            if (text.at(c))
                widths[c] *= keep;
        return widths;
    }
    for (double &w : widths)
        w *= page / total;
    return widths;
}

// The width a column title needs when it may wrap: its longest word, or
// half of a Chinese title (it breaks between any two characters).
double headerWidth(const QFontMetricsF &fm, const QString &title)
{
    double widest = 0;
    for (const QString &word : title.split(u' ', Qt::SkipEmptyParts)) {
        const bool cjk = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
        widest = std::max(widest, cjk ? std::ceil(fm.horizontalAdvance(word) / 2) + fm.height() : fm.horizontalAdvance(word));
    }
    return widest;
}

double lineHeight(const QStringList &cells, const QList<double> &widths, const QFont &font)
{
    const QFontMetricsF fm(font);
    double height = fm.height();
    for (int c = 0; c < cells.size(); ++c)
        height = std::max(height, fm.boundingRect(QRectF(0, 0, widths.at(c) - 2 * CellPadding, 100000), CellFlags,
                                                  cells.at(c))
                                      .height());
    return height + 5;
}

void addTable(Layout &layout, const Report &report, const ReportTable &t)
{
    QList<int> visible;
    for (int c = 0; c < t.columns.size(); ++c)
        if (!t.columns.at(c).internal)
            visible << c;
    const QFont body = pixelFont(10), head = pixelFont(10, true);
    const QFontMetricsF fm(body), hm(head);
    const qsizetype shown = std::min<qsizetype>(t.rows.size(), ReportDocument::MaxRowsPerTable);
    QStringList header;
    QList<bool> text;
    QList<double> natural;
    for (int c : visible) {
        header << t.columns.at(c).title;
        text << (t.columns.at(c).kind == ReportKind::Text);
        natural << headerWidth(hm, t.columns.at(c).title) + 2 * CellPadding + 1;
    }
    QList<QStringList> cells;
    for (qsizetype r = 0; r < shown; ++r) {
        QStringList line;
        for (int i = 0; i < visible.size(); ++i) {
            const int c = visible.at(i);
            line << reportCellText(t.rows.at(r).value(c), t.columns.at(c).kind, report.currency);
            natural[i] = std::max(natural.at(i), fm.horizontalAdvance(line.last()) + 2 * CellPadding + 1);
        }
        cells << line;
    }
    const QList<double> widths = columnWidths(natural, text, layout.width());
    QList<bool> numeric;
    for (bool isText : text)
        numeric << !isText;
    QList<double> heights;
    for (const QStringList &line : cells)
        heights << lineHeight(line, widths, body);
    const double headerHeight = lineHeight(header, widths, head);

    DocumentItem title = textItem(DocumentItem::TableTitle, t.title, 14, true, Qt::black);
    title.table = t.name;
    const double titleHeight = textHeight(t.title, 14, true, layout.width()) + 4;
    DocumentItem headerItem;
    headerItem.kind = DocumentItem::TableHeader;
    headerItem.table = t.name;
    headerItem.cells = header;
    headerItem.widths = widths;
    headerItem.bold = true;
    headerItem.numeric = numeric;   // titles over numbers align with them

    // The title stays with the header and the first rows.
    double keep = titleHeight + headerHeight;
    for (qsizetype r = 0; r < std::min<qsizetype>(shown, KeepRows); ++r)
        keep += heights.at(r);
    if (keep > layout.room() && !layout.pageEmpty())
        layout.newPage();
    layout.place(title, titleHeight);
    layout.place(headerItem, headerHeight);
    for (qsizetype r = 0; r < shown; ++r) {
        double need = heights.at(r);
        // The last row never starts a page alone: the one before goes with it.
        if (r == shown - 2 && r >= KeepRows && heights.at(r) <= layout.room()
            && heights.at(r) + heights.at(r + 1) > layout.room())
            need = heights.at(r) + heights.at(r + 1);
        if (need > layout.room()) {
            layout.newPage();
            layout.place(headerItem, headerHeight);   // a continued table starts its page with its header
        }
        DocumentItem row;
        row.kind = DocumentItem::TableRow;
        row.table = t.name;
        row.row = int(r);
        row.cells = cells.at(r);
        row.widths = widths;
        row.numeric = numeric;
        layout.place(row, heights.at(r));
    }
    if (t.rows.size() > shown) {
        DocumentItem note = textItem(
            DocumentItem::TableNote,
            ReportDocument::tr("… and %1 more rows: export to XLSX or CSV for the whole table.")
                .arg(QLocale().toString(t.rows.size() - shown)),
            10, false, Qt::darkGray);
        note.table = t.name;
        layout.place(note, textHeight(note.cells.first(), 10, false, layout.width()) + 4);
    }
    layout.skip(14);
}

void paintChart(QPainter &p, const Report &report, const DocumentItem &item)
{
    std::unique_ptr<QWidget> widget(createChartWidget(report, report.charts.at(item.chart)));
    if (!widget)
        return;
    prepareChartWidget(widget.get(), ChartSize);
    // Drawn through an image at about 300 dpi: painted straight onto a PDF,
    // Qt Charts leaves all bar values but the last one invisible.
    constexpr int Oversample = 3;
    QImage image(ChartSize * Oversample, QImage::Format_RGB32);
    image.setDevicePixelRatio(Oversample);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    const double scale = std::min(1.0, item.rect.width() / ChartSize.width());
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(item.rect.topLeft(), QSizeF(ChartSize) * scale), image);
    p.restore();
}

void paintLine(QPainter &p, const DocumentItem &item)
{
    const bool header = item.kind == DocumentItem::TableHeader;
    if (header)
        p.fillRect(item.rect, QColor(235, 238, 243));
    p.setFont(pixelFont(10, header));
    p.setPen(Qt::black);
    double x = item.rect.left();
    for (int c = 0; c < item.cells.size(); ++c) {
        const double w = item.widths.value(c);
        const bool number = item.numeric.value(c);
        p.drawText(QRectF(x + CellPadding, item.rect.top(), w - 2 * CellPadding, item.rect.height()),
                   CellFlags | (number ? Qt::AlignRight : Qt::AlignLeft), item.cells.at(c));
        x += w;
    }
    p.setPen(QColor(220, 220, 220));
    p.drawLine(item.rect.bottomLeft(), item.rect.bottomRight());
}

void paintPage(QPainter &p, const Report &report, const DocumentPage &page, int number, QSizeF size)
{
    for (const DocumentItem &item : page.items) {
        switch (item.kind) {
        case DocumentItem::Chart: paintChart(p, report, item); break;
        case DocumentItem::TableHeader:
        case DocumentItem::TableRow: paintLine(p, item); break;
        default:
            p.setFont(pixelFont(item.pixelSize, item.bold));
            p.setPen(item.color);
            p.drawText(item.rect, Qt::TextWordWrap, item.cells.value(0));
        }
    }
    p.save();
    p.setFont(pixelFont(10));
    p.setPen(Qt::darkGray);
    const QRectF footer(0, size.height() + 6, size.width(), 16);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, report.title);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
    p.restore();
}

QSizeF pageSize(const QPageLayout &layout)
{
    const QRectF rect = layout.paintRect(QPageLayout::Millimeter);
    return QSizeF(rect.width() / 25.4 * Dpi, rect.height() / 25.4 * Dpi - ReportDocument::FooterHeight);
}

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

Error writeError(const QString &path, const QString &why)
{
    return Error{ReportDocument::tr("Cannot write “%1”: %2. Choose another folder or file name; any earlier file of "
                                    "that name is unchanged.")
                     .arg(QDir::toNativeSeparators(path), why),
                 {}, {}};
}

} // namespace

QSizeF ReportDocument::a4Page()
{
    return pageSize(a4Layout());
}

QList<DocumentPage> ReportDocument::layout(const Report &report, QSizeF page)
{
    Layout layout(page);
    addText(layout, DocumentItem::Text, report.title, 20, true);
    for (const QString &filter : report.filters)
        addText(layout, DocumentItem::Text, filter, 11, false, Qt::darkGray);
    addText(layout, DocumentItem::Text,
            tr("Made by Guanxi on %1").arg(QLocale().toString(report.generated, QLocale::ShortFormat)), 11, false,
            Qt::darkGray);
    layout.skip(10);
    for (int i = 0; i < report.charts.size(); ++i) {
        if (!report.table(report.charts.at(i).table))
            continue;
        DocumentItem chart;
        chart.kind = DocumentItem::Chart;
        chart.chart = i;
        const double scale = std::min(1.0, layout.width() / ChartSize.width());
        layout.place(chart, ChartSize.height() * scale + 12).rect.setHeight(ChartSize.height() * scale);
    }
    for (const ReportTable &table : report.tables)
        addTable(layout, report, table);
    return layout.pages();
}

void ReportDocument::paint(QPagedPaintDevice &device, const Report &report)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = device.logicalDpiX() / Dpi;
    painter.scale(scale, scale);
    const QSizeF size = pageSize(device.pageLayout());
    const QList<DocumentPage> pages = layout(report, size);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, report, pages.at(i), i + 1, size);
    }
}

QList<QImage> ReportDocument::pageImages(const Report &report, double dpi)
{
    const QPageLayout page = a4Layout();
    const QSizeF size = pageSize(page);
    const QRectF full = page.fullRect(QPageLayout::Millimeter);
    const QMarginsF margins = page.margins(QPageLayout::Millimeter);
    const double perMm = dpi / 25.4;
    QList<QImage> out;
    const QList<DocumentPage> pages = layout(report, size);
    for (int i = 0; i < pages.size(); ++i) {
        QImage image(QSize(int(full.width() * perMm), int(full.height() * perMm)), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(margins.left() * perMm, margins.top() * perMm);
        painter.scale(dpi / Dpi, dpi / Dpi);
        paintPage(painter, report, pages.at(i), i + 1, size);
        painter.end();
        out << image;
    }
    return out;
}

Status ReportDocument::writePdf(const Report &report, const QString &path)
{
    if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
        return guarded;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(report.title);
        pdf.setCreator(QStringLiteral("Guanxi"));
        pdf.setPageLayout(a4Layout());
        pdf.setResolution(300);
        paint(pdf, report);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status ReportDocument::writeChartImage(const Report &report, const ReportChart &chart, const QString &path)
{
    if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
        return guarded;
    std::unique_ptr<QWidget> widget(createChartWidget(report, chart));
    if (!widget)
        return writeError(path, tr("the chart has no data"));
    prepareChartWidget(widget.get(), ChartSize);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(ChartSize);
        svg.setViewBox(QRect(QPoint(), ChartSize));
        svg.setTitle(chart.title);
        QPainter painter(&svg);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    } else {
        QImage image(ChartSize * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        if (!image.save(&file, "PNG"))
            return writeError(path, tr("the image could not be encoded"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace guanxi::ui
