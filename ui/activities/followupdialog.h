#pragma once

#include "activities/interaction.h"

#include "widgets/fielderrors.h"
#include "activities/followupstore.h"

#include <QDialog>
#include <QUndoCommand>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

using FollowUpErrorHandler = std::function<void(const Error &)>;

// Logging a follow-up as an undoable edit: undo takes the interaction back and
// restores the record's last contact and next follow-up; redo logs it again.
// A failed first log marks the command obsolete (the stack drops it) and is
// left in `first`; later failures go to onError.
class LogFollowUpCommand : public QUndoCommand {
public:
    LogFollowUpCommand(Session &session, Interaction interaction, const QString &name, Result<qint64> *first,
                       FollowUpErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Session &m_session;
    Interaction m_interaction;
    LoggedFollowUp m_logged;
    Result<qint64> *m_first;
    FollowUpErrorHandler m_onError;
};

// Snoozing a customer's follow-up; undo puts back the day it had.
class SnoozeCommand : public QUndoCommand {
public:
    SnoozeCommand(Session &session, qint64 customerId, const QString &name, const QDate &until, Status *first,
                  FollowUpErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Session &m_session;
    qint64 m_customerId;
    QDate m_until;
    QDate m_before;
    Status *m_first;
    FollowUpErrorHandler m_onError;
};

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
    // Saves through this undo stack, so that Ctrl+Z takes it back; errors of
    // a later undo or redo go to onError. Without it, a dialog inside the main
    // window uses the window's stack.
    void setUndoStack(QUndoStack *undo, FollowUpErrorHandler onError)
    {
        m_undo = undo;
        m_onError = std::move(onError);
    }

private:
    QLabel *addError(const QString &field);
    Session &m_session;
    qint64 m_customerId;
    qint64 m_id = 0;
    qint64 m_leadId = 0;
    qint64 m_dealId = 0;
    QUndoStack *m_undo = nullptr;
    FollowUpErrorHandler m_onError;
    QString m_name;
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
