#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

namespace guanxi::ui {

// Every message box of the window goes through here, in the manner of
// KeePassXC's MessageBox: the same static calls as QMessageBox's, which take
// texts already translated by their caller, plus a seam for tests. A test
// queues the answers the next boxes give (setNextAnswer); such a box is not
// shown, returns its answer at once and is remembered (lastAsked), so no test
// has to look for a modal box on a timer.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);
    // A warning offering one action (the default button) beside Cancel; true
    // when the action was chosen. Through the seam, Yes chooses the action.
    static bool offer(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                      const QString &action);

    // The test seam. Answers are used first in, first out; with none queued
    // the boxes are shown as usual.
    static void setNextAnswer(Button answer);
    static void clearNextAnswers();
    static qsizetype pendingAnswers();
    struct Asked {
        QString title;
        QString text; // with the informative text, if any, on a line of its own
    };
    // What the last box answered through the seam would have said.
    static Asked lastAsked();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton);
    static bool takeAnswer(const QString &title, const QString &text, Button *answer);
};

} // namespace guanxi::ui
