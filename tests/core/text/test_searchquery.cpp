// The search box's text as a structured query (SearchKeys::query()): on
// SQLite it must be, byte for byte, the FTS5 expression it always was.
#include "corehelpers.h"

#include "text/searchkeys.h"

using namespace guanxi;
using namespace guanxi::test;

TEST_CASE("The structured query renders the FTS5 expressions SQLite always had", "[text][search]")
{
    // What SearchKeys::matchExpression() gave before the query had a
    // structure (checked against that code for every line).
    const QList<std::pair<const char16_t *, const char16_t *>> expected = {
        {u"张", u"\"张\"*"},
        {u"张伟", u"\"张伟\""},
        {u"王芳", u"\"王芳\""},
        {u"李娜", u"\"李娜\""},
        {u"陈静", u"\"陈静\""},
        {u"欧阳", u"\"欧阳\""},
        {u"北京", u"\"北京\""},
        {u"深圳华", u"\"深圳 圳华\""},
        {u"有限公司", u"\"有限 限公 公司\""},
        {u"价格", u"\"价格\""},
        {u"z", u"\"z\"*"},
        {u"zh", u"\"zh\"*"},
        {u"zhang", u"\"zhang\"*"},
        {u"zhangwei", u"\"zhangwei\"*"},
        {u"wangfang", u"\"wangfang\"*"},
        {u"zw", u"\"zw\"*"},
        {u"wf", u"\"wf\"*"},
        {u"lj", u"\"lj\"*"},
        {u"1381", u"\"1381\"*"},
        {u"13812", u"\"13812\"*"},
        {u"5678", u"\"5678\"*"},
        {u"0755", u"\"0755\"*"},
        {u"138 1234", u"\"1381234\"*"},
        {u"gmail", u"(\"gmail\"* OR (\"gml\"* AND \"g\"* + \"mai\" + \"l\"*))"},
        {u"qq.com", u"\"qq com\"*"},
        {u"kh12", u"\"kh12\"*"},
        {u"annasmith", u"(\"annasmith\"* OR (\"ansmth\"* AND \"an\" + \"na\" + \"s\"* + \"mi\" + \"t\"* + \"h\"*))"},
        {u"Anna", u"\"anna\"*"},
        {u"Smith", u"(\"smith\"* OR (\"smth\"* AND \"s\"* + \"mi\" + \"t\"* + \"h\"*))"},
        {u"demo", u"\"demo\"*"},
        {u"zengjia", u"\"zengjia\"*"},
        {u"shanwei", u"\"shanwei\"*"},
        {u"xiehua", u"\"xiehua\"*"},
        {u"yuejia", u"\"yuejia\"*"},
        {u"piaoming", u"\"piaoming\"*"},
        {u"zhali", u"\"zhali\"*"},
        {u"qinhai", u"\"qinhai\"*"},
        {u"chongqing", u"\"chongqing\"*"},
        {u"changsha", u"\"changsha\"*"},
        {u"xiamen", u"\"xiamen\"*"},
        {u"xiaoming", u"\"xiaoming\"*"},
        {u"zhiqiang", u"\"zhiqiang\"*"},
        {u"jianguo", u"\"jianguo\"*"},
        {u"weihua", u"\"weihua\"*"},
        {u"huaxing", u"\"huaxing\"*"},
        {u"xm", u"\"xm\"*"},
        {u"zq", u"\"zq\"*"},
        {u"zhwei", u"(\"zhwei\"* OR (\"zw\"* AND \"zh\"* + \"wei\"*))"},
        {u"zwei", u"(\"zwei\"* OR (\"zw\"* AND \"z\"* + \"wei\"*))"},
        {u"wfang", u"(\"wfang\"* OR (\"wf\"* AND \"w\"* + \"fang\"*))"},
        {u"zhsan", u"(\"zhsan\"* OR (\"zs\"* AND \"zh\"* + \"san\"*))"},
        {u"zsan", u"(\"zsan\"* OR (\"zs\"* AND \"z\"* + \"san\"*))"},
        {u"zhangs", u"\"zhangs\"*"},
        {u"xd", u"\"xd\"*"},
        {u"zhang wei", u"\"zhang\"* AND \"wei\"*"},
        {u"ZHANG WEI", u"\"zhang\"* AND \"wei\"*"},
        {u"ZhangSan", u"\"zhangsan\"*"},
        {u"wang.fang@example.com", u"\"wang fang example com\"*"},
        {u"Wang.Fang@EXAMPLE.com", u"\"wang fang example com\"*"},
        {u"example.com", u"\"example com\"*"},
        {u"张伟 1234", u"\"张伟\" AND \"1234\"*"},
        {u"华兴 wang", u"\"华兴\" AND \"wang\"*"},
        {u"张伟 上海", u"\"张伟\" AND \"上海\""},
        {u"zhang gmail", u"\"zhang\"* AND (\"gmail\"* OR (\"gml\"* AND \"g\"* + \"mai\" + \"l\"*))"},
        {u"model-x", u"\"model x\"*"},
        {u"李张伟明", u"\"李张 张伟 伟明\""},
        {u"北京华兴科技", u"\"北京 京华 华兴 兴科 科技\""},
        {u"ｚｈａｎｇ", u"\"zhang\"*"},
        {u"１３８ １２３４ ５６７８", u"\"13812345678\"*"},
        {u"+86 138", u"\"86138\"*"},
        {u"(138) 1234-5678", u"\"13812345678\"*"},
        {u"\"张", u"\"张\"*"},
        {u"(张 OR 李)", u"\"张\"* AND \"or\"* AND \"李\"*"},
        {u"O'Brien", u"\"o brien\"*"},
        {u"NEAR", u"\"near\"*"},
        {u"'; DROP TABLE customers; --", u"(\"drop\"* OR (\"drp\"* AND \"d\"* + \"ro\"* + \"p\"*)) AND (\"table\"* OR (\"tbl\"* AND \"ta\" + \"b\"* + \"le\"*)) AND (\"customers\"* OR (\"cstmrs\"* AND \"cu\" + \"s\"* + \"to\"* + \"me\" + \"r\"* + \"s\"*))"},
        {u"abc张def", u"\"abc\"* AND \"张\"* AND \"def\"*"},
        {u"欧阳nana", u"\"欧阳\" AND \"nana\"*"},
        {u"张，伟", u"\"张\"* AND \"伟\"*"},
        {u"a.b.c", u"\"a b c\"*"},
        {u"e\t1", u"\"e 1\"*"},
        {u"🙂张", u"\"张\"*"},
        {u"𠀀", u"\"𠀀\"*"},
        {u"12", u"\"12\"*"},
        {u"801", u"\"801\"*"},
        {u"zhangwei123", u"\"zhangwei123\"*"},
        {u"wm", u"\"wm\"*"},
        {u"lzwm", u"\"lzwm\"*"},
        {u"xyz", u"\"xyz\"*"},
    };
    for (const auto &[input, fts5] : expected) {
        const QString query = QString::fromUtf16(input);
        INFO(guanxi::test::str(query));
        CHECK(SearchKeys::query(query).fts5() == QString::fromUtf16(fts5));
        CHECK(SearchKeys::matchExpression(query) == QString::fromUtf16(fts5));
    }
    CHECK(SearchKeys::query(QStringLiteral(" \t")).isEmpty());
}

TEST_CASE("A query's terms, alternatives and phrases", "[text][search]")
{
    // zhsan: a prefix of any key, or the initials' prefix and zh… then
    // san… in a row.
    const SearchQuery zhsan = SearchKeys::query(QStringLiteral("zhsan"));
    REQUIRE(zhsan.terms.size() == 1);
    const SearchTerm &term = zhsan.terms.first();
    REQUIRE(term.size() == 2);
    REQUIRE(term.at(0).size() == 1);
    CHECK(term.at(0).first().size() == 1);
    CHECK(term.at(0).first().first().text == QStringLiteral("zhsan"));
    CHECK(term.at(0).first().first().prefix);
    REQUIRE(term.at(1).size() == 2);
    CHECK(term.at(1).at(0).first().text == QStringLiteral("zs"));
    REQUIRE(term.at(1).at(1).size() == 2);
    CHECK(term.at(1).at(1).at(0).text == QStringLiteral("zh"));
    CHECK(term.at(1).at(1).at(1).text == QStringLiteral("san"));

    // Chinese: bigrams in a row, none a prefix; one character a prefix.
    const SearchQuery han = SearchKeys::query(QStringLiteral("张伟明 李"));
    REQUIRE(han.terms.size() == 2);
    const SearchPhrase &bigrams = han.terms.at(0).first().first();
    REQUIRE(bigrams.size() == 2);
    CHECK(bigrams.at(0).text == QStringLiteral("张伟"));
    CHECK_FALSE(bigrams.at(0).prefix);
    CHECK_FALSE(bigrams.at(1).prefix);
    CHECK(han.terms.at(1).first().first().first().prefix);

    // A phrase whose only prefix is its last token is one quoted string.
    SearchQuery q;
    q.terms << SearchQuery::term(SearchPhrase{{QStringLiteral("a"), false}, {QStringLiteral("b"), true}});
    CHECK(q.fts5() == QStringLiteral("\"a b\"*"));
    q.terms.first().first().first().first().prefix = true;
    CHECK(q.fts5() == QStringLiteral("\"a\"* + \"b\"*"));
}
