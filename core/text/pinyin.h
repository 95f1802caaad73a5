#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace guanxi {

// What a text is, for reading it aloud: a person's name starts with a surname
// (曾国藩 is Zeng, 单雄信 Shan); any other text is read by phrases (长沙银行
// chang sha yin hang).
enum class PinyinText { Text, PersonName };

// One syllable of a text: a Chinese character's reading, or a Latin word or
// number as written (lower-cased).
struct PinyinSyllable {
    QString reading;
    // The other readings of a polyphonic character that no phrase settled
    // (行 alone: xing, then hang), and of a surname (曾: ceng).
    QStringList alternatives;
    bool han = false;
};

// Han characters to pinyin (no tones): phrase readings first, then a person's
// surname, then each character's most used reading, from Rime's dictionary
// (see PinyinDictionary); ICU's Han-Latin transliterator for characters the
// dictionary does not have, or for all of them when it is not installed.
// Other characters pass through. Thread-safe.
class Pinyin {
public:
    static QList<PinyinSyllable> read(const QString &text, PinyinText kind = PinyinText::Text);
    // "张三" -> {"zhang", "san"}; "Tom 李" -> {"tom", "li"} (Latin words lower-cased).
    static QStringList syllables(const QString &text, PinyinText kind = PinyinText::Text);
    // "张三" -> "zhangsan"
    static QString full(const QString &text, PinyinText kind = PinyinText::Text);
    // "张三" -> "zs"
    static QString initials(const QString &text, PinyinText kind = PinyinText::Text);
    // Key that sorts names the way Chinese users expect: by pinyin, then text.
    static QString sortKey(const QString &name, PinyinText kind = PinyinText::Text);
    // sortKey() of a value that may be blank (a city, an industry): empty for
    // blank text, so it is stored as NULL and sorts first, as the text did.
    static QString optionalSortKey(const QString &text);
};

} // namespace guanxi
