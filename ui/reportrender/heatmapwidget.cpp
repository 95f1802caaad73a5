#include "reportrender/heatmapwidget.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace guanxi::ui {

HeatMapWidget::HeatMapWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatMapWidget::setData(const QString &title, const QStringList &rows, const QStringList &columns,
                            const QList<QList<double>> &values, const QStringList &cellTexts)
{
    m_title = title;
    m_rows = rows;
    m_columns = columns;
    m_values = values;
    m_texts = cellTexts;
    update();
}

QSize HeatMapWidget::sizeHint() const
{
    return {480, 320};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {240, 160};
}

int HeatMapWidget::rowLabelWidth(const QFont &font) const
{
    const QFontMetrics fm(font);
    int width = 0;
    for (const QString &r : m_rows)
        width = std::max(width, fm.horizontalAdvance(r));
    return width + 12;
}

double HeatMapWidget::columnWidth(const QFont &font) const
{
    return m_columns.isEmpty() ? 0 : double(width() - rowLabelWidth(font) - 8) / m_columns.size();
}

QFont HeatMapWidget::cellFont() const
{
    // Cells and the words of column titles shrink to fit narrow columns
    // (down to 7 px); titles wrap onto a second line before they shrink.
    QFont out = font();
    const QFontMetricsF fm(out);
    const double room = columnWidth(out) - 4;   // the row labels only narrow as the font shrinks
    double widest = 0;
    for (const QString &t : m_texts)
        widest = std::max(widest, fm.horizontalAdvance(t));
    for (const QString &c : m_columns)
        for (const QString &word : c.split(u' '))
            widest = std::max(widest, fm.horizontalAdvance(word));
    if (widest > room && room > 0)
        out.setPixelSize(std::max(7, int(QFontInfo(out).pixelSize() * room / widest)));
    return out;
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    QFont titleFont = font();
    titleFont.setBold(true);
    const int titleHeight = m_title.isEmpty() ? 0 : QFontMetrics(titleFont).height() + 8;
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRect(0, 4, width(), titleHeight), Qt::AlignHCenter | Qt::AlignTop, m_title);
    if (m_rows.isEmpty() || m_columns.isEmpty())
        return;
    const QFont cellFont = this->cellFont();
    p.setFont(cellFont);
    const QFontMetrics fm(cellFont);
    const int labelWidth = rowLabelWidth(cellFont);
    const double cw = columnWidth(cellFont);
    bool twoLines = false;
    for (const QString &c : m_columns)
        twoLines = twoLines || fm.horizontalAdvance(c) > cw - 4;
    const int headerHeight = fm.height() * (twoLines ? 2 : 1) + 6;
    const QRectF grid(labelWidth, titleHeight + headerHeight, width() - labelWidth - 8,
                      height() - titleHeight - headerHeight - 8);
    const double ch = grid.height() / m_rows.size();
    double top = 0;
    for (const QList<double> &row : m_values)
        for (double v : row)
            top = std::max(top, v);
    for (int c = 0; c < m_columns.size(); ++c)
        p.drawText(QRectF(grid.left() + c * cw, titleHeight, cw, headerHeight), Qt::AlignCenter | Qt::TextWordWrap,
                   m_columns.at(c));
    for (int r = 0; r < m_rows.size(); ++r) {
        p.setPen(Qt::black);
        p.drawText(QRectF(0, grid.top() + r * ch, labelWidth - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                   m_rows.at(r));
        for (int c = 0; c < m_columns.size(); ++c) {
            const double v = m_values.value(r).value(c);
            const double share = top > 0 ? v / top : 0;
            // From near-white to a deep blue; text turns white on dark cells.
            const QColor fill = QColor::fromRgbF(float(1.0 - 0.85 * share), float(1.0 - 0.6 * share), 1.0f);
            const QRectF cell(grid.left() + c * cw + 1, grid.top() + r * ch + 1, cw - 2, ch - 2);
            p.fillRect(cell, fill);
            p.setPen(share > 0.55 ? Qt::white : Qt::black);
            p.drawText(cell, Qt::AlignCenter, m_texts.value(r * m_columns.size() + c));
        }
    }
}

} // namespace guanxi::ui
