#pragma once

// Small helpers shared by the core tests: raw SQLite connections that bypass
// Guanxi (to build old, foreign or locked files), file bytes, row counts.
#include "testdb.h"

#include "platform/db/database.h"
#include "team/sampledata.h"
#include "platform/session.h"
#include "team/userstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace guanxi::test {

// A plain QSQLITE connection of its own, closed and removed on destruction.
struct RawConnection {
    QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;

    explicit RawConnection(const QString &path, const QString &options = {})
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!options.isEmpty())
            db.setConnectOptions(options);
        if (!db.open())
            FAIL("cannot open " << path.toStdString() << ": " << db.lastError().text().toStdString());
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Runs one statement; fails the test when SQLite refuses it.
    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    }
    // Runs one statement and says whether it worked (for statements expected to fail).
    bool tryExec(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
        return q.value(0);
    }
};

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Counts rows through the Guanxi connection, with an optional WHERE clause.
inline qint64 countRows(Database &db, const QString &table, const QString &where = {})
{
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + table
                        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0).toLongLong();
}

// A closed Guanxi file at `path` with sample customers (and their search keys).
inline void makeGuanxiFile(const QString &path, qint64 customers = 0, qint64 orders = 0, quint64 seed = 1)
{
    auto opened = Database::open(path);
    if (!opened)
        FAIL(opened.error().toString().toStdString());
    std::unique_ptr<Database> db = std::move(opened).value();
    FixedClock clock(fixedNow());
    Session session(*db, clock);
    auto user = UserStore(session).ensureDefault(QStringLiteral("tester"), QStringLiteral("Tester"));
    REQUIRE(user.ok());
    session.setUserId(*user);
    if (customers > 0) {
        SampleData::Options o;
        o.customers = customers;
        o.orders = orders;
        o.seed = seed;
        auto report = SampleData::generate(session, o);
        if (!report)
            FAIL(report.error().toString().toStdString());
    }
}

inline std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace guanxi::test
