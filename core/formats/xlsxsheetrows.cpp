// A sheet's rows, streamed: the sheet's XML is read token by token and each
// row goes to the caller as soon as it ends, so memory holds one row.
#include "formats/xlsxreaderparts.h"

#include <QLocale>

namespace guanxi {

using namespace xlsx;

namespace {

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

} // namespace

// The rows of one sheet, token by token: what is open (the sheet data, a row,
// a cell, an inline string, phonetic runs), the cell being read, and why the
// reading stopped.
class XlsxReader::Private::SheetRows {
public:
    // Go on; Done: the sheet is read (or onRow said stop), a success; Stop:
    // finish() says why.
    enum class Step : quint8 { Go, Done, Stop };

    SheetRows(const Private &book, const Sheet &sheet,
              const std::function<bool(const XlsxRow &)> &onRow)
        : m_book(book), m_sheet(sheet), m_onRow(onRow)
    {
    }

    Step take(QXmlStreamReader::TokenType t, const QXmlStreamReader &xml)
    {
        if (t == QXmlStreamReader::Characters)
            return characters(xml.text());
        if (t == QXmlStreamReader::StartElement)
            return startElement(xml.name(), xml);
        if (t == QXmlStreamReader::EndElement)
            return endElement(xml.name());
        return Step::Go;
    }

    // The outcome once the part ended or take() said Stop.
    Status finish(const PartStream &in) const;

private:
    enum Capture { None, Value, Text };

    Step characters(QStringView chars);
    Step startElement(QStringView n, const QXmlStreamReader &xml);
    Step startRow(const QXmlStreamAttributes &attrs);
    Step startCell(const QXmlStreamAttributes &attrs);
    Step endElement(QStringView n);
    Step endCell();
    Error tooMuchText() const;

    const Private &m_book;
    const Sheet &m_sheet;
    const std::function<bool(const XlsxRow &)> &m_onRow;
    XlsxRow row;
    int lastRow = 0;
    qint64 rowsSeen = 0;
    qsizetype rowChars = 0; // text in the row so far
    bool inSheetData = false, inRow = false, inCell = false, inIs = false;
    int phonetic = 0;
    Capture capture = None;
    int column = 0, nextColumn = 0, style = 0;
    CellType type = CellType::Number;
    QString value, text;
    QString problem;              // a damaged reference, reported with its row
    std::optional<Error> refused; // past a limit, said with where
};

Error XlsxReader::Private::SheetRows::tooMuchText() const
{
    return Error{
        XlsxReader::tr("“%1”: row %3 of sheet “%2” holds more than %4 characters of text, more "
                       "than Guanxi reads in one row (the limit is reached in cell %5). Shorten "
                       "the text in that row in Excel or WPS and retry.")
            .arg(m_book.name, m_sheet.name, QString::number(row.number),
                 QLocale().toString(m_book.limits.rowChars),
                 columnName(column) + QString::number(row.number)),
        QStringLiteral("row text over %1 characters").arg(m_book.limits.rowChars),
        {}};
}

XlsxReader::Private::SheetRows::Step XlsxReader::Private::SheetRows::characters(QStringView chars)
{
    if (capture == Value)
        value += chars;
    else if (capture == Text)
        text += chars;
    if (capture != None && value.size() + text.size() > m_book.limits.rowChars - rowChars) {
        refused = tooMuchText();
        return Step::Stop;
    }
    return Step::Go;
}

XlsxReader::Private::SheetRows::Step
XlsxReader::Private::SheetRows::startElement(QStringView n, const QXmlStreamReader &xml)
{
    if (!inSheetData) {
        inSheetData = n == u"sheetData";
    } else if (n == u"row") {
        return startRow(xml.attributes()); // one copy per element
    } else if (n == u"c" && inRow) {
        return startCell(xml.attributes());
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
    return Step::Go;
}

XlsxReader::Private::SheetRows::Step
XlsxReader::Private::SheetRows::startRow(const QXmlStreamAttributes &attrs)
{
    inRow = true;
    row.cells.clear();
    rowChars = 0;
    row.number = lastRow + 1; // r= is optional
    nextColumn = 0;
    if (const QStringView r = attrView(attrs, u"r"); !r.isEmpty()) {
        bool ok = false;
        row.number = r.toInt(&ok);
        if (!ok || row.number < 1 || row.number > MaxRows) {
            problem = QStringLiteral("bad row number \"%1\"").arg(r);
            return Step::Stop;
        }
    }
    // Rows without r= count on, and rows may repeat a number:
    // neither may take a sheet past what Excel can hold.
    if (++rowsSeen > MaxRows || row.number > MaxRows) {
        refused =
            Error{XlsxReader::tr("“%1”: sheet “%2” has more than 1,048,576 rows, the most "
                                 "Excel can hold; it is damaged or was not saved by a "
                                 "spreadsheet program. Open it in Excel or WPS, save it "
                                 "again and retry.")
                      .arg(m_book.name, m_sheet.name),
                  QStringLiteral("row number %1, row element %2").arg(row.number).arg(rowsSeen),
                  {}};
        return Step::Stop;
    }
    return Step::Go;
}

XlsxReader::Private::SheetRows::Step
XlsxReader::Private::SheetRows::startCell(const QXmlStreamAttributes &attrs)
{
    inCell = true;
    column = nextColumn;
    if (const QStringView r = attrView(attrs, u"r"); !r.isEmpty()) {
        column = columnOf(r);
        if (column < 0) {
            problem = QStringLiteral("bad cell reference \"%1\"").arg(r);
            return Step::Stop;
        }
    } else if (column >= MaxColumns) {
        refused = Error{XlsxReader::tr("“%1”: row %3 of sheet “%2” has more than 16,384 cells, the "
                                       "most Excel can hold; it is damaged or was not saved by a "
                                       "spreadsheet program. Open it in Excel or WPS, save it "
                                       "again and retry.")
                            .arg(m_book.name, m_sheet.name, QString::number(row.number)),
                        QStringLiteral("cell %1 without r=").arg(column + 1),
                        {}};
        return Step::Stop;
    }
    type = cellType(attrView(attrs, u"t"));
    style = attrView(attrs, u"s").toInt();
    value.clear();
    text.clear();
    inIs = false;
    phonetic = 0;
    return Step::Go;
}

XlsxReader::Private::SheetRows::Step XlsxReader::Private::SheetRows::endElement(QStringView n)
{
    if (n == u"v" || n == u"t") {
        capture = None;
    } else if (n == u"rPh") {
        --phonetic;
    } else if (n == u"is") {
        inIs = false;
    } else if (n == u"c" && inCell) {
        return endCell();
    } else if (n == u"row" && inRow) {
        inRow = false;
        lastRow = row.number;
        if (!row.cells.isEmpty() && !m_onRow(row))
            return Step::Done;
    } else if (n == u"sheetData") {
        return Step::Done; // what follows (merged cells, filters...) holds no values
    }
    return Step::Go;
}

XlsxReader::Private::SheetRows::Step XlsxReader::Private::SheetRows::endCell()
{
    inCell = false;
    nextColumn = column + 1;
    bool ok = true;
    const QVariant cell = m_book.cellValue(type, style, value, text, ok);
    if (!ok) {
        problem = QStringLiteral("cell in column %1 of row %2 refers to shared string %3 of %4")
                      .arg(QString::number(column + 1), QString::number(row.number), value,
                           QString::number(m_book.sharedCount()));
        return Step::Stop;
    }
    if (cell.typeId() == QMetaType::QString) {
        // A shared string costs nothing until a row repeats it:
        // every cell's text counts.
        rowChars += cell.toString().size();
        if (rowChars > m_book.limits.rowChars) {
            refused = tooMuchText();
            return Step::Stop;
        }
    }
    if (cell.isValid()) {
        if (row.cells.size() <= column)
            row.cells.resize(column + 1);
        row.cells[column] = cell;
    }
    return Step::Go;
}

Status XlsxReader::Private::SheetRows::finish(const PartStream &in) const
{
    if (refused)
        return *refused;
    if (in.limit() != Limit::None)
        return m_book.stopped(in, m_sheet.part,
                              inRow ? XlsxReader::tr("sheet “%1”, row %2")
                                          .arg(m_sheet.name, QString::number(row.number))
                              : lastRow > 0 ? XlsxReader::tr("sheet “%1”, after row %2")
                                                  .arg(m_sheet.name, QString::number(lastRow))
                                            : XlsxReader::tr("sheet “%1”").arg(m_sheet.name));
    if (in.failed() || !problem.isEmpty())
        return Error{
            XlsxReader::tr(
                "“%1” is damaged: sheet “%2” cannot be read after row %3. Open it in Excel or "
                "WPS, save it again and retry.")
                .arg(m_book.name, m_sheet.name, QString::number(lastRow)),
            problem.isEmpty() ? in.detail() : problem,
            {}};
    return {};
}

Status XlsxReader::Private::readRows(const Sheet &sheet,
                                     const std::function<bool(const XlsxRow &)> &onRow,
                                     const std::function<void(qint64, qint64)> &progress)
{
    const Entry *e = entry(sheet.part);
    if (!e)
        return Error{
            XlsxReader::tr(
                "“%1” is incomplete: the data of sheet “%2” is missing. Open it in Excel or WPS, "
                "save it again and retry.")
                .arg(name, sheet.name),
            sheet.part.isEmpty() ? QStringLiteral("no relationship for the sheet")
                                 : QStringLiteral("no %1 in the zip").arg(sheet.part),
            {}};
    qint64 budget = inflateBudget(); // each pass over a sheet gets the whole budget
    PartStream in(zip, budget, maxRun());
    if (!in.open(*e))
        return stopped(in, sheet.part, XlsxReader::tr("sheet “%1”").arg(sheet.name));

    SheetRows rows(*this, sheet, onRow);
    qint64 reported = -1;
    for (auto t = in.next(); t != QXmlStreamReader::Invalid && t != QXmlStreamReader::EndDocument;
         t = in.next()) {
        if (progress && in.done() != reported) {
            reported = in.done();
            progress(reported, in.total());
        }
        const SheetRows::Step step = rows.take(t, in.xml);
        if (step == SheetRows::Step::Done)
            return {};
        if (step == SheetRows::Step::Stop)
            break;
    }
    return rows.finish(in);
}

} // namespace guanxi
