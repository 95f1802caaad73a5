// Phone numbers that cannot be verified (a speed dial, an internal extension,
// a foreign number written without +) through the stores, the duplicate
// checks, the search index and the imports: kept as written with their
// reason, never taken for one another, still found by their digits.
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "customers/duplicatestore.h"
#include "exchange/customerimport.h"
#include "exchange/importsource.h"
#include "exchange/leadimport.h"
#include "leads/leadstore.h"
#include "platform/db/database.h"
#include "platform/db/migrations.h"

#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {

Customer withPhones(const QString &name, const QStringList &phones)
{
    Customer c;
    c.name = name;
    for (const QString &p : phones)
        c.phones << Phone{QString(), p, QString()};
    return c;
}

QString storedProblem(Session &session, const QString &raw)
{
    QSqlQuery q(session.db().connection());
    q.prepare(QStringLiteral("SELECT problem, e164 FROM customer_phones WHERE raw = ?"));
    q.addBindValue(raw);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(1).toString().isEmpty());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A customer with numbers that cannot be verified is saved with them as written", "[customers][phone]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const auto id = store.create(withPhones(QStringLiteral("前台"), {QStringLiteral("801"), QStringLiteral("1"),
                                                                   QStringLiteral("138 1234 5678")}));
    if (!id)
        FAIL(str(id.error().toString()));
    const auto got = store.get(*id);
    REQUIRE(got.ok());
    REQUIRE(got->phones.size() == 3);
    CHECK(got->phones.at(0).raw == QStringLiteral("801"));
    CHECK(got->phones.at(0).e164.isEmpty());
    CHECK(got->phones.at(0).problem.contains(QStringLiteral("“801”")));
    CHECK(got->phones.at(1).raw == QStringLiteral("1"));
    CHECK_FALSE(got->phones.at(1).verified());
    CHECK(got->phones.at(2).e164 == QStringLiteral("+8613812345678"));
    CHECK(got->phones.at(2).verified());
    // The column holds the reason; NULL for the verified one.
    CHECK_FALSE(storedProblem(*t.session, QStringLiteral("801")).isEmpty());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customer_phones WHERE problem IS NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // Read in bulk (lists, exports) the same.
    const auto many = store.getMany({*id});
    REQUIRE(many.ok());
    REQUIRE(many->size() == 1);
    CHECK(many->first().phones == got->phones);
}

TEST_CASE("Two different unverified numbers are never the same person", "[customers][phone][duplicates]")
{
    TestDb t;
    CustomerStore store(*t.session);
    REQUIRE(store.create(withPhones(QStringLiteral("张三"), {QStringLiteral("801")})).ok());
    REQUIRE(store.create(withPhones(QStringLiteral("李四"), {QStringLiteral("802")})).ok());
    REQUIRE(store.create(withPhones(QStringLiteral("王五"), {QStringLiteral("1")})).ok());
    // Their e164 is empty: no look-up by an empty number finds anyone.
    CHECK(store.findByPhone(QString())->isEmpty());
    const auto groups = DuplicateStore(*t.session).find();
    REQUIRE(groups.ok());
    CHECK(groups->isEmpty());
    // A new customer with yet another unverified number looks like nobody.
    const auto like = DuplicateStore(*t.session).matching(withPhones(QStringLiteral("赵六"), {QStringLiteral("803")}));
    REQUIRE(like.ok());
    CHECK(like->isEmpty());
    // A verified number shared by two customers still is evidence.
    REQUIRE(store.create(withPhones(QStringLiteral("甲"), {QStringLiteral("138 1234 5678")})).ok());
    REQUIRE(store.create(withPhones(QStringLiteral("乙"), {QStringLiteral("+86 138 1234 5678")})).ok());
    const auto after = DuplicateStore(*t.session).find();
    REQUIRE(after.ok());
    CHECK(after->size() == 1);
}

TEST_CASE("One customer's same unverified number typed twice is kept once", "[customers][phone]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const auto id = store.create(withPhones(QStringLiteral("前台"), {QStringLiteral("801"), QStringLiteral(" 801 "),
                                                                   QStringLiteral("802")}));
    REQUIRE(id.ok());
    CHECK(store.get(*id)->phones.size() == 2);
}

TEST_CASE("An unverified number is found by its digits", "[customers][phone][search]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const auto id = store.create(withPhones(QStringLiteral("Jane Roe"), {QStringLiteral("(111) 555-1111")}));
    REQUIRE(id.ok());
    REQUIRE_FALSE(store.get(*id)->phones.first().verified());
    for (const QString &query : {QStringLiteral("5551111"), QStringLiteral("111 555"), QStringLiteral("1115551111")}) {
        INFO(str(query));
        const auto found = store.search(query, 10);
        REQUIRE(found.ok());
        CHECK(found->contains(*id));
    }
}

TEST_CASE("An internal extension of three digits is found by them", "[customers][phone][search]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const auto id = store.create(withPhones(QStringLiteral("前台"), {QStringLiteral("801")}));
    REQUIRE(id.ok());
    const auto found = store.search(QStringLiteral("801"), 10);
    REQUIRE(found.ok());
    CHECK(found->contains(*id));
}

TEST_CASE("A lead keeps an unverified phone and is no duplicate by it", "[leads][phone]")
{
    TestDb t;
    CustomerStore customers(*t.session);
    REQUIRE(customers.create(withPhones(QStringLiteral("张三"), {QStringLiteral("801")})).ok());
    LeadStore leads(*t.session);
    Lead l;
    l.name = QStringLiteral("李四");
    l.phone = QStringLiteral("802");
    const auto id = leads.create(l);
    REQUIRE(id.ok());
    const auto got = leads.get(*id);
    REQUIRE(got.ok());
    CHECK(got->phone == QStringLiteral("802"));
    CHECK(got->phoneE164.isEmpty());
    CHECK(got->phoneProblem.contains(QStringLiteral("“802”")));
    CHECK(leads.duplicates(*got)->isEmpty());
    CHECK(leads.findByPhone(QString())->isEmpty());
    Lead verified;
    verified.name = QStringLiteral("王五");
    verified.phone = QStringLiteral("138 1234 5678");
    const auto vid = leads.create(verified);
    REQUIRE(vid.ok());
    CHECK(leads.get(*vid)->phoneProblem.isEmpty());
}

TEST_CASE("An import keeps every person whose phone cannot be verified, and lists the numbers",
          "[import][phone]")
{
    TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("contacts.csv"));
    writeFile(path, QStringLiteral("Name,Phone 1 - Value,Phone 2 - Value\n"
                                   "Jane Roe,(111) 555-1111,\n"
                                   "Front Desk,801,\n"
                                   "Speed Dial,1,\n"
                                   "Bob Smith,020 7946 0958 ext. 5555,\n"
                                   "张三,138 1234 5678,802\n")
                        .toUtf8());
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    CustomerImportOptions options;
    options.mapping = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("phone")};
    auto report = CustomerImport(*t.session, **source, options).run();
    REQUIRE(report.ok());
    CHECK(report->rejected == 0);
    CHECK(report->created == 5);
    // Read in China (the default region), "020 7946 0958" is a Guangzhou
    // number, and verified as one: only a + (or the import's region) tells.
    CHECK(report->warningCount == 4);
    QStringList listed;
    for (const ImportProblem &w : report->warnings) {
        listed << w.value;
        CHECK(w.reason.contains(QStringLiteral("not verified")));
    }
    CHECK(listed == QStringList{QStringLiteral("(111) 555-1111"), QStringLiteral("801"), QStringLiteral("1"),
                                QStringLiteral("802")});
    CHECK(report->warnings.at(1).record == 2);
    CHECK(report->warnings.at(1).column == QStringLiteral("Phone 1 - Value"));
    CHECK(report->warnings.at(3).column == QStringLiteral("Phone 2 - Value"));
    CHECK(report->warnings.at(3).record == 5);
    CHECK(CustomerStore(*t.session).findByPhone(QStringLiteral("+862079460958;ext=5555"))->size() == 1);
}

TEST_CASE("An import reads numbers without + in the region it is given", "[import][phone]")
{
    TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("uk.csv"));
    writeFile(path, QByteArray("Name,Phone\nBob Smith,020 7946 0958 ext. 5555\nAmy Lee,+86 138 1234 5678\n"));
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    CustomerImportOptions options;
    options.region = QStringLiteral("GB");
    auto report = CustomerImport(*t.session, **source, options).run();
    REQUIRE(report.ok());
    CHECK(report->created == 2);
    CHECK(report->warningCount == 0);
    CustomerStore store(*t.session);
    const auto bob = store.findByPhone(QStringLiteral("+442079460958;ext=5555"));
    REQUIRE(bob.ok());
    CHECK(bob->size() == 1);
    CHECK(store.findByPhone(QStringLiteral("+8613812345678"))->size() == 1);
    // The session's own region is as it was.
    CHECK(t.session->defaultRegion() == QStringLiteral("CN"));
}

TEST_CASE("A lead import keeps unverified phones and lists them", "[import][leads][phone]")
{
    TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("leads.csv"));
    writeFile(path, QStringLiteral("姓名,手机\n张三,801\n李四,138 1234 5678\n").toUtf8());
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    auto report = LeadImport(*t.session, **source, {}).run();
    REQUIRE(report.ok());
    CHECK(report->created == 2);
    CHECK(report->rejected == 0);
    REQUIRE(report->warnings.size() == 1);
    CHECK(report->warnings.first().value == QStringLiteral("801"));
    CHECK(report->warnings.first().column == QStringLiteral("手机"));
    CHECK(report->warnings.first().record == 1);
}

TEST_CASE("A stored number keeps what its check found when the region changes, and a new one is read in the new region",
          "[customers][phone]")
{
    TestDb t;
    t.session->setDefaultRegion(QStringLiteral("GB"));
    CustomerStore store(*t.session);
    auto id = store.create(withPhones(QStringLiteral("Alice Brown"), {QStringLiteral("020 7946 0958")}));
    REQUIRE(id.ok());
    REQUIRE(store.get(*id)->phones.at(0).e164 == QStringLiteral("+442079460958"));

    // Someone in China edits her later: the London number stays London's.
    t.session->setDefaultRegion(QStringLiteral("CN"));
    Customer c = *store.get(*id);
    c.jobTitle = QStringLiteral("Buyer");
    c.phones << Phone{QString(), QStringLiteral("138 1234 5678"), QString()};
    REQUIRE(store.update(c).ok());
    const Customer after = *store.get(*id);
    REQUIRE(after.phones.size() == 2);
    CHECK(after.phones.at(0).e164 == QStringLiteral("+442079460958"));
    CHECK(after.phones.at(0).verified());
    CHECK(after.phones.at(1).e164 == QStringLiteral("+8613812345678"));
}

TEST_CASE("Upgrading a file checks the numbers stored before libphonenumber, keeping their E.164",
          "[customers][phone][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v16.guanxi"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        REQUIRE(Migrations::upgrade(raw.db, 0, 16).ok());
        raw.exec(QStringLiteral("INSERT INTO customers (id, kind, name, name_sort, stage, created_at, updated_at) "
                                "VALUES (1, 'person', '王伟', 'wang wei', 'lead', '2026-01-01T00:00:00Z', "
                                "'2026-01-01T00:00:00Z')"));
        // The old rules took any 8 to 15 digits: 2345678 became +862345678.
        raw.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, position, raw, e164) VALUES "
                                "(1, 0, '2345678', '+862345678'), (1, 1, '138 1234 5678', '+8613812345678'), "
                                "(1, 2, '+44 20 7946 0958', '+442079460958')"));
    }
    {
        RawConnection raw(path);
        REQUIRE(Migrations::upgrade(raw.db, 16).ok());
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(QStringLiteral("SELECT raw, e164, problem FROM customer_phones ORDER BY position")));
        REQUIRE(q.next());
        CHECK(q.value(1).toString() == QStringLiteral("+862345678"));
        CHECK(q.value(2).toString().contains(QStringLiteral("2345678")));
        REQUIRE(q.next());
        CHECK(q.value(1).toString() == QStringLiteral("+8613812345678"));
        CHECK(q.value(2).isNull());
        REQUIRE(q.next());
        CHECK(q.value(1).toString() == QStringLiteral("+442079460958"));
        CHECK(q.value(2).isNull());
    }
}
