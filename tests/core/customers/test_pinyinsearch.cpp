// Finding customers by pinyin as people say and type it (issue 15): names
// with polyphonic characters and surnames, any syllable boundary, initials
// and syllables cut short, company names and cities; and the list's order.
#include "corehelpers.h"

#include "customers/customerliststore.h"
#include "customers/customerstore.h"
#include "platform/db/migrations.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

namespace {

#define S(x) QStringLiteral(x)

struct Polyphones {
    TestDb t;
    CustomerStore store{*t.session};

    void add(const QString &name, CustomerKind kind = CustomerKind::Person, const QString &city = {})
    {
        Customer c;
        c.name = name;
        c.kind = kind;
        c.city = city;
        auto id = store.create(std::move(c));
        if (!id)
            FAIL(str(id.error().toString()));
    }

    Polyphones()
    {
        add(S("长沙银行"), CustomerKind::Company);
        add(S("重庆火锅店"), CustomerKind::Company);
        for (const char16_t *name : {u"单雄信", u"曾国藩", u"解晓东", u"区志强", u"乐嘉", u"朴树", u"查良镛", u"覃海洋"})
            add(QString::fromUtf16(name));
        add(S("张三"), CustomerKind::Person, S("乐山"));
        add(S("李行"), CustomerKind::Person, S("北京"));
    }

    // The names the list shows, in its order.
    QStringList list(const QString &search = {})
    {
        CustomerListQuery q;
        q.search = search;
        auto rows = CustomerListStore(*t.session).page(q, 0, 100);
        if (!rows)
            FAIL(str(rows.error().toString()));
        QStringList names;
        for (const CustomerListRow &r : *rows)
            names << r.values.value(int(CustomerColumn::Name)).toString();
        return names;
    }
};

// Query -> the one customer it must find, and no other.
void checkFinds(Polyphones &p, const std::initializer_list<std::pair<const char *, const char16_t *>> &cases)
{
    for (const auto &[query, name] : cases) {
        INFO(query);
        CHECK(p.list(QString::fromLatin1(query)) == QStringList{QString::fromUtf16(name)});
    }
}

} // namespace

TEST_CASE("Polyphonic names are found by the reading people say", "[search][pinyin]")
{
    Polyphones p;
    checkFinds(p, {{"changsha", u"长沙银行"},     {"chongqing", u"重庆火锅店"}, {"yinhang", u"长沙银行"},
                   {"shanxiongxin", u"单雄信"},   {"zengguofan", u"曾国藩"},    {"xiexiaodong", u"解晓东"},
                   {"ouzhiqiang", u"区志强"},     {"yuejia", u"乐嘉"},          {"piaoshu", u"朴树"},
                   {"zhaliangyong", u"查良镛"},   {"qinhaiyang", u"覃海洋"}});
}

TEST_CASE("Pinyin matches at any syllable boundary, whole, initials or mixed", "[search][pinyin]")
{
    Polyphones p;
    checkFinds(p, {{"xiaodong", u"解晓东"}, {"guofan", u"曾国藩"}, {"xd", u"解晓东"},   {"gf", u"曾国藩"},
                   {"zhangs", u"张三"},     {"zhsan", u"张三"},    {"zsan", u"张三"},   {"xdong", u"解晓东"},
                   {"huoguo", u"重庆火锅店"}, {"hgd", u"重庆火锅店"}, {"cqhg", u"重庆火锅店"}, {"liangy", u"查良镛"}});
    CHECK(p.list(S("zhsan")) == p.list(S("ZhSan")));
    CHECK(p.list(S("zhsi")).isEmpty());
    CHECK(p.list(S("xdx")).isEmpty());
}

TEST_CASE("Cities are found by their pinyin", "[search][pinyin]")
{
    Polyphones p;
    checkFinds(p, {{"leshan", u"张三"}, {"ls", u"张三"}, {"beijing", u"李行"}, {"bj", u"李行"}});
    CHECK(p.list(S("北京")) == QStringList{S("李行")});
}

TEST_CASE("Either reading of a polyphonic character finds it, and the old readings still do", "[search][pinyin]")
{
    Polyphones p;
    checkFinds(p, {{"lixing", u"李行"}, {"lihang", u"李行"}, {"lh", u"李行"}, {"lx", u"李行"},
                   // what ICU's one reading per character gave before
                   {"cengguofan", u"曾国藩"}, {"danxiongxin", u"单雄信"}, {"zhangsan", u"张三"}, {"zs", u"张三"}});
}

TEST_CASE("The list sorts names by the reading people say", "[search][pinyin]")
{
    Polyphones p;
    // chang, chong, li, ou, piao, qin, shan, xie, yue, zeng, zha, zhang
    CHECK(p.list()
          == QStringList{S("长沙银行"), S("重庆火锅店"), S("李行"), S("区志强"), S("朴树"), S("覃海洋"), S("单雄信"),
                         S("解晓东"), S("乐嘉"), S("曾国藩"), S("查良镛"), S("张三")});
}

TEST_CASE("Upgrading a file reads its names and search keys again", "[file][search][pinyin][migrations]")
{
    Polyphones p;
    const QStringList order = p.list();
    {
        // As a file of schema version 17 holds them: ICU's one reading per character.
        QSqlQuery q(p.t.db->connection());
        REQUIRE(q.exec(S("UPDATE customers SET name_sort = 'ceng guo fan' || char(1) || name WHERE name = '曾国藩'")));
        REQUIRE(q.exec(S("UPDATE customers SET name_sort = 'dan xiong xin' || char(1) || name WHERE name = '单雄信'")));
        REQUIRE(q.exec(S("UPDATE customer_search SET keys = 'ceng guo fan cengguofan cgf' "
                         "WHERE rowid = (SELECT id FROM customers WHERE name = '曾国藩')")));
    }
    CHECK(p.list(S("zengguofan")).isEmpty());
    CHECK(p.list() != order);
    REQUIRE(Migrations::upgrade(p.t.db->connection(), 17, 18).ok());
    CHECK(p.list(S("zengguofan")) == QStringList{S("曾国藩")});
    CHECK(p.list(S("guofan")) == QStringList{S("曾国藩")});
    CHECK(p.list() == order);
    CHECK(p.list(S("leshan")) == QStringList{S("张三")});
}
