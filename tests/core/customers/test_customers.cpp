// Customers: what is saved is what is read back, every change is in the
// history, bad input writes nothing, and the trash works.
#include "corehelpers.h"

#include "platform/changelogstore.h"
#include "team/channelstore.h"
#include "customers/customerliststore.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "platform/db/migrations.h"
#include "exchange/customerexport.h"
#include "exchange/importsource.h"
#include "text/pinyin.h"

#include <QSqlQuery>
#include <QDir>
#include <QSignalSpy>

#include <csignal>
#include <sys/resource.h>

using namespace guanxi;
using namespace guanxi::test;

namespace {

// The customers the search index holds keys of (customer id: that one's), on
// either backend.
qint64 searchRows(Database &db, qint64 customer = 0)
{
    if (onServer())
        return countRows(db, QStringLiteral("(SELECT DISTINCT customer_id FROM customer_search_tokens) AS i"),
                         customer ? QStringLiteral("customer_id = %1").arg(customer) : QString());
    return countRows(db, QStringLiteral("customer_search"), customer ? QStringLiteral("rowid = %1").arg(customer) : QString());
}

// Rows in every table a customer write touches.
struct Footprint {
    qint64 customers, phones, emails, tags, customerTags, values, changes, search;
    bool operator==(const Footprint &) const = default;
};

Footprint footprint(Database &db)
{
    return {countRows(db, QStringLiteral("customers")),    countRows(db, QStringLiteral("customer_phones")),
            countRows(db, QStringLiteral("customer_emails")), countRows(db, QStringLiteral("tags")),
            countRows(db, QStringLiteral("customer_tags")), countRows(db, QStringLiteral("custom_values")),
            countRows(db, QStringLiteral("change_log")),    searchRows(db)};
}

qint64 newCompany(CustomerStore &store, const QString &name)
{
    Customer c;
    c.kind = CustomerKind::Company;
    c.name = name;
    auto id = store.create(c);
    if (!id)
        FAIL(str(id.error().toString()));
    return *id;
}

qint64 newPerson(CustomerStore &store, const QString &name, qint64 companyId = 0)
{
    Customer c;
    c.name = name;
    c.companyId = companyId;
    auto id = store.create(c);
    if (!id)
        FAIL(str(id.error().toString()));
    return *id;
}

qint64 listCount(Session &session, const CustomerListQuery &q = {})
{
    auto n = CustomerListStore(session).count(q);
    if (!n)
        FAIL(str(n.error().toString()));
    return *n;
}

const Change *findChange(const QList<Change> &history, const QString &action, const QString &field = {})
{
    for (const Change &c : history)
        if (c.action == action && c.field == field)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("Every field of a customer survives a save and a read", "[customers]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    const qint64 company = newCompany(store, QStringLiteral("北京华兴科技有限公司"));
    User other;
    other.login = QStringLiteral("lisi");
    other.displayName = QStringLiteral("李四");
    const auto owner = UserStore(s).create(other);
    REQUIRE(owner.ok());
    const auto source = ChannelStore(s).find(QStringLiteral("exhibition"));
    REQUIRE(source.ok());
    CustomField wechat;
    wechat.name = QStringLiteral("微信号");
    CustomField budget;
    budget.name = QStringLiteral("预算");
    budget.type = CustomFieldType::Number;
    const auto wechatId = CustomFieldStore(s).add(wechat);
    const auto budgetId = CustomFieldStore(s).add(budget);
    REQUIRE(wechatId.ok());
    REQUIRE(budgetId.ok());

    Customer c;
    c.kind = CustomerKind::Person;
    c.name = QStringLiteral("  王   芳 ");
    c.companyId = company;
    c.jobTitle = QStringLiteral("采购经理");
    c.province = QStringLiteral("北京");
    c.city = QStringLiteral("北京");
    c.address = QStringLiteral("朝阳区建国路 88 号");
    c.industry = QStringLiteral("信息技术");
    c.sourceId = *source;
    c.stage = Stage::Prospect;
    c.ownerId = *owner;
    c.tags = {QStringLiteral("VIP"), QStringLiteral("展会")};
    c.notes = QStringLiteral("对价格比较敏感。\n需要报价单。");
    c.birthday = QDate(1988, 2, 29);
    c.nextFollowUp = QDate(2026, 3, 20);
    c.phones = {Phone{QStringLiteral("手机"), QStringLiteral("138 1234 5678"), QString()},
                Phone{QStringLiteral("办公室"), QStringLiteral("010-8888 6666"), QString()}};
    c.emails = {Email{QStringLiteral("work"), QStringLiteral("Wang.Fang@Example.com")},
                Email{QString(), QStringLiteral("wf@163.com")}};
    c.customValues = {{*wechatId, QStringLiteral("wangfang88")}, {*budgetId, QStringLiteral("250000")}};

    QSignalSpy changed(&s, &Session::customersChanged);
    const auto id = store.create(c);
    if (!id)
        FAIL(str(id.error().toString()));
    CHECK(*id > company);
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().first().value<QList<qint64>>() == QList<qint64>{*id});

    const auto got = store.get(*id);
    REQUIRE(got.ok());
    const Customer &g = *got;
    CHECK(g.id == *id);
    CHECK(g.kind == CustomerKind::Person);
    CHECK(g.name == QStringLiteral("王 芳")); // simplified
    CHECK(g.companyId == company);
    CHECK(g.companyName == QStringLiteral("北京华兴科技有限公司"));
    CHECK(g.jobTitle == QStringLiteral("采购经理"));
    CHECK(g.province == QStringLiteral("北京"));
    CHECK(g.city == QStringLiteral("北京"));
    CHECK(g.address == QStringLiteral("朝阳区建国路 88 号"));
    CHECK(g.industry == QStringLiteral("信息技术"));
    CHECK(g.sourceId == *source);
    CHECK(g.stage == Stage::Prospect);
    CHECK(g.ownerId == *owner);
    CHECK(g.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("展会")});
    CHECK(g.notes == QStringLiteral("对价格比较敏感。\n需要报价单。"));
    CHECK(g.birthday == QDate(1988, 2, 29));
    CHECK(g.nextFollowUp == QDate(2026, 3, 20));
    REQUIRE(g.phones.size() == 2);
    CHECK(g.phones.at(0) == Phone{QStringLiteral("手机"), QStringLiteral("138 1234 5678"), QStringLiteral("+8613812345678")});
    CHECK(g.phones.at(1) == Phone{QStringLiteral("办公室"), QStringLiteral("010-8888 6666"), QStringLiteral("+861088886666")});
    REQUIRE(g.emails.size() == 2);
    CHECK(g.emails.at(0) == Email{QStringLiteral("work"), QStringLiteral("Wang.Fang@Example.com")});
    CHECK(g.emails.at(1) == Email{QString(), QStringLiteral("wf@163.com")});
    CHECK(g.customValues.value(*wechatId) == QStringLiteral("wangfang88"));
    CHECK(g.customValues.value(*budgetId) == QStringLiteral("250000"));
    CHECK(g.customValues.size() == 2);
    CHECK(g.createdAt == fixedNow());
    CHECK(g.updatedAt == fixedNow());
    CHECK(g.createdBy == s.userId());
    CHECK(g.updatedBy == s.userId());
    CHECK_FALSE(g.isDeleted());

    // Read with others at once (as exports do): the same, in the order asked,
    // an id that does not exist left out.
    const auto many = store.getMany({*id, 999999, company});
    REQUIRE(many.ok());
    REQUIRE(many->size() == 2);
    CHECK(many->at(0) == g);
    CHECK(many->at(1) == *store.get(company));

    // The creation is in the history, by the current user.
    const auto history = ChangeLogStore(s).history(QStringLiteral("customer"), *id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("create"));
    CHECK(history->first().newValue == QStringLiteral("王 芳"));
    CHECK(history->first().userId == s.userId());
    CHECK(history->first().userName == QStringLiteral("Tester"));
    CHECK(history->first().changedAt == fixedNow());
}

TEST_CASE("A new customer without an owner belongs to the current user", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 id = newPerson(store, QStringLiteral("张三"));
    CHECK(store.get(id)->ownerId == t.session->userId());
    CHECK(store.get(id)->stage == Stage::Lead);
}

TEST_CASE("Duplicate phones, e-mails and tags are saved once", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    Customer c;
    c.name = QStringLiteral("张三");
    c.phones = {Phone{{}, QStringLiteral("13812345678"), {}}, Phone{{}, QStringLiteral("+86 138 1234 5678"), {}},
                Phone{{}, QStringLiteral("   "), {}}};
    c.emails = {Email{{}, QStringLiteral("a@example.com")}, Email{{}, QStringLiteral(" A@Example.COM ")},
                Email{{}, QString()}};
    c.tags = {QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral("  VIP "), QStringLiteral(" "),
              QStringLiteral("老客户")};
    const auto id = store.create(c);
    REQUIRE(id.ok());
    const auto g = store.get(*id);
    REQUIRE(g->phones.size() == 1);
    CHECK(g->phones.first().raw == QStringLiteral("13812345678"));
    REQUIRE(g->emails.size() == 1);
    CHECK(g->emails.first().address == QStringLiteral("a@example.com"));
    CHECK(g->tags == QStringList{QStringLiteral("VIP"), QStringLiteral("老客户")});
    CHECK(countRows(*t.db, QStringLiteral("tags")) == 2);
}

TEST_CASE("Tags are shared between customers regardless of case", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    Customer a;
    a.name = QStringLiteral("张三");
    a.tags = {QStringLiteral("VIP")};
    Customer b;
    b.name = QStringLiteral("李四");
    b.tags = {QStringLiteral("vip")};
    const auto ida = store.create(a);
    const auto idb = store.create(b);
    REQUIRE(ida.ok());
    REQUIRE(idb.ok());
    CHECK(countRows(*t.db, QStringLiteral("tags")) == 1);
    CHECK(store.get(*idb)->tags == QStringList{QStringLiteral("VIP")});
    CustomerListQuery q;
    q.tag = QStringLiteral("VIP");
    CHECK(listCount(*t.session, q) == 2);
}

TEST_CASE("An update logs one history row per changed field", "[customers][history]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    const qint64 companyA = newCompany(store, QStringLiteral("华兴科技"));
    const qint64 companyB = newCompany(store, QStringLiteral("腾云软件"));
    CustomField level;
    level.name = QStringLiteral("级别");
    level.type = CustomFieldType::Choice;
    level.choices = {QStringLiteral("A"), QStringLiteral("B")};
    const auto levelId = CustomFieldStore(s).add(level);
    REQUIRE(levelId.ok());

    Customer c;
    c.name = QStringLiteral("张伟");
    c.companyId = companyA;
    c.city = QStringLiteral("上海");
    c.stage = Stage::Lead;
    c.phones = {Phone{{}, QStringLiteral("138 1234 5678"), {}}};
    c.tags = {QStringLiteral("VIP")};
    c.customValues = {{*levelId, QStringLiteral("A")}};
    const auto id = store.create(c);
    REQUIRE(id.ok());

    User editorUser;
    editorUser.login = QStringLiteral("editor");
    editorUser.displayName = QStringLiteral("Editor");
    const auto editor = UserStore(s).create(editorUser);
    REQUIRE(editor.ok());
    s.setUserId(*editor);
    const QDateTime later = fixedNow().addSecs(3600);
    t.clock.set(later);

    Customer edit = *store.get(*id);
    edit.name = QStringLiteral("张伟强");
    edit.companyId = companyB;
    edit.city = QStringLiteral("深圳");
    edit.stage = Stage::Customer;
    edit.phones = {Phone{{}, QStringLiteral("139 0000 1111"), {}}};
    edit.tags = {QStringLiteral("VIP"), QStringLiteral("续约")};
    edit.customValues[*levelId] = QStringLiteral("B");
    edit.nextFollowUp = QDate(2026, 4, 1);
    REQUIRE(store.update(edit).ok());

    const auto history = ChangeLogStore(s).history(QStringLiteral("customer"), *id);
    REQUIRE(history.ok());
    QList<Change> updates;
    for (const Change &ch : *history)
        if (ch.action == QStringLiteral("update"))
            updates << ch;
    QStringList fields;
    for (const Change &ch : updates)
        fields << ch.field;
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("city"), QStringLiteral("company"), CustomerField::custom(*levelId),
                                QStringLiteral("name"), QStringLiteral("next_follow_up"), QStringLiteral("phones"),
                                QStringLiteral("stage"), QStringLiteral("tags")});

    struct Expect {
        QString field, oldValue, newValue;
    };
    const Expect expected[] = {
        {QStringLiteral("name"), QStringLiteral("张伟"), QStringLiteral("张伟强")},
        {QStringLiteral("company"), QStringLiteral("华兴科技"), QStringLiteral("腾云软件")},
        {QStringLiteral("city"), QStringLiteral("上海"), QStringLiteral("深圳")},
        {QStringLiteral("stage"), QStringLiteral("lead"), QStringLiteral("customer")},
        {QStringLiteral("phones"), QStringLiteral("138 1234 5678"), QStringLiteral("139 0000 1111")},
        {QStringLiteral("tags"), QStringLiteral("VIP"), QStringLiteral("VIP, 续约")},
        {QStringLiteral("next_follow_up"), QString(), QStringLiteral("2026-04-01")},
        {CustomerField::custom(*levelId), QStringLiteral("A"), QStringLiteral("B")},
    };
    QString batch;
    for (const Expect &e : expected) {
        INFO("field " << str(e.field));
        const Change *ch = findChange(updates, QStringLiteral("update"), e.field);
        REQUIRE(ch != nullptr);
        CHECK(ch->oldValue == e.oldValue);
        CHECK(ch->newValue == e.newValue);
        CHECK(ch->userId == *editor);
        CHECK(ch->userName == QStringLiteral("Editor"));
        CHECK(ch->changedAt == later);
        CHECK_FALSE(ch->batch.isEmpty());
        if (batch.isEmpty())
            batch = ch->batch;
        CHECK(ch->batch == batch); // one edit, one batch
    }
    const auto after = store.get(*id);
    CHECK(after->updatedAt == later);
    CHECK(after->updatedBy == *editor);
    CHECK(after->createdAt == fixedNow());
    CHECK(after->createdBy != *editor);

    SECTION("saving without changes logs nothing")
    {
        const qint64 before = countRows(*t.db, QStringLiteral("change_log"));
        REQUIRE(store.update(*store.get(*id)).ok());
        CHECK(countRows(*t.db, QStringLiteral("change_log")) == before);
    }
    SECTION("an explicit batch groups the rows")
    {
        Customer again = *store.get(*id);
        again.city = QStringLiteral("广州");
        REQUIRE(store.update(again, QStringLiteral("import-42")).ok());
        const auto h = ChangeLogStore(s).history(QStringLiteral("customer"), *id, 1);
        REQUIRE(h->size() == 1);
        CHECK(h->first().field == QStringLiteral("city"));
        CHECK(h->first().batch == QStringLiteral("import-42"));
    }
}

TEST_CASE("Bad input is refused with the field to fix and writes nothing", "[customers][validation]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    const qint64 existing = newPerson(store, QStringLiteral("张三"));
    const Footprint before = footprint(*t.db);

    struct Case {
        const char *what;
        Customer customer;
        QString field;
    };
    auto named = [](const QString &name) {
        Customer c;
        c.name = name;
        return c;
    };
    QList<Case> cases;
    cases.append({"empty name", named(QString()), CustomerField::Name});
    cases.append({"blank name", named(QStringLiteral(" \t ")), CustomerField::Name});
    cases.append({"name too long", named(QString(201, u'张')), CustomerField::Name});
    {
        Customer c = named(QStringLiteral("李四"));
        c.emails = {Email{{}, QStringLiteral("ok@example.com")}, Email{{}, QStringLiteral("li.si@example")}};
        cases.append({"e-mail without a dotted domain", c, CustomerField::Emails});
    }
    for (const char16_t *bad : {u"lisi", u"li si@example.com", u"lisi@@example.com", u"@example.com",
                                u"lisi@example..com", u"李四@example.com,", u"lisi@example.c"}) {
        Customer c = named(QStringLiteral("李四"));
        c.emails = {Email{{}, QString::fromUtf16(bad)}};
        cases.append({"bad e-mail", c, CustomerField::Emails});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.birthday = s.today().addDays(1);
        cases.append({"birthday tomorrow", c, CustomerField::Birthday});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.kind = CustomerKind::Company;
        c.birthday = QDate(2030, 1, 1);
        cases.append({"founding date in the future", c, CustomerField::Birthday});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.birthday = QDate(1700, 1, 1);
        cases.append({"birthday before 1800", c, CustomerField::Birthday});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.nextFollowUp = QDate(1999, 12, 31);
        cases.append({"implausible follow-up", c, CustomerField::NextFollowUp});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.tags = {QString(51, u'x')};
        cases.append({"tag too long", c, CustomerField::Tags});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.companyId = existing; // a person, not a company
        cases.append({"a person's company is a person", c, CustomerField::Company});
    }
    {
        Customer c = named(QStringLiteral("李四"));
        c.companyId = 987654;
        cases.append({"a company that does not exist", c, CustomerField::Company});
    }

    for (const Case &c : cases) {
        INFO(c.what << ": " << str(c.customer.name) << " "
                    << str(c.customer.emails.isEmpty() ? QString() : c.customer.emails.last().address)
                    << str(c.customer.phones.isEmpty() ? QString() : c.customer.phones.last().raw));
        const auto created = store.create(c.customer);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().field == c.field);
        CHECK_FALSE(created.error().message.isEmpty());
        CHECK(footprint(*t.db) == before);

        // The same input as an edit of an existing customer changes nothing either.
        Customer edit = c.customer;
        edit.id = existing;
        const auto updated = store.update(edit);
        REQUIRE_FALSE(updated.ok());
        CHECK(updated.error().field == c.field);
        CHECK(footprint(*t.db) == before);
        CHECK(store.get(existing)->name == QStringLiteral("张三"));
    }
    // A birthday today is fine.
    Customer today = named(QStringLiteral("今天生日"));
    today.birthday = s.today();
    CHECK(store.create(today).ok());
}

TEST_CASE("Customers::validate reports every bad field at once", "[customers][validation]")
{
    Customer c;
    c.name = QStringLiteral(" ");
    c.emails = {Email{{}, QStringLiteral("nope")}};
    c.phones = {Phone{{}, QStringLiteral("abc"), {}}};
    c.birthday = QDate(2030, 1, 1);
    const QList<Error> errors = Customers::validate(c, QStringLiteral("CN"), QDate(2026, 3, 15));
    QStringList fields;
    for (const Error &e : errors)
        fields << e.field;
    fields.sort();
    // A phone that is no number is kept as written, not an error (see
    // test_phonechecks.cpp).
    CHECK(fields == QStringList{CustomerField::Birthday, CustomerField::Emails, CustomerField::Name});
    REQUIRE(c.phones.size() == 1);
    CHECK_FALSE(c.phones.first().verified());
    for (const Error &e : errors)
        CHECK_FALSE(e.message.isEmpty());
    // The bad e-mail is named in its message.
    for (const Error &e : errors)
        if (e.field == CustomerField::Emails)
            CHECK(e.message.contains(QStringLiteral("nope")));
}

TEST_CASE("Customers::isValidEmail", "[customers][validation]")
{
    for (const char *good : {"a@b.cn", "wang.fang@example.com", "x+tag@mail.example.org", "li_si@163.com",
                             "UPPER@EXAMPLE.COM"}) {
        INFO(good);
        CHECK(Customers::isValidEmail(QString::fromLatin1(good)));
    }
    CHECK(Customers::isValidEmail(QStringLiteral("张三@例子.中国")));
    for (const char *bad : {"", "a", "a@b", "a@b.c", "a b@c.com", "a@b..com", "a@@b.com", "a@b_c.com", "a@.com",
                            "<a@b.com>", "a@b.com.", "a,b@c.com"}) {
        INFO(bad);
        CHECK_FALSE(Customers::isValidEmail(QString::fromLatin1(bad)));
    }
}

TEST_CASE("A person belongs to a company, never to a person", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 company = newCompany(store, QStringLiteral("华兴科技"));
    const qint64 person = newPerson(store, QStringLiteral("张三"), company);
    CHECK(store.get(person)->companyName == QStringLiteral("华兴科技"));

    Customer other;
    other.name = QStringLiteral("李四");
    other.companyId = person;
    const auto refused = store.create(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == CustomerField::Company);

    Customer sub;
    sub.kind = CustomerKind::Company;
    sub.name = QStringLiteral("华兴科技上海分公司");
    sub.companyId = company;
    const auto subRefused = store.create(sub);
    REQUIRE_FALSE(subRefused.ok());
    CHECK(subRefused.error().field == CustomerField::Company);

    // A company that is in the trash cannot be picked either.
    REQUIRE(store.moveToTrash({company}).ok());
    Customer late;
    late.name = QStringLiteral("王五");
    late.companyId = company;
    const auto trashed = store.create(late);
    REQUIRE_FALSE(trashed.ok());
    CHECK(trashed.error().field == CustomerField::Company);

    // Nor can a customer be its own company.
    Customer self = *store.get(company);
    self.companyId = company;
    REQUIRE(store.restore({company}).ok());
    const auto selfRefused = store.update(self);
    REQUIRE_FALSE(selfRefused.ok());
    CHECK(selfRefused.error().field == CustomerField::Company);
    CHECK(countRows(*t.db, QStringLiteral("customers")) == 2);
}

TEST_CASE("The trash hides customers, gives them back and purges them for good", "[customers][trash]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    const qint64 a = newPerson(store, QStringLiteral("张三"));
    const qint64 b = newPerson(store, QStringLiteral("李四"));
    Customer withDetails;
    withDetails.name = QStringLiteral("王五");
    withDetails.phones = {Phone{{}, QStringLiteral("138 1234 5678"), {}}};
    withDetails.emails = {Email{{}, QStringLiteral("ww@example.com")}};
    withDetails.tags = {QStringLiteral("VIP")};
    const auto cId = store.create(withDetails);
    REQUIRE(cId.ok());
    const qint64 c = *cId;
    REQUIRE(listCount(s) == 3);

    t.clock.set(fixedNow().addDays(1));
    REQUIRE(store.moveToTrash({a, c}).ok());
    CHECK(listCount(s) == 1);
    CHECK(*store.countLive() == 1);
    CHECK(store.get(a)->isDeleted());
    CHECK(store.get(a)->deletedAt == fixedNow().addDays(1));
    CustomerListQuery search;
    search.search = QStringLiteral("张三");
    CHECK(listCount(s, search) == 0);

    auto trash = store.trash();
    REQUIRE(trash.ok());
    REQUIRE(trash->size() == 2);
    QList<qint64> trashIds;
    for (const TrashEntry &e : *trash) {
        trashIds << e.id;
        CHECK(e.deletedBy == QStringLiteral("Tester"));
        CHECK(e.deletedAt == fixedNow().addDays(1));
    }
    std::sort(trashIds.begin(), trashIds.end());
    CHECK(trashIds == QList<qint64>{a, c});

    // Moving again changes nothing and logs nothing.
    const qint64 logBefore = countRows(*t.db, QStringLiteral("change_log"));
    REQUIRE(store.moveToTrash({a}).ok());
    CHECK(countRows(*t.db, QStringLiteral("change_log")) == logBefore);

    SECTION("restore brings a customer back, with everything")
    {
        REQUIRE(store.restore({c}).ok());
        CHECK(listCount(s) == 2);
        const auto back = store.get(c);
        CHECK_FALSE(back->isDeleted());
        CHECK(back->phones.size() == 1);
        CHECK(back->tags == QStringList{QStringLiteral("VIP")});
        CHECK(store.trash()->size() == 1);
        const auto h = ChangeLogStore(s).history(QStringLiteral("customer"), c);
        REQUIRE(h->size() == 3);
        CHECK(h->at(0).action == QStringLiteral("restore"));
        CHECK(h->at(1).action == QStringLiteral("delete"));
        CHECK(h->at(2).action == QStringLiteral("create"));
        // Restoring a live customer is a no-op.
        const qint64 n = countRows(*t.db, QStringLiteral("change_log"));
        REQUIRE(store.restore({b}).ok());
        CHECK(countRows(*t.db, QStringLiteral("change_log")) == n);
    }
    SECTION("purge removes for good, with phones, e-mails, tags and search keys")
    {
        REQUIRE(store.purge({c}).ok());
        CHECK_FALSE(store.get(c).ok());
        CHECK(countRows(*t.db, QStringLiteral("customers"), QStringLiteral("id = %1").arg(c)) == 0);
        CHECK(countRows(*t.db, QStringLiteral("customer_phones")) == 0);
        CHECK(countRows(*t.db, QStringLiteral("customer_emails")) == 0);
        CHECK(countRows(*t.db, QStringLiteral("customer_tags")) == 0);
        CHECK(searchRows(*t.db, c) == 0);
        CHECK(store.trash()->size() == 1);
        CHECK(listCount(s) == 1);
        // The history outlives the customer.
        const auto h = ChangeLogStore(s).history(QStringLiteral("customer"), c);
        REQUIRE(h->size() == 3);
        CHECK(h->at(0).action == QStringLiteral("purge"));
        CHECK(h->at(0).oldValue == QStringLiteral("王五"));
        CHECK(h->at(0).userId == s.userId());
        CHECK(h->at(1).action == QStringLiteral("delete"));
    }
    SECTION("purge refuses customers that are not in the trash and removes none of the batch")
    {
        const auto refused = store.purge({a, b});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QString::number(b)));
        CHECK(store.get(a).ok()); // a was in the trash, but the batch failed as a whole
        CHECK(store.get(b).ok());
        CHECK_FALSE(store.get(b)->isDeleted());
        CHECK(store.trash()->size() == 2);
        CHECK(findChange(*ChangeLogStore(s).history(QStringLiteral("customer"), a), QStringLiteral("purge")) == nullptr);
    }
}

TEST_CASE("Purging a company keeps its people, without the company", "[customers][trash]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 company = newCompany(store, QStringLiteral("华兴科技"));
    const qint64 person = newPerson(store, QStringLiteral("张三"), company);
    REQUIRE(store.moveToTrash({company}).ok());
    REQUIRE(store.purge({company}).ok());
    const auto p = store.get(person);
    REQUIRE(p.ok());
    CHECK(p->companyId == 0);
    CHECK(p->companyName.isEmpty());
}

TEST_CASE("Custom values for a field that does not exist are refused as a whole", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const Footprint before = footprint(*t.db);
    Customer c;
    c.name = QStringLiteral("张三");
    c.phones = {Phone{{}, QStringLiteral("138 1234 5678"), {}}};
    c.customValues = {{4242, QStringLiteral("x")}};
    const auto created = store.create(c);
    REQUIRE_FALSE(created.ok());
    CHECK_FALSE(created.error().message.isEmpty());
    CHECK(footprint(*t.db) == before); // the customer row and phone were rolled back
    // The connection is usable afterwards.
    c.customValues.clear();
    CHECK(store.create(c).ok());
}

TEST_CASE("Custom fields: add, list, update and remove", "[customfields]")
{
    TestDb t;
    Session &s = *t.session;
    CustomFieldStore fields(s);
    QSignalSpy lookups(&s, &Session::lookupsChanged);

    CustomField wechat;
    wechat.name = QStringLiteral("  微信号 ");
    CustomField level;
    level.name = QStringLiteral("级别");
    level.type = CustomFieldType::Choice;
    level.choices = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    CustomField interests;
    interests.name = QStringLiteral("兴趣");
    interests.type = CustomFieldType::MultiChoice;
    interests.choices = {QStringLiteral("软件"), QStringLiteral("硬件")};
    const auto w = fields.add(wechat);
    const auto l = fields.add(level);
    const auto i = fields.add(interests);
    REQUIRE(w.ok());
    REQUIRE(l.ok());
    REQUIRE(i.ok());
    CHECK(lookups.count() == 3);

    auto listed = fields.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 3);
    CHECK(listed->at(0).id == *w);
    CHECK(listed->at(0).name == QStringLiteral("微信号"));
    CHECK(listed->at(0).type == CustomFieldType::Text);
    CHECK(listed->at(1).name == QStringLiteral("级别"));
    CHECK(listed->at(1).type == CustomFieldType::Choice);
    CHECK(listed->at(1).choices == level.choices);
    CHECK(listed->at(2).type == CustomFieldType::MultiChoice);
    CHECK(listed->at(2).choices == interests.choices);
    CHECK(listed->at(0).position < listed->at(1).position);
    CHECK(listed->at(1).position < listed->at(2).position);

    SECTION("names must be given and unique; choice fields need choices")
    {
        CustomField dup;
        dup.name = QStringLiteral("微信号");
        const auto d = fields.add(dup);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().field == QStringLiteral("name"));
        CustomField blank;
        blank.name = QStringLiteral("   ");
        CHECK(fields.add(blank).error().field == QStringLiteral("name"));
        CustomField noChoices;
        noChoices.name = QStringLiteral("等级");
        noChoices.type = CustomFieldType::Choice;
        CHECK(fields.add(noChoices).error().field == QStringLiteral("choices"));
        CHECK(fields.list()->size() == 3);
    }
    SECTION("update renames and changes choices but keeps the type")
    {
        CustomField edit = listed->at(1);
        edit.name = QStringLiteral("客户级别");
        edit.choices = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        edit.type = CustomFieldType::Number;
        REQUIRE(fields.update(edit).ok());
        const auto after = fields.list();
        CHECK(after->at(1).name == QStringLiteral("客户级别"));
        CHECK(after->at(1).choices.size() == 4);
        CHECK(after->at(1).type == CustomFieldType::Choice);
        CustomField clash = listed->at(1);
        clash.name = QStringLiteral("微信号");
        CHECK(fields.update(clash).error().field == QStringLiteral("name"));
    }
    SECTION("remove drops the field and its values")
    {
        CustomerStore store(s);
        Customer c;
        c.name = QStringLiteral("张三");
        c.customValues = {{*w, QStringLiteral("zs123")}, {*l, QStringLiteral("B")}};
        const auto id = store.create(c);
        REQUIRE(id.ok());
        REQUIRE(countRows(*t.db, QStringLiteral("custom_values")) == 2);
        REQUIRE(fields.remove(*w).ok());
        CHECK(fields.list()->size() == 2);
        const auto g = store.get(*id);
        CHECK_FALSE(g->customValues.contains(*w));
        CHECK(g->customValues.value(*l) == QStringLiteral("B"));
        CHECK(countRows(*t.db, QStringLiteral("custom_values")) == 1);
    }
}

namespace {
CustomField fieldOf(CustomFieldType type, QStringList choices = {})
{
    CustomField f;
    f.name = QStringLiteral("字段");
    f.type = type;
    f.choices = std::move(choices);
    return f;
}

// Sets the default locale for one test and puts the old one back.
struct LocaleGuard {
    QLocale old;
    explicit LocaleGuard(const QLocale &l) { QLocale::setDefault(l); }
    ~LocaleGuard() { QLocale::setDefault(old); }
};
} // namespace

TEST_CASE("CustomField::normalise checks input per type", "[customfields]")
{
    SECTION("text")
    {
        const CustomField f = fieldOf(CustomFieldType::Text);
        CHECK(*f.normalise(QStringLiteral("  wx_123 ")) == QStringLiteral("wx_123"));
        CHECK(f.normalise(QStringLiteral("   "))->isEmpty());
        CHECK(f.normalise(QString(2000, u'字')).ok());
        CHECK_FALSE(f.normalise(QString(2001, u'字')).ok());
    }
    SECTION("number")
    {
        LocaleGuard c(QLocale::c());
        const CustomField f = fieldOf(CustomFieldType::Number);
        CHECK(*f.normalise(QStringLiteral("42")) == QStringLiteral("42"));
        CHECK(*f.normalise(QStringLiteral(" 1234.5 ")) == QStringLiteral("1234.5"));
        CHECK(*f.normalise(QStringLiteral("-0.25")) == QStringLiteral("-0.25"));
        CHECK(*f.normalise(QStringLiteral("1e3")) == QStringLiteral("1000"));
        CHECK(*f.normalise(QStringLiteral("123456789012")) == QStringLiteral("123456789012"));
        CHECK(f.normalise(QString())->isEmpty());
        for (const char *bad : {"abc", "12abc", "1.2.3", "--1", "一百"}) {
            INFO(bad);
            const auto r = f.normalise(QString::fromUtf8(bad));
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.contains(QString::fromUtf8(bad)));
        }
    }
    SECTION("number typed in the user's locale is stored in C locale")
    {
        LocaleGuard de(QLocale(QLocale::German, QLocale::Germany));
        const CustomField f = fieldOf(CustomFieldType::Number);
        CHECK(*f.normalise(QStringLiteral("1,5")) == QStringLiteral("1.5"));
        CHECK(*f.normalise(QStringLiteral("1.234,5")) == QStringLiteral("1234.5"));
        CHECK(f.display(QStringLiteral("1234.5"), QLocale(QLocale::German, QLocale::Germany))
              == QStringLiteral("1.234,5"));
    }
    SECTION("date")
    {
        const CustomField f = fieldOf(CustomFieldType::Date);
        CHECK(*f.normalise(QStringLiteral("2026-03-31")) == QStringLiteral("2026-03-31"));
        CHECK(*f.normalise(QStringLiteral(" 2024-02-29 ")) == QStringLiteral("2024-02-29"));
        for (const char *bad : {"2026-02-30", "2025-02-29", "31/03/2026", "03/31/2026", "tomorrow", "2026-13-01", "2026-3"}) {
            INFO(bad);
            CHECK_FALSE(f.normalise(QString::fromLatin1(bad)).ok());
        }
    }
    SECTION("single choice")
    {
        const CustomField f = fieldOf(CustomFieldType::Choice, {QStringLiteral("A"), QStringLiteral("B 级")});
        CHECK(*f.normalise(QStringLiteral("A")) == QStringLiteral("A"));
        CHECK(*f.normalise(QStringLiteral(" B 级 ")) == QStringLiteral("B 级"));
        const auto bad = f.normalise(QStringLiteral("C"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("A, B 级")));
        CHECK_FALSE(f.normalise(QStringLiteral("a")).ok());
    }
    SECTION("multiple choice")
    {
        const CustomField f = fieldOf(CustomFieldType::MultiChoice,
                                      {QStringLiteral("软件"), QStringLiteral("硬件"), QStringLiteral("服务")});
        const auto two = f.normalise(QStringLiteral("硬件, 软件"));
        REQUIRE(two.ok());
        CHECK(CustomField::decodeMulti(*two) == QStringList{QStringLiteral("硬件"), QStringLiteral("软件")});
        CHECK(CustomField::decodeMulti(*f.normalise(QStringLiteral("软件,软件,"))) == QStringList{QStringLiteral("软件")});
        CHECK(f.normalise(QStringLiteral(" , "))->isEmpty());
        const auto bad = f.normalise(QStringLiteral("软件, 咨询"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("咨询")));
        const auto picked = f.normaliseChoices({QStringLiteral("服务"), QStringLiteral(" 软件 "), QString()});
        REQUIRE(picked.ok());
        CHECK(CustomField::decodeMulti(*picked) == QStringList{QStringLiteral("服务"), QStringLiteral("软件")});
        CHECK(f.display(*picked) == QStringLiteral("服务, 软件"));
        CHECK(f.normaliseChoices({})->isEmpty());
    }
}

TEST_CASE("Custom field type codes round-trip", "[customfields]")
{
    for (CustomFieldType type : CustomField::types()) {
        CHECK(CustomField::typeFromCode(CustomField::typeCode(type)) == type);
        CHECK_FALSE(CustomField::typeLabel(type).isEmpty());
    }
    CHECK_FALSE(CustomField::typeFromCode(QStringLiteral("blob")).has_value());
    for (Stage stage : Customers::stages())
        CHECK(Customers::stageFromCode(Customers::stageCode(stage)) == stage);
}

TEST_CASE("Updating a customer that does not exist is an error", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    Customer ghost;
    ghost.id = 4242;
    ghost.name = QStringLiteral("不存在");
    const auto updated = store.update(ghost);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().message.contains(QStringLiteral("4242")));
    CHECK(countRows(*t.db, QStringLiteral("customers")) == 0);
    CHECK(countRows(*t.db, QStringLiteral("change_log")) == 0);
}

TEST_CASE("Look-ups behind pickers and filters", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 huaxing = newCompany(store, QStringLiteral("华兴科技"));
    newCompany(store, QStringLiteral("100% 满意_服务"));
    const qint64 trashed = newCompany(store, QStringLiteral("华兴旧公司"));
    REQUIRE(store.moveToTrash({trashed}).ok());
    Customer p;
    p.name = QStringLiteral("张三");
    p.city = QStringLiteral("上海");
    p.tags = {QStringLiteral("VIP")};
    REQUIRE(store.create(p).ok());
    p.name = QStringLiteral("李四");
    p.city = QStringLiteral("北京");
    p.tags = {QStringLiteral("展会")};
    REQUIRE(store.create(p).ok());

    const auto hx = store.companies(QStringLiteral("华兴"));
    REQUIRE(hx.ok());
    REQUIRE(hx->size() == 1); // not the one in the trash, not the people
    CHECK(hx->first().id == huaxing);
    CHECK(store.companies(QStringLiteral("%"))->size() == 1); // % is a character, not a wildcard
    CHECK(store.companies(QStringLiteral("_"))->size() == 1);
    CHECK(store.companies(QString())->size() == 2);
    CHECK(*store.companyByName(QStringLiteral(" 华兴科技 ")) == huaxing);
    CHECK(*store.companyByName(QStringLiteral("华兴旧公司")) == 0);
    CHECK(*store.companyByName(QStringLiteral("张三")) == 0);
    CHECK(*store.cities() == QStringList{QStringLiteral("北京"), QStringLiteral("上海")}); // pinyin: bei, shang
    CHECK(store.tagNames()->size() == 2);
    CHECK(*store.countLive() == 4);
}

TEST_CASE("A company with people cannot silently become a person", "[customers]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 company = newCompany(store, QStringLiteral("华兴科技"));
    newPerson(store, QStringLiteral("张三"), company);
    Customer edit = *store.get(company);
    edit.kind = CustomerKind::Person;
    (void)store.update(edit); // refusing or detaching the people are both fine
    // Whatever happened, no person belongs to a person.
    CHECK(countRows(*t.db, QStringLiteral("customers p JOIN customers c ON c.id = p.company_id"),
                    QStringLiteral("c.kind <> 'company'"))
          == 0);
}

TEST_CASE("People of a company in the trash can still be edited", "[customers][trash]")
{
    TestDb t;
    CustomerStore store(*t.session);
    const qint64 company = newCompany(store, QStringLiteral("华兴科技"));
    const qint64 person = newPerson(store, QStringLiteral("张三"), company);
    REQUIRE(store.moveToTrash({company}).ok());
    // Changing the phone has nothing to do with the company.
    Customer edit = *store.get(person);
    edit.phones = {Phone{{}, QStringLiteral("138 1234 5678"), {}}};
    const auto saved = store.update(edit);
    if (!saved)
        FAIL(str(saved.error().toString()));
    CHECK(store.get(person)->phones.size() == 1);
}

TEST_CASE("A tag added to many customers at once: live ones only, once each, logged, all or nothing",
          "[customers][tags]")
{
    TestDb t;
    CustomerStore store(*t.session);
    QList<qint64> ids;
    for (const char *name : {"张一", "张二", "张三"}) {
        Customer c;
        c.name = QString::fromUtf8(name);
        ids << *store.create(c);
    }
    Customer tagged = *store.get(ids.at(0));
    tagged.tags = {QStringLiteral("老客户")};
    REQUIRE(store.update(tagged).ok());
    REQUIRE(store.moveToTrash({ids.at(2)}).ok());

    auto added = store.addTag(ids, QStringLiteral("  重要价值  "));
    REQUIRE(added.ok());
    CHECK(*added == 2);   // the trashed customer is left alone
    CHECK(store.get(ids.at(0))->tags.contains(QStringLiteral("重要价值")));
    CHECK(store.get(ids.at(0))->tags.contains(QStringLiteral("老客户")));
    CHECK(store.get(ids.at(1))->tags == QStringList{QStringLiteral("重要价值")});
    CHECK(store.get(ids.at(2))->tags.isEmpty());
    CHECK(*store.addTag(ids, QStringLiteral("重要价值")) == 0);   // nobody twice

    auto history = ChangeLogStore(*t.session).history(QStringLiteral("customer"), ids.at(0));
    REQUIRE(history.ok());
    const auto tagChange = std::find_if(history->cbegin(), history->cend(), [](const Change &c) {
        return c.field == QStringLiteral("tags") && c.newValue.contains(QStringLiteral("重要价值"));
    });
    REQUIRE(tagChange != history->cend());
    CHECK(tagChange->oldValue == QStringLiteral("老客户"));

    CHECK_FALSE(store.addTag(ids, QStringLiteral("   ")).ok());
    std::atomic_bool stop{true};
    auto stopped = store.addTag(ids, QStringLiteral("新标签"), &stop);
    REQUIRE_FALSE(stopped.ok());
    CHECK(store.get(ids.at(1))->tags == QStringList{QStringLiteral("重要价值")});   // nothing half-done
}

namespace {
QStringList order(const char *names)
{
    return QString::fromLatin1(names).split(u' ');
}

// Names in the order the list shows them for this sort column.
QStringList listedNames(Session &session, CustomerColumn column, Qt::SortOrder order = Qt::AscendingOrder)
{
    CustomerListQuery q;
    q.sortColumn = int(column);
    q.sortOrder = order;
    auto page = CustomerListStore(session).page(q, 0, 100);
    if (!page)
        FAIL(str(page.error().toString()));
    QStringList names;
    for (const CustomerListRow &row : *page)
        names << row.values.at(int(CustomerColumn::Name)).toString();
    return names;
}
} // namespace

TEST_CASE("The list sorts cities, provinces, industries and owners by pinyin, not code point", "[customers][pinyin]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    // Owners: 赵 (zhao), 李 (li), 王 (wang); the tester is "Tester".
    QHash<QString, qint64> owners;
    for (const auto &[login, name] : {std::pair{"zhao", "赵磊"}, std::pair{"li", "李明"}, std::pair{"wang", "王芳"}}) {
        User u;
        u.login = QString::fromLatin1(login);
        u.displayName = QString::fromUtf8(name);
        auto id = UserStore(s).create(u);
        REQUIRE(id.ok());
        owners.insert(u.login, *id);
    }
    // Code point order would be 上海 (4E0A) 北京 (5317) 广州 (5E7F) 成都 (6210).
    struct Row {
        const char *name, *province, *city, *industry, *owner;
    };
    const Row rows[] = {
        {"A", "上海", "上海", "制造", "zhao"},
        {"B", "北京", "北京", "餐饮", "li"},
        {"C", "广东", "广州", "教育", "wang"},
        {"D", "四川", "成都", "", "li"},
    };
    QHash<QString, qint64> ids;
    for (const Row &r : rows) {
        Customer c;
        c.name = QString::fromUtf8(r.name);
        c.province = QString::fromUtf8(r.province);
        c.city = QString::fromUtf8(r.city);
        c.industry = QString::fromUtf8(r.industry);
        c.ownerId = owners.value(QString::fromLatin1(r.owner));
        auto id = store.create(c);
        REQUIRE(id.ok());
        ids.insert(c.name, *id);
    }
    CHECK(listedNames(s, CustomerColumn::City) == order("B D C A"));   // bei cheng guang shang
    CHECK(listedNames(s, CustomerColumn::City, Qt::DescendingOrder) == order("A C D B"));
    CHECK(listedNames(s, CustomerColumn::Province) == order("B C A D")); // bei guang shang si
    CHECK(listedNames(s, CustomerColumn::Industry) == order("D B C A")); // none, can jiao zhi
    CHECK(listedNames(s, CustomerColumn::Owner) == order("B D C A"));   // li li wang zhao

    SECTION("an edit moves the customer to its new place")
    {
        auto got = store.get(ids.value(QStringLiteral("A")));
        REQUIRE(got.ok());
        Customer a = *got;
        a.city = QStringLiteral("安庆"); // an
        a.industry.clear();
        REQUIRE(store.update(a).ok());
        CHECK(listedNames(s, CustomerColumn::City) == order("A B D C"));
        CHECK(listedNames(s, CustomerColumn::Industry).mid(0, 2) == order("A D")); // both without
    }
    SECTION("rowOf agrees with the page order")
    {
        CustomerListQuery q;
        q.sortColumn = int(CustomerColumn::Owner);
        auto page = CustomerListStore(s).page(q, 0, 100);
        REQUIRE(page.ok());
        for (int i = 0; i < page->size(); ++i)
            CHECK(*CustomerListStore(s).rowOf(q, page->at(i).id) == i);
        q.sortColumn = int(CustomerColumn::City);
        page = CustomerListStore(s).page(q, 0, 100);
        for (int i = 0; i < page->size(); ++i)
            CHECK(*CustomerListStore(s).rowOf(q, page->at(i).id) == i);
    }
}

TEST_CASE("Upgrading a file fills the pinyin keys of the cities already in it", "[customers][pinyin][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.guanxi"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        auto upgraded = Migrations::upgrade(raw.db, 0, 14);
        if (!upgraded)
            FAIL(str(upgraded.error().toString()));
        int id = 0;
        for (const char *city : std::initializer_list<const char *>{"上海", "北京", "成都", nullptr, "广州"}) {
            ++id;
            raw.exec(QStringLiteral("INSERT INTO customers (id, kind, name, name_sort, city, province, industry, "
                                    "created_at, updated_at) VALUES (%1, 'person', 'C%1', 'c%1', %2, %2, %2, "
                                    "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                         .arg(id)
                         .arg(city ? QStringLiteral("'%1'").arg(QString::fromUtf8(city)) : QStringLiteral("NULL")));
        }
    }
    auto opened = Database::open(path);
    if (!opened)
        FAIL(str(opened.error().toString()));
    FixedClock clock(fixedNow());
    Session session(**opened, clock);
    CHECK(listedNames(session, CustomerColumn::City) == order("C4 C2 C3 C5 C1"));
    CHECK(listedNames(session, CustomerColumn::Province) == order("C4 C2 C3 C5 C1"));
    CHECK(listedNames(session, CustomerColumn::Industry) == order("C4 C2 C3 C5 C1"));
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    CHECK(raw.scalar(QStringLiteral("SELECT city_sort FROM customers WHERE id = 2")).toString()
          == Pinyin::sortKey(QStringLiteral("北京")));
    CHECK(raw.scalar(QStringLiteral("SELECT city_sort IS NULL FROM customers WHERE id = 4")).toInt() == 1);
}

TEST_CASE("Importing a file that is not there says so, where, and what to do", "[customers][import][errors]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("客户名单.csv"));
    auto source = ImportSource::open(missing);
    REQUIRE_FALSE(source.ok());
    const QString message = source.error().message;
    CHECK_FALSE(message.contains(QStringLiteral("Unknown error")));
    CHECK(message.contains(QDir::toNativeSeparators(missing)));
    CHECK(message.contains(QStringLiteral("There is no file")));
    CHECK(message.contains(QStringLiteral("Check the name and the folder")));
    auto folder = ImportSource::open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
}

TEST_CASE("A vCard export that cannot be written says why, where, and what to do", "[customers][export][errors]")
{
    TestDb t;
    CustomerStore store(*t.session);
    for (int i = 0; i < 300; ++i) {
        Customer c;
        c.name = QStringLiteral("客户 %1").arg(i);
        c.notes = QString(200, u'备');
        c.phones << Phone{QString(), QStringLiteral("138 0000 %1").arg(1000 + i), QString()};
        REQUIRE(store.create(c).ok());
    }
    const QString target = t.dir.filePath(QStringLiteral("contacts.vcf"));
    // The disk fills up part way: a file-size limit makes the system refuse
    // writes past 32 KiB, as a full disk would, only for this export.
    struct rlimit before;
    REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = before;
    small.rlim_cur = 32 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto written = CustomerExport::write(*t.session, {}, target, ExportFormat::VCard30);
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    REQUIRE_FALSE(written.ok());
    const QString message = written.error().message;
    INFO(str(message));
    CHECK_FALSE(message.contains(QStringLiteral("Unknown error")));
    CHECK(message.contains(QDir::toNativeSeparators(target)));
    CHECK(message.contains(QStringLiteral("File too large")));
    CHECK(message.contains(QStringLiteral("choose another folder")));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("The list filters by province and industry, and lists them in pinyin order", "[customers][pinyin]")
{
    TestDb t;
    Session &s = *t.session;
    CustomerStore store(s);
    struct Row {
        const char *name, *province, *industry;
    };
    // Code point order would be 上海 北京 广东 and 制造业 教育 餐饮.
    for (const Row &r : {Row{"A", "上海", "制造业"}, Row{"B", "北京", "餐饮"}, Row{"C", "广东", "教育"},
                         Row{"D", "北京", "制造业"}, Row{"E", "", ""}}) {
        Customer c;
        c.name = QString::fromUtf8(r.name);
        c.province = QString::fromUtf8(r.province);
        c.industry = QString::fromUtf8(r.industry);
        REQUIRE(store.create(c).ok());
    }
    const qint64 trashed = *store.create([] {
        Customer c;
        c.name = QStringLiteral("F");
        c.province = QStringLiteral("安徽");
        return c;
    }());
    REQUIRE(store.moveToTrash({trashed}).ok());
    CustomerListStore list(s);
    CHECK(*list.distinctValues(CustomerColumn::Province)
          == QStringList({QStringLiteral("北京"), QStringLiteral("广东"), QStringLiteral("上海")})); // not 安徽: trash
    CHECK(*list.distinctValues(CustomerColumn::Industry)
          == QStringList({QStringLiteral("餐饮"), QStringLiteral("教育"), QStringLiteral("制造业")}));
    CustomerListQuery q;
    q.province = QStringLiteral("北京");
    CHECK(listCount(s, q) == 2);
    q.industry = QStringLiteral("制造业");
    CHECK(listCount(s, q) == 1);
    auto page = list.page(q, 0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    CHECK(page->first().values.at(int(CustomerColumn::Name)).toString() == QStringLiteral("D"));
    CHECK(*list.rowOf(q, page->first().id) == 0);
    q.province.clear();
    CHECK(listCount(s, q) == 2);
}

TEST_CASE("Reading a customer fails whole when a part cannot be read, so nothing is written back from half of it",
          "[customers][errors]")
{
    TestDb t;
    CustomerStore store(*t.session);
    Customer c;
    c.name = QStringLiteral("华信科技");
    c.kind = CustomerKind::Company;
    c.phones << Phone{QStringLiteral("work"), QStringLiteral("010 6552 9988"), {}};
    c.emails << Email{QStringLiteral("work"), QStringLiteral("info@huaxin.example")};
    c.tags << QStringLiteral("VIP");
    const qint64 id = *store.create(c);
    Customer person;
    person.name = QStringLiteral("李娜");
    person.companyId = id;
    REQUIRE(store.create(person).ok());

    // Each part in turn cannot be read (its table is gone): get() refuses
    // instead of returning the customer without that part.
    QSqlQuery q(t.db->connection());
    for (const char *table : {"customer_phones", "customer_emails", "customer_tags", "custom_values"}) {
        INFO(table);
        const QString name = QString::fromLatin1(table);
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_away").arg(name)));
        auto read = store.get(id);
        CHECK_FALSE(read.ok());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE %1_away RENAME TO %1").arg(name)));
        auto again = store.get(id);
        INFO(str(again.ok() ? QString() : again.error().toString()));
        REQUIRE(again.ok());
    }
    auto whole = store.get(id);
    REQUIRE(whole.ok());
    CHECK(store.get(id + 100).error().kind == ErrorKind::NotFound);
    CHECK(store.get(id + 100).error().isAboutInput());
    CHECK(whole->phones.size() == 1);
    CHECK(whole->tags == QStringList{QStringLiteral("VIP")});

    // Turning the company into a person when its people cannot be counted is
    // refused, not taken as "nobody belongs to it".
    Customer asPerson = *whole;
    asPerson.kind = CustomerKind::Person;
    // (A temporary view over a missing table stands in for customers, so the
    // count fails; PostgreSQL wants a view's tables to exist: customers is
    // renamed away instead.)
    REQUIRE(q.exec(onServer() ? QStringLiteral("ALTER TABLE customers RENAME TO customers_away")
                              : QStringLiteral("CREATE TEMP VIEW customers AS SELECT * FROM main.nosuch")));
    const Status refused = store.update(asPerson, {}, &*whole);
    REQUIRE(q.exec(onServer() ? QStringLiteral("ALTER TABLE customers_away RENAME TO customers")
                              : QStringLiteral("DROP VIEW temp.customers")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Could not check who belongs")));
    CHECK(store.get(id)->kind == CustomerKind::Company);
}
