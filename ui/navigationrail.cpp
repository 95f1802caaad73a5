#include "navigationrail.h"

#include "sales/stagestyle.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace guanxi::ui {

namespace {
constexpr int badgePadding = 6;
constexpr int badgeGap = 8;

QString badgeText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QLocale().toString(count);
}
} // namespace

QIcon navigationIcon(const QString &page)
{
    // The drawings are grey; on the selected row (the highlight colour) the
    // icon takes the highlighted text's colour, or it would all but vanish.
    // Rendered to pixmaps: an SVG icon engine ignores added Selected pixmaps
    // of other sizes.
    const QIcon drawing(QStringLiteral(":/icons/nav/%1.svg").arg(page));
    const QColor selected = QApplication::palette().color(QPalette::HighlightedText);
    QIcon icon;
    for (const int side : {16, 20, 24, 32, 40, 48}) {
        const QPixmap normal = drawing.pixmap(side, side);
        if (normal.isNull())
            continue;
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap tinted = normal;
        QPainter p(&tinted);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(tinted.rect(), selected);
        p.end();
        icon.addPixmap(tinted, QIcon::Selected);
    }
    return icon;
}

int NavigationDelegate::badgeWidth(const QFontMetrics &metrics, int count)
{
    if (count <= 0)
        return 0;
    return qMax(metrics.height(), metrics.horizontalAdvance(badgeText(count)) + 2 * badgePadding) + badgeGap;
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int count = index.data(NavRole::Badge).toInt();
    const int reserved = badgeWidth(option.fontMetrics, count);
    // One item drawn by the style over the whole row (selection included),
    // its label shortened, if ever needed, to leave room for the badge.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const int room = item.rect.width() - item.decorationSize.width() - 16 - reserved;
    item.text = item.fontMetrics.elidedText(item.text, Qt::ElideRight, qMax(room, 0));
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (count <= 0)
        return;

    const QString text = badgeText(count);
    const QFontMetrics &fm = option.fontMetrics;
    const int w = reserved - badgeGap;
    const int h = fm.height();
    const QRect badge(option.rect.right() - w - 2, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto tone = BadgeTone(index.data(NavRole::BadgeTone).toInt());
    painter->setPen(Qt::NoPen);
    painter->setBrush(tone == BadgeTone::Urgent    ? overdueColor()
                      : tone == BadgeTone::Waiting ? QColor(0x25, 0x63, 0xeb)
                                                   : QColor(0x80, 0x86, 0x8f));
    painter->drawRoundedRect(QRectF(badge), h / 2.0, h / 2.0);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += badgeWidth(option.fontMetrics, index.data(NavRole::Badge).toInt());
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace guanxi::ui
