#pragma once

// The app's side of a file shared with guanxi-cli processes: what the CLI
// tests about several programs on one file hold open in the test process.
#include "clienv.h"

#include "platform/db/database.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "team/userstore.h"
#include "platform/clock.h"

#include <QMap>

#include <memory>

namespace guanxi::test::cli {

// The app's side: one connection for the window and one for a worker.
struct AppSide {
    FixedClock clock{QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> db;
    std::unique_ptr<Database> worker;
    std::unique_ptr<Session> session;

    explicit AppSide(const QString &path)
    {
        Database::Options o;
        o.createIfMissing = false;
        auto opened = Database::open(path, o);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        session = std::make_unique<Session>(*db, clock);
        auto user = UserStore(*session).ensureDefault(S("tester"), S("Tester"));
        REQUIRE(user.ok());
        session->setUserId(*user);
        auto other = db->openAnother();
        REQUIRE(other.ok());
        worker = std::move(other).value();
    }
    ~AppSide()
    {
        session.reset();
        worker.reset();
        db.reset();
    }
    qint64 add(const QString &name, const QString &phone)
    {
        Customer c;
        c.name = name;
        c.phones << Phone{{}, phone, {}};
        auto id = CustomerStore(*session).create(c);
        INFO(str(id ? QString() : id.error().toString()));
        REQUIRE(id.ok());
        return *id;
    }
};

// name -> phone of every live customer, as a new guanxi-cli process sees them.
inline QMap<QString, QString> phonesByName(const CliEnv &env, const QString &db)
{
    const Run r = env.run({S("--database"), db, S("customers"), S("list"), S("--limit"), S("0"), S("--format"),
                           S("csv")});
    INFO(str(r.err));
    REQUIRE(r.code == 0);
    QMap<QString, QString> out;
    const QList<QStringList> rows = parseCsv(r.out);
    for (qsizetype i = 1; i < rows.size(); ++i)
        out.insert(rows.at(i).value(1), rows.at(i).value(4));
    return out;
}

} // namespace guanxi::test::cli
