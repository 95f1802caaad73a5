#pragma once

// Types text into a widget the way a person does: Latin letters as key
// presses, Chinese as an input method's committed string (as a pinyin IME
// delivers it).
#include "findwidget.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
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

// Replaces the text of the line edit `name` inside `parent` by typing.
inline void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

} // namespace guanxi::test
