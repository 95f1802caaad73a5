#include "sales/stagestyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace guanxi::ui {

QColor stageColor(Stage stage)
{
    switch (stage) {
    case Stage::Lead: return QColor(0x8e, 0x9a, 0xaf);      // grey-blue: not yet engaged
    case Stage::Prospect: return QColor(0x3b, 0x82, 0xf6);  // blue
    case Stage::Customer: return QColor(0x16, 0xa3, 0x4a);  // green
    case Stage::Loyal: return QColor(0xd9, 0x77, 0x06);     // amber/gold
    case Stage::Churned: return QColor(0x9c, 0x6b, 0x98);   // muted purple (red is for overdue)
    }
    return Qt::gray;
}

QColor overdueColor()
{
    return QColor(0xdc, 0x26, 0x26);
}

QIcon stageIcon(Stage stage)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(stage));
    if (it != cache.end())
        return *it;
    QPixmap pm(24, 24);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(stageColor(stage));
    p.drawEllipse(QRectF(6, 6, 12, 12));
    p.end();
    return *cache.insert(int(stage), QIcon(pm));
}

QString stageBadgeHtml(Stage stage)
{
    return QStringLiteral("<span style=\"background-color:%1;color:white;\">&nbsp;%2&nbsp;</span>")
        .arg(stageColor(stage).name(), Customers::stageLabel(stage).toHtmlEscaped());
}

} // namespace guanxi::ui
