#pragma once

// Types text into a widget the way a person does: Latin letters as key
// presses, Chinese as an input method's committed string (as a pinyin IME
// delivers it).
#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>

namespace guanxi::test {

inline void typeText(QWidget *widget, const QString &text)
{
    QString ascii;
    auto flushAscii = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 128) {
            ascii += c;
            continue;
        }
        flushAscii();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flushAscii();
}

} // namespace guanxi::test
