#include "text/surnames.h"

#include <QString>

namespace guanxi {

namespace {

// Single-character surnames whose surname reading is not the character's
// most used one in the dictionary (or, like 覃 and 仇, easily confused), from
// the 百家姓. A character not listed here is read by the dictionary as usual.
struct Single {
    char16_t hanzi;
    const char *reading;
};
constexpr Single singles[] = {
    {u'单', "shan"}, {u'曾', "zeng"}, {u'解', "xie"}, {u'区', "ou"},   {u'朴', "piao"}, {u'查', "zha"},
    {u'乐', "yue"},  {u'覃', "qin"},  {u'仇', "qiu"}, {u'盖', "ge"},   {u'缪', "miao"}, {u'召', "shao"},
    {u'种', "chong"}, {u'秘', "bi"},  {u'重', "chong"}, {u'折', "she"}, {u'员', "yun"},  {u'繁', "po"},
    {u'句', "gou"},  {u'黑', "he"},   {u'宓', "fu"},  {u'藏', "zang"}, {u'隗', "wei"},  {u'尉', "wei"},
};

// Compound surnames that a single-character rule or the per-character
// readings would get wrong (尉迟 is not wei chi, 单于 not shan yu). An empty
// reading: the dictionary has the phrase (长孙 zhang sun, 令狐 ling hu).
struct Compound {
    const char16_t *hanzi;
    const char *reading;
};
constexpr Compound compounds[] = {
    {u"尉迟", "yu chi"}, {u"万俟", "mo qi"}, {u"澹台", "tan tai"}, {u"乐正", "yue zheng"},
    {u"单于", ""},       {u"长孙", ""},      {u"令狐", ""},        {u"欧阳", ""},
    {u"司马", ""},       {u"诸葛", ""},      {u"上官", ""},        {u"皇甫", ""},
};

QStringList split(const char *reading)
{
    return QString::fromLatin1(reading).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

Surnames::Match Surnames::at(const QList<uint> &name)
{
    if (name.size() >= 2) {
        for (const Compound &c : compounds) {
            const QList<uint> hanzi = QString::fromUtf16(c.hanzi).toUcs4();
            if (name.at(0) == hanzi.at(0) && name.at(1) == hanzi.at(1))
                return {2, split(c.reading)};
        }
    }
    if (name.isEmpty())
        return {};
    for (const Single &s : singles)
        if (name.first() == s.hanzi)
            return {1, split(s.reading)};
    return {};
}

} // namespace guanxi
