// Imports under roles: the Import permission, the audit trail, and rows that
// name another salesperson's customer, which are rejected without touching
// or showing that customer.
#include "corehelpers.h"
#include "access.h"

#include "customers/customerstore.h"
#include "exchange/customerimport.h"
#include "exchange/importrevert.h"
#include "exchange/importsource.h"
#include "exchange/importstore.h"
#include "platform/auditstore.h"
#include "team/channelstore.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
// Ben's customer 本田 (13800138000, honda@example.com); ana imports.
struct Colleagues : TestDb {
    qint64 admin = session->userId();
    qint64 ana = addUser(*session, QStringLiteral("ana"), Role::Sales, QStringLiteral("north"));
    qint64 ben = addUser(*session, QStringLiteral("ben"), Role::Sales, QStringLiteral("south"));
    qint64 bens = 0;

    Colleagues()
    {
        Customer c;
        c.name = QStringLiteral("本田");
        c.city = QStringLiteral("北京");
        c.ownerId = ben;
        c.phones << Phone{{}, QStringLiteral("13800138000"), {}};
        c.emails << Email{{}, QStringLiteral("honda@example.com")};
        auto id = CustomerStore(*session).create(c);
        REQUIRE(id.ok());
        bens = *id;
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
    Result<ImportReport> import(const QString &path, CustomerImportOptions options)
    {
        auto source = ImportSource::open(path);
        if (!source)
            return source.error();
        return CustomerImport(*session, **source, options).run();
    }
    // One new customer (New one, 13900139000) imported as user: the import's batch.
    qint64 importNewOneAs(qint64 user)
    {
        const QString path = file(QStringLiteral("new.csv"), QByteArrayLiteral("Name,Mobile\nNew one,13900139000\n"));
        actAs(*session, user);
        auto report = import(path, {});
        REQUIRE(report.ok());
        REQUIRE(report->written);
        return report->batchId;
    }
    Customer bensAsAdmin()
    {
        actAsEveryone(*session, admin);
        auto c = CustomerStore(*session).get(bens);
        REQUIRE(c.ok());
        return *c;
    }
    void salesMayNotImport()
    {
        actAsEveryone(*session, admin);
        REQUIRE(AccessStore(*session).setPermissions(Role::Sales, {Permission::Delete}).ok());
    }
    QList<AuditEvent> imports()
    {
        actAsEveryone(*session, admin);
        AuditStore::Filter only;
        only.action = AuditAction::Import;
        auto events = AuditStore(*session).list(only);
        REQUIRE(events.ok());
        return *events;
    }
};

const QByteArray rows = QByteArrayLiteral("Name,Mobile,Email,City\n"
                                          "Honda by phone,13800138000,,上海\n"
                                          "Honda by mail,,HONDA@example.com,广州\n"
                                          "New one,13900139000,new@example.com,深圳\n");

CustomerImportOptions upsert()
{
    CustomerImportOptions o;
    o.mode = ImportMode::Upsert;
    o.keys = {MatchKey::Phone, MatchKey::Email};
    return o;
}
} // namespace

TEST_CASE("Rows matching another salesperson's customer are rejected, and that customer is left as it was",
          "[access][import]")
{
    Colleagues t;
    const QString path = t.file(QStringLiteral("mine.csv"), rows);
    actAs(*t.session, t.ana);
    auto refused = t.import(path, upsert());
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->written);   // rejected rows refuse the file without skipInvalid
    CHECK(refused->rejected == 2);

    CustomerImportOptions skip = upsert();
    skip.skipInvalid = true;
    actAs(*t.session, t.ana);
    auto report = t.import(path, skip);
    REQUIRE(report.ok());
    CHECK(report->written);
    CHECK(report->created == 1);
    CHECK(report->updated == 0);
    CHECK(report->rejected == 2);
    REQUIRE(report->problems.size() == 2);
    for (const ImportProblem &p : report->problems) {
        CHECK(p.reason == QStringLiteral("Matches a customer another salesperson owns; ask them or a manager."));
        CHECK(report->duplicates.isEmpty());   // nor is its id shown as a duplicate
    }
    const Customer after = t.bensAsAdmin();
    CHECK(after.name == QStringLiteral("本田"));
    CHECK(after.city == QStringLiteral("北京"));
    CHECK(after.ownerId == t.ben);
    CHECK(after.emails.size() == 1);

    // The import is in the audit trail with its counts.
    const QList<AuditEvent> events = t.imports();
    REQUIRE(events.size() == 1);
    CHECK(events.first().userId == t.ana);
    CHECK(events.first().detail.value(QStringLiteral("file")).toString() == QStringLiteral("mine.csv"));
    CHECK(events.first().detail.value(QStringLiteral("kind")).toString() == QStringLiteral("customer"));
    CHECK(events.first().detail.value(QStringLiteral("added")).toInteger() == 1);
    CHECK(events.first().detail.value(QStringLiteral("updated")).toInteger() == 0);
    CHECK(events.first().detail.value(QStringLiteral("rejected")).toInteger() == 2);
}

TEST_CASE("The same rows as an administrator update the customer they match", "[access][import]")
{
    Colleagues t;
    const QString path = t.file(QStringLiteral("admin.csv"), QByteArrayLiteral("Name,Mobile,City\n"
                                                                               ",13800138000,上海\n"));
    auto report = t.import(path, upsert());
    REQUIRE(report.ok());
    CHECK(report->updated == 1);
    CHECK(t.bensAsAdmin().city == QStringLiteral("上海"));
}

TEST_CASE("Without the Import permission an import is refused before anything is written", "[access][import]")
{
    Colleagues t;
    t.salesMayNotImport();
    const QString path = t.file(QStringLiteral("new.csv"), QByteArrayLiteral("Name,Mobile\nNew one,13900139000\n"));
    actAs(*t.session, t.ana);
    CustomerImportOptions dry;
    dry.dryRun = true;
    for (const CustomerImportOptions &o : {CustomerImportOptions{}, dry}) {
        auto report = t.import(path, o);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().kind == ErrorKind::Denied);
        CHECK(report.error().field == QStringLiteral("import"));
    }
    actAsEveryone(*t.session, t.admin);
    CHECK(*CustomerStore(*t.session).countLive() == 1);
    auto batches = ImportStore(*t.session).batches();
    REQUIRE(batches.ok());
    CHECK(batches->isEmpty());
    CHECK(t.imports().isEmpty());
}

TEST_CASE("Reverting an import needs the Import permission too", "[access][import]")
{
    Colleagues t;
    const qint64 batch = t.importNewOneAs(t.ana);
    t.salesMayNotImport();
    actAs(*t.session, t.ana);
    auto denied = ImportRevert::run(*t.session, batch);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    actAsEveryone(*t.session, t.admin);
    CHECK(*CustomerStore(*t.session).countLive() == 2);   // the imported customer is still there

    REQUIRE(ImportRevert::run(*t.session, batch).ok());
    CHECK(*CustomerStore(*t.session).countLive() == 1);
}

TEST_CASE("A customer import made by a colleague cannot be reverted over customers since handed to someone unseen",
          "[access][import]")
{
    Colleagues t;
    const qint64 batch = t.importNewOneAs(t.ana);
    actAsEveryone(*t.session, t.admin);
    auto ids = CustomerStore(*t.session).findByPhone(QStringLiteral("+8613900139000"));
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    Customer handed = *CustomerStore(*t.session).get(ids->first());
    handed.ownerId = t.ben;
    REQUIRE(CustomerStore(*t.session).update(handed).ok());

    actAs(*t.session, t.ana);
    auto refused = ImportRevert::run(*t.session, batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Denied);
    actAsEveryone(*t.session, t.admin);
    CHECK(*CustomerStore(*t.session).countLive() == 2);
}

TEST_CASE("Another team's imports are not listed, nor can they be reverted", "[access][import]")
{
    Colleagues t;
    const qint64 bensImport = t.importNewOneAs(t.ben);

    actAs(*t.session, t.ana);
    auto listed = ImportStore(*t.session).batches();
    REQUIRE(listed.ok());
    CHECK(listed->isEmpty());
    auto revert = ImportRevert::run(*t.session, bensImport);
    REQUIRE_FALSE(revert.ok());
    auto missing = ImportRevert::run(*t.session, bensImport + 100);
    REQUIRE_FALSE(missing.ok());
    QString notThere = missing.error().message;
    notThere.replace(QString::number(bensImport + 100), QString::number(bensImport));
    CHECK(revert.error().message == notThere);   // as if it were not there

    actAsEveryone(*t.session, t.admin);
    auto all = ImportStore(*t.session).batches();
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
    CHECK(*CustomerStore(*t.session).countLive() == 2);
}

TEST_CASE("A salesperson's import adds a source it names though the role may not edit the source list",
          "[import][access]")
{
    Colleagues t;
    const QString path = t.file(QStringLiteral("sourced.csv"),
                                QByteArrayLiteral("Name,Mobile,Source\n新客户,13900139001,抖音直播间\n"));
    actAs(*t.session, t.ana);
    auto report = t.import(path, {});
    REQUIRE(report.ok());
    CHECK(report->written);
    CHECK(report->created == 1);
    // Adding to the list by hand still needs the permission.
    CHECK(ChannelStore(*t.session).add(QStringLiteral("手工渠道")).error().kind == ErrorKind::Denied);
    CHECK(ChannelStore(*t.session).find(QStringLiteral("抖音直播间")).ok());
}
