#include "activities/reminders.h"

#include "platform/session.h"
#include "activities/followupstore.h"
#include "activities/notificationstore.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace guanxi::ui {

Reminders::Reminders(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Guanxi"));
        auto *menu = new QMenu();
        menu->addAction(tr("Show Guanxi"), this, &Reminders::activated);
        menu->addSeparator();
        menu->addAction(tr("Quit"), this, &Reminders::quitRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit activated();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Reminders::activated);
        m_tray->show();
    }
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &Reminders::check);
    m_timer->start();
}

Reminders::~Reminders()
{
    if (m_tray)
        delete m_tray->contextMenu();
}

bool Reminders::trayAvailable() const
{
    return m_tray != nullptr;
}

void Reminders::setSession(Session *session)
{
    m_session = session;
    m_announced.clear();
    m_summaryShown = false;
    m_lastNotification = 0;
    m_notificationsPrimed = false;
    if (m_session)
        connect(m_session, &Session::notificationsChanged, this, &Reminders::check, Qt::UniqueConnection);
    check();
}

int Reminders::check()
{
    if (!m_session || !m_session->userId())
        return 0;
    const QDate today = m_session->today();
    auto due = FollowUpStore(*m_session).due(m_session->userId(), today, 500);
    if (!due)
        return 0;
    QStringList fresh;
    int overdue = 0;
    for (const DueFollowUp &d : *due) {
        if (d.due < today)
            ++overdue;
        const QString key = QStringLiteral("%1@%2").arg(d.customerId).arg(today.toString(Qt::ISODate));
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        fresh << (d.action.isEmpty() ? d.name : tr("%1: %2").arg(d.name, d.action));
    }
    // Assignments and reclaims not yet shown in the tray.
    if (auto notes = NotificationStore(*m_session).list(m_session->userId(), true, 20); notes && m_tray) {
        QStringList news;
        for (const Notification &n : *notes)
            if (n.id > m_lastNotification)
                news << n.message;
        if (!notes->isEmpty())
            m_lastNotification = qMax(m_lastNotification, notes->first().id);
        // The first look only notes where we are; later ones announce what is new.
        const bool primed = m_notificationsPrimed;
        m_notificationsPrimed = true;
        if (!news.isEmpty() && primed)
            m_tray->showMessage(tr("Guanxi"), news.mid(0, 5).join(u'\n'), QSystemTrayIcon::Information, 10000);
    }
    if (fresh.isEmpty() || !m_tray)
        return int(fresh.size());
    if (!m_summaryShown) {
        m_summaryShown = true;
        m_tray->showMessage(tr("Follow-ups due"),
                            tr("Follow-ups due today: %1, of them overdue: %2.").arg(due->size()).arg(overdue),
                            QSystemTrayIcon::Information, 10000);
    } else {
        m_tray->showMessage(tr("Follow-up due"), fresh.mid(0, 5).join(u'\n'), QSystemTrayIcon::Information, 10000);
    }
    return int(fresh.size());
}

} // namespace guanxi::ui
