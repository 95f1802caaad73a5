#pragma once

#include "team/user.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

class UserStore {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    explicit UserStore(Session &session) : m_session(session) {}

    Result<QList<User>> list(bool includeInactive = false) const;
    Result<User> byId(qint64 id) const;
    Result<User> byLogin(const QString &login) const;
    Result<qint64> create(const User &user);
    Status update(const User &user);
    // The user to act as when none is set: the first admin, else a new one
    // named after the operating-system account.
    Result<qint64> ensureDefault(const QString &login, const QString &displayName);

private:
    Session &m_session;
};

} // namespace guanxi
