// A worker thread's connection is the session's, as that session: same file,
// user, phone region and clock (a test's fixed clock included).
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "platform/workersession.h"

#include <QThread>

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("A worker session opened on another thread is the session: user, phone region, clock", "[database][worker]")
{
    TestDb t;
    t.session->setDefaultRegion(QStringLiteral("HK"));
    Customer c;
    c.name = QStringLiteral("华信科技");
    const qint64 id = *CustomerStore(*t.session).create(c);
    const WorkerSpec spec = t.session->worker();

    qint64 user = 0;
    QString country;
    QDateTime now;
    QString name;
    bool readOnlyRefused = false;
    qint64 writtenBy = 0;
    QString failure;   // Catch2 asserts on the test's thread only
    QThread *thread = QThread::create([&] {
        {
            auto reader = spec.open(true);
            if (!reader) {
                failure = reader.error().toString();
                return;
            }
            user = (*reader)->session().userId();
            country = (*reader)->session().defaultRegion();
            now = (*reader)->session().now();
            name = CustomerStore((*reader)->session()).get(id)->name;
            Customer other;
            other.name = QStringLiteral("李娜");
            auto refused = CustomerStore((*reader)->session()).create(other);
            readOnlyRefused = !refused.ok() && refused.error().kind == ErrorKind::Denied;
        }
        auto writer = spec.open(false);
        if (!writer) {
            failure = writer.error().toString();
            return;
        }
        Customer other;
        other.name = QStringLiteral("王芳");
        auto created = CustomerStore((*writer)->session()).create(other);
        if (!created) {
            failure = created.error().toString();
            return;
        }
        writtenBy = CustomerStore((*writer)->session()).get(*created)->createdBy;
    });
    thread->start();
    thread->wait();
    delete thread;
    INFO(str(failure));
    REQUIRE(failure.isEmpty());

    CHECK(user == t.session->userId());
    CHECK(country == QStringLiteral("HK"));
    CHECK(now == t.session->now());   // the fixed clock, not the wall clock
    CHECK(name == QStringLiteral("华信科技"));
    CHECK(readOnlyRefused);
    CHECK(*CustomerStore(*t.session).countLive() == 2);   // the worker's write is the file's
    CHECK(writtenBy == t.session->userId());              // and made as the session's user
}
