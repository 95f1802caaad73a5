#pragma once

// Answering the window's dialogs from a test. A modal dialog blocks the test
// in exec(), so its answer is given from inside: answerDialog<T> runs the
// answer on the dialog of type T that an action opens, and fails when none
// opens. Message boxes need no such trick: ui::MessageBox's seam gives the
// answers MessageBoxAnswers queues, without showing a box.
#include "messagebox.h"

#include <QApplication>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <initializer_list>

namespace guanxi::test {

// Runs `open`, and `answer` on the modal dialog of type T that it opens (the
// answer closes it). Fails when `open` returns without such a dialog.
template <class T>
void answerDialog(const std::function<void()> &open, const std::function<void(T *)> &answer)
{
    bool opened = false;
    QTimer poll; // stops with this scope: an unanswered poll never reaches a later test
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop(); // before answering: the answer may wait for events itself
        opened = true;
        answer(dialog);
    });
    poll.start();
    open();
    poll.stop();
    INFO("the dialog " << T::staticMetaObject.className() << " did not open");
    REQUIRE(opened);
}

// The answers the next message boxes give, first in first out. Unused ones
// are dropped when this goes out of scope.
class MessageBoxAnswers {
public:
    MessageBoxAnswers(std::initializer_list<QMessageBox::StandardButton> answers)
    {
        ui::MessageBox::clearNextAnswers();
        for (auto answer : answers)
            ui::MessageBox::setNextAnswer(answer);
    }
    ~MessageBoxAnswers() { ui::MessageBox::clearNextAnswers(); }
    MessageBoxAnswers(const MessageBoxAnswers &) = delete;
    MessageBoxAnswers &operator=(const MessageBoxAnswers &) = delete;

    // Whether every queued answer was asked for.
    bool allGiven() const { return ui::MessageBox::pendingAnswers() == 0; }
    // The title and text of the last box answered.
    QString lastTitle() const { return ui::MessageBox::lastAsked().title; }
    QString lastText() const { return ui::MessageBox::lastAsked().text; }
};

} // namespace guanxi::test
