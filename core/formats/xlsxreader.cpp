#include "formats/xlsxreader.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QUrl>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <optional>

namespace guanxi {

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;
constexpr int MaxColumns = 16384; // XFD, Excel's last column
constexpr int MaxRows = 1048576;
constexpr int MaxEntries = 100000; // a workbook holds a few dozen parts
// QXmlStreamReader holds a whole text node (or tag) before it reports any of
// it, so runs of bytes without '<' or '>' are capped before they reach it:
// eight bytes per character leaves room for entities and _xHHHH_ escapes.
constexpr qint64 RunBytesPerChar = 8;

// minizip reads through these callbacks from a QIODevice (QFile or QBuffer):
// one code path for files and bytes in memory, and paths never go through the
// local 8-bit encoding.
voidpf ioOpen(voidpf opaque, const void *, int)
{
    return opaque;
}
uLong ioRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong ioWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
ZPOS64_T ioTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}
long ioSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *dev = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = dev->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = dev->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > ZPOS64_T(dev->size() - base))
        return -1;
    return dev->seek(base + qint64(offset)) ? 0 : -1;
}
int ioClose(voidpf, voidpf)
{
    return 0;
} // the reader owns the device
int ioError(voidpf, voidpf)
{
    return 0;
}

struct Entry {
    unz64_file_pos pos{};
    qint64 size = 0;
};

// OOXML part names are case-insensitive; some writers use backslashes.
QString partKey(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

// A relationship target is relative to the source part's folder, or absolute.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(u'\\', u'/');
    if (!t.startsWith(u'/')) {
        const qsizetype slash = sourcePart.lastIndexOf(u'/');
        t = (slash < 0 ? QString() : sourcePart.left(slash + 1)) + t;
    }
    t = QDir::cleanPath(t);
    while (t.startsWith(u'/'))
        t.remove(0, 1);
    return t;
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (and "_" itself as _x005F_).
QString decodeEscapes(const QString &s)
{
    if (!s.contains(u"_x"))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_' && i + 6 < s.size() && s.at(i + 1) == u'x' && s.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(s).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

// A view into `attrs`: valid while it lives. Looked up by local name.
QStringView attrView(const QXmlStreamAttributes &attrs, QStringView name)
{
    for (const QXmlStreamAttribute &a : attrs)
        if (a.name() == name)
            return a.value();
    return {};
}

QString attr(const QXmlStreamReader &xml, QStringView name)
{
    return attrView(xml.attributes(), name).toString();
}

// How a number format shows a number: what we return for it.
enum class NumKind : quint8 { Number, Date, DateTime, Time };

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

// Excel serial day numbers: 1900 system (with Lotus's fictional 1900-02-29 as
// day 60) or 1904 system. Out of range values stay numbers.
QVariant fromSerial(double v, NumKind kind, bool is1904)
{
    constexpr qint64 DayMs = 86400000;
    if (kind == NumKind::Time && v >= 0 && v < 1)
        return QTime::fromMSecsSinceStartOfDay(int(std::min(qRound64(v * DayMs), DayMs - 1)));
    if (v < 0 || v >= 2958466) // 9999-12-31 is the last day Excel shows
        return v;
    const qint64 total = qRound64(v * DayMs);
    const qint64 days = total / DayMs;
    const int ms = int(total % DayMs);
    QDate date;
    if (is1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        return v; // 1900-02-29 never existed
    else
        date = QDate(1899, 12, 31).addDays(days);
    if (kind == NumKind::Date)
        return date;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(ms));
}

QVariant fromIsoDate(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(u'T')) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(t);
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? QVariant(dt) : QVariant(t);
}

// 27 -> "AB", for messages: people know columns by their letters.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// "AB12" -> 27 (0-based column); -1 if it is no cell reference.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char32_t c = QChar::toUpper(char32_t(ref.at(i).unicode()));
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
        if (col > MaxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

// Why a part stopped before its end although it was not damaged.
enum class Limit : quint8 { None, Inflated, LongRun };

// Pulls XML tokens from one zip entry, inflating it in chunks on demand.
// `budget` is what the current reading pass may still inflate, shared by the
// parts it reads; `maxRun` caps a text node or tag (see RunBytesPerChar).
class PartStream {
public:
    PartStream(unzFile zip, qint64 &budget, qint64 maxRun)
        : m_zip(zip), m_budget(budget), m_maxRun(maxRun)
    {
    }
    ~PartStream()
    {
        if (m_open)
            unzCloseCurrentFile(m_zip);
    }
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    bool open(const Entry &entry)
    {
        // minizip inflates no more than the size the zip directory declares,
        // so a part declaring too much is refused before any work.
        if (entry.size > m_budget) {
            m_limit = Limit::Inflated;
            return false;
        }
        unz64_file_pos pos = entry.pos;
        if (unzGoToFilePos64(m_zip, &pos) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK) {
            m_detail = QStringLiteral("cannot open the zip entry (unsupported compression?)");
            return false;
        }
        m_open = true;
        m_total = entry.size;
        return true;
    }

    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const auto token = xml.readNext();
            if (token != QXmlStreamReader::Invalid ||
                xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_eof)
                return token;
            feed();
        }
    }

    bool failed() const { return !m_detail.isEmpty() || xml.hasError(); }
    Limit limit() const { return m_limit; }
    QString detail() const { return m_detail.isEmpty() ? xml.errorString() : m_detail; }
    qint64 done() const { return m_done; }
    qint64 total() const { return std::max(m_total, m_done); }

    QXmlStreamReader xml;

private:
    void feed()
    {
        QByteArray chunk(ChunkSize, Qt::Uninitialized);
        const int n = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()));
        if (n > 0) {
            chunk.truncate(n);
            m_done += n;
            m_budget -= n;
            if (m_budget < 0)
                return stop(Limit::Inflated);
            for (const char *p = chunk.cbegin(), *end = chunk.cend(); p != end;) {
                const char *bracket = std::find_if(p, end, [](char c) { return c == '<' || c == '>'; });
                m_run += bracket - p;
                if (m_run > m_maxRun)
                    return stop(Limit::LongRun);
                if (bracket == end)
                    break;
                m_run = 0;
                p = bracket + 1;
            }
            xml.addData(chunk);
            return;
        }
        m_eof = true;
        if (n < 0) {
            m_detail = QStringLiteral("inflate error %1").arg(n);
        } else {
            m_open = false;
            if (unzCloseCurrentFile(m_zip) != UNZ_OK)
                m_detail = QStringLiteral("CRC mismatch");
        }
    }

    void stop(Limit limit)
    {
        m_limit = limit;
        m_eof = true; // the reader then ends with a premature end of document
    }

    unzFile m_zip;
    qint64 &m_budget;
    qint64 m_maxRun;
    qint64 m_run = 0; // bytes since the last '<' or '>'
    Limit m_limit = Limit::None;
    bool m_open = false;
    bool m_eof = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_detail;
};

enum class CellType : quint8 { Number, Shared, Inline, FormulaText, Bool, ErrorCode, IsoDate };

CellType cellType(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"str")
        return CellType::FormulaText;
    if (t == u"b")
        return CellType::Bool;
    if (t == u"e")
        return CellType::ErrorCode;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::Number;
}

QVariant textValue(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

struct XlsxReader::Private {
    struct Sheet {
        QString name;
        QString part;
    };

    using TokenHandler = std::function<bool(QXmlStreamReader &, QXmlStreamReader::TokenType)>;

    std::unique_ptr<QIODevice> device;
    unzFile zip = nullptr;
    QString name; // for messages
    XlsxLimits limits;
    qint64 loadBudget = 0; // what opening and the shared parts may still inflate
    QHash<QString, Entry> entries;
    QList<Sheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
    bool sharedLoaded = false;
    // The shared strings end to end, and where each ends: millions of small
    // QStrings would cost some 50 bytes each besides their text.
    QString sharedText;
    QList<quint32> sharedEnds;
    QList<NumKind> xfKinds;
    bool busy = false;

    Status readRows(const Sheet &sheet, const std::function<bool(const XlsxRow &)> &onRow,
                    const std::function<void(qint64, qint64)> &progress);

    ~Private()
    {
        if (zip)
            unzClose(zip);
    }

    // Bytes one reading pass may inflate; see XlsxLimits.
    qint64 inflateBudget() const
    {
        const qint64 size = std::max<qint64>(device->size(), 0);
        const qint64 ratio = std::max<qint64>(limits.inflateRatio, 1);
        const qint64 scaled = size > std::numeric_limits<qint64>::max() / ratio
                                  ? std::numeric_limits<qint64>::max()
                                  : size * ratio;
        return std::max(limits.inflateFloor, scaled);
    }

    qint64 maxRun() const
    {
        const qint64 chars = std::max<qint64>(limits.rowChars, 1);
        return chars > std::numeric_limits<qint64>::max() / RunBytesPerChar
                   ? std::numeric_limits<qint64>::max()
                   : chars * RunBytesPerChar;
    }

    qsizetype sharedCount() const { return sharedEnds.size(); }
    QString shared(qsizetype i) const
    {
        const qsizetype start = i == 0 ? 0 : sharedEnds.at(i - 1);
        return sharedText.mid(start, sharedEnds.at(i) - start);
    }

    const Entry *entry(const QString &part) const
    {
        const auto it = entries.constFind(partKey(part));
        return it == entries.cend() ? nullptr : &*it;
    }

    Error damaged(const QString &part, const QString &detail) const
    {
        return Error{tr("“%1” is damaged: its part “%2” cannot be read. Open it in Excel or WPS, "
                        "save it again and retry.")
                         .arg(name, part),
                     detail,
                     {}};
    }

    Error tooBig() const
    {
        const qint64 budget = inflateBudget();
        // One arg() call: a file name with "%2" in it must stay as it is.
        return Error{tr("“%1” unpacks to more than %2 MB, over %3 times its own size, which "
                        "workbooks saved by Excel or WPS never do: it is damaged or made to "
                        "exhaust memory. Open it in Excel or WPS and save it again, or split the "
                        "data over several workbooks, and retry.")
                         .arg(name, QLocale().toString(budget >> 20),
                              QLocale().toString(limits.inflateRatio)),
                     QStringLiteral("inflated size over %1 bytes").arg(budget),
                     {}};
    }

    Error longText(const QString &where, const QString &detail) const
    {
        return Error{tr("“%1” holds a text of more than %2 characters (%3), more than Guanxi "
                        "reads in one cell. Shorten it in Excel or WPS, for example by moving "
                        "part of a long note to another column, and retry.")
                         .arg(name, QLocale().toString(limits.rowChars), where),
                     detail,
                     {}};
    }

    Error stopped(const PartStream &in, const QString &part, const QString &where) const
    {
        if (in.limit() == Limit::Inflated)
            return tooBig();
        if (in.limit() == Limit::LongRun)
            return longText(where, QStringLiteral("over %1 bytes without markup in %2")
                                       .arg(QString::number(maxRun()), part));
        return damaged(part, in.detail());
    }

    // Parses a whole part token by token until onToken returns false; a
    // missing part is fine when optional.
    Status parsePart(const QString &part, bool optional, const TokenHandler &onToken)
    {
        const Entry *e = entry(part);
        if (!e) {
            if (optional)
                return {};
            return damaged(part, QStringLiteral("missing from the zip"));
        }
        PartStream in(zip, loadBudget, maxRun());
        if (!in.open(*e))
            return stopped(in, part, tr("part “%1”").arg(part));
        for (auto t = in.next();
             t != QXmlStreamReader::Invalid && t != QXmlStreamReader::EndDocument; t = in.next())
            if (!onToken(in.xml, t))
                return {};
        if (in.failed() || in.limit() != Limit::None)
            return stopped(in, part, tr("part “%1”").arg(part));
        return {};
    }

    struct Relationship {
        QString type;
        QString target; // resolved part name
    };

    // Relationships of `part`, by id; none (not an error) if it has no .rels.
    Result<QHash<QString, Relationship>> relationships(const QString &part)
    {
        const qsizetype slash = part.lastIndexOf(u'/');
        const QString rels = part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
                             QStringLiteral(".rels");
        QHash<QString, Relationship> out;
        const Status st =
            parsePart(rels, true, [&](QXmlStreamReader &xml, QXmlStreamReader::TokenType t) {
                if (t != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                    return true;
                if (attr(xml, u"TargetMode").compare(u"External", Qt::CaseInsensitive) == 0)
                    return true;
                out.insert(attr(xml, u"Id"),
                           {attr(xml, u"Type"), resolveTarget(part, attr(xml, u"Target"))});
                return true;
            });
        if (!st)
            return st.error();
        return out;
    }

    Status loadWorkbook()
    {
        QString workbookPart = QStringLiteral("xl/workbook.xml");
        const auto rootRels = relationships(QString());
        if (!rootRels)
            return rootRels.error();
        for (const Relationship &r : *rootRels)
            if (r.type.endsWith(u"/officeDocument"))
                workbookPart = r.target;
        if (!entry(workbookPart)) {
            if (entry(QStringLiteral("content.xml")) && entry(QStringLiteral("mimetype")))
                return Error{
                    tr("“%1” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, "
                       "WPS or Excel, save it as an Excel workbook (.xlsx) and import it again.")
                        .arg(name),
                    {},
                    {}};
            return Error{
                tr("“%1” is a zip archive but not an Excel workbook. Choose the .xlsx file "
                   "itself, or open the data in Excel or WPS and save it as .xlsx.")
                    .arg(name),
                QStringLiteral("no %1").arg(workbookPart),
                {}};
        }
        const auto rels = relationships(workbookPart);
        if (!rels)
            return rels.error();
        for (const Relationship &r : *rels) {
            if (r.type.endsWith(u"/sharedStrings"))
                sharedStringsPart = r.target;
            else if (r.type.endsWith(u"/styles"))
                stylesPart = r.target;
        }
        // Fall back to the usual names when a writer left the relationship out.
        if (sharedStringsPart.isEmpty())
            sharedStringsPart = resolveTarget(workbookPart, QStringLiteral("sharedStrings.xml"));
        if (stylesPart.isEmpty())
            stylesPart = resolveTarget(workbookPart, QStringLiteral("styles.xml"));

        const Status st = parsePart(
            workbookPart, false, [&](QXmlStreamReader &xml, QXmlStreamReader::TokenType t) {
                if (t != QXmlStreamReader::StartElement)
                    return true;
                if (xml.name() == u"workbookPr") {
                    const QString v = attr(xml, u"date1904");
                    date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
                } else if (xml.name() == u"sheet") {
                    // r:id, whatever the prefix (transitional or strict namespace).
                    const QXmlStreamAttributes attrs = xml.attributes();
                    QString id;
                    for (const QXmlStreamAttribute &a : attrs)
                        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                            id = a.value().toString();
                    const auto r = rels->constFind(id);
                    sheets << Sheet{attr(xml, u"name"), r == rels->cend() ? QString() : r->target};
                }
                return true;
            });
        if (!st)
            return st;
        if (sheets.isEmpty())
            return Error{tr("“%1” contains no sheets. Open it in Excel or WPS, check that it holds "
                            "your data, save it and retry.")
                             .arg(name),
                         {},
                         {}};
        return {};
    }

    // Shared strings and number formats, loaded once, on the first readSheet.
    Status loadSharedParts()
    {
        if (sharedLoaded)
            return {};
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

        // A failed earlier attempt may have left some.
        sharedText.clear();
        sharedEnds.clear();
        const qsizetype maxChars =
            std::min<qsizetype>(limits.sharedChars, std::numeric_limits<quint32>::max());
        QString text;
        bool inSi = false, inT = false;
        int phonetic = 0;
        enum { Fits, TooLong, TooMany } over = Fits;
        st = parsePart(sharedStringsPart, true,
                       [&](QXmlStreamReader &xml, QXmlStreamReader::TokenType t) {
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
                                   if (sharedEnds.size() >= limits.sharedStrings ||
                                       sharedText.size() > maxChars) {
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
            return longText(tr("shared text number %L1").arg(loaded + 1),
                            QStringLiteral("shared string %1 over %2 characters")
                                .arg(loaded)
                                .arg(limits.rowChars));
        if (over == TooMany)
            return Error{tr("“%1” holds more text than can be imported at once: over %2 "
                            "different texts or %3 characters. Split it into smaller workbooks "
                            "and import them one by one.")
                             .arg(name, QLocale().toString(limits.sharedStrings),
                                  QLocale().toString(maxChars)),
                         QStringLiteral("shared strings past %1 strings or %2 characters")
                             .arg(limits.sharedStrings)
                             .arg(maxChars),
                         {}};
        sharedLoaded = true;
        return {};
    }

    // The value of one <c>; `ok` is false for a reference to a missing shared string.
    QVariant cellValue(CellType type, int style, const QString &v, const QString &text,
                       bool &ok) const
    {
        switch (type) {
        case CellType::Shared: {
            const int i = QStringView(v).trimmed().toInt(&ok);
            ok = ok && i >= 0 && i < sharedCount();
            return ok ? textValue(shared(i)) : QVariant();
        }
        case CellType::Inline:
            return textValue(decodeEscapes(text.isEmpty() ? v : text));
        case CellType::FormulaText:
        case CellType::ErrorCode:
            return textValue(decodeEscapes(v));
        case CellType::Bool: {
            const QStringView b = QStringView(v).trimmed();
            if (b == u"1" || b.compare(u"true", Qt::CaseInsensitive) == 0)
                return true;
            if (b == u"0" || b.compare(u"false", Qt::CaseInsensitive) == 0)
                return false;
            return textValue(v);
        }
        case CellType::IsoDate:
            return v.trimmed().isEmpty() ? QVariant() : fromIsoDate(v);
        case CellType::Number:
            break;
        }
        if (v.isEmpty())
            return textValue(decodeEscapes(text)); // <is> without t="inlineStr"
        bool isNumber = false;
        const double d = QStringView(v).trimmed().toDouble(&isNumber);
        if (!isNumber || !std::isfinite(d))
            return textValue(v);
        const NumKind kind =
            style >= 0 && style < xfKinds.size() ? xfKinds.at(style) : NumKind::Number;
        return kind == NumKind::Number ? QVariant(d) : fromSerial(d, kind, date1904);
    }
};

XlsxReader::XlsxReader(std::unique_ptr<Private> d) : d(std::move(d)) {}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path,
                                                     const XlsxLimits &limits)
{
    auto d = std::make_unique<Private>();
    d->limits = limits;
    auto file = std::make_unique<QFile>(path);
    d->name = QDir::toNativeSeparators(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2.").arg(d->name, file->errorString()), {}, {}};
    d->device = std::move(file);
    return openDevice(std::move(d));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openBytes(const QByteArray &bytes,
                                                          const QString &name,
                                                          const XlsxLimits &limits)
{
    auto d = std::make_unique<Private>();
    d->limits = limits;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    d->device = std::move(buffer);
    d->name = name.isEmpty() ? tr("workbook") : name;
    return openDevice(std::move(d));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openDevice(std::unique_ptr<Private> d)
{
    QIODevice *dev = d->device.get();
    if (dev->size() == 0)
        return Error{
            tr("“%1” is empty. Choose the workbook again; if it was downloaded, download it "
               "again.")
                .arg(d->name),
            {},
            {}};
    const QByteArray head = dev->peek(8);
    if (head == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: an .xls, or an .xlsx encrypted with a password
        // (its package is then stored in a stream named "EncryptedPackage").
        const QByteArray start = dev->read(64 * 1024 * 1024);
        QByteArray stream; // the name in UTF-16LE
        for (char c : QByteArrayView("EncryptedPackage"))
            stream.append(c).append('\0');
        if (start.contains(stream))
            return Error{
                tr("“%1” is protected with a password. Open it in Excel or WPS, remove the "
                   "password (File ▸ Info ▸ Protect Workbook), save it and import it again.")
                    .arg(d->name),
                {},
                {}};
        return Error{
            tr("“%1” is an old Excel 97–2003 workbook (.xls). Open it in Excel or WPS, save it "
               "as an Excel workbook (.xlsx) and import it again.")
                .arg(d->name),
            {},
            {}};
    }
    const QString name = d->name;
    try {
        return openZip(std::move(d));
    } catch (const std::bad_alloc &) {
        return Error{tr("There is not enough memory to open “%1”. Close other programs and "
                        "retry, or split the workbook into smaller ones.")
                         .arg(name),
                     QStringLiteral("std::bad_alloc"),
                     {}};
    }
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openZip(std::unique_ptr<Private> d)
{
    QIODevice *dev = d->device.get();
    const QByteArray head = dev->peek(8);
    d->loadBudget = d->inflateBudget();

    zlib_filefunc64_def io{};
    io.zopen64_file = ioOpen;
    io.zread_file = ioRead;
    io.zwrite_file = ioWrite;
    io.ztell64_file = ioTell;
    io.zseek64_file = ioSeek;
    io.zclose_file = ioClose;
    io.zerror_file = ioError;
    io.opaque = dev;
    d->zip = unzOpen2_64(dev, &io);
    if (!d->zip) {
        if (head.startsWith("PK"))
            return Error{
                tr("“%1” is damaged: its zip structure cannot be read. It may be cut off; "
                   "copy or download it again, or open it in Excel or WPS and save it again.")
                    .arg(d->name),
                {},
                {}};
        return Error{
            tr("“%1” is not an Excel workbook (.xlsx). If it is a CSV or text file, import it "
               "as CSV; otherwise open it in Excel or WPS and save it as .xlsx.")
                .arg(d->name),
            {},
            {}};
    }

    // Index the entries once: lookups by name are then O(1), not a scan each.
    int count = 0;
    bool encrypted = false;
    int rc = unzGoToFirstFile(d->zip);
    for (; rc == UNZ_OK; rc = unzGoToNextFile(d->zip)) {
        if (++count > MaxEntries)
            break;
        unz_file_info64 info{};
        char nameBuf[1024];
        if (unzGetCurrentFileInfo64(d->zip, &info, nameBuf, sizeof nameBuf, nullptr, 0, nullptr,
                                    0) != UNZ_OK)
            break;
        Entry e;
        if (unzGetFilePos64(d->zip, &e.pos) != UNZ_OK)
            break;
        e.size =
            qint64(std::min<ZPOS64_T>(info.uncompressed_size, std::numeric_limits<qint64>::max()));
        encrypted = encrypted || (info.flag & 1);
        const qsizetype length = qsizetype(std::min<uLong>(info.size_filename, sizeof nameBuf - 1));
        d->entries.insert(partKey(QString::fromUtf8(nameBuf, length)),
                          e); // the last duplicate wins
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return Error{tr("“%1” is damaged: its list of contents cannot be read. Open it in Excel or "
                        "WPS, save it again and retry.")
                         .arg(d->name),
                     QStringLiteral("zip directory error %1 after %2 entries").arg(rc).arg(count),
                     {}};
    if (encrypted)
        return Error{
            tr("“%1” is a password-protected zip archive. Save the workbook from Excel or WPS "
               "without a password and import it again.")
                .arg(d->name),
            {},
            {}};

    const Status st = d->loadWorkbook();
    if (!st)
        return st.error();
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(d)));
}

QStringList XlsxReader::sheetNames() const
{
    QStringList out;
    for (const Private::Sheet &s : std::as_const(d->sheets))
        out << s.name;
    return out;
}

int XlsxReader::sheetIndex(const QString &name) const
{
    for (int i = 0; i < d->sheets.size(); ++i)
        if (d->sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool XlsxReader::uses1904Dates() const
{
    return d->date1904;
}

Status XlsxReader::readSheet(int index, const std::function<bool(const XlsxRow &)> &onRow,
                             const std::function<void(qint64, qint64)> &progress)
{
    if (index < 0 || index >= d->sheets.size())
        return Error{
            tr("“%1” has no sheet number %2; it has %3.")
                .arg(d->name, QString::number(index + 1), QString::number(d->sheets.size())),
            {},
            {}};
    // minizip has one current entry: a nested read would corrupt this one.
    if (d->busy)
        return Error{
            tr("“%1” is already being read; wait until that finishes.").arg(d->name), {}, {}};
    d->busy = true;
    const auto done = qScopeGuard([this] { d->busy = false; });
    try {
        if (Status st = d->loadSharedParts(); !st)
            return st;
        return d->readRows(d->sheets.at(index), onRow, progress);
    } catch (const std::bad_alloc &) {
        // The shared strings may be half loaded: the next attempt starts over.
        d->sharedLoaded = false;
        return Error{tr("There is not enough memory to read sheet “%2” of “%1”. Close other "
                        "programs and retry, or split the sheet into smaller workbooks.")
                         .arg(d->name, d->sheets.at(index).name),
                     QStringLiteral("std::bad_alloc"),
                     {}};
    }
}

Status XlsxReader::Private::readRows(const Sheet &sheet,
                                     const std::function<bool(const XlsxRow &)> &onRow,
                                     const std::function<void(qint64, qint64)> &progress)
{
    const Entry *e = entry(sheet.part);
    if (!e)
        return Error{
            tr("“%1” is incomplete: the data of sheet “%2” is missing. Open it in Excel or WPS, "
               "save it again and retry.")
                .arg(name, sheet.name),
            sheet.part.isEmpty() ? QStringLiteral("no relationship for the sheet")
                                 : QStringLiteral("no %1 in the zip").arg(sheet.part),
            {}};
    qint64 budget = inflateBudget(); // each pass over a sheet gets the whole budget
    PartStream in(zip, budget, maxRun());
    if (!in.open(*e))
        return stopped(in, sheet.part, tr("sheet “%1”").arg(sheet.name));

    XlsxRow row;
    int lastRow = 0;
    qint64 rowsSeen = 0;
    qsizetype rowChars = 0; // text in the row so far
    bool inSheetData = false, inRow = false, inCell = false, inIs = false;
    int phonetic = 0;
    enum { None, Value, Text } capture = None;
    int column = 0, nextColumn = 0, style = 0;
    CellType type = CellType::Number;
    QString value, text;
    QString problem; // a damaged reference, reported with its row
    std::optional<Error> refused; // past a limit, said with where
    const auto tooMuchText = [&] {
        return Error{tr("“%1”: row %3 of sheet “%2” holds more than %4 characters of text, more "
                        "than Guanxi reads in one row (the limit is reached in cell %5). Shorten "
                        "the text in that row in Excel or WPS and retry.")
                         .arg(name, sheet.name, QString::number(row.number),
                              QLocale().toString(limits.rowChars),
                              columnName(column) + QString::number(row.number)),
                     QStringLiteral("row text over %1 characters").arg(limits.rowChars),
                     {}};
    };
    qint64 reported = -1;

    for (auto t = in.next(); t != QXmlStreamReader::Invalid && t != QXmlStreamReader::EndDocument;
         t = in.next()) {
        if (progress && in.done() != reported) {
            reported = in.done();
            progress(reported, in.total());
        }
        const QStringView n = in.xml.name();
        if (t == QXmlStreamReader::Characters) {
            if (capture == Value)
                value += in.xml.text();
            else if (capture == Text)
                text += in.xml.text();
            if (capture != None && value.size() + text.size() > limits.rowChars - rowChars) {
                refused = tooMuchText();
                break;
            }
        } else if (t == QXmlStreamReader::StartElement) {
            if (!inSheetData) {
                inSheetData = n == u"sheetData";
            } else if (n == u"row") {
                inRow = true;
                row.cells.clear();
                rowChars = 0;
                row.number = lastRow + 1; // r= is optional
                nextColumn = 0;
                const QXmlStreamAttributes attrs = in.xml.attributes(); // one copy per element
                if (const QStringView r = attrView(attrs, u"r"); !r.isEmpty()) {
                    bool ok = false;
                    row.number = r.toInt(&ok);
                    if (!ok || row.number < 1 || row.number > MaxRows) {
                        problem = QStringLiteral("bad row number \"%1\"").arg(r);
                        break;
                    }
                }
                // Rows without r= count on, and rows may repeat a number:
                // neither may take a sheet past what Excel can hold.
                if (++rowsSeen > MaxRows || row.number > MaxRows) {
                    refused = Error{tr("“%1”: sheet “%2” has more than 1,048,576 rows, the most "
                                       "Excel can hold; it is damaged or was not saved by a "
                                       "spreadsheet program. Open it in Excel or WPS, save it "
                                       "again and retry.")
                                        .arg(name, sheet.name),
                                    QStringLiteral("row number %1, row element %2")
                                        .arg(row.number)
                                        .arg(rowsSeen),
                                    {}};
                    break;
                }
            } else if (n == u"c" && inRow) {
                inCell = true;
                column = nextColumn;
                const QXmlStreamAttributes attrs = in.xml.attributes();
                if (const QStringView r = attrView(attrs, u"r"); !r.isEmpty()) {
                    column = columnOf(r);
                    if (column < 0) {
                        problem = QStringLiteral("bad cell reference \"%1\"").arg(r);
                        break;
                    }
                } else if (column >= MaxColumns) {
                    refused = Error{tr("“%1”: row %3 of sheet “%2” has more than 16,384 cells, the "
                                       "most Excel can hold; it is damaged or was not saved by a "
                                       "spreadsheet program. Open it in Excel or WPS, save it "
                                       "again and retry.")
                                        .arg(name, sheet.name, QString::number(row.number)),
                                    QStringLiteral("cell %1 without r=").arg(column + 1),
                                    {}};
                    break;
                }
                type = cellType(attrView(attrs, u"t"));
                style = attrView(attrs, u"s").toInt();
                value.clear();
                text.clear();
                inIs = false;
                phonetic = 0;
            } else if (inCell) {
                if (n == u"v")
                    capture = Value;
                else if (n == u"is")
                    inIs = true;
                else if (n == u"rPh")
                    ++phonetic;
                else if (n == u"t" && inIs && phonetic == 0)
                    capture = Text;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (n == u"v" || n == u"t") {
                capture = None;
            } else if (n == u"rPh") {
                --phonetic;
            } else if (n == u"is") {
                inIs = false;
            } else if (n == u"c" && inCell) {
                inCell = false;
                nextColumn = column + 1;
                bool ok = true;
                const QVariant cell = cellValue(type, style, value, text, ok);
                if (!ok) {
                    problem = QStringLiteral(
                                  "cell in column %1 of row %2 refers to shared string %3 of %4")
                                  .arg(QString::number(column + 1), QString::number(row.number),
                                       value, QString::number(sharedCount()));
                    break;
                }
                if (cell.typeId() == QMetaType::QString) {
                    // A shared string costs nothing until a row repeats it:
                    // every cell's text counts.
                    rowChars += cell.toString().size();
                    if (rowChars > limits.rowChars) {
                        refused = tooMuchText();
                        break;
                    }
                }
                if (cell.isValid()) {
                    if (row.cells.size() <= column)
                        row.cells.resize(column + 1);
                    row.cells[column] = cell;
                }
            } else if (n == u"row" && inRow) {
                inRow = false;
                lastRow = row.number;
                if (!row.cells.isEmpty() && !onRow(row))
                    return {};
            } else if (n == u"sheetData") {
                return {}; // what follows (merged cells, filters...) holds no values
            }
        }
    }
    if (refused)
        return *refused;
    if (in.limit() != Limit::None)
        return stopped(in, sheet.part,
                       inRow ? tr("sheet “%1”, row %2").arg(sheet.name, QString::number(row.number))
                       : lastRow > 0
                           ? tr("sheet “%1”, after row %2").arg(sheet.name, QString::number(lastRow))
                           : tr("sheet “%1”").arg(sheet.name));
    if (in.failed() || !problem.isEmpty())
        return Error{
            tr("“%1” is damaged: sheet “%2” cannot be read after row %3. Open it in Excel or "
               "WPS, save it again and retry.")
                .arg(name, sheet.name, QString::number(lastRow)),
            problem.isEmpty() ? in.detail() : problem,
            {}};
    return {};
}

} // namespace guanxi
