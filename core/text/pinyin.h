#pragma once

#include <QString>
#include <QStringList>

namespace guanxi {

// Han characters to pinyin with ICU's Han-Latin transliterator (no tones).
// Each Han character becomes one syllable; other characters pass through.
// Thread-safe; syllables are cached per character.
class Pinyin {
public:
    // "张三" -> {"zhang", "san"}; "Tom 李" -> {"tom", "li"} (Latin words lower-cased).
    static QStringList syllables(const QString &text);
    // "张三" -> "zhangsan"
    static QString full(const QString &text);
    // "张三" -> "zs"
    static QString initials(const QString &text);
    // Key that sorts names the way Chinese users expect: by pinyin, then text.
    static QString sortKey(const QString &name);
    // sortKey() of a value that may be blank (a city, an industry): empty for
    // blank text, so it is stored as NULL and sorts first, as the text did.
    static QString optionalSortKey(const QString &text);
};

} // namespace guanxi
