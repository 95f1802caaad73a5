// Limits on what a file may make Guanxi do: hostile XLSX workbooks and vCards
// are refused with a message saying what and where instead of taking all
// memory or time, and the formula neutralising of CSV/XLSX round-trips every
// string. The workbooks are built here with minizip, each just past a limit.
#include "testdb.h"

#include "formats/csvwriter.h"
#include "exchange/customerexport.h"
#include "exchange/importsource.h"
#include "formats/vcard.h"
#include "formats/xlsxreader.h"
#include "formats/xlsxwriter.h"
#include "exchange/customerimport.h"
#include "customers/customerstore.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <minizip/zip.h>

#include <functional>

using namespace guanxi;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// The customers of a file imported into a fresh database, by name.
QHash<QString, Customer> importedByName(const QString &path)
{
    test::TestDb target;
    auto source = ImportSource::open(path);
    INFO((source ? QString() : source.error().toString()).toStdString());
    REQUIRE(source.ok());
    auto report = CustomerImport(*target.session, **source, {}).run({}, nullptr);
    INFO((report ? QString() : report.error().toString()).toStdString());
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.first().reason).toStdString());
    CHECK(report->problemCount == 0);
    CustomerStore store(*target.session);
    QHash<QString, Customer> out;
    const auto ids = store.liveIds();
    REQUIRE(ids.ok());
    const auto customers = store.getMany(*ids);
    REQUIRE(customers.ok());
    for (const Customer &c : *customers)
        out.insert(c.name, c);
    return out;
}

// The parts every workbook needs around one sheet (and shared strings).
const QByteArray contentTypes =
    "<?xml version=\"1.0\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
    "Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
const QByteArray rootRels =
    "<?xml version=\"1.0\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
    "Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";
const QByteArray workbook =
    "<?xml version=\"1.0\"?><workbook "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray workbookRels =
    "<?xml version=\"1.0\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
    "Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/></Relationships>";
const QByteArray sheetHead = "<?xml version=\"1.0\"?><worksheet "
                             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData>";
const QByteArray sheetTail = "</sheetData></worksheet>";

// Writes one part from pieces, so a big part never sits in memory whole.
using Pieces = std::function<void(const std::function<void(const QByteArray &)> &)>;

Pieces bytes(const QByteArray &b)
{
    return [b](const auto &write) { write(b); };
}

// A workbook whose sheet (and, if given, shared-string table) come from `sheet`
// and `shared`.
QString workbookFile(const QTemporaryDir &dir, const QString &name, const Pieces &sheet,
                     const Pieces &shared = {})
{
    const QString path = dir.filePath(name);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    const auto add = [&](const char *part, const Pieces &pieces) {
        zip_fileinfo info{};
        // Level 1: the big parts are repetitive, and fast to deflate.
        REQUIRE(zipOpenNewFileInZip64(zip, part, &info, nullptr, 0, nullptr, 0, nullptr,
                                      Z_DEFLATED, 1, 1) == ZIP_OK);
        pieces([&](const QByteArray &b) {
            REQUIRE(zipWriteInFileInZip(zip, b.constData(), unsigned(b.size())) == ZIP_OK);
        });
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    };
    add("[Content_Types].xml", bytes(contentTypes));
    add("_rels/.rels", bytes(rootRels));
    add("xl/workbook.xml", bytes(workbook));
    add("xl/_rels/workbook.xml.rels", bytes(workbookRels));
    add("xl/worksheets/sheet1.xml", sheet);
    if (shared)
        add("xl/sharedStrings.xml", shared);
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
    return path;
}

Pieces sheetOf(const QByteArray &rows)
{
    return bytes(sheetHead + rows + sheetTail);
}

QByteArray inlineCell(const QByteArray &text, const QByteArray &ref = {})
{
    return "<c" + (ref.isEmpty() ? QByteArray() : " r=\"" + ref + "\"") + " t=\"inlineStr\"><is><t>" +
           text + "</t></is></c>";
}

Pieces sharedOf(const QList<QByteArray> &strings)
{
    QByteArray xml = "<?xml version=\"1.0\"?><sst "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QByteArray &s : strings)
        xml += "<si><t>" + s + "</t></si>";
    return bytes(xml + "</sst>");
}

// Reads every row; the error, or an empty string and the rows.
QString readAll(const QString &path, QList<XlsxRow> *rows = nullptr, const XlsxLimits &limits = {})
{
    auto reader = XlsxReader::open(path, limits);
    if (!reader)
        return reader.error().message;
    const Status st = (*reader)->readSheet(0, [&](const XlsxRow &row) {
        if (rows)
            *rows << row;
        return true;
    });
    return st ? QString() : st.error().message;
}

} // namespace

TEST_CASE("XLSX: a row's text is capped as CSV caps a record, and the cell is named",
          "[xlsx][limits]")
{
    QTemporaryDir dir;
    const qsizetype max = XlsxLimits().rowChars;
    REQUIRE(max == 1024 * 1024);
    QList<XlsxRow> rows;
    const QString fits = workbookFile(dir, QStringLiteral("fits.xlsx"),
                                      sheetOf("<row r=\"1\">" + inlineCell(QByteArray(max, 'a')) + "</row>"));
    CHECK(readAll(fits, &rows).isEmpty());
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(0).toString().size() == max);

    const QString over = workbookFile(dir, QStringLiteral("over.xlsx"),
                                      sheetOf("<row r=\"7\">" + inlineCell("b", "A7") +
                                              inlineCell(QByteArray(max, 'a'), "C7") + "</row>"));
    const QString message = readAll(over);
    INFO(str(message));
    CHECK(message.contains(QStringLiteral("over.xlsx")));
    CHECK(message.contains(QStringLiteral("row 7")));
    CHECK(message.contains(QStringLiteral("cell C7")));
    CHECK(message.contains(QStringLiteral("1,048,576 characters")));

    // A text node far past the cap never reaches the XML parser whole: it
    // is refused as its bytes arrive.
    const QString huge = workbookFile(dir, QStringLiteral("huge.xlsx"),
                                      sheetOf("<row r=\"1\">" + inlineCell(QByteArray(9 * max, 'a')) + "</row>"));
    const QString hugeMessage = readAll(huge);
    INFO(str(hugeMessage));
    CHECK(hugeMessage.contains(QStringLiteral("more than 1,048,576 characters")));
    CHECK(hugeMessage.contains(QStringLiteral("sheet “S”, row 1")));
}

TEST_CASE("XLSX: shared strings count against every row that uses them, and the table is capped",
          "[xlsx][limits]")
{
    QTemporaryDir dir;
    XlsxLimits limits;
    limits.rowChars = 100;
    limits.sharedStrings = 3;
    limits.sharedChars = 150;
    const QByteArray forty(40, 'x');
    const QByteArray useTwice = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>0</v></c></row>";
    const QByteArray useThrice = "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>0</v></c>"
                                 "<c r=\"C3\" t=\"s\"><v>0</v></c></row>";

    QList<XlsxRow> rows;
    CHECK(readAll(workbookFile(dir, QStringLiteral("twice.xlsx"), sheetOf(useTwice), sharedOf({forty})), &rows,
                  limits)
              .isEmpty());
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells == QList<QVariant>({QString::fromLatin1(forty), QString::fromLatin1(forty)}));

    const QString thrice =
        readAll(workbookFile(dir, QStringLiteral("thrice.xlsx"), sheetOf(useThrice), sharedOf({forty})), nullptr,
                limits);
    CHECK(thrice.contains(QStringLiteral("row 3")));
    CHECK(thrice.contains(QStringLiteral("cell C3")));

    const QString longOne = readAll(workbookFile(dir, QStringLiteral("long.xlsx"), sheetOf(useTwice),
                                                 sharedOf({forty, QByteArray(101, 'y')})),
                                    nullptr, limits);
    CHECK(longOne.contains(QStringLiteral("more than 100 characters")));
    CHECK(longOne.contains(QStringLiteral("shared text number 2")));

    const QString many = readAll(workbookFile(dir, QStringLiteral("many.xlsx"), sheetOf(useTwice),
                                              sharedOf({"a", "b", "c", "d"})),
                                 nullptr, limits);
    CHECK(many.contains(QStringLiteral("more text than can be imported at once")));
    const QString much = readAll(workbookFile(dir, QStringLiteral("much.xlsx"), sheetOf(useTwice),
                                              sharedOf({forty, forty, forty, forty})),
                                 nullptr, limits);
    CHECK(much.contains(QStringLiteral("more text than can be imported at once")));
    // The defaults: 16.7 million strings, 256 Mi characters (512 MiB) in all.
    CHECK(XlsxLimits().sharedStrings == 16777216);
    CHECK(XlsxLimits().sharedChars == 268435456);
}

TEST_CASE("XLSX: rows and cells without r= cannot run past Excel's last row and column",
          "[xlsx][limits]")
{
    QTemporaryDir dir;
    // 1,048,576 empty rows, then one with a value: row 1,048,577.
    const QString tall = workbookFile(dir, QStringLiteral("tall.xlsx"), [](const auto &write) {
        write(sheetHead);
        const QByteArray block = QByteArrayLiteral("<row/>").repeated(1024);
        for (int i = 0; i < 1024; ++i)
            write(block);
        write("<row>" + inlineCell("past the end") + "</row>" + sheetTail);
    });
    QList<XlsxRow> rows;
    const QString message = readAll(tall, &rows);
    INFO(str(message));
    CHECK(message.contains(QStringLiteral("more than 1,048,576 rows")));
    CHECK(rows.isEmpty());

    // Rows that all say r="1" are counted too.
    const QString repeated = workbookFile(dir, QStringLiteral("repeated.xlsx"), [](const auto &write) {
        write(sheetHead);
        const QByteArray block = QByteArrayLiteral("<row r=\"1\"/>").repeated(1024);
        for (int i = 0; i < 1025; ++i)
            write(block);
        write(sheetTail);
    });
    CHECK(readAll(repeated).contains(QStringLiteral("more than 1,048,576 rows")));

    const QString wide = workbookFile(dir, QStringLiteral("wide.xlsx"),
                                      sheetOf("<row r=\"3\">" + QByteArray("<c><v>1</v></c>").repeated(16385) + "</row>"));
    const QString wideMessage = readAll(wide);
    CHECK(wideMessage.contains(QStringLiteral("row 3")));
    CHECK(wideMessage.contains(QStringLiteral("more than 16,384 cells")));
}

TEST_CASE("XLSX: a workbook that inflates far past its size is refused before it is inflated",
          "[xlsx][limits]")
{
    QTemporaryDir dir;
    const XlsxLimits defaults;
    CHECK(defaults.inflateRatio == 100);
    CHECK(defaults.inflateFloor == 64 * 1024 * 1024);
    // 65 MiB of empty rows deflate to some 260 KB: past 64 MiB and 100 times the file.
    const QString bomb = workbookFile(dir, QStringLiteral("bomb.xlsx"), [&](const auto &write) {
        write(sheetHead);
        const QByteArray block = QByteArrayLiteral("<row/>").repeated(1 << 16);
        for (qsizetype done = 0; done <= defaults.inflateFloor; done += block.size())
            write(block);
        write(sheetTail);
    });
    CHECK(QFile(bomb).size() * defaults.inflateRatio < defaults.inflateFloor);
    QElapsedTimer timer;
    timer.start();
    const QString message = readAll(bomb);
    INFO(str(message));
    CHECK(message.contains(QStringLiteral("unpacks to more than 64 MB")));
    CHECK(message.contains(QStringLiteral("100 times its own size")));
    CHECK(timer.elapsed() < 1000); // refused from the zip directory, nothing inflated

    // The ratio and the floor are the file's own: with tighter ones, 100 KB
    // of rows from a 2 KB file are too much, and fine with the defaults.
    const QString small = workbookFile(dir, QStringLiteral("small.xlsx"),
                                       sheetOf(QByteArrayLiteral("<row/>").repeated(100000 / 6)));
    XlsxLimits tight;
    tight.inflateFloor = 4096;
    tight.inflateRatio = 10;
    CHECK(readAll(small, nullptr, tight).contains(QStringLiteral("unpacks to more than")));
    CHECK(readAll(small).isEmpty());
}

TEST_CASE("vCard: a card's text is capped as CSV caps a record, in a bounded number of fields",
          "[vcard][limits]")
{
    QTemporaryDir dir;
    const auto cardFile = [&](const QString &name, const std::function<void(QFile &)> &body) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n");
        body(f);
        f.write("END:VCARD\r\n");
        return path;
    };
    const auto read = [](const QString &path, QList<VCardContact> *contacts = nullptr) {
        auto warnings = VCardReader::read(path, [&](VCardContact &&c) {
            if (contacts)
                *contacts << c;
            return true;
        });
        return warnings ? QString() : warnings.error().message;
    };
    const qsizetype max = VCardReader::MaxCardChars;
    REQUIRE(max == 1024 * 1024);

    QList<VCardContact> contacts;
    // VERSION and FN hold four characters of the card's budget.
    CHECK(read(cardFile(QStringLiteral("fits.vcf"), [&](QFile &f) { f.write("NOTE:" + QByteArray(max - 4, 'n') + "\r\n"); }),
               &contacts)
              .isEmpty());
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.at(0).note.size() == max - 4);

    QString message = read(cardFile(QStringLiteral("over.vcf"), [&](QFile &f) {
        f.write("NOTE:" + QByteArray(max / 2, 'n') + "\r\n");
        f.write("NOTE:" + QByteArray(max / 2, 'n') + "\r\n");
    }));
    INFO(str(message));
    CHECK(message.contains(QStringLiteral("Line 5")));
    CHECK(message.contains(QStringLiteral("starts on line 1")));
    CHECK(message.contains(QStringLiteral("1,048,576 characters")));

    message = read(cardFile(QStringLiteral("phones.vcf"), [](QFile &f) {
        for (int i = 0; i <= VCardReader::MaxCardProperties; ++i)
            f.write("TEL:1\r\n");
    }));
    CHECK(message.contains(QStringLiteral("more than 10,000")));

    // A note line past MaxLineBytes is refused without being held whole...
    message = read(cardFile(QStringLiteral("long.vcf"), [](QFile &f) {
        f.write("NOTE:");
        const QByteArray block(1 << 20, 'n');
        for (int i = 0; i <= VCardReader::MaxLineBytes >> 20; ++i)
            f.write(block);
        f.write("\r\n");
    }));
    CHECK(message.contains(QStringLiteral("Line 4: the note (NOTE) is longer than 1,048,576 characters")));

    // ...while a photo that long is skipped, and what follows it is read,
    // on the right line even when its CR ends one 64 KiB read and its LF
    // starts the next.
    const QString photo = cardFile(QStringLiteral("photo.vcf"), [](QFile &f) {
        f.write("PHOTO;ENCODING=b:");
        const qint64 crAt = (VCardReader::MaxLineBytes / 65536 + 2) * 65536 - 1;
        const QByteArray block(1 << 16, 'Q');
        while (f.pos() + block.size() < crAt)
            f.write(block);
        f.write(QByteArray(crAt - f.pos(), 'Q'));
        f.write("\r\nNOT A PROPERTY!\r\nNOTE:after the photo\r\n");
    });
    contacts.clear();
    auto warnings = VCardReader::read(photo, [&](VCardContact &&c) {
        contacts << c;
        return true;
    });
    REQUIRE(warnings.ok());
    INFO(str(warnings->join(u'|')));
    CHECK(warnings->contains(QStringLiteral("Line 5 is not a vCard property and was skipped.")));
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.at(0).note == QStringLiteral("after the photo"));
}

TEST_CASE("CSV neutralising round-trips every string, apostrophes included", "[csv][limits]")
{
    CHECK(CsvWriter::neutralised(QStringLiteral("=1+2")) == QStringLiteral("'=1+2"));
    CHECK(CsvWriter::neutralised(QStringLiteral("'=1+2")) == QStringLiteral("''=1+2"));
    CHECK(CsvWriter::neutralised(QStringLiteral("'plain")) == QStringLiteral("'plain"));
    CHECK(CsvWriter::unneutralised(QStringLiteral("''-5")) == QStringLiteral("'-5"));
    CHECK(CsvWriter::apostropheKept(QStringLiteral("=1")) == QStringLiteral("=1"));
    CHECK(CsvWriter::apostropheKept(QStringLiteral("'@x")) == QStringLiteral("''@x"));

    // Every string up to five characters over the characters that matter.
    const QString alphabet = QStringLiteral("'=+-@\t\ra");
    QStringList strings = {QString()};
    for (qsizetype from = 0, length = 0; length < 5; ++length) {
        const qsizetype to = strings.size();
        for (qsizetype i = from; i < to; ++i)
            for (QChar c : alphabet)
                strings << strings.at(i) + c;
        from = to;
    }
    int failures = 0;
    for (const QString &s : std::as_const(strings)) {
        const QString n = CsvWriter::neutralised(s);
        const bool formula = !n.isEmpty() && QStringView(u"=+-@\t\r").contains(n.front());
        if (CsvWriter::unneutralised(n) != s || CsvWriter::unneutralised(CsvWriter::apostropheKept(s)) != s ||
            formula)
            ++failures;
    }
    CHECK(strings.size() > 30000);
    CHECK(failures == 0);
}

TEST_CASE("Customer export: notes past Excel's cell limit go on in continuation columns, apostrophes "
          "survive, and every format gives the customers back whole",
          "[export][limits]")
{
    test::TestDb source;
    CustomerStore store(*source.session);
    // 70,000 characters: three cells. A surrogate pair and an _xHHHH_
    // look-alike sit where the text is cut, spaces and line breaks too.
    QString notes = QString(XlsxWriter::MaxCellChars - 1, u'长') + QStringLiteral("😀 _x0041_ \n");
    while (notes.size() < 70000)
        notes += QStringLiteral("note 笔记 \n");
    notes += QStringLiteral("end");
    Customer longNotes;
    longNotes.name = QStringLiteral("'=Zhang");
    longNotes.address = QStringLiteral("'-1 Road");
    longNotes.notes = notes;
    REQUIRE(store.create(longNotes).ok());
    Customer formulas;
    formulas.name = QStringLiteral("=Li");
    formulas.notes = QStringLiteral("''@twice");
    formulas.jobTitle = QStringLiteral("+86 manager");
    REQUIRE(store.create(formulas).ok());

    const QString xlsx = source.dir.filePath(QStringLiteral("customers.xlsx"));
    auto written = CustomerExport::write(*source.session, {}, xlsx, ExportFormat::Xlsx);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    auto reader = XlsxReader::open(xlsx);
    REQUIRE(reader.ok());
    QStringList header;
    REQUIRE((*reader)->readSheet(0, [&](const XlsxRow &row) {
        for (const QVariant &v : row.cells)
            header << v.toString();
        return false;
    }));
    const qsizetype at = header.indexOf(QStringLiteral("Notes"));
    REQUIRE(at > 0);
    CHECK(header.mid(at + 1, 3) == QStringList({QStringLiteral("Notes (continued)"),
                                                QStringLiteral("Notes (continued)"),
                                                QStringLiteral("Birthday")}));
    CHECK(header.count(QStringLiteral("Address")) == 1); // continued only where needed

    for (const auto &[name, format] : {std::pair{"customers.xlsx", ExportFormat::Xlsx},
                                       std::pair{"customers.csv", ExportFormat::Csv},
                                       std::pair{"customers.vcf", ExportFormat::VCard30}}) {
        INFO(name);
        const QString path = source.dir.filePath(QString::fromLatin1(name));
        REQUIRE(CustomerExport::write(*source.session, {}, path, format).ok());
        const QHash<QString, Customer> back = importedByName(path);
        REQUIRE(back.contains(QStringLiteral("'=Zhang")));
        REQUIRE(back.contains(QStringLiteral("=Li")));
        CHECK(back.value(QStringLiteral("'=Zhang")).notes == notes);
        CHECK(back.value(QStringLiteral("'=Zhang")).address == QStringLiteral("'-1 Road"));
        CHECK(back.value(QStringLiteral("=Li")).notes == QStringLiteral("''@twice"));
        CHECK(back.value(QStringLiteral("=Li")).jobTitle == QStringLiteral("+86 manager"));
    }
}
