#pragma once

// A second person at a second desk: their own connection to the test's
// database (Database::openAnother) and a session as a new administrator, for
// tests of two people editing the same records (row versions).
#include "corehelpers.h"

#include "team/user.h"

#include <memory>

namespace guanxi::test {

struct SecondDesk {
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;

    SecondDesk(TestDb &t, const QString &login, const QString &name)
    {
        auto other = t.db->openAnother();
        REQUIRE(other.ok());
        db = std::move(other).value();
        session = std::make_unique<Session>(*db, t.clock);
        User u;
        u.login = login;
        u.displayName = name;
        u.role = Role::Admin;
        auto id = UserStore(*t.session).create(u);
        REQUIRE(id.ok());
        session->setUserId(*id);
    }
    ~SecondDesk()
    {
        session.reset();
        db.reset();
    }
    SecondDesk(const SecondDesk &) = delete;
    SecondDesk &operator=(const SecondDesk &) = delete;
};

} // namespace guanxi::test
