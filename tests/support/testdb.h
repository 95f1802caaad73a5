#pragma once

// A fresh Guanxi file in its own temporary folder, with a session at a fixed
// time and a current user. Every test builds its own; none shares leftovers.
// In a PostgreSQL run (testserver.h) path is a fresh database's address
// instead, and the folder is still there for the test's other files.
#include "platform/db/database.h"
#include "platform/session.h"
#include "team/userstore.h"
#include "platform/clock.h"
#include "testserver.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace guanxi::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC);
}

struct TestDb {
    QTemporaryDir dir;
    QString path;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;

    TestDb()
    {
        REQUIRE(dir.isValid());
        path = onServer() ? newServerDatabase() : dir.filePath(QStringLiteral("test.guanxi"));
        auto opened = Database::open(path);
        if (!opened)
            FAIL(opened.error().toString().toStdString());
        db = std::move(opened).value();
        session = std::make_unique<Session>(*db, clock);
        auto user = UserStore(*session).ensureDefault(QStringLiteral("tester"), QStringLiteral("Tester"));
        REQUIRE(user.ok());
        session->setUserId(*user);
    }
    ~TestDb()
    {
        session.reset();
        db.reset();
        if (onServer())
            dropServerDatabase(path);
    }
};

} // namespace guanxi::test

// Lets Catch print QStrings in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
