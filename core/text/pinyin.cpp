#include "text/pinyin.h"

#include "text/han.h"
#include "text/pinyindictionary.h"
#include "text/surnames.h"

#include <QHash>
#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace guanxi {

namespace {
class HanLatin {
public:
    HanLatin()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    QString syllable(char32_t c)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.constFind(c);
        if (it != m_cache.constEnd())
            return *it;
        QString result;
        if (m_translit) {
            icu::UnicodeString s(static_cast<UChar32>(c));
            m_translit->transliterate(s);
            std::string utf8;
            s.toUTF8String(utf8);
            // Keep only ASCII letters: the transliterator leaves unknown
            // characters as they were.
            for (QChar ch : QString::fromStdString(utf8))
                if (ch >= u'a' && ch <= u'z')
                    result += ch;
        }
        m_cache.insert(c, result);
        return result;
    }

private:
    QMutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_translit;
    QHash<char32_t, QString> m_cache;
};

HanLatin &hanLatin()
{
    static HanLatin instance;
    return instance;
}

// One character alone: its most used reading, the others as alternatives.
void readCharacter(char32_t c, QList<PinyinSyllable> &out)
{
    const QStringList readings = PinyinDictionary::standard().readings(c);
    if (!readings.isEmpty()) {
        out.append({readings.first(), readings.mid(1), true});
        return;
    }
    const QString s = hanLatin().syllable(c);
    if (!s.isEmpty())
        out.append({s, {}, true});
}

// The surname at the start of a person's name; how many characters it took.
qsizetype readSurname(const QList<uint> &run, QList<PinyinSyllable> &out)
{
    const Surnames::Match m = Surnames::at(run);
    if (m.length == 0)
        return 0;
    const PinyinDictionary &dictionary = PinyinDictionary::standard();
    const QStringList syllables =
        m.syllables.isEmpty() ? dictionary.phrase(QString::fromUcs4(reinterpret_cast<const char32_t *>(run.constData()), m.length))
                              : m.syllables;
    if (syllables.size() != m.length)
        return 0;   // no dictionary: read character by character
    for (int k = 0; k < m.length; ++k) {
        QStringList others;
        if (m.length == 1) // 曾: ceng too, as the character is read elsewhere
            for (const QString &r : dictionary.readings(run.at(k)))
                if (r != syllables.at(k))
                    others << r;
        out.append({syllables.at(k), others, true});
    }
    return m.length;
}

// A run of Han characters: the surname first when the run starts a person's
// name, then the longest dictionary phrase at each place, else one character.
void readHan(const QList<uint> &run, bool nameStart, QList<PinyinSyllable> &out)
{
    const PinyinDictionary &dictionary = PinyinDictionary::standard();
    qsizetype i = nameStart ? readSurname(run, out) : 0;
    while (i < run.size()) {
        QStringList phrase;
        const int n = dictionary.longestPhrase(run, i, &phrase);
        if (n >= 2) {
            for (const QString &s : std::as_const(phrase))
                out.append({s, {}, true});
            i += n;
            continue;
        }
        readCharacter(run.at(i), out);
        ++i;
    }
}
} // namespace

QList<PinyinSyllable> Pinyin::read(const QString &text, PinyinText kind)
{
    QList<PinyinSyllable> out;
    QString word;
    QList<uint> han;
    auto flushWord = [&] {
        if (!word.isEmpty())
            out.append({word.toLower(), {}, false});
        word.clear();
    };
    auto flushHan = [&] {
        if (!han.isEmpty())
            readHan(han, kind == PinyinText::PersonName && out.isEmpty(), out);
        han.clear();
    };
    const QList<uint> codepoints = text.toUcs4();
    for (uint cp : codepoints) {
        const char32_t c = cp;
        if (Han::isHan(c)) {
            flushWord();
            han << cp;
        } else if (QChar::isLetterOrNumber(c)) {
            flushHan();
            word += QString::fromUcs4(&c, 1);
        } else {
            flushWord();
            flushHan();
        }
    }
    flushWord();
    flushHan();
    return out;
}

QStringList Pinyin::syllables(const QString &text, PinyinText kind)
{
    QStringList out;
    for (const PinyinSyllable &s : read(text, kind))
        out << s.reading;
    return out;
}

QString Pinyin::full(const QString &text, PinyinText kind)
{
    return syllables(text, kind).join(QString());
}

QString Pinyin::initials(const QString &text, PinyinText kind)
{
    QString out;
    for (const QString &s : syllables(text, kind))
        out += s.at(0);
    return out;
}

QString Pinyin::sortKey(const QString &name, PinyinText kind)
{
    // Syllables separated by spaces so "li na" sorts before "lin", then the
    // original text to keep homophones stable.
    return syllables(name, kind).join(u' ') + QChar(u'\x01') + name.trimmed().toLower();
}

QString Pinyin::optionalSortKey(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : sortKey(text);
}

} // namespace guanxi
