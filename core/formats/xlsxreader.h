#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace guanxi {

// One spreadsheet row with at least one value. Cell values are QString for
// text (shared, inline and formula strings; error cells such as "#N/A" too),
// double for numbers, bool, QDate / QDateTime (local, no time zone: Excel has
// none) / QTime for numbers shown with a date or time format, and an invalid
// QVariant for an empty cell or empty text.
struct XlsxRow {
    int number = 0;        // 1-based row number as shown in Excel
    QList<QVariant> cells; // index 0 = column A; trailing empty cells trimmed
};

// What a workbook may make the reader hold or do. A file past a limit is
// refused with a message naming what was too big and where; nothing is cut
// silently. The defaults let through anything Excel or WPS writes; tests and
// fuzzers set smaller ones.
struct XlsxLimits {
    // Text in one row, all its cells together (so in one cell too), and in
    // one shared string: the same 1 MiB characters CSV allows in a record.
    qsizetype rowChars = 1024 * 1024;
    // The shared-string table stays in memory for the whole read.
    qsizetype sharedStrings = qsizetype(1) << 24; // 16.7 million
    qsizetype sharedChars = qsizetype(1) << 28;   // 256 Mi characters (512 MiB)
    // XML inflated per reading pass (the workbook's parts when opening, one
    // sheet per readSheet): at most inflateRatio times the file's size, or
    // inflateFloor for small files. Sheets Excel writes inflate 5-20 times;
    // a deflate bomb inflates up to 1,032 times.
    qint64 inflateRatio = 100;
    qint64 inflateFloor = qint64(64) << 20;
};

// Reads .xlsx workbooks (Office Open XML, transitional and strict). Sheets are
// streamed: a sheet's XML is inflated in chunks and parsed incrementally, so
// memory is bounded by the shared-string table (see XlsxLimits), not by the
// sheet size. Running out of memory anyway is reported as an Error, never
// thrown.
// Not thread-safe; use one reader from one thread at a time.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // Errors: cannot read the file, not a zip (e.g. a CSV renamed .xlsx),
    // an old .xls, password-protected, a zip that holds no workbook, damaged
    // workbook parts.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path,
                                                    const XlsxLimits &limits = {});
    // Same, from memory; `name` is used in messages (e.g. the attachment name).
    static Result<std::unique_ptr<XlsxReader>> openBytes(const QByteArray &bytes,
                                                         const QString &name = {},
                                                         const XlsxLimits &limits = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    QStringList sheetNames() const;            // in workbook (tab) order
    int sheetIndex(const QString &name) const; // case-insensitive, like Excel; -1 if none
    bool uses1904Dates() const;                // old Mac workbooks

    // Calls onRow for each row with a value, in file order; return false from
    // onRow to stop early (still a success). progress gets the bytes of the
    // sheet's XML consumed so far and its uncompressed size. Fails on a
    // damaged sheet and on one past a limit: more than Excel's 1,048,576 rows
    // or 16,384 columns, or a row with more than XlsxLimits::rowChars of text.
    Status readSheet(int index, const std::function<bool(const XlsxRow &)> &onRow,
                     const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    struct Private;
    explicit XlsxReader(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<XlsxReader>> openDevice(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<XlsxReader>> openZip(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace guanxi
