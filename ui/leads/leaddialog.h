#pragma once

#include "widgets/fielderrors.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Quick capture of a lead: who, how to reach them, where they came from.
class LeadDialog : public QDialog {
    Q_OBJECT
public:
    explicit LeadDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;
    qint64 leadId() const { return m_id; }

private:
    QLineEdit *line(const QString &objectName, const QString &placeholder = {});
    QLabel *error(const QString &field);

    Session &m_session;
    qint64 m_id = 0;
    MessageBar *m_messages;
    QHash<QString, QLineEdit *> m_edits;
    FieldErrors m_errors{this};
    QComboBox *m_source;
    QPlainTextEdit *m_notes;
    QCheckBox *m_pool;
};

} // namespace guanxi::ui
