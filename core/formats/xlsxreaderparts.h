#pragma once
// The insides of XlsxReader, shared by its source files and by nothing else:
//   xlsxreader.cpp       the public API: opening a file or bytes, readSheet
//   xlsxpackage.cpp      the zip package: entries, part streams, relationships,
//                        the workbook part, the errors about parts
//   xlsxsharedparts.cpp  styles (which cells hold dates) and shared strings
//   xlsxcellvalue.cpp    one cell's value: text, numbers, booleans, dates
//   xlsxsheetrows.cpp    a sheet's rows, streamed
#include "formats/xlsxreader.h"

#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <functional>

namespace guanxi {

namespace xlsx {

inline constexpr qsizetype ChunkSize = 64 * 1024;
inline constexpr int MaxColumns = 16384; // XFD, Excel's last column
inline constexpr int MaxRows = 1048576;
inline constexpr int MaxEntries = 100000; // a workbook holds a few dozen parts
// QXmlStreamReader holds a whole text node (or tag) before it reports any of
// it, so runs of bytes without '<' or '>' are capped before they reach it:
// eight bytes per character leaves room for entities and _xHHHH_ escapes.
inline constexpr qint64 RunBytesPerChar = 8;

struct Entry {
    unz64_file_pos pos{};
    qint64 size = 0;
};

// OOXML part names are case-insensitive; some writers use backslashes.
QString partKey(QString name);
// A relationship target is relative to the source part's folder, or absolute.
QString resolveTarget(const QString &sourcePart, const QString &target);
// OOXML escapes characters XML cannot hold as _xHHHH_ (and "_" itself as _x005F_).
QString decodeEscapes(const QString &s);
// A view into `attrs`: valid while it lives. Looked up by local name.
QStringView attrView(const QXmlStreamAttributes &attrs, QStringView name);
QString attr(const QXmlStreamReader &xml, QStringView name);

// How a number format shows a number: what we return for it.
enum class NumKind : quint8 { Number, Date, DateTime, Time };

// What a cell's t= attribute says it holds.
enum class CellType : quint8 { Number, Shared, Inline, FormulaText, Bool, ErrorCode, IsoDate };
CellType cellType(QStringView t);

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
    ~PartStream();
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    bool open(const Entry &entry);
    QXmlStreamReader::TokenType next();

    bool failed() const { return !m_detail.isEmpty() || xml.hasError(); }
    Limit limit() const { return m_limit; }
    QString detail() const { return m_detail.isEmpty() ? xml.errorString() : m_detail; }
    qint64 done() const { return m_done; }
    qint64 total() const { return std::max(m_total, m_done); }

    QXmlStreamReader xml;

private:
    void feed();
    void stop(Limit limit);

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

} // namespace xlsx

struct XlsxReader::Private {
    struct Sheet {
        QString name;
        QString part;
    };
    struct Relationship {
        QString type;
        QString target; // resolved part name
    };
    class SheetRows; // xlsxsheetrows.cpp

    using TokenHandler = std::function<bool(QXmlStreamReader &, QXmlStreamReader::TokenType)>;

    std::unique_ptr<QIODevice> device;
    unzFile zip = nullptr;
    QString name; // for messages
    XlsxLimits limits;
    qint64 loadBudget = 0; // what opening and the shared parts may still inflate
    QHash<QString, xlsx::Entry> entries;
    QList<Sheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
    bool sharedLoaded = false;
    // The shared strings end to end, and where each ends: millions of small
    // QStrings would cost some 50 bytes each besides their text.
    QString sharedText;
    QList<quint32> sharedEnds;
    QList<xlsx::NumKind> xfKinds;
    bool busy = false;

    ~Private();

    // xlsxpackage.cpp
    // Opens the zip on `device` and indexes its entries; errors say what the
    // file is instead (not a zip, damaged, encrypted).
    Status openPackage();
    Status indexEntries();
    // Bytes one reading pass may inflate; see XlsxLimits.
    qint64 inflateBudget() const;
    qint64 maxRun() const;
    const xlsx::Entry *entry(const QString &part) const;
    Error damaged(const QString &part, const QString &detail) const;
    Error tooBig() const;
    Error longText(const QString &where, const QString &detail) const;
    Error stopped(const xlsx::PartStream &in, const QString &part, const QString &where) const;
    // Parses a whole part token by token until onToken returns false; a
    // missing part is fine when optional.
    Status parsePart(const QString &part, bool optional, const TokenHandler &onToken);
    // Relationships of `part`, by id; none (not an error) if it has no .rels.
    Result<QHash<QString, Relationship>> relationships(const QString &part);
    Status loadWorkbook();

    // xlsxsharedparts.cpp
    // Shared strings and number formats, loaded once, on the first readSheet.
    Status loadSharedParts();
    Status loadStyles();
    Status loadSharedStrings();

    // xlsxcellvalue.cpp
    qsizetype sharedCount() const { return sharedEnds.size(); }
    QString shared(qsizetype i) const;
    // The value of one <c>; `ok` is false for a reference to a missing shared string.
    QVariant cellValue(xlsx::CellType type, int style, const QString &v, const QString &text,
                       bool &ok) const;

    // xlsxsheetrows.cpp
    Status readRows(const Sheet &sheet, const std::function<bool(const XlsxRow &)> &onRow,
                    const std::function<void(qint64, qint64)> &progress);
};

} // namespace guanxi
