#include "formats/textencoding.h"

#include <unicode/ucnv.h>

#include <algorithm>

namespace guanxi {

namespace {

const QByteArray Utf8 = QByteArrayLiteral("UTF-8");
const QByteArray Utf16LE = QByteArrayLiteral("UTF-16LE");
const QByteArray Utf16BE = QByteArrayLiteral("UTF-16BE");
const QByteArray Gb18030 = QByteArrayLiteral("GB18030");
const QByteArray Big5 = QByteArrayLiteral("Big5");
const QByteArray ShiftJis = QByteArrayLiteral("Shift_JIS");
const QByteArray Windows1252 = QByteArrayLiteral("windows-1252");

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool inRange(uchar c, uchar low, uchar high)
{
    return c >= low && c <= high;
}

// How plausible one double-byte character is in real text, from where its code
// sits in the code table. All three tables were laid out by frequency: GB2312
// level 1 holds the 3,755 commonest hanzi, Big5 A440-C67E the 5,401 commonest
// traditional characters, JIS level 1 the common kanji next to the kana. The
// same bytes read in a wrong table land in rare, symbol or private-use areas,
// which is what separates the candidates. Private use (user-defined) areas
// score below zero: real files almost never use them.
double gbWeight(uchar lead, uchar trail)
{
    if (trail >= 0xA1) {
        if (inRange(lead, 0xB0, 0xD7))
            return 1.0; // level 1 hanzi
        if (inRange(lead, 0xD8, 0xF7))
            return 0.5; // level 2 hanzi
        if (lead == 0xA1 || lead == 0xA3)
            return 0.7; // Chinese punctuation, full-width ASCII
        if (lead == 0xA2)
            return 0.3; // numbered and Roman numerals
        if (inRange(lead, 0xA4, 0xA9))
            return 0.1; // kana, Greek, Cyrillic, pinyin, box drawing
        return -1.0;    // AA-AF, F8-FE: user-defined
    }
    if (inRange(lead, 0xA1, 0xA7))
        return -1.0; // user-defined
    return 0.1;      // GBK extension: rare and traditional characters
}

double big5Weight(uchar lead, uchar trail)
{
    const int code = lead << 8 | trail;
    if (code >= 0xA440 && code <= 0xC67E)
        return 1.0; // frequently used characters
    if (code >= 0xC940 && code <= 0xF9D5)
        return 0.5; // less frequently used characters
    if (lead == 0xA1)
        return 0.7; // punctuation
    if (lead == 0xA2 || lead == 0xA3)
        return 0.2; // units, numerals, bopomofo, Greek
    if (code >= 0xF9D6 && code <= 0xF9FE)
        return 0.1; // ETEN box drawing
    return -1.0;    // 81-A0, C6A1-C8FE, FA-FE: user-defined / reserved
}

double sjisWeight(uchar lead, uchar trail)
{
    const int code = lead << 8 | trail;
    if (lead == 0x81)
        return 0.7; // punctuation, 「」、。ー
    if (code >= 0x829F && code <= 0x82F1)
        return 1.0; // hiragana
    if (code >= 0x8340 && code <= 0x8396)
        return 1.0; // katakana
    if (lead == 0x82)
        return 0.3; // full-width digits and Latin
    if (code >= 0x889F && code <= 0x9872)
        return 0.9; // JIS level 1 kanji
    if (code >= 0x989F && code <= 0xEAA4)
        return 0.4; // JIS level 2 kanji
    if (lead == 0x87)
        return 0.3; // NEC specials: ① ㈱
    if (inRange(lead, 0xF0, 0xF9))
        return -1.0; // user-defined
    if (inRange(lead, 0xED, 0xEE) || inRange(lead, 0xFA, 0xFC))
        return 0.2; // IBM extensions
    return 0.1;      // Greek, Cyrillic, box drawing
}

// Mean plausibility of the non-ASCII characters of a sample that decoded
// without error in `name`: about 1 for real text, near 0 or below for text
// read in the wrong encoding. Walks the bytes with the encoding's lead/trail
// structure; a sample that decoded cleanly follows it.
double cjkScore(QByteArrayView bytes, const QByteArray &name)
{
    double sum = 0;
    qint64 count = 0;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto lead = uchar(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const uchar trail = i + 1 < size ? uchar(bytes[i + 1]) : 0;
        double weight = 0;
        qsizetype length = 2;
        if (name == Gb18030) {
            if (inRange(trail, 0x30, 0x39))
                length = 4; // four-byte sequences: outside GBK, rare
            else
                weight = gbWeight(lead, trail);
        } else if (name == Big5) {
            weight = big5Weight(lead, trail);
        } else if (inRange(lead, 0xA1, 0xDF)) {
            weight = 0.05; // half-width katakana: legacy systems only
            length = 1;
        } else if (inRange(lead, 0x81, 0x9F) || inRange(lead, 0xE0, 0xFC)) {
            weight = sjisWeight(lead, trail);
        } else {
            length = 1;
        }
        sum += weight;
        ++count;
        i += length;
    }
    return count == 0 ? 0.0 : sum / double(count);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Western text has accented letters inside ASCII words (Müller, café) and a
// few typographic marks; CJK bytes read as Windows-1252 give runs of accented
// letters and symbols instead. Scaled to 0.8 so that a good CJK reading (0.9
// and up) wins over a short CJK text that happens to look Latin ("山田" in
// Shift_JIS is "ŽR“c").
// Returns a negative value for C1 controls, which are the code page's holes.
double latinScore(const QString &text)
{
    static const QString marks = QStringLiteral("\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u20AC\u00B0\u00A3\u00A7"
                                                "\u00AB\u00BB\u00B7\u00A0");
    double sum = 0;
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            continue;
        if (c.unicode() < 0xA0)
            return -1.0;
        ++count;
        const bool letter = c.unicode() >= 0xC0 && c != u'\u00D7' && c != u'\u00F7';
        const bool besideAscii = (i > 0 && isAsciiLetter(text.at(i - 1)))
                || (i + 1 < text.size() && isAsciiLetter(text.at(i + 1)));
        if ((letter && besideAscii) || marks.contains(c))
            sum += 1.0;
    }
    return count == 0 ? 0.0 : 0.8 * sum / double(count);
}

// Share of characters that are printable ASCII or tab/CR/LF. A CSV in UTF-16
// read with the right byte order is full of them (delimiters, line breaks,
// digits); read with the wrong one, they all turn into U+xx00 characters.
double asciiShare(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qint64 ascii = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == u'\t' || u == u'\n' || u == u'\r')
            ++ascii;
    }
    return double(ascii) / double(text.size());
}

} // namespace

EncodingGuess TextEncoding::detect(QByteArrayView sample, bool sampleIsWholeFile)
{
    EncodingGuess guess;
    for (const QByteArray &name : {Utf8, Utf16LE, Utf16BE}) {
        if (const int length = bomLength(sample, name)) {
            guess.name = name;
            guess.bom = true;
            guess.bomLength = length;
            guess.candidates = {name};
            return guess;
        }
    }
    if (sample.isEmpty()) {
        guess.name = Utf8;
        guess.candidates = {Utf8};
        return guess;
    }

    struct Scored {
        QByteArray name;
        double score;
    };
    QList<Scored> scored;
    auto decodes = [&](const QByteArray &name, QString &text) {
        TextDecoder decoder(name);
        return decoder.decode(sample, text, sampleIsWholeFile);
    };
    // Scores live in bands: plausible UTF-16 > valid UTF-8 > legacy encodings.
    if (sample.contains('\0')) {
        for (const QByteArray &name : {Utf16LE, Utf16BE}) {
            QString text;
            if (decodes(name, text)) {
                const double share = asciiShare(text);
                scored.append({name, share >= 0.1 ? 3.0 + share : 0.1 * share});
            }
        }
    }
    if (QString text; decodes(Utf8, text))
        scored.append({Utf8, 2.0});
    for (const QByteArray &name : {Gb18030, Big5, ShiftJis}) {
        if (QString text; decodes(name, text))
            scored.append({name, cjkScore(sample, name)});
    }
    if (QString text; decodes(Windows1252, text)) {
        if (const double score = latinScore(text); score >= 0)
            scored.append({Windows1252, score});
    }
    // Stable: on a tie the order above (GB18030 first) decides.
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    for (const Scored &s : scored)
        guess.candidates.append(s.name);
    if (!guess.candidates.isEmpty())
        guess.name = guess.candidates.first();
    return guess;
}

QList<QByteArray> TextEncoding::supported()
{
    return {Utf8, Gb18030, Big5, ShiftJis, Utf16LE, Utf16BE, Windows1252};
}

QString TextEncoding::label(const QByteArray &name)
{
    if (sameName(name, Utf8))
        return tr("Unicode (UTF-8)");
    if (sameName(name, Utf16LE))
        return tr("Unicode (UTF-16, little-endian)");
    if (sameName(name, Utf16BE))
        return tr("Unicode (UTF-16, big-endian)");
    if (sameName(name, Gb18030))
        return tr("Chinese Simplified (GB18030/GBK)");
    if (sameName(name, Big5))
        return tr("Chinese Traditional (Big5)");
    if (sameName(name, ShiftJis))
        return tr("Japanese (Shift_JIS)");
    if (sameName(name, Windows1252))
        return tr("Western European (Windows-1252)");
    return QString::fromLatin1(name);
}

int TextEncoding::bomLength(QByteArrayView bytes, const QByteArray &name)
{
    if (sameName(name, Utf8))
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (sameName(name, Utf16LE))
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    if (sameName(name, Utf16BE))
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    return 0;
}

TextDecoder::TextDecoder(const QByteArray &encoding)
{
    if (encoding.isEmpty())
        return;
    UErrorCode status = U_ZERO_ERROR;
    m_converter = ucnv_open(encoding.constData(), &status);
    if (U_FAILURE(status)) {
        ucnv_close(m_converter);
        m_converter = nullptr;
        return;
    }
    // STOP instead of ICU's default substitution: no silent U+FFFD.
    ucnv_setToUCallBack(m_converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        ucnv_close(m_converter);
        m_converter = nullptr;
    }
}

TextDecoder::~TextDecoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

bool TextDecoder::decode(QByteArrayView bytes, QString &out, bool last)
{
    if (!m_converter || hasError())
        return false;
    const char *source = bytes.data();
    const char *const sourceEnd = source + bytes.size();
    const qsizetype start = out.size();
    // Two UTF-16 units per byte is enough for these encodings, plus room for
    // bytes ICU held back from the previous piece; ICU says if it is not.
    qsizetype capacity = 2 * bytes.size() + 16;
    qsizetype written = 0;
    UErrorCode status = U_ZERO_ERROR;
    for (;;) {
        out.resize(start + capacity);
        auto *const base = reinterpret_cast<UChar *>(out.data()) + start;
        UChar *target = base + written;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(m_converter, &target, base + capacity, &source, sourceEnd, nullptr, last, &status);
        written = target - base;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        capacity *= 2;
    }
    out.resize(start + written);
    const qint64 consumed = source - bytes.data();
    if (U_FAILURE(status)) {
        // ICU consumed the bad sequence, which may have begun in an earlier piece.
        char invalid[32];
        int8_t length = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(m_converter, invalid, &length, &ignored);
        if (U_FAILURE(ignored))
            length = 0;
        m_errorBytes = QByteArray(invalid, length);
        m_errorOffset = std::max<qint64>(0, m_consumed + consumed - length);
        m_consumed += consumed;
        return false;
    }
    m_consumed += consumed;
    return true;
}

} // namespace guanxi
