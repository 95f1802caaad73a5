#include "messagebox.h"

#include <QPushButton>

namespace guanxi::ui {

namespace {
QList<MessageBox::Button> &nextAnswers()
{
    static QList<MessageBox::Button> answers;
    return answers;
}

MessageBox::Asked &asked()
{
    static MessageBox::Asked last;
    return last;
}
} // namespace

bool MessageBox::takeAnswer(const QString &title, const QString &text, Button *answer)
{
    if (nextAnswers().isEmpty())
        return false;
    *answer = nextAnswers().takeFirst();
    asked() = {title, text};
    return true;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    Button answer = QMessageBox::NoButton;
    if (takeAnswer(title, text, &answer))
        return answer;
    // As QMessageBox's static functions build it: the buttons in their enum
    // order, the default one given or else the first that accepts.
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    for (uint mask = QMessageBox::FirstButton; mask <= QMessageBox::LastButton; mask <<= 1) {
        const uint standard = buttons & mask;
        if (!standard)
            continue;
        QPushButton *button = box.addButton(Button(standard));
        if (box.defaultButton())
            continue;
        if ((defaultButton == QMessageBox::NoButton && box.buttonRole(button) == QMessageBox::AcceptRole)
            || (defaultButton != QMessageBox::NoButton && standard == uint(defaultButton)))
            box.setDefaultButton(button);
    }
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    Button answer = QMessageBox::NoButton;
    if (!takeAnswer(title, text, &answer))
        QMessageBox::about(parent, title, text);
}

bool MessageBox::offer(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                       const QString &action)
{
    Button answer = QMessageBox::NoButton;
    if (takeAnswer(title, text + QLatin1Char('\n') + informativeText, &answer))
        return answer == QMessageBox::Yes;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(informativeText);
    QPushButton *chosen = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(chosen);
    box.exec();
    return box.clickedButton() == chosen;
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswers().append(answer);
}

void MessageBox::clearNextAnswers()
{
    nextAnswers().clear();
}

qsizetype MessageBox::pendingAnswers()
{
    return nextAnswers().size();
}

MessageBox::Asked MessageBox::lastAsked()
{
    return asked();
}

} // namespace guanxi::ui
