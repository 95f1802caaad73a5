// Searching the customer list the way users type: Chinese names of one, two or
// more characters, pinyin, phone digits, e-mail and notes.
#include "corehelpers.h"

#include "customers/customerliststore.h"
#include "customers/customersearchindex.h"
#include "customers/customerstore.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

namespace {

struct Fixture {
    TestDb t;
    CustomerStore store{*t.session};
    QHash<QString, qint64> ids;

    qint64 add(Customer c)
    {
        const QString name = c.name;
        auto id = store.create(std::move(c));
        if (!id)
            FAIL(str(id.error().toString()));
        ids.insert(name, *id);
        return *id;
    }
    qint64 add(const QString &name)
    {
        Customer c;
        c.name = name;
        return add(c);
    }

    Fixture()
    {
        add(QStringLiteral("张三"));
        add(QStringLiteral("张伟"));
        add(QStringLiteral("李张伟明"));
        add(QStringLiteral("Zhang Wei"));
        Customer wang;
        wang.name = QStringLiteral("王芳");
        wang.phones = {Phone{{}, QStringLiteral("138 1234 5678"), {}}};
        wang.emails = {Email{{}, QStringLiteral("wang.fang@example.com")}};
        add(wang);
        Customer zhao;
        zhao.name = QStringLiteral("赵六");
        zhao.notes = QStringLiteral("去年在广交会展会上认识的。");
        add(zhao);
        Customer company;
        company.kind = CustomerKind::Company;
        company.name = QStringLiteral("华兴科技有限公司");
        const qint64 companyId = add(company);
        Customer chen;
        chen.name = QStringLiteral("陈静");
        chen.companyId = companyId;
        add(chen);
        add(QStringLiteral("刘洋"));
    }

    // The names the customer list shows for a search, sorted.
    QStringList found(const QString &search)
    {
        CustomerListQuery q;
        q.search = search;
        CustomerListStore list(*t.session);
        auto count = list.count(q);
        if (!count)
            FAIL(str(count.error().toString()));
        auto rows = list.page(q, 0, 1000);
        if (!rows)
            FAIL(str(rows.error().toString()));
        REQUIRE(rows->size() == *count);
        QStringList names;
        for (const CustomerListRow &r : *rows)
            names << r.values.value(int(CustomerColumn::Name)).toString();
        names.sort();
        return names;
    }
};

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

#define NAMES(...) sorted(QStringList{__VA_ARGS__})
#define S(x) QStringLiteral(x)

// The customers the search index holds keys of, on either backend.
qint64 indexedCustomers(Database &db)
{
    return onServer() ? countRows(db, S("(SELECT DISTINCT customer_id FROM customer_search_tokens) AS i"))
                      : countRows(db, S("customer_search"));
}

} // namespace

TEST_CASE("Searching Chinese names by one, two and three characters", "[search]")
{
    Fixture f;
    CHECK(f.found(S("张")) == NAMES(S("张三"), S("张伟"), S("李张伟明")));
    CHECK(f.found(S("张伟")) == NAMES(S("张伟"), S("李张伟明")));
    CHECK(f.found(S("张伟明")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("伟明")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("三")) == NAMES(S("张三")));
    CHECK(f.found(S("李张伟明")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("王芳")) == NAMES(S("王芳")));
    CHECK(f.found(S("张三丰")).isEmpty());
    CHECK(f.found(S("孙")).isEmpty());
    CHECK(f.found(S("伟张")).isEmpty());
}

TEST_CASE("Searching by pinyin and initials", "[search]")
{
    Fixture f;
    CHECK(f.found(S("zhang")) == NAMES(S("张三"), S("张伟"), S("李张伟明"), S("Zhang Wei")));
    CHECK(f.found(S("zhangsan")) == NAMES(S("张三")));
    CHECK(f.found(S("zs")) == NAMES(S("张三")));
    // Initials match at any syllable boundary: 李张伟明 is lzwm, zwm, wm.
    CHECK(f.found(S("zw")) == NAMES(S("张伟"), S("李张伟明")));
    CHECK(f.found(S("wm")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("weiming")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("wangfang")) == NAMES(S("王芳")));
    CHECK(f.found(S("wf")) == NAMES(S("王芳")));
    CHECK(f.found(S("lzwm")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("chenjing")) == NAMES(S("陈静")));
    CHECK(f.found(S("zhang wei")) == NAMES(S("张伟"), S("李张伟明"), S("Zhang Wei")));
    CHECK(f.found(S("xyz")).isEmpty());
}

TEST_CASE("Latin search ignores case", "[search]")
{
    Fixture f;
    CHECK(f.found(S("ZHANG WEI")) == f.found(S("zhang wei")));
    CHECK(f.found(S("ZhangSan")) == NAMES(S("张三")));
    CHECK(f.found(S("ZS")) == NAMES(S("张三")));
    CHECK(f.found(S("Wang.Fang@EXAMPLE.com")) == NAMES(S("王芳")));
}

TEST_CASE("Searching phone digits, e-mail and notes", "[search]")
{
    Fixture f;
    for (const char *digits : {"1234", "12345678", "5678", "13812345678", "138 1234 5678", "+86 138", "345678"}) {
        INFO(digits);
        CHECK(f.found(QString::fromLatin1(digits)) == NAMES(S("王芳")));
    }
    CHECK(f.found(S("9876")).isEmpty());
    CHECK(f.found(S("wang.fang")) == NAMES(S("王芳")));
    CHECK(f.found(S("example.com")) == NAMES(S("王芳")));
    CHECK(f.found(S("wang.fang@example.com")) == NAMES(S("王芳")));
    CHECK(f.found(S("gmail.com")).isEmpty());
    CHECK(f.found(S("展会")) == NAMES(S("赵六")));
    CHECK(f.found(S("广交会")) == NAMES(S("赵六")));
    CHECK(f.found(S("华兴")) == NAMES(S("华兴科技有限公司"), S("陈静"))); // a person is found by her company
}

TEST_CASE("Search combines with the list's filters", "[search]")
{
    Fixture f;
    Customer c = *f.store.get(f.ids.value(S("张伟")));
    c.city = S("上海");
    c.stage = Stage::Customer;
    REQUIRE(f.store.update(c).ok());
    CustomerListQuery q;
    q.search = S("张");
    q.city = S("上海");
    CHECK(*CustomerListStore(*f.t.session).count(q) == 1);
    q.city.clear();
    q.stage = Stage::Customer;
    CHECK(*CustomerListStore(*f.t.session).count(q) == 1);
    q.stage = Stage::Lead;
    CHECK(*CustomerListStore(*f.t.session).count(q) == 2);
}

TEST_CASE("Customers in the trash are not found", "[search]")
{
    Fixture f;
    const qint64 zs = f.ids.value(S("张三"));
    REQUIRE(f.store.moveToTrash({zs}).ok());
    CHECK(f.found(S("zhangsan")).isEmpty());
    CHECK(f.found(S("张三")).isEmpty());
    CHECK(f.found(S("张")) == NAMES(S("张伟"), S("李张伟明")));
    REQUIRE(f.store.restore({zs}).ok());
    CHECK(f.found(S("zhangsan")) == NAMES(S("张三")));
    REQUIRE(f.store.moveToTrash({zs}).ok());
    REQUIRE(f.store.purge({zs}).ok());
    CHECK(f.found(S("zhangsan")).isEmpty());
    CHECK(f.store.search(S("zhangsan"), 10)->isEmpty()); // gone from the index itself
}

TEST_CASE("An edited customer is found under the new name only", "[search]")
{
    Fixture f;
    Customer c = *f.store.get(f.ids.value(S("张伟")));
    c.name = S("张卫国");
    c.phones = {Phone{{}, S("139 0000 1111"), {}}};
    REQUIRE(f.store.update(c).ok());
    CHECK(f.found(S("张卫国")) == NAMES(S("张卫国")));
    CHECK(f.found(S("zwg")) == NAMES(S("张卫国")));
    CHECK(f.found(S("张伟")) == NAMES(S("李张伟明")));
    CHECK(f.found(S("zw")) == NAMES(S("张卫国"), S("李张伟明"))); // the new initials; 李张伟明's from 张 on
    CHECK(f.found(S("zhangweiguo")) == NAMES(S("张卫国")));
    // 卫 is wei too; 张伟 itself is gone, 李张伟明 has it from its second syllable
    CHECK(f.found(S("zhangwei")) == NAMES(S("张卫国"), S("李张伟明")));
    CHECK(f.found(S("1111")) == NAMES(S("张卫国")));
}

TEST_CASE("Renaming a company updates the search of its people", "[search]")
{
    Fixture f;
    Customer company = *f.store.get(f.ids.value(S("华兴科技有限公司")));
    company.name = S("腾云软件有限公司");
    REQUIRE(f.store.update(company).ok());
    CHECK(f.found(S("腾云")) == NAMES(S("腾云软件有限公司"), S("陈静")));
    CHECK(f.found(S("华兴")).isEmpty());
    CHECK(f.store.get(f.ids.value(S("陈静")))->companyName == S("腾云软件有限公司"));
}

TEST_CASE("A person moved to another company is found under the new company", "[search]")
{
    Fixture f;
    Customer other;
    other.kind = CustomerKind::Company;
    other.name = S("腾云软件有限公司");
    const qint64 otherId = f.add(other);
    Customer chen = *f.store.get(f.ids.value(S("陈静")));
    chen.companyId = otherId;
    REQUIRE(f.store.update(chen).ok());
    CHECK(f.found(S("腾云")) == NAMES(S("腾云软件有限公司"), S("陈静")));
    CHECK(f.found(S("华兴")) == NAMES(S("华兴科技有限公司")));
}

TEST_CASE("People of a purged company are no longer found under its name", "[search]")
{
    Fixture f;
    const qint64 company = f.ids.value(S("华兴科技有限公司"));
    REQUIRE(f.store.moveToTrash({company}).ok());
    REQUIRE(f.store.purge({company}).ok());
    REQUIRE(f.store.get(f.ids.value(S("陈静")))->companyId == 0);
    CHECK(f.found(S("华兴")).isEmpty());
}

TEST_CASE("Rebuilding the search index finds the same customers", "[search]")
{
    Fixture f;
    const QStringList before = f.found(S("张"));
    {
        QSqlQuery q(f.t.db->connection());
        if (onServer())
            REQUIRE(q.exec(S("DELETE FROM customer_search_tokens")));
        REQUIRE(q.exec(onServer() ? S("DELETE FROM customer_search_prefixes") : S("DELETE FROM customer_search")));
    }
    CHECK(f.found(S("张")).isEmpty());
    REQUIRE(f.store.rebuildSearchIndex().ok());
    CHECK(f.found(S("张")) == before);
    CHECK(f.found(S("1234")) == NAMES(S("王芳")));
    CHECK(f.found(S("华兴")) == NAMES(S("华兴科技有限公司"), S("陈静")));
}

TEST_CASE("Search results are capped at CustomerListStore::searchCap", "[search]")
{
    TestDb t;
    CustomerStore store(*t.session);
    // More matches than the cap: the list shows searchCap of them.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(S("BEGIN")));
    QList<qint64> ids;
    for (int i = 1; i <= CustomerListStore::searchCap + 10; ++i) {
        REQUIRE(q.exec(S("INSERT INTO customers (id, kind, name, name_sort, created_at, updated_at) VALUES "
                         "(%1, 'person', '张%1', 'zhang %1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                           .arg(i)));
        ids << i;
    }
    REQUIRE(CustomerSearchIndex(*t.session).refresh(ids).ok());
    REQUIRE(q.exec(S("COMMIT")));
    CustomerListQuery query;
    query.search = S("张");
    CHECK(*CustomerListStore(*t.session).count(query) == CustomerListStore::searchCap);
    query.search.clear();
    CHECK(*CustomerListStore(*t.session).count(query) == CustomerListStore::searchCap + 10);
}

TEST_CASE("A limit counts customers, not their matching keys", "[search]")
{
    TestDb t;
    CustomerStore store(*t.session);
    // Each customer has several keys that start with "demo": on PostgreSQL
    // the first rows read can all be one customer's.
    QList<qint64> ids;
    for (const QString &notes : {S("demoa demob democ demod demoe"), S("demof demog demoh demoi"), S("demoj")}) {
        Customer c;
        c.name = S("王芳");
        c.notes = notes;
        auto id = store.create(std::move(c));
        REQUIRE(id);
        ids << *id;
    }
    Customer other;
    other.name = S("李娜");
    other.notes = S("democ demox");
    REQUIRE(store.create(std::move(other)));
    for (int limit = 1; limit <= 5; ++limit) {
        INFO("limit " << limit);
        auto found = store.search(S("demo"), limit);
        REQUIRE(found);
        CHECK(found->size() == std::min(limit, 4));
        CHECK(QSet<qint64>(found->cbegin(), found->cend()).size() == found->size());
        // With a second term few of the first customers pass.
        auto both = store.search(S("demo 王芳"), limit);
        REQUIRE(both);
        CHECK(both->size() == std::min(limit, 3));
        CHECK(QSet<qint64>(both->cbegin(), both->cend()).size() == both->size());
        auto phrase = store.search(S("demox"), limit);
        REQUIRE(phrase);
        CHECK(phrase->size() == 1);
    }
}

TEST_CASE("The same seed gives the same sample data, another seed differs", "[search][sampledata]")
{
    QTemporaryDir dir;
    auto namesOf = [&](const QString &file, quint64 seed) {
        const QString path = dir.filePath(file);
        makeGuanxiFile(path, 200, 50, seed);
        RawConnection raw(path);
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(S("SELECT name, kind, city, stage, company_id FROM customers ORDER BY id")));
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(u'|');
        REQUIRE(q.exec(S("SELECT group_concat(number || total_minor || order_date, ',') FROM "
                         "(SELECT * FROM orders ORDER BY id)")));
        REQUIRE(q.next());
        rows << q.value(0).toString();
        return rows;
    };
    const QStringList a = namesOf(S("a.guanxi"), 7);
    const QStringList b = namesOf(S("b.guanxi"), 7);
    const QStringList c = namesOf(S("c.guanxi"), 8);
    REQUIRE(a.size() == 201);
    CHECK(a == b);
    CHECK(a != c);
    int same = 0;
    for (int i = 0; i < 200; ++i)
        same += a.at(i).section(u'|', 0, 0) == c.at(i).section(u'|', 0, 0);
    CHECK(same < 20); // not merely one name apart
}

TEST_CASE("Sample data has the requested size and looks real", "[sampledata]")
{
    TestDb t;
    SampleData::Options o;
    o.customers = 300;
    o.orders = 400;
    o.seed = 3;
    qint64 lastDone = -1;
    bool monotonic = true;
    auto report = SampleData::generate(*t.session, o, [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone && total == 700;
        lastDone = done;
        return true;
    });
    REQUIRE(report.ok());
    CHECK(report->customers == 300);
    CHECK(report->orders == 400);
    CHECK(monotonic);
    CHECK(lastDone == 700);
    CHECK(countRows(*t.db, S("customers")) == 300);
    CHECK(countRows(*t.db, S("orders")) == 400);
    CHECK(indexedCustomers(*t.db) == 300);
    CHECK(countRows(*t.db, S("customers"), S("kind = 'company'")) > 20);
    CHECK(countRows(*t.db, S("customer_phones"), S("e164 NOT LIKE '+86%'")) == 0);
    for (const char *stage : {"lead", "prospect", "customer", "loyal", "churned"})
        CHECK(countRows(*t.db, S("customers"), S("stage = '%1'").arg(QString::fromLatin1(stage))) > 0);
    // Negative sizes and orders without customers are refused; cancelling rolls back.
    SampleData::Options bad;
    bad.customers = -1;
    CHECK_FALSE(SampleData::generate(*t.session, bad).ok());
    bad.customers = 0;
    bad.orders = 5;
    CHECK_FALSE(SampleData::generate(*t.session, bad).ok());
    SampleData::Options cancelled;
    cancelled.customers = 1200;
    cancelled.orders = 0;
    cancelled.seed = 9;
    auto stopped = SampleData::generate(*t.session, cancelled, [](qint64 done, qint64) { return done < 1000; });
    CHECK_FALSE(stopped.ok());
    CHECK(countRows(*t.db, S("customers")) == 300);
}
