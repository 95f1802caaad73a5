// Row versions (issue 17): two people edit the same customer on two
// connections of one database; the second save, made from what they read
// before the first, is refused with who changed what, and writes nothing.
// Runs on SQLite and on PostgreSQL alike.
#include "corehelpers.h"
#include "seconddesk.h"

#include "customers/customerstore.h"
#include "platform/changelogstore.h"

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("A customer saved by someone else since it was read is not overwritten", "[rowversion][customers]")
{
    TestDb t;
    SecondDesk wang(t, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    CustomerStore mine(*t.session);
    CustomerStore theirs(*wang.session);
    Customer c;
    c.name = QStringLiteral("张三");
    c.city = QStringLiteral("杭州");
    c.phones = {Phone{{}, QStringLiteral("13812345678"), {}}};
    const qint64 id = mine.create(c).value();

    const Customer readByMe = mine.get(id).value();
    const Customer readByWang = theirs.get(id).value();
    CHECK(readByMe.version == 1);
    CHECK(readByWang.version == 1);

    Customer wangs = readByWang;
    wangs.city = QStringLiteral("上海");
    wangs.phones = {Phone{{}, QStringLiteral("13900001111"), {}}};
    REQUIRE(theirs.update(wangs).ok());
    CHECK(mine.get(id)->version == 2);

    Customer stale = readByMe;
    stale.notes = QStringLiteral("我的备注");
    stale.city = QStringLiteral("北京");
    const Status refused = mine.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().field == QStringLiteral("version"));
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("王芳")));
    CHECK(message.contains(QStringLiteral("上海")));
    CHECK(message.contains(QStringLiteral("13900001111")));
    CHECK(message.contains(QStringLiteral("Your changes were not saved")));
    CHECK(refused.error().detail.contains(QStringLiteral("city=上海")));

    auto edit = ChangeLogStore(*t.session).latestEdit(QStringLiteral("customer"), id);
    REQUIRE(edit.ok());
    CHECK(edit->userName == QStringLiteral("王芳"));
    REQUIRE(edit->fields.size() == 2);
    CHECK(edit->fields.at(0).field == QStringLiteral("city"));
    CHECK(edit->fields.at(0).theirs == QStringLiteral("上海"));

    // Nothing of the refused save was written.
    const Customer now = mine.get(id).value();
    CHECK(now.city == QStringLiteral("上海"));
    CHECK(now.notes.isEmpty());
    CHECK(now.version == 2);
    CHECK(mine.history(id)->size() == 3); // created, city, phones

    // Saving again from the fresh version works, and the version moves on.
    Customer fresh = now;
    fresh.notes = QStringLiteral("我的备注");
    qint64 saved = 0;
    REQUIRE(mine.update(fresh, {}, nullptr, &saved).ok());
    CHECK(saved == 3);
    CHECK(theirs.get(id)->notes == QStringLiteral("我的备注"));

    // An internal write (no version given) moves the version without checking.
    Customer unchecked = theirs.get(id).value();
    unchecked.version = 0;
    unchecked.industry = QStringLiteral("制造");
    REQUIRE(theirs.update(unchecked).ok());
    CHECK(mine.get(id)->version == 4);
}

TEST_CASE("Moving to the trash and back moves a customer's version on", "[rowversion][customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    Customer c;
    c.name = QStringLiteral("李四");
    const qint64 id = store.create(c).value();
    const Customer read = store.get(id).value();
    REQUIRE(store.moveToTrash({id}).ok());
    REQUIRE(store.restore({id}).ok());
    CHECK(store.get(id)->version == read.version + 2);
    Customer stale = read;
    stale.city = QStringLiteral("北京");
    CHECK(store.update(stale).error().kind == ErrorKind::Conflict);
}

TEST_CASE("Putting back an older value after a newer change of that field is refused", "[rowversion][customers][history]")
{
    TestDb t;
    SecondDesk wang(t, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    CustomerStore mine(*t.session);
    CustomerStore theirs(*wang.session);
    Customer c;
    c.name = QStringLiteral("张三");
    c.city = QStringLiteral("杭州");
    const qint64 id = mine.create(c).value();

    Customer first = mine.get(id).value();
    first.city = QStringLiteral("宁波");
    REQUIRE(mine.update(first).ok());
    const qint64 myChange = mine.history(id)->first().id;

    Customer second = theirs.get(id).value();
    second.city = QStringLiteral("上海");
    REQUIRE(theirs.update(second).ok());

    const Status undo = mine.restoreValue(id, myChange);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().kind == ErrorKind::Conflict);
    CHECK(undo.error().message.contains(QStringLiteral("王芳")));
    CHECK(mine.get(id)->city == QStringLiteral("上海"));

    // Their change, the newest of the field, can be undone.
    const qint64 theirChange = mine.history(id)->first().id;
    REQUIRE(mine.restoreValue(id, theirChange).ok());
    CHECK(mine.get(id)->city == QStringLiteral("宁波"));
}
