#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace guanxi {

// How a column's values are written.
enum class XlsxColumn {
    Auto,     // by the value's type: QString text, integers and double numbers, bool,
              // QDate date, QDateTime date-time (local time), QTime time of day
    Text,     // always text (phone numbers, IDs: Excel would drop leading zeros)
    Number,   // numbers; text that is no number is written as text
    Money,    // integer minor units (fen), shown as 1,234.56
    Date,     // yyyy-mm-dd date cells (QDate, QDateTime's local date, ISO text)
    DateTime, // yyyy-mm-dd hh:mm:ss cells in local time
    Percent,  // a fraction (0.25) shown as 25.0%
    Decimal,  // a number shown with two decimals: 1,234.57
    Month,    // a date shown as yyyy-mm (the first of the month)
};

// A native Excel chart over a range of a sheet already written.
struct XlsxChart {
    enum class Kind { Column, Bar, Line, Pie, Scatter };
    Kind kind = Kind::Column;
    QString title;
    QString sheet;         // the data sheet's name as written: XlsxWriter::currentSheetName()
    int firstRow = 1;      // 0-based rows of the data (row 0 holds the headers)
    int lastRow = 1;
    int categoryColumn = 0; // labels; for Scatter the x values
    QList<int> valueColumns; // one series each; their header cells name them
};

// Writes tables to an .xlsx workbook, one table per sheet: a bold, frozen
// header row with an autofilter, typed cells, and column widths fitted to the
// content. Rows stream to disk (memory stays flat for big exports).
// The target is replaced atomically by close(): until then, and whenever
// anything fails, an existing file at the path is left as it was.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    static constexpr int MaxCellChars = 32767; // Excel's limit per cell

    static Result<std::unique_ptr<XlsxWriter>> open(const QString &path);
    ~XlsxWriter(); // without a successful close(), nothing is written
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Starts a new sheet; later rows go to it. The name is made valid for
    // Excel (see sheetName) and unique. Columns past `columns` are Auto. With
    // no headers there is no header row, frozen pane or autofilter.
    Status addSheet(const QString &name, const QStringList &headers,
                    const QList<XlsxColumn> &columns = {});
    // Empty cells: invalid QVariant or empty string.
    Status addRow(const QList<QVariant> &cells);
    // The current sheet's name as written (made valid and unique).
    QString currentSheetName() const;
    // A native chart placed on the current sheet with its top left corner at
    // (row, column), 0-based, about 720 x 360 pixels.
    Status addChart(const XlsxChart &chart, int row, int column);
    // Shades a range of the current sheet from white (low) to blue (high):
    // a heat map Excel keeps live.
    Status addColorScale(int firstRow, int firstColumn, int lastRow, int lastColumn);
    // Writes the workbook and renames it over the target.
    Status close();

    // Text cells cut to MaxCellChars so far (tell the user the export is partial).
    int truncatedCells() const;
    // Text split into pieces that each fit in one cell as written (NULs
    // dropped, _xHHHH_ look-alikes escaped, no surrogate pair split); none for
    // empty text. Reading the cells and joining their text gives it back.
    static QStringList cellPieces(const QString &text);
    // Excel's rules: no []:*?/\ (replaced by _), no leading/trailing
    // apostrophe, at most 31 characters, not empty, not "History".
    static QString sheetName(const QString &name);

private:
    struct Private;
    explicit XlsxWriter(std::unique_ptr<Private> d);
    Status fail(Error error);
    Status finishSheet();
    Status writeCell(int col, const QVariant &value, XlsxColumn kind);
    std::unique_ptr<Private> d;
};

} // namespace guanxi
