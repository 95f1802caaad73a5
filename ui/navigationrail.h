#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace guanxi::ui {

// The navigation rail's items: an icon, the label, and a badge on the right
// where something waits (overdue follow-ups, unread assignments).
namespace NavRole {
enum : int {
    Badge = Qt::UserRole + 40, // int: the count to show; 0 shows none
    BadgeTone,                 // int: a BadgeTone value
};
}
enum class BadgeTone { Quiet, Waiting, Urgent }; // grey count, blue news, red overdue
namespace NavRole {
}

// The icon of a page of the rail, from the app's resources (:/icons/nav/).
QIcon navigationIcon(const QString &page);

class NavigationDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width a badge takes, gap included (0 for none).
    static int badgeWidth(const QFontMetrics &metrics, int count);
};

} // namespace guanxi::ui
