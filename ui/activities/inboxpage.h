#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// 通知: what was assigned to you and what went back to the pool.
class InboxPage : public QWidget {
    Q_OBJECT
public:
    explicit InboxPage(Session &session, QWidget *parent = nullptr);
    int unread() const { return m_unread; }
    void markAllRead();

public slots:
    void reload();

signals:
    void unreadChanged(int unread);

private:
    Session &m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
    int m_unread = 0;
};

} // namespace guanxi::ui
