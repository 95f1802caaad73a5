#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace guanxi {

class Session;

struct Notification {
    qint64 id = 0;
    QString kind;
    QString entity;
    qint64 entityId = 0;
    QString message;
    QDateTime createdAt;
    bool read = false;
};

// What the app tells a team member: leads assigned to them, records that
// went back to the pool. Shown in the Inbox and, while the app runs, in the tray.
class NotificationStore {
    Q_DECLARE_TR_FUNCTIONS(NotificationStore)
public:
    explicit NotificationStore(Session &session) : m_session(session) {}

    Status add(qint64 userId, const QString &kind, const QString &entity, qint64 entityId, const QString &message);
    // A user's notifications about records this session sees (and of users it
    // sees: another team's inbox reads as empty).
    Result<QList<Notification>> list(qint64 userId, bool unreadOnly, int limit = 200) const;
    Result<qint64> unreadCount(qint64 userId) const;
    Status markAllRead(qint64 userId);

private:
    Session &m_session;
};

} // namespace guanxi
