// The workbook parts every sheet refers to: the styles (which number formats
// show dates and times) and the shared strings, loaded once, on the first
// readSheet.
#include "formats/xlsxreaderparts.h"

#include <QLocale>

#include <limits>

namespace guanxi {

using namespace xlsx;

namespace {

NumKind builtinKind(int id)
{
    // 14-22 and 45-47 everywhere; 27-36 and 50-58 are the CJK locales' dates
    // and times (31 is yyyy"年"m"月"d"日" in zh-CN). 46 ([h]:mm:ss) is a duration.
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
        id == 57 || id == 58)
        return NumKind::Date;
    if (id == 22)
        return NumKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47 || id == 55 ||
        id == 56)
        return NumKind::Time;
    return NumKind::Number;
}

NumKind classifyFormat(QStringView code)
{
    bool date = false, time = false, month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u';') {
            break; // the first (positive numbers) section decides
        } else if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // escaped, padding or fill character
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                break;
            const QStringView inside = code.mid(i + 1, end - i - 1);
            if (inside.startsWith(u"$-")) {
                // Locale prefixes; F800/F400 are the system long date / time.
                date = date || inside.endsWith(u"F800", Qt::CaseInsensitive);
                time = time || inside.endsWith(u"F400", Qt::CaseInsensitive);
            } else if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar x) {
                           return QStringView(u"hHmMsS").contains(x);
                       })) {
                return NumKind::Number; // [h]:mm elapsed time is a duration
            }
            i = end; // colours, conditions: skip
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true; // month, or minutes next to h/s
        } else if (c == u'a') {
            const QStringView rest = code.mid(i);
            if (rest.startsWith(u"am/pm", Qt::CaseInsensitive)) {
                time = true;
                i += 4;
            } else if (rest.startsWith(u"a/p", Qt::CaseInsensitive)) {
                time = true;
                i += 2;
            }
        }
    }
    date = date || (month && !time);
    if (date && time)
        return NumKind::DateTime;
    if (date)
        return NumKind::Date;
    return time ? NumKind::Time : NumKind::Number;
}

} // namespace

Status XlsxReader::Private::loadSharedParts()
{
    if (sharedLoaded)
        return {};
    if (Status st = loadStyles(); !st)
        return st;
    if (Status st = loadSharedStrings(); !st)
        return st;
    sharedLoaded = true;
    return {};
}

// Each cell format (xf) says which number format it shows numbers with.
Status XlsxReader::Private::loadStyles()
{
    QHash<int, NumKind> custom;
    QList<int> xfFormats;
    bool inNumFmts = false, inCellXfs = false;
    Status st =
        parsePart(stylesPart, true, [&](QXmlStreamReader &xml, QXmlStreamReader::TokenType t) {
            const QStringView n = xml.name();
            if (t == QXmlStreamReader::StartElement) {
                if (n == u"numFmts")
                    inNumFmts = true;
                else if (n == u"cellXfs")
                    inCellXfs = true;
                else if (n == u"numFmt" && inNumFmts)
                    custom.insert(attr(xml, u"numFmtId").toInt(),
                                  classifyFormat(attr(xml, u"formatCode")));
                else if (n == u"xf" && inCellXfs)
                    xfFormats << attr(xml, u"numFmtId").toInt();
            } else if (t == QXmlStreamReader::EndElement) {
                if (n == u"numFmts")
                    inNumFmts = false;
                else if (n == u"cellXfs")
                    inCellXfs = false;
            }
            return true;
        });
    if (!st)
        return st;
    xfKinds.clear();
    for (int id : std::as_const(xfFormats))
        xfKinds << custom.value(id, builtinKind(id));
    return {};
}

Status XlsxReader::Private::loadSharedStrings()
{
    // A failed earlier attempt may have left some.
    sharedText.clear();
    sharedEnds.clear();
    const qsizetype maxChars =
        std::min<qsizetype>(limits.sharedChars, std::numeric_limits<quint32>::max());
    QString text;
    bool inSi = false, inT = false;
    int phonetic = 0;
    enum { Fits, TooLong, TooMany } over = Fits;
    const Status st = parsePart(
        sharedStringsPart, true, [&](QXmlStreamReader &xml, QXmlStreamReader::TokenType t) {
            const QStringView n = xml.name();
            if (t == QXmlStreamReader::StartElement) {
                if (n == u"si") {
                    inSi = true;
                    text.clear();
                } else if (n == u"rPh") {
                    ++phonetic; // furigana runs are not part of the text
                } else if (n == u"t") {
                    inT = inSi && phonetic == 0;
                }
            } else if (t == QXmlStreamReader::Characters && inT) {
                text += xml.text();
                if (text.size() > limits.rowChars) {
                    over = TooLong;
                    return false;
                }
            } else if (t == QXmlStreamReader::EndElement) {
                if (n == u"t") {
                    inT = false;
                } else if (n == u"rPh") {
                    --phonetic;
                } else if (n == u"si" && inSi) {
                    inSi = false;
                    sharedText += decodeEscapes(text);
                    if (sharedEnds.size() >= limits.sharedStrings || sharedText.size() > maxChars) {
                        over = TooMany;
                        return false;
                    }
                    sharedEnds << quint32(sharedText.size());
                }
            }
            return true;
        });
    const qsizetype loaded = sharedEnds.size();
    if (over != Fits) { // what was loaded is of no use: give the memory back now
        sharedText = QString();
        sharedEnds = QList<quint32>();
    }
    if (!st)
        return st;
    if (over == TooLong)
        return longText(
            XlsxReader::tr("shared text number %L1").arg(loaded + 1),
            QStringLiteral("shared string %1 over %2 characters").arg(loaded).arg(limits.rowChars));
    if (over == TooMany)
        return Error{
            XlsxReader::tr("“%1” holds more text than can be imported at once: over %2 "
                           "different texts or %3 characters. Split it into smaller workbooks "
                           "and import them one by one.")
                .arg(name, QLocale().toString(limits.sharedStrings), QLocale().toString(maxChars)),
            QStringLiteral("shared strings past %1 strings or %2 characters")
                .arg(limits.sharedStrings)
                .arg(maxChars),
            {}};
    return {};
}

} // namespace guanxi
