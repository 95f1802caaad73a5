#include "text/pinyin.h"

#include "text/han.h"

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
            result = QString::fromStdString(utf8).trimmed();
            // Keep only ASCII letters: the transliterator leaves unknown
            // characters as they were.
            QString clean;
            for (QChar ch : result)
                if (ch >= u'a' && ch <= u'z')
                    clean += ch;
            result = clean;
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
} // namespace

QStringList Pinyin::syllables(const QString &text)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out << word.toLower();
        word.clear();
    };
    const QList<uint> codepoints = text.toUcs4();
    for (uint cp : codepoints) {
        const char32_t c = cp;
        if (Han::isHan(c)) {
            flush();
            const QString s = hanLatin().syllable(c);
            if (!s.isEmpty())
                out << s;
        } else if (QChar::isLetterOrNumber(c)) {
            word += QString::fromUcs4(&c, 1);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QString Pinyin::full(const QString &text)
{
    return syllables(text).join(QString());
}

QString Pinyin::initials(const QString &text)
{
    QString out;
    for (const QString &s : syllables(text))
        out += s.at(0);
    return out;
}

QString Pinyin::sortKey(const QString &name)
{
    // Syllables separated by spaces so "li na" sorts before "lin", then the
    // original text to keep homophones stable.
    return syllables(name).join(u' ') + QChar(u'\x01') + name.trimmed().toLower();
}

QString Pinyin::optionalSortKey(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : sortKey(text);
}

} // namespace guanxi
