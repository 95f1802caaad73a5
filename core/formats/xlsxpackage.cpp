// The zip package of a workbook: its entries, reading a part as a stream of
// XML tokens within the inflate budget, relationships, and the workbook part
// (sheets, date system).
#include "formats/xlsxreaderparts.h"

#include <QDir>
#include <QLocale>
#include <QUrl>

#include <limits>

namespace guanxi {

namespace xlsx {

namespace {

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

} // namespace

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

PartStream::~PartStream()
{
    if (m_open)
        unzCloseCurrentFile(m_zip);
}

bool PartStream::open(const Entry &entry)
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

QXmlStreamReader::TokenType PartStream::next()
{
    for (;;) {
        const auto token = xml.readNext();
        if (token != QXmlStreamReader::Invalid ||
            xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_eof)
            return token;
        feed();
    }
}

void PartStream::feed()
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

void PartStream::stop(Limit limit)
{
    m_limit = limit;
    m_eof = true; // the reader then ends with a premature end of document
}

} // namespace xlsx

using namespace xlsx;

XlsxReader::Private::~Private()
{
    if (zip)
        unzClose(zip);
}

Status XlsxReader::Private::openPackage()
{
    QIODevice *dev = device.get();
    const QByteArray head = dev->peek(8);
    loadBudget = inflateBudget();

    zlib_filefunc64_def io{};
    io.zopen64_file = ioOpen;
    io.zread_file = ioRead;
    io.zwrite_file = ioWrite;
    io.ztell64_file = ioTell;
    io.zseek64_file = ioSeek;
    io.zclose_file = ioClose;
    io.zerror_file = ioError;
    io.opaque = dev;
    zip = unzOpen2_64(dev, &io);
    if (!zip) {
        if (head.startsWith("PK"))
            return Error{
                XlsxReader::tr(
                    "“%1” is damaged: its zip structure cannot be read. It may be cut off; "
                    "copy or download it again, or open it in Excel or WPS and save it again.")
                    .arg(name),
                {},
                {}};
        return Error{
            XlsxReader::tr(
                "“%1” is not an Excel workbook (.xlsx). If it is a CSV or text file, import it "
                "as CSV; otherwise open it in Excel or WPS and save it as .xlsx.")
                .arg(name),
            {},
            {}};
    }
    return indexEntries();
}

Status XlsxReader::Private::indexEntries()
{
    // Index the entries once: lookups by name are then O(1), not a scan each.
    int count = 0;
    bool encrypted = false;
    int rc = unzGoToFirstFile(zip);
    for (; rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        if (++count > MaxEntries)
            break;
        unz_file_info64 info{};
        char nameBuf[1024];
        if (unzGetCurrentFileInfo64(zip, &info, nameBuf, sizeof nameBuf, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            break;
        Entry e;
        if (unzGetFilePos64(zip, &e.pos) != UNZ_OK)
            break;
        e.size =
            qint64(std::min<ZPOS64_T>(info.uncompressed_size, std::numeric_limits<qint64>::max()));
        encrypted = encrypted || (info.flag & 1);
        const qsizetype length = qsizetype(std::min<uLong>(info.size_filename, sizeof nameBuf - 1));
        entries.insert(partKey(QString::fromUtf8(nameBuf, length)),
                       e); // the last duplicate wins
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return Error{
            XlsxReader::tr(
                "“%1” is damaged: its list of contents cannot be read. Open it in Excel or "
                "WPS, save it again and retry.")
                .arg(name),
            QStringLiteral("zip directory error %1 after %2 entries").arg(rc).arg(count),
            {}};
    if (encrypted)
        return Error{
            XlsxReader::tr(
                "“%1” is a password-protected zip archive. Save the workbook from Excel or WPS "
                "without a password and import it again.")
                .arg(name),
            {},
            {}};
    return {};
}

qint64 XlsxReader::Private::inflateBudget() const
{
    const qint64 size = std::max<qint64>(device->size(), 0);
    const qint64 ratio = std::max<qint64>(limits.inflateRatio, 1);
    const qint64 scaled = size > std::numeric_limits<qint64>::max() / ratio
                              ? std::numeric_limits<qint64>::max()
                              : size * ratio;
    return std::max(limits.inflateFloor, scaled);
}

qint64 XlsxReader::Private::maxRun() const
{
    const qint64 chars = std::max<qint64>(limits.rowChars, 1);
    return chars > std::numeric_limits<qint64>::max() / RunBytesPerChar
               ? std::numeric_limits<qint64>::max()
               : chars * RunBytesPerChar;
}

const Entry *XlsxReader::Private::entry(const QString &part) const
{
    const auto it = entries.constFind(partKey(part));
    return it == entries.cend() ? nullptr : &*it;
}

Error XlsxReader::Private::damaged(const QString &part, const QString &detail) const
{
    return Error{
        XlsxReader::tr("“%1” is damaged: its part “%2” cannot be read. Open it in Excel or WPS, "
                       "save it again and retry.")
            .arg(name, part),
        detail,
        {}};
}

Error XlsxReader::Private::tooBig() const
{
    const qint64 budget = inflateBudget();
    // One arg() call: a file name with "%2" in it must stay as it is.
    return Error{
        XlsxReader::tr("“%1” unpacks to more than %2 MB, over %3 times its own size, which "
                       "workbooks saved by Excel or WPS never do: it is damaged or made to "
                       "exhaust memory. Open it in Excel or WPS and save it again, or split the "
                       "data over several workbooks, and retry.")
            .arg(name, QLocale().toString(budget >> 20), QLocale().toString(limits.inflateRatio)),
        QStringLiteral("inflated size over %1 bytes").arg(budget),
        {}};
}

Error XlsxReader::Private::longText(const QString &where, const QString &detail) const
{
    return Error{
        XlsxReader::tr("“%1” holds a text of more than %2 characters (%3), more than Guanxi "
                       "reads in one cell. Shorten it in Excel or WPS, for example by moving "
                       "part of a long note to another column, and retry.")
            .arg(name, QLocale().toString(limits.rowChars), where),
        detail,
        {}};
}

Error XlsxReader::Private::stopped(const PartStream &in, const QString &part,
                                   const QString &where) const
{
    if (in.limit() == Limit::Inflated)
        return tooBig();
    if (in.limit() == Limit::LongRun)
        return longText(where, QStringLiteral("over %1 bytes without markup in %2")
                                   .arg(QString::number(maxRun()), part));
    return damaged(part, in.detail());
}

Status XlsxReader::Private::parsePart(const QString &part, bool optional,
                                      const TokenHandler &onToken)
{
    const Entry *e = entry(part);
    if (!e) {
        if (optional)
            return {};
        return damaged(part, QStringLiteral("missing from the zip"));
    }
    PartStream in(zip, loadBudget, maxRun());
    if (!in.open(*e))
        return stopped(in, part, XlsxReader::tr("part “%1”").arg(part));
    for (auto t = in.next(); t != QXmlStreamReader::Invalid && t != QXmlStreamReader::EndDocument;
         t = in.next())
        if (!onToken(in.xml, t))
            return {};
    if (in.failed() || in.limit() != Limit::None)
        return stopped(in, part, XlsxReader::tr("part “%1”").arg(part));
    return {};
}

Result<QHash<QString, XlsxReader::Private::Relationship>>
XlsxReader::Private::relationships(const QString &part)
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

Status XlsxReader::Private::loadWorkbook()
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
                XlsxReader::tr(
                    "“%1” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, "
                    "WPS or Excel, save it as an Excel workbook (.xlsx) and import it again.")
                    .arg(name),
                {},
                {}};
        return Error{
            XlsxReader::tr("“%1” is a zip archive but not an Excel workbook. Choose the .xlsx file "
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

    const Status st =
        parsePart(workbookPart, false, [&](QXmlStreamReader &xml, QXmlStreamReader::TokenType t) {
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
        return Error{
            XlsxReader::tr("“%1” contains no sheets. Open it in Excel or WPS, check that it holds "
                           "your data, save it and retry.")
                .arg(name),
            {},
            {}};
    return {};
}

} // namespace guanxi
