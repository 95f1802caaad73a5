// Pinyin read as people say it: phrases and surnames from Rime's dictionary,
// every reading of a polyphonic character, matching at any syllable boundary.
#include "corehelpers.h"

#include "text/pinyin.h"
#include "text/pinyindictionary.h"
#include "text/pinyintokens.h"
#include "text/searchkeys.h"

#include <algorithm>

using namespace guanxi;
using namespace guanxi::test;

namespace {
QString full(const char16_t *text, PinyinText kind)
{
    return Pinyin::full(QString::fromUtf16(text), kind);
}
} // namespace

TEST_CASE("The pinyin dictionary is Debian's rime-data-pinyin-simp", "[text][pinyin]")
{
    const PinyinDictionary &d = PinyinDictionary::standard();
    REQUIRE(d.isLoaded());
    // Every reading of a polyphonic character, the most used first.
    CHECK(d.readings(U'曾') == QStringList{QStringLiteral("ceng"), QStringLiteral("zeng")});
    CHECK(d.readings(U'单').contains(QStringLiteral("shan")));
    CHECK(d.readings(U'吕') == QStringList{QStringLiteral("lu"), QStringLiteral("lv")});
    CHECK(d.phrase(QStringLiteral("银行")) == QStringList{QStringLiteral("yin"), QStringLiteral("hang")});
    CHECK(d.isSyllable(QStringLiteral("zhuang")));
    CHECK_FALSE(d.isSyllable(QStringLiteral("zh")));
    CHECK(d.startsSyllable(QStringLiteral("zh")));

    const PinyinDictionary missing(QStringLiteral("/nonexistent/pinyin_simp.dict.yaml"));
    CHECK_FALSE(missing.isLoaded());
    CHECK(missing.readings(U'曾').isEmpty());
}

TEST_CASE("Phrases are read as phrases, person names with their surname", "[text][pinyin]")
{
    const auto text = PinyinText::Text;
    CHECK(full(u"长沙银行", text) == QStringLiteral("changshayinhang"));
    CHECK(full(u"重庆火锅店", text) == QStringLiteral("chongqinghuoguodian"));
    CHECK(full(u"曾经", text) == QStringLiteral("cengjing"));
    CHECK(full(u"单位", text) == QStringLiteral("danwei"));
    CHECK(full(u"乐山", text) == QStringLiteral("leshan"));   // a city, not the surname Yue

    const auto person = PinyinText::PersonName;
    const std::pair<const char16_t *, const char *> names[] = {
        {u"单雄信", "shanxiongxin"}, {u"曾国藩", "zengguofan"},  {u"解晓东", "xiexiaodong"}, {u"区志强", "ouzhiqiang"},
        {u"乐嘉", "yuejia"},         {u"朴树", "piaoshu"},        {u"查良镛", "zhaliangyong"}, {u"覃海洋", "qinhaiyang"},
        {u"仇英", "qiuying"},        {u"盖聂", "genie"},          {u"缪斯", "miaosi"},       {u"尉迟恭", "yuchigong"},
        {u"万俟卨", "moqixie"},      {u"长孙无忌", "zhangsunwuji"}, {u"澹台灭明", "tantaimieming"}, {u"令狐冲", "linghuchong"},
        {u"单于", "chanyu"},         {u"张三", "zhangsan"},       {u"Tom 李", "tomli"},
    };
    for (const auto &[name, reading] : names) {
        INFO(str(QString::fromUtf16(name)));
        CHECK(full(name, person) == QString::fromLatin1(reading));
    }
    // Only a name's first characters are a surname.
    CHECK(full(u"Tom 单", person) == QStringLiteral("tomdan"));
    CHECK(full(u"李单", person) == QStringLiteral("lidan"));
}

TEST_CASE("A polyphonic character no phrase settles keeps its other readings", "[text][pinyin]")
{
    const QList<PinyinSyllable> alone = Pinyin::read(QStringLiteral("李行"), PinyinText::PersonName);
    REQUIRE(alone.size() == 2);
    CHECK(alone.at(1).reading == QStringLiteral("xing"));
    CHECK(alone.at(1).alternatives.contains(QStringLiteral("hang")));
    // A phrase settles it; a surname keeps the character's other reading.
    CHECK(Pinyin::read(QStringLiteral("银行"), PinyinText::Text).at(1).alternatives.isEmpty());
    CHECK(Pinyin::read(QStringLiteral("曾国藩"), PinyinText::PersonName).at(0).alternatives
          == QStringList{QStringLiteral("ceng")});
}

TEST_CASE("Characters the dictionary lacks are read by ICU", "[text][pinyin]")
{
    // 仛 is not in pinyin_simp.dict.yaml; ICU's Han-Latin reads it.
    REQUIRE(PinyinDictionary::standard().readings(U'仛').isEmpty());
    CHECK_FALSE(Pinyin::full(QStringLiteral("仛")).isEmpty());
    CHECK(Pinyin::syllables(QStringLiteral("张仛")).size() == 2);
}

TEST_CASE("Names sort by the reading people say", "[text][pinyin]")
{
    QStringList names = {QStringLiteral("曾国藩"), QStringLiteral("张三"), QStringLiteral("单雄信"),
                         QStringLiteral("陈静"), QStringLiteral("丁一"), QStringLiteral("解晓东"),
                         QStringLiteral("王芳")};
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return Pinyin::sortKey(a, PinyinText::PersonName) < Pinyin::sortKey(b, PinyinText::PersonName);
    });
    // 单雄信 under S (not D after 丁), 解晓东 under X, 曾国藩 under Z (not C).
    CHECK(names
          == QStringList{QStringLiteral("陈静"), QStringLiteral("丁一"), QStringLiteral("单雄信"), QStringLiteral("王芳"),
                         QStringLiteral("解晓东"), QStringLiteral("曾国藩"), QStringLiteral("张三")});
    CHECK(Pinyin::sortKey(QStringLiteral("重庆"), PinyinText::Text).startsWith(QStringLiteral("chong qing")));
}

TEST_CASE("Typed pinyin splits into syllables, each cut short or not", "[text][pinyin]")
{
    const PinyinDictionary &d = PinyinDictionary::standard();
    CHECK(d.syllablePieces(QStringLiteral("zhsan")) == QStringList{QStringLiteral("zh"), QStringLiteral("san")});
    CHECK(d.syllablePieces(QStringLiteral("zsan")) == QStringList{QStringLiteral("z"), QStringLiteral("san")});
    CHECK(d.syllablePieces(QStringLiteral("xiaodong")) == QStringList{QStringLiteral("xiao"), QStringLiteral("dong")});
    CHECK(d.syllablePieces(QStringLiteral("xd")) == QStringList{QStringLiteral("x"), QStringLiteral("d")});
    CHECK(d.syllablePieces(QStringLiteral("i")).isEmpty());   // no syllable starts with i
    CHECK(d.syllablePieces(QStringLiteral("a1")).isEmpty());
}

TEST_CASE("A long company name adds a bounded number of search tokens", "[text][pinyin][search]")
{
    // 20 characters, several polyphonic (行 长 重 乐 都 会 和 单 种 朝).
    SearchDocument doc;
    doc.person = false;
    doc.name = QStringLiteral("长乐重行都会和单种朝阳华兴科技有限公司");
    const QStringList tokens = SearchKeys::build(doc).split(u' ');
    const qsizetype characters = doc.name.size();
    // Bigrams and the last character, syllables, joined and initials from
    // each syllable, and at most 6 alternative readings of 9 tokens each.
    CHECK(tokens.size() <= characters + 3 * characters + PinyinTokens::maxAlternatives * 9);
    CHECK(tokens.size() >= 3 * characters);
}
