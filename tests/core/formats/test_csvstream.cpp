// Encoding detection and the streaming CSV reader: golden files under
// tests/data/import/csv (one NAME.expected.json per case), chunk borders in
// awkward places, a large generated file, and undecodable bytes.
#include "formats/csvstream.h"
#include "formats/textencoding.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace guanxi;

namespace {

// Plain std types, so Catch prints them without a StringMaker of our own.
std::string str(const QString &s)
{
    return s.toStdString();
}

std::string str(const QByteArray &s)
{
    return s.toStdString();
}

std::vector<std::string> strs(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

std::vector<std::string> strs(const QList<QByteArray> &list)
{
    std::vector<std::string> out;
    for (const QByteArray &s : list)
        out.push_back(s.toStdString());
    return out;
}

QString dataDir()
{
    return QStringLiteral(GUANXI_TEST_DATA "/import/csv");
}

// Bytes in a legacy encoding, via Qt's own (ICU) encoder.
QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder(text);
    REQUIRE(!encoder.hasError());
    return bytes;
}

struct Streamed {
    QList<CsvRecord> records;
    std::optional<Error> error;
    qint64 errorLine = 0;
    qint64 bytesRead = 0;
};

Streamed streamAll(QIODevice *device, const QByteArray &encoding, QChar delimiter, qsizetype chunkSize)
{
    Streamed out;
    CsvStream stream(device, encoding, delimiter);
    stream.setChunkSize(chunkSize);
    CsvRecord record;
    while (stream.next(record))
        out.records.append(record);
    out.error = stream.error();
    out.errorLine = stream.errorLine();
    out.bytesRead = stream.bytesRead();
    return out;
}

Streamed streamBytes(const QByteArray &bytes, const QByteArray &encoding, QChar delimiter, qsizetype chunkSize)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return streamAll(&buffer, encoding, delimiter, chunkSize);
}

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> out;
    for (const CsvRecord &r : records)
        out.append(r.fields);
    return out;
}

struct Expected {
    qint64 line;
    QStringList fields;
};

void checkRecords(const QList<CsvRecord> &actual, const QList<Expected> &expected, qint64 firstNumber = 1)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        INFO("record " << i);
        CHECK(actual[i].line == expected[i].line);
        CHECK(actual[i].number == firstNumber + i);
        CHECK(strs(actual[i].fields) == strs(expected[i].fields));
    }
}

QStringList toStringList(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

TEST_CASE("Golden CSV files: encoding, dialect, header and every record", "[csv][golden]")
{
    const QDir dir(dataDir());
    const QStringList cases = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    REQUIRE(cases.size() >= 20);
    for (const QString &jsonName : cases) {
        const QString name = jsonName.chopped(int(qstrlen(".expected.json")));
        INFO("case " << str(name));
        const QStringList inputs = dir.entryList({name + QStringLiteral(".*")}, QDir::Files)
                                       .filter(QRegularExpression(QStringLiteral("\\.(csv|tsv|txt)$")));
        REQUIRE(inputs.size() == 1);
        const QString path = dir.filePath(inputs.first());

        QFile jsonFile(dir.filePath(jsonName));
        REQUIRE(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll(), &parseError).object();
        REQUIRE(parseError.error == QJsonParseError::NoError);

        const QByteArray override = json.value(QStringLiteral("encodingOverride")).toString().toLatin1();
        const QByteArray encoding = json.value(QStringLiteral("encoding")).toString().toLatin1();
        const QString delimiterText = json.value(QStringLiteral("delimiter")).toString();
        REQUIRE(delimiterText.size() == 1);
        const QChar delimiter = delimiterText.front();
        const qsizetype headerRow = json.value(QStringLiteral("headerRow")).toInt();
        QList<Expected> expected;
        for (const QJsonValue &v : json.value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = v.toObject();
            expected.append({r.value(QStringLiteral("line")).toInteger(),
                             toStringList(r.value(QStringLiteral("fields")).toArray())});
        }
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        const qint64 errorLine = error.value(QStringLiteral("line")).toInteger();

        // What the import preview shows.
        const Result<CsvSniff> sniff = sniffCsv(path, override);
        if (error.value(QStringLiteral("inPreview")).toBool()) {
            REQUIRE_FALSE(sniff.ok());
            INFO(str(sniff.error().message));
            CHECK(sniff.error().message.contains(QStringLiteral("Line %1:").arg(errorLine)));
            CHECK(sniff.error().message.contains(inputs.first()));
        } else {
            if (!sniff)
                FAIL(str(sniff.error().toString()));
            CHECK(str(sniff->encoding.name) == str(encoding));
            if (json.contains(QStringLiteral("bom")))
                CHECK(sniff->encoding.bom == json.value(QStringLiteral("bom")).toBool());
            CHECK(sniff->encoding.candidates.contains(encoding) == override.isEmpty());
            CHECK(sniff->dialect.delimiter == delimiter);
            CHECK(sniff->dialect.headerRow == headerRow);
            REQUIRE(headerRow < expected.size());
            CHECK(strs(sniff->header) == strs(expected[headerRow].fields));
            const QList<Expected> preview = expected.mid(headerRow + 1, CsvPreviewRecords);
            checkRecords(sniff->preview, preview, headerRow + 2);
        }

        // The whole file, with chunk borders everywhere (1 byte) and as in production.
        const qint64 fileSize = QFileInfo(path).size();
        for (const qsizetype chunkSize : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), CsvStream::DefaultChunkSize}) {
            INFO("chunk size " << chunkSize);
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const Streamed streamed = streamAll(&file, override.isEmpty() ? encoding : override, delimiter, chunkSize);
            checkRecords(streamed.records, expected);
            if (errorLine > 0) {
                REQUIRE(streamed.error.has_value());
                INFO(str(streamed.error->toString()));
                CHECK(streamed.errorLine == errorLine);
                CHECK(streamed.error->message.startsWith(QStringLiteral("Line %1:").arg(errorLine)));
            } else {
                if (streamed.error)
                    FAIL(str(streamed.error->toString()));
                CHECK(streamed.bytesRead == fileSize);
            }
        }
    }
}

TEST_CASE("Chinese and Japanese text in legacy encodings is guessed right", "[csv][encoding]")
{
    struct Sample {
        const char *encoding;
        const char16_t *text;
    };
    const Sample samples[] = {
        // Simplified Chinese, GBK: sentences, names, addresses, punctuation.
        {"GB18030", u"我们下周二上午十点在公司会议室讨论新产品的价格和交货时间。"},
        {"GB18030", u"客户姓名,手机号码,公司名称,地址\n张伟,13812345678,北京华远科技有限公司,北京市朝阳区建国路88号\n"
                    u"王芳,13987654321,上海东方贸易有限公司,上海市浦东新区世纪大道100号\n"},
        {"GB18030", u"李娜\n刘洋\n陈静\n杨帆\n赵磊\n黄丽\n周杰\n吴敏\n"},
        {"GB18030", u"备注：客户希望尽快发货，请销售部门跟进，并在月底前确认付款方式。"},
        {"GB18030", u"浙江省杭州市西湖区文三路478号华星时代广场A座12楼"},
        {"GB18030", u"张三"},
        // Traditional Chinese, Big5.
        {"Big5", u"我們下週二上午十點在公司會議室討論新產品的價格與交貨時間。"},
        {"Big5", u"客戶名稱,電話,地址\n陳大文,0912-345-678,台北市信義區市府路45號\n林美玲,0922-111-222,高雄市前鎮區中山二路2號\n"},
        {"Big5", u"王小明\n張家豪\n黃淑芬\n李志偉\n"},
        {"Big5", u"備註：客戶希望儘快出貨，請業務部門跟進。"},
        {"Big5", u"陳大文"},
        // Japanese, Shift_JIS.
        {"Shift_JIS", u"来週の火曜日の午前十時に会議室で新製品の価格について話し合いましょう。"},
        {"Shift_JIS", u"氏名,電話番号,会社名,住所\n山田太郎,03-1234-5678,株式会社サンプル,東京都千代田区丸の内1-1-1\n"
                      u"佐藤花子,06-9876-5432,大阪商事株式会社,大阪府大阪市北区梅田2-2-2\n"},
        {"Shift_JIS", u"山田太郎\n鈴木一郎\n高橋美咲\n田中健\n"},
        {"Shift_JIS", u"お世話になっております。見積書を添付いたしますので、ご確認ください。"},
    };
    for (const Sample &sample : samples) {
        const QString text = QString::fromUtf16(sample.text);
        const QByteArray bytes = encode(sample.encoding, text);
        INFO(sample.encoding << ": " << str(text));
        const EncodingGuess guess = TextEncoding::detect(bytes, true);
        INFO("candidates " << Catch::Detail::stringify(strs(guess.candidates)));
        CHECK(str(guess.name) == sample.encoding);
        CHECK_FALSE(guess.bom);
        CHECK(guess.candidates.value(0) == guess.name);

        // Decoding with the guess gives back the text.
        TextDecoder decoder(guess.name);
        QString decoded;
        CHECK(decoder.decode(bytes, decoded, true));
        CHECK(str(decoded) == str(text));
    }
}

TEST_CASE("A character cut at the end of a partial sample does not disqualify its encoding", "[csv][encoding]")
{
    const QString text = QStringLiteral("客户姓名,手机号码,公司名称,地址\n张伟,13812345678,北京华远科技有限公司,北京市朝阳区建国路88号\n");
    for (const char *encoding : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
        const QByteArray bytes = encode(encoding, text);
        for (qsizetype cut = bytes.size() / 2; cut < bytes.size(); ++cut) {
            INFO(encoding << " cut at " << cut);
            const EncodingGuess guess = TextEncoding::detect(bytes.first(cut), false);
            CHECK(str(guess.name) == encoding);
        }
    }
    // UTF-8 too; and as a whole file, a cut character is an error.
    const QByteArray utf8 = text.toUtf8();
    const qsizetype inside = utf8.indexOf("\xE5\xAE\xA2") + 1; // inside 客
    CHECK(str(TextEncoding::detect(utf8.first(inside), false).name) == "UTF-8");
    CHECK_FALSE(TextEncoding::detect(utf8.first(inside), true).candidates.contains("UTF-8"));
    const QByteArray gbk = encode("GB18030", text);
    CHECK_FALSE(TextEncoding::detect(gbk.first(gbk.size() - 2), true).candidates.contains("GB18030"));
}

TEST_CASE("Byte order marks, UTF-16 without BOM, ASCII and Western text", "[csv][encoding]")
{
    const QString text = QStringLiteral("Name,城市\n张伟,北京\n");

    EncodingGuess g = TextEncoding::detect(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), true);
    CHECK(str(g.name) == "UTF-8");
    CHECK(g.bom);
    CHECK(g.bomLength == 3);

    g = TextEncoding::detect(QByteArray("\xFF\xFE") + encode("UTF-16LE", text), true);
    CHECK(str(g.name) == "UTF-16LE");
    CHECK(g.bomLength == 2);

    g = TextEncoding::detect(QByteArray("\xFE\xFF") + encode("UTF-16BE", text), true);
    CHECK(str(g.name) == "UTF-16BE");
    CHECK(g.bomLength == 2);

    // No BOM: the NUL bytes of the ASCII characters give the byte order away,
    // even though pure-ASCII UTF-16 is also valid UTF-8.
    g = TextEncoding::detect(encode("UTF-16LE", text), true);
    CHECK(str(g.name) == "UTF-16LE");
    CHECK_FALSE(g.bom);
    CHECK(str(TextEncoding::detect(encode("UTF-16BE", text), true).name) == "UTF-16BE");
    CHECK(str(TextEncoding::detect(encode("UTF-16LE", QStringLiteral("a,b\n1,2\n")), true).name) == "UTF-16LE");

    // ASCII is UTF-8, but the others stay candidates: the rest of the file may differ.
    g = TextEncoding::detect("name,phone\nZhang,138\n", true);
    CHECK(str(g.name) == "UTF-8");
    CHECK(g.candidates.contains("GB18030"));

    CHECK(str(TextEncoding::detect(text.toUtf8(), true).name) == "UTF-8");
    CHECK(str(TextEncoding::detect(QByteArrayView(), true).name) == "UTF-8");

    g = TextEncoding::detect(encode("windows-1252", QStringLiteral("Name;Stadt\nMüller;Köln\nGarçon;Besançon\n")), true);
    CHECK(str(g.name) == "windows-1252");

    // Random high bytes that no encoding reads cleanly except the Latin one.
    g = TextEncoding::detect("\x81\x8D\x8F", true);
    CHECK(g.name.isEmpty());
    CHECK(g.candidates.isEmpty());
}

TEST_CASE("Every supported encoding decodes and has a label", "[csv][encoding]")
{
    const QList<QByteArray> supported = TextEncoding::supported();
    CHECK(strs(supported) == std::vector<std::string>{"UTF-8", "GB18030", "Big5", "Shift_JIS", "UTF-16LE", "UTF-16BE", "windows-1252"});
    QStringList labels;
    for (const QByteArray &name : supported) {
        CHECK(TextDecoder(name).isValid());
        labels.append(TextEncoding::label(name));
        CHECK(labels.constLast() != QString::fromLatin1(name));
    }
    labels.removeDuplicates();
    CHECK(labels.size() == supported.size());
    CHECK_FALSE(TextDecoder("no-such-encoding").isValid());
}

TEST_CASE("Chunk borders inside a quoted newline, a multibyte character and a CRLF", "[csv][chunks]")
{
    // Every possible border: the stream must give the same records for each chunk size.
    const QString text = QStringLiteral("姓名,备注\r\n张伟,\"第一行\r\n第二行\"\r\n王芳,\"a \"\"b\"\"\"\r\n李娜,😀最后\r\n");
    const QList<Expected> expected = {
        {1, {QStringLiteral("姓名"), QStringLiteral("备注")}},
        {2, {QStringLiteral("张伟"), QStringLiteral("第一行\n第二行")}},
        {4, {QStringLiteral("王芳"), QStringLiteral("a \"b\"")}},
        {5, {QStringLiteral("李娜"), QStringLiteral("😀最后")}},
    };
    for (const char *encoding : {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"}) {
        const QByteArray bytes = encode(encoding, text);
        for (qsizetype chunk = 1; chunk <= bytes.size(); ++chunk) {
            INFO(encoding << ", chunk size " << chunk);
            const Streamed s = streamBytes(bytes, encoding, u',', chunk);
            CHECK_FALSE(s.error.has_value());
            checkRecords(s.records, expected);
        }
    }

    // The named borders, explicitly: the first chunk ends just inside each.
    const QByteArray utf8 = text.toUtf8();
    const qsizetype insideQuotedNewline = utf8.indexOf("\r\n\xE7\xAC\xAC\xE4\xBA\x8C") + 1; // between CR and LF in quotes
    const qsizetype insideCharacter = utf8.indexOf("\xF0\x9F\x98\x80") + 2;               // half of 😀
    const qsizetype insideCrlf = utf8.indexOf("\r\n") + 1;                                // after the first CR
    for (const qsizetype chunk : {insideQuotedNewline, insideCharacter, insideCrlf}) {
        INFO("chunk size " << chunk);
        const Streamed s = streamBytes(utf8, "UTF-8", u',', chunk);
        CHECK_FALSE(s.error.has_value());
        checkRecords(s.records, expected);
    }
}

TEST_CASE("A leading BOM is skipped whether or not the device is past it", "[csv]")
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("名称,值\n甲,1\n").toUtf8();
    const Streamed fromStart = streamBytes(bytes, "UTF-8", u',', 2);
    REQUIRE(fromStart.records.size() == 2);
    CHECK(str(fromStart.records[0].fields[0]) == "名称");

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    REQUIRE(buffer.seek(3));
    const Streamed afterBom = streamAll(&buffer, "UTF-8", u',', 64);
    CHECK(fieldsOf(afterBom.records) == fieldsOf(fromStart.records));
}

TEST_CASE("An undecodable byte stops the stream with its line, records before it arrive", "[csv][encoding]")
{
    // 0xFF on line 4, inside a quoted field that began on line 3.
    const QByteArray bytes = QByteArray("name,note\n") + QStringLiteral("张伟,好\n王芳,\"第一行\n").toUtf8()
            + QByteArray("bad \xFF byte\"\nLi,ok\n");
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), CsvStream::DefaultChunkSize}) {
        INFO("chunk size " << chunk);
        const Streamed s = streamBytes(bytes, "UTF-8", u',', chunk);
        REQUIRE(s.records.size() == 2);
        CHECK(s.records[1].line == 2);
        REQUIRE(s.error.has_value());
        CHECK(s.errorLine == 4);
        CHECK(s.error->message.startsWith(QStringLiteral("Line 4:")));
        CHECK(s.error->message.contains(QStringLiteral("UTF-8")));
        CHECK(s.error->detail.contains(QStringLiteral("FF")));
        CHECK(s.error->detail.contains(QString::number(bytes.indexOf('\xFF'))));
        for (const CsvRecord &r : s.records)
            for (const QString &f : r.fields)
                CHECK_FALSE(f.contains(QChar(QChar::ReplacementCharacter)));
    }

    // A character cut off by the end of the file is an error on the last line.
    const QByteArray cut = QStringLiteral("a,b\n张,伟").toUtf8().chopped(1);
    const Streamed s = streamBytes(cut, "UTF-8", u',', 3);
    CHECK(s.records.size() == 1);
    CHECK(s.errorLine == 2);

    // GB18030: a lone lead byte before a comma.
    const Streamed g = streamBytes(encode("GB18030", QStringLiteral("名称\n张伟\n")) + QByteArray("\x81,x\n"), "GB18030", u',', 4);
    CHECK(g.records.size() == 2);
    CHECK(g.errorLine == 3);
}

TEST_CASE("An unclosed quote is reported at its line, also when the record grows too long", "[csv]")
{
    const Streamed s = streamBytes("a,b\n1,\"open\n2,3\n", "UTF-8", u',', 5);
    CHECK(s.records.size() == 1);
    CHECK(s.errorLine == 2);

    // Without a limit the rest of a huge file would pile up in one field.
    QByteArray big = "a,b\nx,y\n1,\"never closed\n";
    big.append(QByteArray(3 * CsvStream::MaxRecordLength, 'z'));
    big.append("\nmore\n");
    const Streamed t = streamBytes(big, "UTF-8", u',', CsvStream::DefaultChunkSize);
    CHECK(t.records.size() == 2);
    CHECK(t.errorLine == 3);
    CHECK(t.bytesRead < big.size()); // stopped early
}

TEST_CASE("A 200,000-row file streams to its last record", "[csv][large]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    constexpr int rows = 200000;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("编号,姓名,电话,备注\r\n").toUtf8());
        for (int i = 1; i <= rows; ++i) {
            const QString line = QStringLiteral("%1,客户%1,138%2,\"备注 %1, 第二部分\"\r\n").arg(i).arg(i, 8, 10, QLatin1Char('0'));
            file.write(line.toUtf8());
        }
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvStream stream(&file, "UTF-8", u',');
    CsvRecord record;
    CsvRecord last;
    qint64 count = 0;
    while (stream.next(record)) {
        ++count;
        last = std::move(record);
    }
    if (stream.error())
        FAIL(str(stream.error()->toString()));
    CHECK(count == rows + 1);
    CHECK(last.line == rows + 1);
    CHECK(last.number == rows + 1);
    CHECK(strs(last.fields) == strs(QStringList{QStringLiteral("200000"), QStringLiteral("客户200000"), QStringLiteral("13800200000"),
                                     QStringLiteral("备注 200000, 第二部分")}));
    CHECK(stream.bytesRead() == file.size());

    const Result<CsvSniff> sniff = sniffCsv(path);
    REQUIRE(sniff.ok());
    CHECK(sniff->preview.size() == CsvPreviewRecords);
    CHECK(sniff->preview.constLast().line == CsvPreviewRecords + 1);
}

TEST_CASE("sniffCsv refuses workbooks, empty files and unknown encodings with advice", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto write = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    Result<CsvSniff> r = sniffCsv(write("book.csv", QByteArray("PK\x03\x04\x14\x00", 6) + QByteArray(100, 'x')));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("CSV UTF-8")));
    CHECK(r.error().message.contains(QStringLiteral("book.csv")));

    r = sniffCsv(write("empty.csv", {}));
    REQUIRE_FALSE(r.ok());

    r = sniffCsv(write("junk.csv", "\x81\x8D\x8F"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("CSV UTF-8")));

    r = sniffCsv(dir.filePath(QStringLiteral("missing.csv")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("missing.csv")));

    r = sniffCsv(write("ok.csv", "a,b\n1,2\n"), "klingon");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("klingon")));

    // The user's choice wins over the guess, and the guesses stay on offer.
    r = sniffCsv(write("gbk.csv", encode("GB18030", QStringLiteral("姓名,电话\n张伟,138\n"))), "Big5");
    REQUIRE(r.ok());
    CHECK(str(r->encoding.name) == "Big5");
    CHECK(str(r->encoding.candidates.value(0)) == "GB18030");
}
