#pragma once
// The insides of XlsxWriter, shared by its source files and by nothing else:
//   xlsxwriter.cpp      the workbook: the temporary file, sheets, header rows,
//                       charts, colour scales, column widths, saving
//   xlsxcellwriter.cpp  one cell: its value written the way its column asks,
//                       and the text helpers (width, escapes, cutting)
#include "formats/xlsxwriter.h"

#include <QFile>

#include <xlsxwriter.h>

#include <optional>

namespace guanxi {

namespace xlsxwrite {

// Width in character columns of the longest line; East Asian wide and
// full-width characters take two.
int displayWidth(QStringView s);
// Cuts to at most `max` UTF-16 units without splitting a surrogate pair.
QString cut(QString s, qsizetype max);
// Readers decode _xHHHH_ in cell text (libxlsxwriter writes control
// characters that way), so text that looks like one gets its "_" escaped as
// _x005F_ to come back unchanged.
QString protectEscapes(const QString &s);

} // namespace xlsxwrite

struct XlsxWriter::Private {
    class CellWriter; // xlsxcellwriter.cpp

    QString target; // absolute
    QString name;   // for messages
    QString temp;   // our file until close() renames it
    QByteArray tempName;
    lxw_workbook *book = nullptr;
    lxw_format *bold = nullptr, *date = nullptr, *dateTime = nullptr, *time = nullptr,
               *money = nullptr, *percent = nullptr, *decimal = nullptr, *month = nullptr;

    lxw_worksheet *sheet = nullptr;
    QString sheetTitle;
    QStringList usedNames; // lower case: Excel compares sheet names case-insensitively
    QList<XlsxColumn> columns;
    QList<double> widths;
    int headerCount = 0;
    lxw_row_t row = 0; // the next row to write, 0-based

    int truncated = 0;
    std::optional<Error> failed;
    bool closed = false;

    ~Private()
    {
        if (book)
            lxw_workbook_free(book);
        if (!temp.isEmpty())
            QFile::remove(temp);
    }

    void fit(int col, double width)
    {
        if (widths.size() <= col)
            widths.resize(col + 1);
        widths[col] = std::max(widths[col], width);
    }
};

} // namespace guanxi
