#pragma once

#include "util/result.h"

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

// Reads .xlsx workbooks (Office Open XML, transitional and strict). Sheets are
// streamed: a sheet's XML is inflated in chunks and parsed incrementally, so
// memory is bounded by the shared-string table, not by the sheet size.
// Not thread-safe; use one reader from one thread at a time.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // Errors: cannot read the file, not a zip (e.g. a CSV renamed .xlsx),
    // an old .xls, password-protected, a zip that holds no workbook, damaged
    // workbook parts.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path);
    // Same, from memory; `name` is used in messages (e.g. the attachment name).
    static Result<std::unique_ptr<XlsxReader>> openBytes(const QByteArray &bytes,
                                                         const QString &name = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    QStringList sheetNames() const;            // in workbook (tab) order
    int sheetIndex(const QString &name) const; // case-insensitive, like Excel; -1 if none
    bool uses1904Dates() const;                // old Mac workbooks

    // Calls onRow for each row with a value, in file order; return false from
    // onRow to stop early (still a success). progress gets the bytes of the
    // sheet's XML consumed so far and its uncompressed size.
    Status readSheet(int index, const std::function<bool(const XlsxRow &)> &onRow,
                     const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    struct Private;
    explicit XlsxReader(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<XlsxReader>> openDevice(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace guanxi
