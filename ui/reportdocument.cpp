#include "reportdocument.h"
#include "db/databasefiles.h"

#include "reportcells.h"
#include "reportchart.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <memory>

namespace guanxi::ui {

namespace {

// Everything is laid out in 96-dpi units and scaled to the device.
constexpr double Dpi = 96.0;
constexpr QSize ChartSize(680, 340);

class Pager {
public:
    Pager(QPagedPaintDevice &device, QPainter &painter, const QString &title)
        : m_device(device), m_p(painter), m_title(title)
    {
        const double scale = device.logicalDpiX() / Dpi;
        m_p.scale(scale, scale);
        const QRect full = device.pageLayout().paintRectPixels(device.logicalDpiX());
        m_page = QRectF(0, 0, full.width() / scale, full.height() / scale - 24);   // the footer below
        footer();
    }

    // Room for `height` more on this page, else a new page. Returns the top.
    double take(double height)
    {
        if (m_y + height > m_page.bottom() && m_y > 0) {
            m_device.newPage();
            ++m_number;
            m_y = 0;
            footer();
        }
        const double top = m_y;
        m_y += height;
        return top;
    }
    double width() const { return m_page.width(); }
    QPainter &painter() { return m_p; }

private:
    void footer()
    {
        QFont f = m_p.font();
        f.setPixelSize(10);
        m_p.save();
        m_p.setFont(f);
        m_p.setPen(Qt::darkGray);
        m_p.drawText(QRectF(0, m_page.bottom() + 6, m_page.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        m_p.drawText(QRectF(0, m_page.bottom() + 6, m_page.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(m_number));
        m_p.restore();
    }

    QPagedPaintDevice &m_device;
    QPainter &m_p;
    QString m_title;
    QRectF m_page;
    double m_y = 0;
    int m_number = 1;
};

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

void paintText(Pager &pager, const QString &text, const QFont &font, const QColor &color = Qt::black)
{
    QPainter &p = pager.painter();
    p.setFont(font);
    const QRectF bounds = p.boundingRect(QRectF(0, 0, pager.width(), 10000), Qt::TextWordWrap, text);
    const double top = pager.take(bounds.height() + 4);
    p.setPen(color);
    p.drawText(QRectF(0, top, pager.width(), bounds.height()), Qt::TextWordWrap, text);
}

void paintChart(Pager &pager, const Report &report, const ReportChart &chart)
{
    std::unique_ptr<QWidget> widget(createChartWidget(report, chart));
    if (!widget)
        return;
    const double scale = std::min(1.0, pager.width() / ChartSize.width());
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(ChartSize);
    widget->show();   // lays the chart out
    const double top = pager.take(ChartSize.height() * scale + 12);
    QPainter &p = pager.painter();
    p.save();
    p.translate(0, top);
    p.scale(scale, scale);
    widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.restore();
}

void paintTable(Pager &pager, const Report &report, const ReportTable &t)
{
    QPainter &p = pager.painter();
    paintText(pager, t.title, pixelFont(14, true));
    const QFont body = pixelFont(10), head = pixelFont(10, true);
    const QFontMetricsF fm(body), hm(head);
    const qsizetype shown = std::min<qsizetype>(t.rows.size(), ReportDocument::MaxRowsPerTable);
    // Column widths from the header and the shown cells, shrunk to the page.
    QList<double> widths;
    QList<QStringList> cells;
    for (qsizetype r = 0; r < shown; ++r) {
        QStringList line;
        for (int c = 0; c < t.columns.size(); ++c)
            line << reportCellText(t.rows.at(r).value(c), t.columns.at(c).kind, report.currency);
        cells << line;
    }
    for (int c = 0; c < t.columns.size(); ++c) {
        double w = hm.horizontalAdvance(t.columns.at(c).title);
        for (const QStringList &line : cells)
            w = std::max(w, fm.horizontalAdvance(line.at(c)));
        widths << std::min(w + 10, 220.0);
    }
    double total = 0;
    for (double w : widths)
        total += w;
    // Too wide: text columns give up room first (numbers must stay whole),
    // then every column shrinks alike.
    if (total > pager.width()) {
        double text = 0;
        for (int c = 0; c < widths.size(); ++c)
            if (t.columns.at(c).kind == ReportKind::Text)
                text += widths.at(c);
        const double excess = total - pager.width();
        if (text > 0) {
            const double keep = std::max(0.4, (text - excess) / text);
            for (int c = 0; c < widths.size(); ++c)
                if (t.columns.at(c).kind == ReportKind::Text)
                    widths[c] *= keep;
        }
        total = 0;
        for (double w : widths)
            total += w;
        if (total > pager.width())
            for (double &w : widths)
                w *= pager.width() / total;
    }
    const double rowHeight = fm.height() + 5;
    const auto drawRow = [&](const QStringList &line, bool header) {
        const double top = pager.take(rowHeight);
        if (header)
            p.fillRect(QRectF(0, top, pager.width(), rowHeight), QColor(235, 238, 243));
        p.setFont(header ? head : body);
        p.setPen(Qt::black);
        double x = 0;
        for (int c = 0; c < line.size(); ++c) {
            const bool number = !header && t.columns.at(c).kind != ReportKind::Text;
            const QString text = (header ? hm : fm).elidedText(line.at(c), Qt::ElideRight, widths.at(c) - 8);
            p.drawText(QRectF(x + 4, top, widths.at(c) - 8, rowHeight),
                       Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft), text);
            x += widths.at(c);
        }
        p.setPen(QColor(220, 220, 220));
        p.drawLine(QPointF(0, top + rowHeight), QPointF(pager.width(), top + rowHeight));
    };
    QStringList header;
    for (const ReportColumn &c : t.columns)
        header << c.title;
    drawRow(header, true);
    for (qsizetype r = 0; r < shown; ++r) {
        if (r > 0 && r % 40 == 0)   // a header on long runs, so a page never starts without one for long
            drawRow(header, true);
        drawRow(cells.at(r), false);
    }
    if (t.rows.size() > shown)
        paintText(pager,
                  ReportDocument::tr("… and %1 more rows: export to XLSX or CSV for the whole table.")
                      .arg(QLocale().toString(t.rows.size() - shown)),
                  pixelFont(10), Qt::darkGray);
    pager.take(14);
}

Error writeError(const QString &path, const QString &why)
{
    return Error{ReportDocument::tr("Cannot write “%1”: %2. Choose another folder or file name; any earlier file of "
                                    "that name is unchanged.")
                     .arg(QDir::toNativeSeparators(path), why),
                 {}, {}};
}

} // namespace

void ReportDocument::paint(QPagedPaintDevice &device, const Report &report)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Pager pager(device, painter, report.title);
    paintText(pager, report.title, pixelFont(20, true));
    for (const QString &filter : report.filters)
        paintText(pager, filter, pixelFont(11), Qt::darkGray);
    paintText(pager, tr("Made by Guanxi on %1").arg(QLocale().toString(report.generated, QLocale::ShortFormat)),
              pixelFont(11), Qt::darkGray);
    pager.take(10);
    for (const ReportChart &chart : report.charts)
        paintChart(pager, report, chart);
    for (const ReportTable &table : report.tables)
        paintTable(pager, report, table);
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
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
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
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(ChartSize);
    widget->show();
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
