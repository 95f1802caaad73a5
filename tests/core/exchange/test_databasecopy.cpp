// guanxi-cli db copy's core: a file into a team database and back, every
// record with its id, every table checked, the target untouched on refusal.
#include "corehelpers.h"
#include "testserver.h"

#include "customers/customersearchindex.h"
#include "customers/customerstore.h"
#include "exchange/databasecopy.h"
#include "platform/db/schemacatalog.h"
#include "team/sampledata.h"

#include <QSqlRecord>
#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {
// Every table's rows as text, in one order, for comparing two files.
QMap<QString, QStringList> dump(Database &db)
{
    QMap<QString, QStringList> out;
    auto tables = SchemaCatalog::tables(db);
    REQUIRE(tables.ok());
    for (const SchemaCatalog::Table &t : *tables) {
        QStringList order;
        for (qsizetype i = 1; i <= t.columns.size(); ++i)
            order << QString::number(i);
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(t.name, order.join(u','))));
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            out[t.name] << row.join(u'|');
        }
    }
    return out;
}

struct FileDb {
    QString path;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    explicit FileDb(const QString &p) : path(p)
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        session = std::make_unique<Session>(*db, clock);
    }
};
} // namespace

TEST_CASE("A file copied into a team database and back is the same, id for id", "[.server][copy]")
{
    QTemporaryDir dir;
    FileDb file(dir.filePath(QStringLiteral("shop.guanxi")));
    REQUIRE(UserStore(*file.session).ensureDefault(QStringLiteral("tester"), QStringLiteral("Tester")).ok());
    SampleData::Options o;
    o.customers = 150;
    o.orders = 400;
    REQUIRE(SampleData::generate(*file.session, o).ok());

    ServerAdmin admin;
    const QString name = newEmptyServerDatabase(admin);
    const QString address = testServer().withDatabase(name).toUrl(true);
    {
        auto server = Database::open(address);
        REQUIRE(server.ok());
        Session onServer(*server.value(), file.clock);
        qint64 lastDone = 0;
        auto report = DatabaseCopy::copy(*file.session, onServer, [&](qint64 done, qint64) { lastDone = done; });
        REQUIRE(report.ok());
        CHECK(report->rows > 1000);
        CHECK(lastDone == report->rows);
        // The server finds the customers and numbers the next one after the largest id.
        const qint64 before = countRows(*server.value(), QStringLiteral("customers"));
        CHECK(before == countRows(*file.db, QStringLiteral("customers")));
        auto hits = CustomerSearchIndex(onServer).search(QStringLiteral("有限公司"), 1000);
        REQUIRE(hits.ok());
        CHECK_FALSE(hits->isEmpty());
        QSqlQuery next(server.value()->connection());
        REQUIRE(next.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('customers', 'id'))")));
        REQUIRE(next.next());
        QSqlQuery q(file.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM customers")));
        REQUIRE(q.next());
        CHECK(next.value(0).toLongLong() == q.value(0).toLongLong() + 1);
    }
    {
        auto server = Database::open(address);
        REQUIRE(server.ok());
        Session onServer(*server.value(), file.clock);
        FileDb back(dir.filePath(QStringLiteral("back.guanxi")));
        auto report = DatabaseCopy::copy(onServer, *back.session);
        REQUIRE(report.ok());
        CHECK(dump(*back.db) == dump(*file.db));
        // The file's own search index was built for the copy.
        CHECK(countRows(*back.db, QStringLiteral("customer_search")) == countRows(*back.db, QStringLiteral("customers")));
    }
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

TEST_CASE("A copy goes only into a new database and leaves a used one as it was", "[copy]")
{
    TestDb from;
    Customer c;
    c.name = QStringLiteral("王芳");
    REQUIRE(CustomerStore(*from.session).create(c).ok());
    TestDb into; // has its team member already
    Customer other;
    other.name = QStringLiteral("Other");
    REQUIRE(CustomerStore(*into.session).create(other).ok());
    auto refused = DatabaseCopy::copy(*from.session, *into.session);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("holds data already")));
    CHECK(countRows(*into.db, QStringLiteral("customers")) == 1);
    CHECK(countRows(*into.db, QStringLiteral("deal_stages")) > 0); // its seed rows too
}
