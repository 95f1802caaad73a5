#include "widgets/fielderrors.h"

#include "widgets/messagebar.h"

#include <QLabel>
#include <QMetaObject>
#include <QPointer>

namespace guanxi::ui {

QLabel *FieldErrors::add(const QString &field, const QString &objectName)
{
    auto *label = new QLabel(m_dialog);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#c62828;"));
    label->hide();
    m_labels.insert(field, label);
    return label;
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels))
        label->hide();
}

bool FieldErrors::show(const QList<Error> &errors, MessageBar *bar)
{
    clear();
    QStringList unplaced;
    for (const Error &e : errors) {
        QLabel *label = m_labels.value(e.field);
        if (!label) {
            unplaced << e.message;
            continue;
        }
        label->setText(label->isVisible() ? label->text() + u'\n' + e.message : e.message);
        label->show();
    }
    if (!unplaced.isEmpty())
        bar->showMessage(unplaced.join(u'\n'), MessageBar::Kind::Error);
    if (errors.isEmpty())
        return true;
    // Grow to fit the messages once they are laid out, so none is cut off.
    QPointer<QWidget> dialog = m_dialog;
    QMetaObject::invokeMethod(
        m_dialog,
        [dialog] {
            if (dialog)
                dialog->resize(dialog->width(), qMax(dialog->height(), dialog->sizeHint().height()));
        },
        Qt::QueuedConnection);
    return unplaced.isEmpty();
}

} // namespace guanxi::ui
