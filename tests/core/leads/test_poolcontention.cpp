// The pool under contention, with real connections released at the same
// moment: one winner per record, the limit held for one person's two
// windows, and a transaction the server gives up for a deadlock tried again.
#include "corehelpers.h"
#include "poolhelpers.h"

#include "leads/leadstore.h"
#include "leads/poolstore.h"
#include "platform/db/retry.h"
#include "platform/db/sqlerror.h"
#include "platform/db/transaction.h"
#include "platform/workersession.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace guanxi;
using namespace guanxi::test;

namespace {
// Runs one claim per entry of claimers on a connection of its own; all
// wait at a gate and start together. Returns the statuses in order.
QList<Status> claimAtOnce(TestDb &t, const QList<std::pair<qint64, qint64>> &claimers)
{
    const WorkerSpec spec = t.session->worker();
    QList<Status> results(claimers.size());
    QSemaphore ready;
    QSemaphore gate;
    QList<QThread *> threads;
    for (qsizetype i = 0; i < claimers.size(); ++i) {
        threads << QThread::create([&, i] {
            auto worker = spec.open(false);
            ready.release();
            if (!worker) {
                results[i] = worker.error();
                return;
            }
            (*worker)->session().setUserId(claimers.at(i).first);
            gate.acquire();
            results[i] = PoolStore((*worker)->session()).claim(PoolEntity::Lead, claimers.at(i).second);
        });
        threads.last()->start();
    }
    ready.acquire(int(claimers.size()));
    gate.release(int(claimers.size()));
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    return results;
}
} // namespace

TEST_CASE("Fifty people claiming one lead at the same moment: exactly one gets it", "[pool][contention]")
{
    TestDb t;
    const qint64 lead = poolLead(*t.session, QStringLiteral("抢手线索"));
    QList<std::pair<qint64, qint64>> claimers;
    for (int i = 0; i < 50; ++i)
        claimers.append({colleague(*t.session, QStringLiteral("s%1").arg(i)), lead});
    const QList<Status> results = claimAtOnce(t, claimers);
    int won = 0;
    for (const Status &s : results) {
        if (s) {
            ++won;
            continue;
        }
        INFO(s.error().toString().toStdString());
        // Everyone else is told it is taken (who holds it, or that someone
        // just claimed it), nothing worse.
        CHECK((s.error().message.contains(QStringLiteral("holds it"))
               || s.error().message.contains(QStringLiteral("just claimed by someone else"))));
    }
    CHECK(won == 1);
    CHECK(countRows(*t.db, QStringLiteral("pool_moves"), QStringLiteral("action = 'claim'")) == 1);
    CHECK(countRows(*t.db, QStringLiteral("leads"), QStringLiteral("owner_id IS NOT NULL")) == 1);
}

TEST_CASE("A limit of one holds when one person claims two leads in two windows at once", "[pool][contention]")
{
    TestDb t;
    PoolStore pool(*t.session);
    PoolRules rules;
    rules.claimCap = 1;
    REQUIRE(pool.setRules(rules).ok());
    const qint64 li = colleague(*t.session, QStringLiteral("li"));
    for (int round = 0; round < 5; ++round) {
        const qint64 a = poolLead(*t.session, QStringLiteral("A%1").arg(round));
        const qint64 b = poolLead(*t.session, QStringLiteral("B%1").arg(round));
        const QList<Status> results = claimAtOnce(t, {{li, a}, {li, b}});
        CHECK(int(bool(results.at(0))) + int(bool(results.at(1))) == 1);
        CHECK(*pool.holdings(li) == 1);
        // Give it back for the next round (a manager's reassignment to the pool).
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE leads SET owner_id = NULL")));
    }
}

TEST_CASE("retrying runs a transaction the server gave up again, and nothing else", "[contention]")
{
    TestDb t;
    int calls = 0;
    auto giveUpTwice = [&]() -> Status {
        if (++calls <= 2)
            return Error{QStringLiteral("given up"), {}, retryField(), ErrorKind::Busy};
        return {};
    };
    const Status s = retrying(*t.db, giveUpTwice);
    if (t.db->isServer()) {
        CHECK(s.ok());
        CHECK(calls == 3);
    } else {
        // A file's writers take turns: nothing to try again.
        CHECK_FALSE(s.ok());
        CHECK(calls == 1);
    }
    calls = 0;
    auto refused = [&]() -> Status {
        ++calls;
        return Error{QStringLiteral("a rule"), {}, QStringLiteral("name"), ErrorKind::Invalid};
    };
    CHECK_FALSE(retrying(*t.db, refused).ok());
    CHECK(calls == 1);
}

TEST_CASE("A deadlock on the server is reported as one to try again", "[.server][contention]")
{
    TestDb t;
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('x'), ('y')")));
    auto other = t.db->openAnother();
    REQUIRE(other.ok());
    // Each locks one row, then waits for the other's.
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.exec(QStringLiteral("UPDATE tags SET name = 'x1' WHERE name = 'x'")));
    std::atomic_bool secondLocked{false};
    QSqlError secondError;
    QThread *second = QThread::create([&] {
        auto db = t.db->openAnother(); // its own connection on its own thread
        if (!db)
            return;
        QSqlQuery w(db.value()->connection());
        w.exec(QStringLiteral("BEGIN"));
        w.exec(QStringLiteral("UPDATE tags SET name = 'y1' WHERE name = 'y'"));
        secondLocked = true;
        if (!w.exec(QStringLiteral("UPDATE tags SET name = 'x2' WHERE name = 'x'")))
            secondError = w.lastError();
        w.exec(QStringLiteral("ROLLBACK"));
    });
    second->start();
    while (!secondLocked)
        QThread::msleep(10);
    QThread::msleep(100);
    const bool firstRan = q.exec(QStringLiteral("UPDATE tags SET name = 'y2' WHERE name = 'y'"));
    const QSqlError firstError = q.lastError();
    q.exec(QStringLiteral("ROLLBACK"));
    second->wait();
    delete second;
    // The server chose one of the two as the victim.
    const QSqlError victim = firstRan ? secondError : firstError;
    REQUIRE(victim.isValid());
    const Error e = SqlErrors::from(victim, QStringLiteral("Could not save."));
    CHECK(e.kind == ErrorKind::Busy);
    CHECK(e.field == retryField());
    CHECK(e.message.contains(QStringLiteral("try again")));
}
