// A team database on PostgreSQL: the address a user types, the refusals
// that match a file's (not Guanxi, newer, empty, wrong sort order), a second
// connection, cancelling, and announcements heard by another connection.
// The [server] cases run only in the PostgreSQL pass (testserver.h).
#include "corehelpers.h"
#include "testserver.h"

#include "platform/db/migrations.h"
#include "platform/db/serveraddress.h"
#include "platform/db/serversetup.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <thread>

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("Server addresses are read from URLs and key=value strings", "[database][address]")
{
    SECTION("a URL with user, password, port, database and settings")
    {
        auto a = ServerAddress::parse(QStringLiteral("postgresql://anna:s%40cret@office-pc:5433/guanxi?sslmode=require"));
        REQUIRE(a.ok());
        CHECK(a->host == u"office-pc");
        CHECK(a->port == 5433);
        CHECK(a->user == u"anna");
        CHECK(a->password == u"s@cret");
        CHECK(a->database == u"guanxi");
        CHECK(a->option(QStringLiteral("sslmode")) == u"require");
        CHECK(a->display() == u"anna@office-pc:5433/guanxi");
        CHECK_FALSE(a->toUrl().contains(QStringLiteral("cret")));
        CHECK(ServerAddress::parse(a->toUrl(true))->password == u"s@cret");
    }
    SECTION("a socket folder in the query")
    {
        auto a = ServerAddress::parse(QStringLiteral("postgresql:///team?host=/run/postgresql&user=bo"));
        REQUIRE(a.ok());
        CHECK(a->host == u"/run/postgresql");
        CHECK(a->user == u"bo");
        auto again = ServerAddress::parse(a->toUrl());
        REQUIRE(again.ok());
        CHECK(again->host == u"/run/postgresql");
        CHECK(again->database == u"team");
    }
    SECTION("libpq's key=value form, with a quoted value")
    {
        auto a = ServerAddress::parse(QStringLiteral("host=10.0.0.5 port=5432 dbname=guanxi user=anna password='a b\\'c'"));
        REQUIRE(a.ok());
        CHECK(a->host == u"10.0.0.5");
        CHECK(a->password == u"a b'c");
        CHECK(a->display() == u"anna@10.0.0.5:5432/guanxi");
    }
    SECTION("what is not a server address")
    {
        CHECK(ServerAddress::looksLikeServer(QStringLiteral("postgres://x/y")));
        CHECK(ServerAddress::looksLikeServer(QStringLiteral("host=x dbname=y")));
        CHECK_FALSE(ServerAddress::looksLikeServer(QStringLiteral("/home/anna/guanxi.db")));
        CHECK_FALSE(ServerAddress::looksLikeServer(QStringLiteral("customers=2026.guanxi")));
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://office-pc/")).ok()); // no database
        auto bad = ServerAddress::parse(QStringLiteral("host=x port=99999 dbname=y"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("99999")));
        CHECK_FALSE(ServerAddress::parse(QStringLiteral("host=x dbname='open")).ok());
    }
    SECTION("a refused address never shows its password")
    {
        for (const QString &typed : {QStringLiteral("postgresql://anna:S3cret@office-pc"),
                                     QStringLiteral("postgresql://anna:pa#S3cret@office-pc/db"),
                                     QStringLiteral("host=x password=S3cret port=99999 dbname=y"),
                                     QStringLiteral("host=x password='S3 cret' dbname='open")}) {
            auto refused = ServerAddress::parse(typed);
            REQUIRE_FALSE(refused.ok());
            INFO(refused.error().toString().toStdString());
            CHECK_FALSE(refused.error().toString().contains(QStringLiteral("S3")));
        }
    }
}

TEST_CASE("A new server database is set up at the latest version and reopened unchanged", "[.server][database]")
{
    ServerAdmin admin;
    const QString name = newEmptyServerDatabase(admin);
    const QString address = testServer().withDatabase(name).toUrl(true);
    {
        auto db = Database::open(address);
        REQUIRE(db.ok());
        CHECK(db.value()->isServer());
        CHECK(db.value()->dialect().isPostgres());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
        CHECK(db.value()->path() == testServer().withDatabase(name).display());
        CHECK_FALSE(db.value()->path().contains(QStringLiteral("password")));
    }
    auto again = Database::open(address);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == Migrations::latestVersion());
    again.value().reset();
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

TEST_CASE("Server databases Guanxi must not use are refused and left untouched", "[.server][database]")
{
    ServerAdmin admin;
    SECTION("another program's tables")
    {
        const QString name = newEmptyServerDatabase(admin);
        {
            ServerAdmin other(name);
            other.exec(QStringLiteral("CREATE TABLE invoices (id int)"));
        }
        auto db = Database::open(testServer().withDatabase(name).toUrl(true));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("another program")));
        ServerAdmin other(name);
        CHECK(other.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt() == 1);
    }
    SECTION("a newer version of Guanxi")
    {
        const QString address = newServerDatabase();
        const QString name = ServerAddress::parse(address)->database;
        {
            ServerAdmin other(name);
            other.exec(QStringLiteral("UPDATE guanxi_meta SET value = '999' WHERE key = 'schema_version'"));
        }
        auto db = Database::open(address);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("newer version")));
        dropServerDatabase(address);
    }
    SECTION("an empty database opened read-only or without creating")
    {
        const QString name = newEmptyServerDatabase(admin);
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(testServer().withDatabase(name).toUrl(true), options);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("server init")));
        ServerAdmin other(name);
        CHECK(other.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt() == 0);
    }
    SECTION("a database with another sort order")
    {
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS t_sorted"));
        admin.exec(QStringLiteral("CREATE DATABASE t_sorted TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                                  "LC_CTYPE 'C.UTF-8'"));
        auto db = Database::open(testServer().withDatabase(QStringLiteral("t_sorted")).toUrl(true));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("LC_COLLATE 'C'")));
        admin.exec(QStringLiteral("DROP DATABASE t_sorted"));
    }
    SECTION("a database that is not there")
    {
        auto db = Database::open(testServer().withDatabase(QStringLiteral("no_such_db")).toUrl(true));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("no_such_db")));
        CHECK(db.error().message.contains(QStringLiteral("server init")));
    }
}

TEST_CASE("server init creates the database once with Guanxi's sort order", "[.server][database]")
{
    ServerAdmin admin;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS t_setup WITH (FORCE)"));
    const ServerAddress target = testServer().withDatabase(QStringLiteral("t_setup"));
    auto first = ServerSetup::createDatabase(target);
    REQUIRE(first.ok());
    CHECK(first->created);
    CHECK(admin.scalar(QStringLiteral("SELECT datcollate FROM pg_database WHERE datname = 't_setup'")).toString() == u"C");
    auto second = ServerSetup::createDatabase(target);
    REQUIRE(second.ok());
    CHECK_FALSE(second->created);
    CHECK_FALSE(ServerSetup::createDatabase(testServer().withDatabase(QStringLiteral("Bad-Name"))).ok());
    {
        auto db = Database::open(target.toUrl(true));
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
    }
    admin.exec(QStringLiteral("DROP DATABASE t_setup WITH (FORCE)"));
}

TEST_CASE("A second connection, transactions and cancel on a server database", "[.server][database]")
{
    TestDb t;
    auto other = t.db->openAnother();
    REQUIRE(other.ok());
    CHECK(other.value()->isServer());

    CHECK_FALSE(t.db->inTransaction());
    {
        Transaction tx(*t.db);
        REQUIRE(tx.begin().ok());
        CHECK(t.db->inTransaction());
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('vip')")));
        // Not committed: the other connection does not see it.
        CHECK(countRows(*other.value(), QStringLiteral("tags"), QStringLiteral("name = 'vip'")) == 0);
    }
    CHECK_FALSE(t.db->inTransaction());
    CHECK(countRows(*t.db, QStringLiteral("tags"), QStringLiteral("name = 'vip'")) == 0);

    std::atomic_bool cancel{false};
    t.db->watchCancel(&cancel);
    std::thread stopper([&] {
        QThread::msleep(300);
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    QSqlQuery slow(t.db->connection());
    const bool ran = slow.exec(QStringLiteral("SELECT pg_sleep(20)"));
    stopper.join();
    CHECK_FALSE(ran);
    CHECK(timer.elapsed() < 5000);
    CHECK(SqlErrors::from(slow.lastError(), QStringLiteral("x")).kind == ErrorKind::Cancelled);
    cancel = false;
    t.db->watchCancel(nullptr);
    CHECK(slow.exec(QStringLiteral("SELECT 1")));
}

TEST_CASE("Changes announced on one connection are heard on another only once committed", "[.server][database]")
{
    TestDb t;
    auto other = t.db->openAnother();
    REQUIRE(other.ok());
    Session listener(*other.value(), t.clock);
    REQUIRE(listener.hearOthers().ok());
    QList<QList<qint64>> heard;
    QObject::connect(&listener, &Session::customersChanged, [&](const QList<qint64> &ids) { heard << ids; });
    auto waitFor = [&](int ms) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
    };
    {
        Transaction tx(*t.db);
        REQUIRE(tx.begin().ok());
        t.session->announce(Session::Changed::Customers, {7, 9});
        // rolled back: never delivered
    }
    waitFor(300);
    CHECK(heard.isEmpty());
    {
        Transaction tx(*t.db);
        REQUIRE(tx.begin().ok());
        t.session->announce(Session::Changed::Customers, {7, 9});
        waitFor(200);
        CHECK(heard.isEmpty()); // not before the commit
        REQUIRE(tx.commit().ok());
    }
    waitFor(500);
    REQUIRE(heard.size() == 1);
    CHECK(heard.first() == QList<qint64>{7, 9});
}

TEST_CASE("A transaction in which a statement failed is never reported as saved", "[.server][database]")
{
    TestDb t;
    Transaction tx(*t.db);
    REQUIRE(tx.begin().ok());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('kept?')")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT no_such_column FROM tags")));
    // PostgreSQL would answer this COMMIT with a silent rollback.
    const Status committed = tx.commit();
    CHECK_FALSE(committed.ok());
    CHECK(countRows(*t.db, QStringLiteral("tags"), QStringLiteral("name = 'kept?'")) == 0);
}
