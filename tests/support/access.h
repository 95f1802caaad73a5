#pragma once

// Acting as a team member in a test: add users with a role (and a team), and
// make a session act as one of them, as a login would.
#include "platform/session.h"
#include "team/access.h"
#include "team/userstore.h"

#include <catch2/catch.hpp>

namespace guanxi::test {

inline qint64 addUser(Session &session, const QString &login, Role role, const QString &team = {})
{
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    u.team = team;
    auto id = UserStore(session).create(u);
    if (!id)
        FAIL(id.error().toString().toStdString());
    return *id;
}

// The session acts as userId with the access their role gives.
inline void actAs(Session &session, qint64 userId)
{
    auto access = AccessStore(session).forUser(userId);
    if (!access)
        FAIL(access.error().toString().toStdString());
    auto set = session.setAccess(*access);
    if (!set)
        FAIL(set.error().toString().toStdString());
}

// Back to the file's administrator with everything (as the test began).
inline void actAsEveryone(Session &session, qint64 userId)
{
    REQUIRE(session.setAccess(Access::everything(userId)).ok());
}

} // namespace guanxi::test
