#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace guanxi {

// One data row of a file being imported, as text cells, with where it came
// from: the record number (1 = first row after the header) and the physical
// line (CSV/vCard) or spreadsheet row (XLSX) where it starts.
struct ImportRow {
    qint64 number = 0;
    qint64 line = 0;
    QStringList cells;
};

struct ImportSourceOptions {
    QByteArray encoding;   // CSV only: empty = detect
    int sheet = 0;         // XLSX only
};

// A file to import, whatever its format: CSV/TSV, XLSX or vCard. It says what
// it found (format, encoding and its alternatives, sheets, header) and then
// streams its rows, so memory stays bounded by a row, not by the file.
class ImportSource {
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
public:
    virtual ~ImportSource() = default;

    // Detects the format from the content, never the name (zip -> XLSX,
    // BEGIN:VCARD in UTF-8 or UTF-16 with or without BOM -> vCard, anything
    // else -> CSV) and reads the header.
    static Result<std::unique_ptr<ImportSource>> open(const QString &path, const ImportSourceOptions &options = {});

    QString path() const { return m_path; }
    virtual QString format() const = 0;              // "csv", "xlsx", "vcard"
    virtual QByteArray encoding() const { return {}; }
    virtual QList<QByteArray> encodingCandidates() const { return {}; }
    virtual QStringList sheets() const { return {}; }
    virtual QString dialect() const { return {}; }   // e.g. "comma", for the preview
    QStringList header() const { return m_header; }

    // Calls onRow for every data row until it returns false or the file
    // ends. progress gets a fraction 0..1 now and then.
    virtual Status read(const std::function<bool(const ImportRow &)> &onRow,
                        const std::function<void(double)> &progress = {}) = 0;
    // What the last read() passed over in the file, each saying where; the
    // kind note first when there is one.
    QStringList notes() const;
    // When the file's content is not what its name says (a .vcf holding CSV,
    // a .csv holding vCards, a UTF-16 vCard without a byte order mark), one
    // translated sentence saying what it was read as; empty otherwise. Known
    // as soon as open() returns, for the preview.
    QString kindNote() const { return m_kindNote; }
    // The first rows, for a preview (reads the file again from the start).
    Result<QList<ImportRow>> preview(int count);

protected:
    explicit ImportSource(const QString &path) : m_path(path) {}
    virtual QStringList readNotes() const { return {}; }
    QString m_path;
    QStringList m_header;
    QString m_kindNote;
};

} // namespace guanxi
