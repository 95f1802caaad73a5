// Changes are announced only once they are committed: a rolled-back outer
// transaction announces nothing, a committed one announces after COMMIT.
#include "corehelpers.h"

#include "platform/db/transaction.h"
#include "customers/customerstore.h"

#include <QSignalSpy>

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("Stores announce changes after the outermost commit, never after a rollback", "[transactions]")
{
    TestDb t;
    QSignalSpy spy(t.session.get(), &Session::customersChanged);
    Customer c;
    c.name = QStringLiteral("张伟");
    {
        Transaction outer(*t.db);
        REQUIRE(outer.begin().ok());
        REQUIRE(CustomerStore(*t.session).create(c).ok());
        CHECK(spy.count() == 0); // still inside the outer transaction
        outer.rollback();
    }
    CHECK(spy.count() == 0);
    CHECK(*CustomerStore(*t.session).countLive() == 0);
    {
        Transaction outer(*t.db);
        REQUIRE(outer.begin().ok());
        REQUIRE(CustomerStore(*t.session).create(c).ok());
        {
            // A nested step that fails and rolls back its savepoint drops only its own announcements.
            Transaction inner(*t.db);
            REQUIRE(inner.begin().ok());
            c.name = QStringLiteral("李娜");
            REQUIRE(CustomerStore(*t.session).create(c).ok());
            inner.rollback();
        }
        CHECK(spy.count() == 0);
        REQUIRE(outer.commit().ok());
    }
    REQUIRE(spy.count() == 1);
    CHECK(*CustomerStore(*t.session).countLive() == 1);
    // Without a transaction a store announces at once.
    c.name = QStringLiteral("王芳");
    REQUIRE(CustomerStore(*t.session).create(c).ok());
    CHECK(spy.count() == 2);
}

TEST_CASE("A nested step refuses to run once SQLite has given up the outer transaction", "[transactions]")
{
    guanxi::test::TestDb t;
    guanxi::Transaction outer(*t.db);
    REQUIRE(outer.begin().ok());
    // What SQLite does by itself on a full disk: the transaction is gone.
    QSqlQuery(t.db->connection()).exec(QStringLiteral("ROLLBACK"));
    guanxi::Transaction inner(*t.db);
    auto started = inner.begin();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().message.contains(QStringLiteral("Nothing was saved")));
}
