#pragma once

#include "platform/result.h"

#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace guanxi::ui {

class MessageBar;

// The red lines under a dialog's fields. Each label answers to one
// Error::field; an error for no field, or one without a label, goes to the
// dialog's message bar, so no message is lost.
class FieldErrors {
public:
    explicit FieldErrors(QWidget *dialog) : m_dialog(dialog) {}

    // A hidden label for the field, to be placed under its editor.
    QLabel *add(const QString &field, const QString &objectName);
    void clear();
    // Replaces what is shown with these errors; the dialog grows to fit them.
    // True when every error was placed under its field.
    bool show(const QList<Error> &errors, MessageBar *bar);

private:
    QWidget *m_dialog;
    QHash<QString, QLabel *> m_labels;
};

} // namespace guanxi::ui
