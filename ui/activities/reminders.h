#pragma once

#include <QDate>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QTimer;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// The tray icon and follow-up reminders while the app runs: a summary when a
// file opens, then a message whenever a follow-up comes due (checked every
// minute, and at midnight the next day's come due). Each follow-up is
// announced once per day.
class Reminders : public QObject {
    Q_OBJECT
public:
    explicit Reminders(QObject *parent = nullptr);
    ~Reminders() override;

    void setSession(Session *session);
    bool trayAvailable() const;
    QSystemTrayIcon *tray() const { return m_tray; }
    // Checks now; returns how many follow-ups were newly announced.
    int check();

signals:
    void activated();           // the tray icon or a message was clicked
    void quitRequested();

private:
    Session *m_session = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer;
    QSet<QString> m_announced; // "customerId@date"
    bool m_summaryShown = false;
    qint64 m_lastNotification = 0;
    bool m_notificationsPrimed = false;
};

} // namespace guanxi::ui
