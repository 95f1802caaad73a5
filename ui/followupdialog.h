#pragma once

#include "domain/interaction.h"

#include "fielderrors.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Log a follow-up (跟进) with a customer: channel, time, summary, feedback,
// outcome, and the next follow-up. Errors show under their field.
class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(Session &session, qint64 customerId, const QString &customerName, QWidget *parent = nullptr);
    void accept() override;
    qint64 interactionId() const { return m_id; }
    // Log it on a lead (or a deal) instead of the customer.
    void setLead(qint64 leadId) { m_leadId = leadId; }
    void setDeal(qint64 dealId) { m_dealId = dealId; }

private:
    QLabel *addError(const QString &field);
    Session &m_session;
    qint64 m_customerId;
    qint64 m_id = 0;
    qint64 m_leadId = 0;
    qint64 m_dealId = 0;
    MessageBar *m_messages;
    QComboBox *m_channel;
    QDateTimeEdit *m_when;
    QPlainTextEdit *m_summary;
    QLineEdit *m_feedback;
    QLineEdit *m_outcome;
    QDateEdit *m_next;
    QLineEdit *m_action;
    FieldErrors m_errors{this};
};

} // namespace guanxi::ui
