// XLSX: golden workbooks (made by tests/data/import/xlsx/make_fixtures.py)
// read back to typed values, clear errors for files that are no workbook, and
// the writer's output read back by the reader.
#include "formats/xlsxreader.h"
#include "formats/xlsxwriter.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace guanxi;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(GUANXI_TEST_DATA "/import/xlsx/") + QString::fromUtf8(name);
}

std::unique_ptr<XlsxReader> openFixture(const char *name)
{
    auto reader = XlsxReader::open(fixture(name));
    INFO((reader ? QString() : reader.error().toString()).toStdString());
    REQUIRE(reader.ok());
    return std::move(reader).value();
}

QList<XlsxRow> readAll(XlsxReader &reader, int sheet)
{
    QList<XlsxRow> rows;
    const Status st = reader.readSheet(sheet, [&](const XlsxRow &row) {
        rows << row;
        return true;
    });
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
    return rows;
}

QString errorOf(const char *name)
{
    auto reader = XlsxReader::open(fixture(name));
    REQUIRE_FALSE(reader.ok());
    return reader.error().message;
}

} // namespace

TEST_CASE("XLSX reader: sheet names in workbook order, chosen by name", "[xlsx]")
{
    auto reader = openFixture("basic.xlsx");
    CHECK(reader->sheetNames() == QStringList({QStringLiteral("客户"), QStringLiteral("Orders")}));
    CHECK(reader->sheetIndex(QStringLiteral("orders")) == 1);
    CHECK(reader->sheetIndex(QStringLiteral("nope")) == -1);
    CHECK_FALSE(reader->uses1904Dates());
}

TEST_CASE("XLSX reader: strings, numbers, booleans, formulas and sparse rows", "[xlsx]")
{
    auto reader = openFixture("basic.xlsx");
    const QList<XlsxRow> rows = readAll(*reader, 0);
    REQUIRE(rows.size() == 9); // rows 4 (missing) and 8 (formatting only) are not reported

    const XlsxRow &header = rows.at(0);
    CHECK(header.number == 1);
    CHECK(header.cells == QList<QVariant>({QStringLiteral("名称"), QStringLiteral("金额"),
                                           QStringLiteral("Phone"), QStringLiteral("Date")}));

    const XlsxRow &r2 = rows.at(1);
    CHECK(r2.number == 2);
    REQUIRE(r2.cells.size() == 6);
    CHECK(r2.cells.at(0) ==
          QVariant(QStringLiteral("张三"))); // rich text runs, phonetic run ignored
    CHECK(r2.cells.at(1).typeId() == QMetaType::Double);
    CHECK(r2.cells.at(1).toDouble() == 1234.5);
    CHECK(r2.cells.at(2).toDouble() == 13800138000.0);
    CHECK(r2.cells.at(3) == QVariant(QDate(2024, 1, 1)));
    CHECK(r2.cells.at(4) == QVariant(true));
    CHECK(r2.cells.at(5) == QVariant(false));

    const XlsxRow &r3 = rows.at(2);
    CHECK(r3.number == 3);
    REQUIRE(r3.cells.size() == 5); // F3 is "" and G3 a formula without a cached value: empty
    CHECK(r3.cells.at(0) == QVariant(QStringLiteral("  padded  ")));
    CHECK(r3.cells.at(1) == QVariant(2469.0));
    CHECK(r3.cells.at(2) == QVariant(QStringLiteral("xy")));
    CHECK(r3.cells.at(3) == QVariant(QStringLiteral("#DIV/0!")));
    CHECK(r3.cells.at(4) == QVariant(QStringLiteral("a\rb_x0041_")));

    const XlsxRow &r5 = rows.at(3);
    CHECK(r5.number == 5);
    CHECK(r5.cells == QList<QVariant>({1.0, 2.0, QVariant(), QVariant(), 5.0, 6.0}));

    const XlsxRow &r6 = rows.at(4);
    CHECK(r6.number == 6); // no r= on the row: the one after 5
    REQUIRE(r6.cells.size() == 28);
    CHECK(r6.cells.at(26) == QVariant(QStringLiteral("AA")));
    CHECK(r6.cells.at(27) == QVariant(28.0));
    CHECK_FALSE(r6.cells.at(0).isValid());

    const XlsxRow &r9 = rows.at(6);
    CHECK(r9.number == 9);
    REQUIRE(r9.cells.size() == 4);
    CHECK(r9.cells.at(0) == QVariant(QStringLiteral(" x ")));
    CHECK(r9.cells.at(1) == QVariant(1000.0));
    CHECK(r9.cells.at(2) == QVariant(QDate(2024, 2, 3)));
    CHECK(r9.cells.at(3).toDateTime() == QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6)));

    const XlsxRow &r10 = rows.at(7);
    CHECK(r10.number == 10);
    CHECK(r10.cells == QList<QVariant>({QStringLiteral("名称")})); // trailing styled blanks trimmed
}

TEST_CASE("XLSX reader: date and time formats become QDate, QDateTime and QTime", "[xlsx]")
{
    auto reader = openFixture("basic.xlsx");
    const QList<XlsxRow> rows = readAll(*reader, 0);
    const XlsxRow &r7 = rows.at(5);
    REQUIRE(r7.number == 7);
    REQUIRE(r7.cells.size() == 12);
    CHECK(r7.cells.at(0) == QVariant(QDate(2024, 1, 1)));  // yyyy-mm-dd
    CHECK(r7.cells.at(1) == QVariant(QDate(2024, 1, 31))); // yyyy"年"m"月"d"日"
    CHECK(r7.cells.at(2).toDateTime() == QDateTime(QDate(2024, 1, 1), QTime(12, 0)));
    CHECK(r7.cells.at(3).toDateTime() == QDateTime(QDate(2024, 1, 1), QTime(18, 0))); // built-in 22
    CHECK(r7.cells.at(4) == QVariant(1234.5));             // #,##0.00 with [Red]
    CHECK(r7.cells.at(5) == QVariant(QTime(6, 0)));        // hh:mm
    CHECK(r7.cells.at(6) == QVariant(1.5));                // [h]:mm:ss is a duration
    CHECK(r7.cells.at(7) == QVariant(QDate(2024, 1, 1)));  // [$-804]yyyy/m/d
    CHECK(r7.cells.at(8) == QVariant(3.0));                // 0.00"m"
    CHECK(r7.cells.at(9) == QVariant(-2.0));               // [Red]0.00
    CHECK(r7.cells.at(10) == QVariant(QDate(2024, 1, 1))); // zh-CN built-in 31
    CHECK(r7.cells.at(11) == QVariant(QTime(12, 0)));      // built-in 20
}

TEST_CASE("XLSX reader: the 1900 leap-year bug and the 1904 date system", "[xlsx]")
{
    {
        auto reader = openFixture("basic.xlsx");
        const XlsxRow leap = readAll(*reader, 0).last();
        REQUIRE(leap.number == 11);
        REQUIRE(leap.cells.size() == 4);
        CHECK(leap.cells.at(0) == QVariant(QDate(1900, 1, 1)));
        CHECK(leap.cells.at(1) == QVariant(QDate(1900, 2, 28)));
        CHECK(leap.cells.at(2) == QVariant(60.0)); // "1900-02-29" never existed: left a number
        CHECK(leap.cells.at(3) == QVariant(QDate(1900, 3, 1)));
    }
    auto reader = openFixture("date1904.xlsx");
    CHECK(reader->uses1904Dates());
    const QList<XlsxRow> rows = readAll(*reader, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(0) == QVariant(QDate(1904, 1, 1)));
    CHECK(rows.at(0).cells.at(1) == QVariant(QDate(2024, 1, 1)));
    CHECK(rows.at(0).cells.at(2).toDateTime() == QDateTime(QDate(2024, 1, 1), QTime(6, 0)));
    CHECK(rows.at(0).cells.at(3) == QVariant(43830.0)); // no date format: a number
}

TEST_CASE("XLSX reader: the second sheet, empty leading rows, stopping early, progress", "[xlsx]")
{
    auto reader = openFixture("basic.xlsx");
    const QList<XlsxRow> rows = readAll(*reader, reader->sheetIndex(QStringLiteral("Orders")));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).number == 4);
    CHECK(rows.at(0).cells ==
          QList<QVariant>({QVariant(), QStringLiteral("Order"), QStringLiteral("Total")}));
    CHECK(rows.at(1).cells.at(2) == QVariant(99.5));

    int seen = 0;
    qint64 lastDone = -1, lastTotal = -1;
    const Status st = reader->readSheet(
        1, [&](const XlsxRow &) { return ++seen < 2; },
        [&](qint64 done, qint64 total) {
            CHECK(done > lastDone);
            lastDone = done;
            lastTotal = total;
        });
    REQUIRE(st.ok());
    CHECK(seen == 2);
    CHECK(lastDone > 0);
    CHECK(lastDone <= lastTotal);

    // The reader can read again, and from memory too.
    QFile file(fixture("basic.xlsx"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto fromMemory = XlsxReader::openBytes(file.readAll(), QStringLiteral("mail.xlsx"));
    REQUIRE(fromMemory.ok());
    CHECK(readAll(**fromMemory, 1).size() == 4);
    CHECK(readAll(*reader, 1).size() == 4);
    CHECK_FALSE(reader->readSheet(2, [](const XlsxRow &) { return true; }).ok());
}

TEST_CASE("XLSX reader: files that are no workbook get a message saying what to do", "[xlsx]")
{
    const QString notZip = errorOf("not_a_zip.xlsx");
    CHECK(notZip.contains(QStringLiteral("not_a_zip.xlsx")));
    CHECK(notZip.contains(QStringLiteral("not an Excel workbook")));
    CHECK(notZip.contains(QStringLiteral("CSV")));

    CHECK(errorOf("not_a_workbook.xlsx")
              .contains(QStringLiteral("zip archive but not an Excel workbook")));
    CHECK(errorOf("encrypted.xlsx").contains(QStringLiteral("password")));
    CHECK(errorOf("zip_encrypted.xlsx").contains(QStringLiteral("password")));
    CHECK(errorOf("legacy.xls").contains(QStringLiteral(".xls")));

    auto missing = XlsxReader::open(fixture("no_such_file.xlsx"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.startsWith(QStringLiteral("Cannot read")));

    CHECK_FALSE(XlsxReader::openBytes(QByteArray()).ok());
    CHECK_FALSE(XlsxReader::openBytes(QByteArrayLiteral("PK\x03\x04 cut off")).ok());
}

TEST_CASE("XLSX reader: a missing or cut-off sheet is reported with the sheet's name", "[xlsx]")
{
    auto gone = openFixture("missing_sheet.xlsx");
    Status st = gone->readSheet(0, [](const XlsxRow &) { return true; });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QStringLiteral("“Gone”")));

    auto cut = openFixture("truncated_sheet.xlsx");
    int rows = 0;
    st = cut->readSheet(0, [&](const XlsxRow &) { return ++rows > 0; });
    REQUIRE_FALSE(st.ok());
    CHECK(rows == 1);
    CHECK(st.error().message.contains(QStringLiteral("after row 1")));
}

TEST_CASE("XLSX writer: typed table round trip through the reader", "[xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("导出.xlsx"));
    const qint64 bigFen = (qint64(1) << 31) + 12345; // past 2^31 fen
    const QDateTime met(QDate(2024, 5, 6), QTime(7, 8, 9));
    {
        auto writer = XlsxWriter::open(path);
        REQUIRE(writer.ok());
        XlsxWriter &w = **writer;
        REQUIRE(w.addSheet(QStringLiteral("客户"),
                           {QStringLiteral("名称"), QStringLiteral("电话"), QStringLiteral("金额"),
                            QStringLiteral("签约"), QStringLiteral("拜访"), QStringLiteral("VIP"),
                            QStringLiteral("Score")},
                           {XlsxColumn::Text, XlsxColumn::Text, XlsxColumn::Money, XlsxColumn::Date,
                            XlsxColumn::DateTime}));
        for (int i = 0; i < 10000; ++i) {
            const Status st = w.addRow(
                {QStringLiteral("张三%1 \t<&>").arg(i), QStringLiteral("013800138000"), bigFen + i,
                 QDate(2024, 1, 1).addDays(i % 365), met, i % 2 == 0, i + 0.25});
            REQUIRE(st.ok());
        }
        REQUIRE(w.addRow({QString(), QVariant(), qint64(-5)}));
        REQUIRE(w.addSheet(QStringLiteral("a/b:c*?[x]\\"), {QStringLiteral("n")}));
        REQUIRE(w.addRow({qint64(1234567890123456789)})); // too many digits for Excel: text
        REQUIRE(w.addSheet(QStringLiteral("客户"), {}));  // same name again: made unique
        REQUIRE(w.addRow({QStringLiteral("headerless")}));
        REQUIRE(w.close());
        CHECK(w.truncatedCells() == 0);
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList({QStringLiteral("导出.xlsx")}));

    auto reader = XlsxReader::open(path);
    INFO((reader ? QString() : reader.error().toString()).toStdString());
    REQUIRE(reader.ok());
    CHECK((*reader)->sheetNames() ==
          QStringList(
              {QStringLiteral("客户"), QStringLiteral("a_b_c___x__"), QStringLiteral("客户 (2)")}));
    QList<XlsxRow> rows = readAll(**reader, 0);
    REQUIRE(rows.size() == 10002);
    CHECK(rows.at(0).cells.at(4) == QVariant(QStringLiteral("拜访")));
    for (int i : {0, 1, 4999, 9999}) {
        const XlsxRow &row = rows.at(i + 1);
        CHECK(row.number == i + 2);
        REQUIRE(row.cells.size() == 7);
        CHECK(row.cells.at(0) == QVariant(QStringLiteral("张三%1 \t<&>").arg(i)));
        CHECK(row.cells.at(1) == QVariant(QStringLiteral("013800138000")));
        CHECK(qRound64(row.cells.at(2).toDouble() * 100) == bigFen + i);
        CHECK(row.cells.at(3) == QVariant(QDate(2024, 1, 1).addDays(i % 365)));
        CHECK(row.cells.at(4).toDateTime() == met);
        CHECK(row.cells.at(5) == QVariant(i % 2 == 0));
        CHECK(row.cells.at(6) == QVariant(i + 0.25));
    }
    CHECK(rows.last().cells == QList<QVariant>({QVariant(), QVariant(), -0.05}));
    rows = readAll(**reader, 1);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).cells.at(0) == QVariant(QStringLiteral("1234567890123456789")));
    rows = readAll(**reader, 2);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).number == 1);
}

TEST_CASE("XLSX writer: sheet names follow Excel's rules, long text is cut and counted", "[xlsx]")
{
    CHECK(XlsxWriter::sheetName(QString(40, u'长')).size() == 31);
    CHECK(XlsxWriter::sheetName(QStringLiteral("'quoted'")) == QStringLiteral("quoted"));
    CHECK(XlsxWriter::sheetName(QString()) == QStringLiteral("Sheet"));
    CHECK(XlsxWriter::sheetName(QStringLiteral("history")) == QStringLiteral("history_"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    auto writer = XlsxWriter::open(path);
    REQUIRE(writer.ok());
    REQUIRE((*writer)->addSheet(QStringLiteral("S"), {QStringLiteral("Note")}));
    REQUIRE((*writer)->addRow({QString(XlsxWriter::MaxCellChars + 10, u'长')}));
    REQUIRE((*writer)->addRow({QStringLiteral("_x0041_ \x01\x1f")}));
    REQUIRE((*writer)->close());
    CHECK((*writer)->truncatedCells() == 1);
    auto reader = XlsxReader::open(path);
    REQUIRE(reader.ok());
    const QList<XlsxRow> rows = readAll(**reader, 0);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).cells.at(0).toString().size() == XlsxWriter::MaxCellChars);
    CHECK(rows.at(2).cells.at(0) == QVariant(QStringLiteral("_x0041_ \x01\x1f")));
}

TEST_CASE("XLSX writer: a failed export leaves the earlier file and no temporary file", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("earlier report");
    }
    {
        auto writer = XlsxWriter::open(path);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->addSheet(QStringLiteral("S"), {QStringLiteral("Amount")},
                                    {XlsxColumn::Money}));
        const Status bad = (*writer)->addRow({12.5}); // money must be whole fen
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("report.xlsx")));
        CHECK_FALSE((*writer)->addRow({1}).ok()); // the failure sticks
        CHECK_FALSE((*writer)->close().ok());
    }
    {
        auto writer = XlsxWriter::open(path);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->addSheet(QStringLiteral("S"), {QStringLiteral("A")}));
        // Dropped without close(): nothing is written.
    }
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == QByteArray("earlier report"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList({QStringLiteral("report.xlsx")}));

    auto noFolder = XlsxWriter::open(dir.filePath(QStringLiteral("missing/x.xlsx")));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().message.contains(QStringLiteral("folder does not exist")));

    // Replacing an existing file works once everything succeeded.
    auto writer = XlsxWriter::open(path);
    REQUIRE(writer.ok());
    REQUIRE((*writer)->addSheet(QStringLiteral("S"), {QStringLiteral("A")}));
    REQUIRE((*writer)->close());
    CHECK(XlsxReader::open(path).ok());
}

TEST_CASE("XLSX writer: text past the cell limit splits into pieces that read back joined", "[xlsx][limits]")
{
    // An escape look-alike where the first cut falls, a surrogate pair where
    // the second would, and a NUL, which no cell can hold.
    const QString text = QString(XlsxWriter::MaxCellChars - 3, u'a') + QStringLiteral("_x0041_") +
                         QString(XlsxWriter::MaxCellChars - 9, u'b') + QStringLiteral("😀 end") + QChar(0);
    const QStringList pieces = XlsxWriter::cellPieces(text);
    REQUIRE(pieces.size() == 3);
    CHECK(pieces.join(QString()) == QString(text).remove(QChar(0)));
    CHECK_FALSE(pieces.at(1).back().isHighSurrogate());
    CHECK(XlsxWriter::cellPieces(QString()).isEmpty());
    CHECK(XlsxWriter::cellPieces(QStringLiteral("short")) == QStringList({QStringLiteral("short")}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pieces.xlsx"));
    auto writer = XlsxWriter::open(path);
    REQUIRE(writer.ok());
    REQUIRE((*writer)->addSheet(QStringLiteral("S"), {}));
    QList<QVariant> cells;
    for (const QString &piece : pieces)
        cells << piece;
    REQUIRE((*writer)->addRow(cells));
    REQUIRE((*writer)->close());
    CHECK((*writer)->truncatedCells() == 0);
    auto reader = XlsxReader::open(path);
    REQUIRE(reader.ok());
    const QList<XlsxRow> rows = readAll(**reader, 0);
    REQUIRE(rows.size() == 1);
    QString joined;
    for (const QVariant &v : rows.at(0).cells)
        joined += v.toString();
    CHECK(joined == QString(text).remove(QChar(0)));
}
