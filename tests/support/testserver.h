#pragma once

// Tests against PostgreSQL. CTest runs the core tests a second time with
// GUANXI_TEST_BACKEND=postgresql and GUANXI_TEST_PG_STATE naming the state
// folder of the throwaway cluster tests/support/pgcluster.sh started (its
// "address" file holds the superuser's address). Each test gets a database
// of its own, copied from a template migrated once per cluster, and drops it
// at the end.
#include "platform/db/database.h"
#include "platform/db/serveraddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace guanxi::test {

inline bool onServer()
{
    return qEnvironmentVariable("GUANXI_TEST_BACKEND") == u"postgresql";
}

// The superuser's address of the test cluster; fails the test without one.
inline ServerAddress testServer()
{
    const QString state = qEnvironmentVariable("GUANXI_TEST_PG_STATE");
    QFile f(state + QStringLiteral("/address"));
    if (state.isEmpty() || !f.open(QIODevice::ReadOnly))
        FAIL("no test PostgreSQL: set GUANXI_TEST_PG_STATE to a folder tests/support/pgcluster.sh started");
    auto address = ServerAddress::parse(QString::fromUtf8(f.readAll()).trimmed());
    if (!address)
        FAIL(address.error().toString().toStdString());
    return *address;
}

// A superuser connection to the cluster's maintenance database, closed on
// destruction: for creating and dropping test databases and for looking at
// a database the way psql would.
struct ServerAdmin {
    QString name = QStringLiteral("pgadmin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;

    explicit ServerAdmin(const QString &database = QStringLiteral("postgres"))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        testServer().withDatabase(database).applyTo(db);
        if (!db.open())
            FAIL("cannot connect to the test PostgreSQL: " << db.lastError().text().toStdString());
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    }
    ~ServerAdmin()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    ServerAdmin(const ServerAdmin &) = delete;
    ServerAdmin &operator=(const ServerAdmin &) = delete;

    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
        return q.value(0);
    }
};

// An empty database with the collation Guanxi needs, not yet set up.
inline QString newEmptyServerDatabase(ServerAdmin &admin)
{
    static int counter = 0;
    const QString name = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                              "LC_CTYPE 'C.UTF-8'")
                   .arg(name));
    return name;
}

// A new Guanxi database at the latest schema; its address.
inline QString newServerDatabase()
{
    ServerAdmin admin;
    // One process sets up the template; the others wait for it.
    admin.exec(QStringLiteral("SELECT pg_advisory_lock(4711)"));
    if (admin.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'guanxi_template'")).toInt() == 0) {
        const QString building = newEmptyServerDatabase(admin);
        {
            auto made = Database::open(testServer().withDatabase(building).toUrl(true));
            if (!made)
                FAIL("setting up the template: " << made.error().toString().toStdString());
        }
        admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO guanxi_template").arg(building));
    }
    admin.exec(QStringLiteral("SELECT pg_advisory_unlock(4711)"));
    static int counter = 0;
    const QString name = QStringLiteral("g_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE guanxi_template").arg(name));
    return testServer().withDatabase(name).toUrl(true);
}

// Drops a test database; quietly, as it runs in destructors.
inline void dropServerDatabase(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return;
    const QString name = QStringLiteral("pgdrop-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        parsed->withDatabase(QStringLiteral("postgres")).applyTo(db);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(parsed->database));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace guanxi::test
