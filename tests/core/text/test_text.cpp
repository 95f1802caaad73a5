// Text normalisation: pinyin keys and the search expressions built from what
// users type (phone numbers: test_phone.cpp).
#include "corehelpers.h"

#include "customers/customerliststore.h"
#include "customers/customersearchindex.h"
#include "customers/customerstore.h"
#include "text/han.h"
#include "text/pinyin.h"
#include "text/searchkeys.h"

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("Pinyin of Chinese names", "[text][pinyin]")
{
    CHECK(Pinyin::syllables(QStringLiteral("张三")) == QStringList{QStringLiteral("zhang"), QStringLiteral("san")});
    CHECK(Pinyin::full(QStringLiteral("张三")) == QStringLiteral("zhangsan"));
    CHECK(Pinyin::initials(QStringLiteral("张三")) == QStringLiteral("zs"));

    CHECK(Pinyin::syllables(QStringLiteral("欧阳娜娜"))
          == QStringList{QStringLiteral("ou"), QStringLiteral("yang"), QStringLiteral("na"), QStringLiteral("na")});
    CHECK(Pinyin::full(QStringLiteral("欧阳娜娜")) == QStringLiteral("ouyangnana"));
    CHECK(Pinyin::initials(QStringLiteral("欧阳娜娜")) == QStringLiteral("oynn"));

    CHECK(Pinyin::syllables(QStringLiteral("Tom 李")) == QStringList{QStringLiteral("tom"), QStringLiteral("li")});
    CHECK(Pinyin::full(QStringLiteral("Tom 李")) == QStringLiteral("tomli"));
    CHECK(Pinyin::initials(QStringLiteral("Tom 李")) == QStringLiteral("tl"));

    CHECK(Pinyin::syllables(QStringLiteral("王小明123"))
          == QStringList{QStringLiteral("wang"), QStringLiteral("xiao"), QStringLiteral("ming"), QStringLiteral("123")});
    CHECK(Pinyin::full(QStringLiteral("吕")) == QStringLiteral("lu")); // ü without its dots
    CHECK(Pinyin::syllables(QString()).isEmpty());
    CHECK(Pinyin::initials(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Pinyin::isHan recognises CJK ideographs only", "[text][pinyin]")
{
    CHECK(Han::isHan(U'张'));
    CHECK(Han::isHan(U'\U00020000')); // CJK Extension B
    CHECK(Han::isHan(U'\u3400'));     // Extension A
    CHECK_FALSE(Han::isHan(U'A'));
    CHECK_FALSE(Han::isHan(U'の'));
    CHECK_FALSE(Han::isHan(U'김'));
    CHECK_FALSE(Han::isHan(U'，'));
}

TEST_CASE("Pinyin sort keys order names the way Chinese users expect", "[text][pinyin]")
{
    const QStringList expected = {
        QStringLiteral("阿明"),   // a
        QStringLiteral("Adam"),   // adam
        QStringLiteral("白雪"),   // bai
        QStringLiteral("陈静"),   // chen
        QStringLiteral("李娜"),   // li na
        QStringLiteral("林峰"),   // lin
        QStringLiteral("Tom 李"), // tom li
        QStringLiteral("王芳"),   // wang
        QStringLiteral("张三"),   // zhang san
        QStringLiteral("张伟"),   // zhang wei
        QStringLiteral("Zoe"),    // zoe
    };
    QStringList shuffled = {expected.at(8), expected.at(2), expected.at(10), expected.at(0), expected.at(5),
                            expected.at(3), expected.at(9), expected.at(1), expected.at(7), expected.at(4),
                            expected.at(6)};
    std::sort(shuffled.begin(), shuffled.end(),
              [](const QString &a, const QString &b) { return Pinyin::sortKey(a) < Pinyin::sortKey(b); });
    CHECK(shuffled == expected);
    // Case and surrounding spaces do not matter for Latin names.
    CHECK(Pinyin::sortKey(QStringLiteral("adam")).section(QChar(u'\x01'), 0, 0)
          == Pinyin::sortKey(QStringLiteral(" ADAM ")).section(QChar(u'\x01'), 0, 0));
}

// ---------------------------------------------------------------------------
// Search keys and match expressions, checked against a real search index
// (SQLite's FTS5 table, or PostgreSQL's tables in a PostgreSQL run).

namespace {

// Puts one document in the search index of a fresh file and says whether the
// user's query finds it.
struct SearchIndex {
    TestDb t;
    CustomerSearchIndex index{*t.session};

    bool finds(const SearchDocument &doc, const QString &query)
    {
        // The customer CustomerSearchIndex::add() makes this document of.
        Customer c;
        c.id = 1;
        c.kind = doc.person ? CustomerKind::Person : CustomerKind::Company;
        c.name = doc.name;
        c.city = doc.city;
        c.notes = doc.notes;
        for (const QString &phone : doc.phones)
            c.phones << Phone{{}, phone, {}};
        for (const QString &email : doc.emails)
            c.emails << Email{{}, email};
        REQUIRE(index.add(c, doc.companyName).ok());
        auto found = index.search(query, 10);
        if (!found)
            FAIL("query \"" << str(query) << "\" as " << str(SearchKeys::matchExpression(query)) << ": "
                            << str(found.error().toString()));
        return !found->isEmpty();
    }
};

SearchDocument sampleDocument()
{
    SearchDocument doc;
    doc.name = QStringLiteral("李张伟明");
    doc.companyName = QStringLiteral("北京华兴科技有限公司");
    doc.phones = {QStringLiteral("138 1234 5678"), QStringLiteral("+8613812345678")};
    doc.emails = {QStringLiteral("Wang.Fang@Example.com")};
    doc.notes = QStringLiteral("展会上认识，对 Model-X 感兴趣。");
    return doc;
}

} // namespace

TEST_CASE("Empty searches give no expression", "[text][search]")
{
    CHECK(SearchKeys::matchExpression(QString()).isEmpty());
    CHECK(SearchKeys::matchExpression(QStringLiteral("   ")).isEmpty());
    CHECK(SearchKeys::matchExpression(QStringLiteral("\t\n")).isEmpty());
}

TEST_CASE("Search expressions find a customer by any part of what is known", "[text][search]")
{
    SearchIndex index;
    const SearchDocument doc = sampleDocument();

    SECTION("Chinese: one, two, three and four characters, anywhere in the name")
    {
        for (const char16_t *q : {u"张", u"李", u"明", u"张伟", u"李张", u"伟明", u"张伟明", u"李张伟明"}) {
            INFO(str(QString::fromUtf16(q)));
            CHECK(index.finds(doc, QString::fromUtf16(q)));
        }
        for (const char16_t *q : {u"王", u"张三", u"伟张", u"明李", u"李明", u"张明"}) {
            INFO(str(QString::fromUtf16(q)));
            CHECK_FALSE(index.finds(doc, QString::fromUtf16(q)));
        }
    }
    SECTION("Chinese in the company name and notes")
    {
        CHECK(index.finds(doc, QStringLiteral("华兴")));
        CHECK(index.finds(doc, QStringLiteral("北京华兴科技")));
        CHECK(index.finds(doc, QStringLiteral("展会")));
        CHECK(index.finds(doc, QStringLiteral("感兴趣")));
        CHECK_FALSE(index.finds(doc, QStringLiteral("上海")));
    }
    SECTION("pinyin of the name: syllables, the whole, initials, prefixes")
    {
        for (const char *q : {"li", "zhang", "wei", "ming", "lizhangweiming", "lizhang", "lzwm", "lzw", "ZHANG",
                              "LZWM", "zhang wei"}) {
            INFO(q);
            CHECK(index.finds(doc, QString::fromLatin1(q)));
        }
        for (const char *q : {"zhangsan", "zs", "wangfang", "lzwmx"}) {
            INFO(q);
            CHECK_FALSE(index.finds(doc, QString::fromLatin1(q)));
        }
    }
    SECTION("phone digits: four or more, anywhere in the number")
    {
        for (const char *q : {"1234", "5678", "12345678", "13812345678", "138 1234", "138-1234-5678",
                              "+86 138 1234 5678", "8613812345678", "345678"}) {
            INFO(q);
            CHECK(index.finds(doc, QString::fromLatin1(q)));
        }
        for (const char *q : {"9999", "13812345679", "5678 1234"}) {
            INFO(q);
            CHECK_FALSE(index.finds(doc, QString::fromLatin1(q)));
        }
    }
    SECTION("e-mail fragments, ignoring case")
    {
        for (const char *q : {"wang.fang", "wang", "fang", "example.com", "example", "fang@example",
                              "wang.fang@example.com", "WANG.FANG@EXAMPLE.COM", "Example.Com"}) {
            INFO(q);
            CHECK(index.finds(doc, QString::fromLatin1(q)));
        }
        for (const char *q : {"gmail.com", "fang.wang"}) {
            INFO(q);
            CHECK_FALSE(index.finds(doc, QString::fromLatin1(q)));
        }
    }
    SECTION("Latin words in notes")
    {
        CHECK(index.finds(doc, QStringLiteral("model-x")));
        CHECK(index.finds(doc, QStringLiteral("model")));
    }
    SECTION("several words must all match")
    {
        CHECK(index.finds(doc, QStringLiteral("张伟 1234")));
        CHECK(index.finds(doc, QStringLiteral("华兴 wang")));
        CHECK_FALSE(index.finds(doc, QStringLiteral("张伟 上海")));
        CHECK_FALSE(index.finds(doc, QStringLiteral("zhang gmail")));
    }
}

TEST_CASE("Search keys of a Latin name carry no pinyin", "[text][search]")
{
    SearchIndex index;
    SearchDocument doc;
    doc.name = QStringLiteral("Zhang Wei");
    CHECK(index.finds(doc, QStringLiteral("zhang")));
    CHECK(index.finds(doc, QStringLiteral("Zhang Wei")));
    CHECK(index.finds(doc, QStringLiteral("wei")));
    CHECK_FALSE(index.finds(doc, QStringLiteral("张")));
    CHECK_FALSE(index.finds(doc, QStringLiteral("zw")));
}

TEST_CASE("A phone number typed in full-width digits is found", "[text][search]")
{
    // Chinese input methods type full-width digits; PhoneNumber::check accepts
    // them, so search should too.
    SearchIndex index;
    const SearchDocument doc = sampleDocument();
    CHECK(index.finds(doc, QStringLiteral("５６７８")));
    CHECK(index.finds(doc, QStringLiteral("１３８ １２３４ ５６７８")));
}

TEST_CASE("Characters special to FTS5 in a search never break the query", "[pgtodo][text][search]")
{
    TestDb t;
    CustomerStore store(*t.session);
    Customer c;
    c.name = QStringLiteral("张伟");
    c.notes = QStringLiteral("AND OR NOT NEAR are words here");
    c.phones << Phone{QString(), QStringLiteral("138 1234 5678"), QString()};
    REQUIRE(store.create(c).ok());
    Customer d;
    d.name = QStringLiteral("O'Brien \"Bob\"");
    REQUIRE(store.create(d).ok());

    const QStringList inputs = {
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"张"), QStringLiteral("张\"伟"),
        QStringLiteral("a\"b\"c"), QStringLiteral("'"), QStringLiteral("O'Brien"), QStringLiteral("\"Bob\""),
        QStringLiteral("*"), QStringLiteral("**"), QStringLiteral("zhang*"), QStringLiteral("*zhang"),
        QStringLiteral("("), QStringLiteral(")"), QStringLiteral("()"), QStringLiteral("(((("),
        QStringLiteral("(张 OR 李)"), QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
        QStringLiteral("NEAR"), QStringLiteral("and"), QStringLiteral("张 AND"), QStringLiteral("OR 张"),
        QStringLiteral("NOT NOT"), QStringLiteral("NEAR(zhang wei)"), QStringLiteral("zhang NEAR/3 wei"),
        QStringLiteral("-"), QStringLiteral("-zhang"), QStringLiteral("+"), QStringLiteral("+++"),
        QStringLiteral("^zhang"), QStringLiteral("keys:zhang"), QStringLiteral("{keys}: zhang"),
        QStringLiteral(":"), QStringLiteral("'; DROP TABLE customers; --"), QStringLiteral("\\"),
        QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("%张%"), QStringLiteral("张_伟"),
        QStringLiteral("😀"), QStringLiteral("🙂张"), QStringLiteral("138*"), QStringLiteral("+86 (138)"),
        QStringLiteral("(138) 1234-5678"), QStringLiteral("1 2 3"), QStringLiteral("e\u0301"),
        QStringLiteral("ｚｈａｎｇ"), QStringLiteral("１２３４"), QStringLiteral("١٢٣٤"), QStringLiteral("\U00030000"),
        QStringLiteral("の"), QStringLiteral("김"), QStringLiteral("\t张\n"), QStringLiteral("\u3000张\u3000"),
        QStringLiteral("张，伟"), QStringLiteral("a.b.c"), QStringLiteral("@"), QStringLiteral("@example.com"),
        QStringLiteral("0"), QStringLiteral("NEAR/2"), QStringLiteral("\"\" AND \"\""),
        QString(2000, u'张'), QString(500, u'"'),
    };
    CustomerListStore list(*t.session);
    for (const QString &input : inputs) {
        INFO("search for \"" << str(input) << "\" -> MATCH " << str(SearchKeys::matchExpression(input)));
        auto found = store.search(input, 50);
        if (!found)
            FAIL(str(found.error().toString()));
        CustomerListQuery q;
        q.search = input;
        auto count = list.count(q);
        if (!count)
            FAIL(str(count.error().toString()));
        auto page = list.page(q, 0, 50);
        if (!page)
            FAIL(str(page.error().toString()));
        CHECK(page->size() == *count);
    }
    // The quoting did not stop the words from being found.
    CHECK(store.search(QStringLiteral("\"张"), 10)->size() == 1);
    CHECK(store.search(QStringLiteral("(张 OR 李)"), 10)->isEmpty()); // 张 AND or AND 李
    CHECK(store.search(QStringLiteral("NEAR"), 10)->size() == 1);
    CHECK(store.search(QStringLiteral("O'Brien"), 10)->size() == 1);
    CHECK(store.search(QStringLiteral("'; DROP TABLE customers; --"), 10)->isEmpty());
    CHECK(*store.countLive() == 2);
}

TEST_CASE("One test says whether text is Chinese, for every feature that asks", "[text][han]")
{
    CHECK(Han::contains(QStringLiteral("张三")));
    CHECK(Han::contains(QStringLiteral("Li 娜")));
    CHECK(Han::contains(QStringLiteral("㐀")));                 // extension A
    CHECK(Han::contains(QString::fromUcs4(U"\U00020000")));    // extension B, a surrogate pair
    CHECK(Han::contains(QString::fromUcs4(U"\uF900")));       // a compatibility ideograph
    CHECK_FALSE(Han::contains(QStringLiteral("Zhang San")));
    CHECK_FALSE(Han::contains(QStringLiteral("さくら")));       // kana: Japanese, not Chinese
    CHECK_FALSE(Han::contains(QStringLiteral("김민준")));       // Hangul
    CHECK_FALSE(Han::contains(QStringLiteral("，。")));         // Chinese punctuation alone is no name
    CHECK_FALSE(Han::contains(QString()));
}
