#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace guanxi {
class Session;
class TodayModel;
} // namespace guanxi

namespace guanxi::ui {

class DashboardStrip;

class MessageBar;

// 今日待办: the current user's overdue, today's and coming follow-ups, with
// one-key logging (Ctrl+L) and snoozing.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    TodayPage(Session &session, QUndoStack &undo, QWidget *parent = nullptr);
    TodayModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    qint64 currentCustomerId() const;
    qint64 currentLeadId() const;

public slots:
    void logFollowUp();
    void snooze(int days);
    void reload();

    DashboardStrip *dashboard() const { return m_dashboard; }

signals:
    void openCustomer(qint64 id);
    void openLead(qint64 id);
    void pendingChanged(int pending);

private:
    void updateState();

    Session &m_session;
    QUndoStack &m_undo;
    TodayModel *m_model;
    MessageBar *m_messages;
    QLabel *m_summary;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_log;
    QToolButton *m_snooze;
    QPushButton *m_open;
    DashboardStrip *m_dashboard = nullptr;
};

} // namespace guanxi::ui
