#pragma once

// Clicks a link in a rich-text label the way a person does: moves the pointer
// over the label until the label says it hovers that link, then clicks there.
// A label whose links are not clickable never reports a hover, so this fails.
#include <QLabel>
#include <QTest>

namespace guanxi::test {

inline bool clickLink(QLabel *label, const QString &href)
{
    QString hovered;
    const auto c = QObject::connect(label, &QLabel::linkHovered, label, [&hovered](const QString &h) { hovered = h; });
    bool clicked = false;
    for (int y = 1; y < label->height() && !clicked; y += 3)
        for (int x = 1; x < label->width() && !clicked; x += 3) {
            QTest::mouseMove(label, QPoint(x, y));
            if (hovered == href) {
                QTest::mouseClick(label, Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
                clicked = true;
            }
        }
    QObject::disconnect(c);
    return clicked;
}

} // namespace guanxi::test
