#include "activities/inboxpage.h"

#include "platform/session.h"
#include "activities/notificationstore.h"
#include "text/relativedates.h"
#include "widgets/listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

InboxPage::InboxPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("inboxPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    auto *read = new QPushButton(tr("Mark all &read"), this);
    read->setObjectName(QStringLiteral("markReadButton"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(read);
    layout->addLayout(bar);
    m_table = listTable(this, QStringLiteral("inboxTable"), {tr("When"), tr("What")});
    layout->addWidget(m_table, 1);
    connect(read, &QPushButton::clicked, this, &InboxPage::markAllRead);
    connect(&m_session, &Session::notificationsChanged, this, &InboxPage::reload);
    reload();
}

void InboxPage::reload()
{
    NotificationStore store(m_session);
    auto list = store.list(m_session.userId(), false, 300);
    auto unread = store.unreadCount(m_session.userId());
    m_table->setRowCount(0);
    if (!list || !unread)
        return;
    m_unread = int(*unread);
    m_summary->setText(list->isEmpty() ? tr("Nothing yet: leads assigned to you and records that go back to the pool "
                                            "show here.")
                                       : tr("%1 unread").arg(*unread));
    m_table->setRowCount(int(list->size()));
    for (int i = 0; i < list->size(); ++i) {
        const Notification &n = list->at(i);
        auto *when = new QTableWidgetItem(relativeTime(n.createdAt, m_session.now()));
        auto *what = new QTableWidgetItem(n.message);
        if (!n.read) {
            QFont bold = what->font();
            bold.setBold(true);
            what->setFont(bold);
            when->setFont(bold);
        }
        m_table->setItem(i, 0, when);
        m_table->setItem(i, 1, what);
    }
    m_table->resizeColumnToContents(0);
    emit unreadChanged(m_unread);
}

void InboxPage::markAllRead()
{
    (void)NotificationStore(m_session).markAllRead(m_session.userId());
}

} // namespace guanxi::ui
