// vCard reading and writing. The golden files in tests/data/import/vcard are
// read one by one: NAME.vcf must give what NAME.expected.json describes (see
// the README there). Then the writer: exact output, folding, round trips.
#include <catch2/catch.hpp>

#include "formats/vcard.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace guanxi;

namespace {

const QString VCardData = QStringLiteral(GUANXI_TEST_DATA "/import/vcard");

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

void putList(QJsonObject &o, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(QLatin1StringView(key), QJsonArray::fromStringList(values));
}

QJsonArray typedJson(const QList<VCardTyped> &items)
{
    QJsonArray out;
    for (const VCardTyped &t : items) {
        QJsonObject o;
        putText(o, "value", t.value);
        putList(o, "types", t.types);
        putText(o, "label", t.label);
        out << o;
    }
    return out;
}

// The same shape as the .expected.json files: empty fields are left out.
QJsonObject contactJson(const VCardContact &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("line"), c.line);
    putText(o, "version", c.version);
    putText(o, "fn", c.formattedName);
    const QStringList n = {c.familyName, c.givenName, c.additionalNames, c.prefixes, c.suffixes};
    if (!n.join(QString()).isEmpty())
        putList(o, "n", n);
    putText(o, "org", c.organization);
    putList(o, "orgUnits", c.orgUnits);
    putText(o, "title", c.title);
    if (!c.phones.isEmpty())
        o.insert(QStringLiteral("tel"), typedJson(c.phones));
    if (!c.emails.isEmpty())
        o.insert(QStringLiteral("email"), typedJson(c.emails));
    QJsonArray addresses;
    for (const VCardAddress &a : c.addresses) {
        QJsonObject ao;
        putText(ao, "poBox", a.poBox);
        putText(ao, "extended", a.extended);
        putText(ao, "street", a.street);
        putText(ao, "city", a.city);
        putText(ao, "region", a.region);
        putText(ao, "postalCode", a.postalCode);
        putText(ao, "country", a.country);
        putList(ao, "types", a.types);
        putText(ao, "label", a.label);
        addresses << ao;
    }
    if (!addresses.isEmpty())
        o.insert(QStringLiteral("adr"), addresses);
    if (c.birthday.isValid())
        o.insert(QStringLiteral("bday"), c.birthday.toString(Qt::ISODate));
    putText(o, "bdayText", c.birthdayText);
    putText(o, "note", c.note);
    putList(o, "categories", c.categories);
    putText(o, "uid", c.uid);
    return o;
}

std::string contactsJson(const QList<VCardContact> &contacts)
{
    QJsonArray array;
    for (const VCardContact &c : contacts)
        array << contactJson(c);
    return QJsonDocument(array).toJson().toStdString();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("vCard golden files read as their .expected.json says", "[vcard]")
{
    const QStringList files =
        QDir(VCardData).entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 20);
    for (const QString &file : files) {
        const QString base = file.chopped(4);
        INFO("file: " << file.toStdString());
        QJsonParseError jsonError;
        const QJsonObject expected =
            QJsonDocument::fromJson(
                readBytes(VCardData + u'/' + base + QStringLiteral(".expected.json")), &jsonError)
                .object();
        REQUIRE(jsonError.error == QJsonParseError::NoError);

        const Result<VCardFile> read = VCardReader::read(VCardData + u'/' + file);
        if (expected.contains(QStringLiteral("error"))) {
            REQUIRE_FALSE(read.ok());
            INFO("message: " << read.error().message.toStdString());
            CHECK(
                read.error().message.contains(expected.value(QStringLiteral("error")).toString()));
            continue;
        }
        INFO("error: " << (read.ok() ? std::string() : read.error().message.toStdString()));
        REQUIRE(read.ok());
        INFO("warnings: " << read->warnings.join(u'\n').toStdString());
        CHECK(read->warnings.size() == expected.value(QStringLiteral("warnings")).toInt());
        const std::string want = QJsonDocument(expected.value(QStringLiteral("contacts")).toArray())
                                     .toJson()
                                     .toStdString();
        CHECK(contactsJson(read->contacts) == want);
    }
}

TEST_CASE("vCard warnings and errors say where", "[vcard]")
{
    const Result<VCardFile> multi = VCardReader::read(VCardData + QStringLiteral("/multi.vcf"));
    REQUIRE(multi.ok());
    REQUIRE(multi->warnings.size() == 4);
    CHECK(multi->warnings[0].startsWith(QStringLiteral("Line 1 ")));
    CHECK(multi->warnings[1].startsWith(QStringLiteral("Line 15 ")));
    CHECK(multi->warnings[2].startsWith(QStringLiteral("Line 23 ")));
    CHECK(multi->warnings[3].startsWith(QStringLiteral("Line 28 ")));

    const Result<VCardFile> missing =
        VCardReader::read(VCardData + QStringLiteral("/no-such-file.vcf"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("no-such-file.vcf")));

    // A value that is not UTF-8 is kept as far as it decodes, with a warning
    // naming its line and its card's; unknown properties are never decoded.
    const QByteArray bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Li;Na\r\nFN:Li\xE7\x8E Na\r\nEND:VCARD\r\n";
    const Result<VCardFile> lenient = VCardReader::parse(bad);
    REQUIRE(lenient.ok());
    REQUIRE(lenient->contacts.size() == 1);
    CHECK(lenient->contacts.first().formattedName == u"Li Na");
    REQUIRE(lenient->warnings.size() == 1);
    CHECK(lenient->warnings.first().startsWith(QStringLiteral("Line 4, in the card that starts on line 1:")));
    CHECK(lenient->warnings.first().contains(QStringLiteral("“Li Na”")));
    const QByteArray ignored =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nX-FOO:\xE7\x8E\r\nEND:VCARD\r\n";
    REQUIRE(VCardReader::parse(ignored).ok());
    CHECK(VCardReader::parse(ignored)->warnings.isEmpty());
}

TEST_CASE("One odd card never refuses a vCard file", "[vcard]")
{
    // Base64 that is not base64, in a kept value: the value goes, the card stays.
    const QByteArray base64 =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kept\r\nNOTE;ENCODING=b:!!!not base64\r\nEND:VCARD\r\n";
    const Result<VCardFile> read = VCardReader::parse(base64);
    REQUIRE(read.ok());
    REQUIRE(read->contacts.size() == 1);
    CHECK(read->contacts.first().formattedName == u"Kept");
    CHECK(read->contacts.first().note.isEmpty());
    REQUIRE(read->warnings.size() == 1);
    CHECK(read->warnings.first().startsWith(QStringLiteral("Line 4, in the card that starts on line 1:")));

    // A GBK value whose card says UTF-8 keeps the bytes that decode.
    const QByteArray gbkInUtf8 = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Wang\r\nORG;CHARSET=UTF-8:\xB1\xB1 Co\r\n"
                                 "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Next\r\nEND:VCARD\r\n";
    const Result<VCardFile> two = VCardReader::parse(gbkInUtf8);
    REQUIRE(two.ok());
    REQUIRE(two->contacts.size() == 2);
    CHECK(two->contacts.first().organization == u"Co");
    CHECK(two->contacts.last().formattedName == u"Next");
}

TEST_CASE("vCard writer output is exact for a small contact", "[vcard]")
{
    VCardContact c;
    c.formattedName = QStringLiteral("王小明");
    c.familyName = QStringLiteral("王");
    c.givenName = QStringLiteral("小明");
    c.organization = QStringLiteral("Acme, Inc.");
    c.phones = {
        {QStringLiteral("+8613800138000"), {QStringLiteral("pref"), QStringLiteral("cell")}, {}},
        {QStringLiteral("010 6512 3456"), {QStringLiteral("work")}, QStringLiteral("总机")}};
    c.emails = {{QStringLiteral("wang@example.com"), {QStringLiteral("work")}, {}}};
    c.birthday = QDate(1985, 4, 12);
    c.note = QStringLiteral("a;b\nc\\d");

    CHECK(VCardWriter::write({c}, VCardVersion::V30).toStdString() ==
          "BEGIN:VCARD\r\n"
          "VERSION:3.0\r\n"
          "PRODID:-//Guanxi//Guanxi CRM//EN\r\n"
          "FN:\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E\r\n"
          "N:\xE7\x8E\x8B;\xE5\xB0\x8F\xE6\x98\x8E;;;\r\n"
          "ORG:Acme\\, Inc.\r\n"
          "TEL;TYPE=pref,cell:+8613800138000\r\n"
          "item1.TEL;TYPE=work:010 6512 3456\r\n"
          "item1.X-ABLabel:\xE6\x80\xBB\xE6\x9C\xBA\r\n"
          "EMAIL;TYPE=work:wang@example.com\r\n"
          "BDAY:1985-04-12\r\n"
          "NOTE:a\\;b\\nc\\\\d\r\n"
          "END:VCARD\r\n");
    CHECK(VCardWriter::write({c}, VCardVersion::V40).toStdString() ==
          "BEGIN:VCARD\r\n"
          "VERSION:4.0\r\n"
          "PRODID:-//Guanxi//Guanxi CRM//EN\r\n"
          "FN:\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E\r\n"
          "N:\xE7\x8E\x8B;\xE5\xB0\x8F\xE6\x98\x8E;;;\r\n"
          "ORG:Acme\\, Inc.\r\n"
          "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+8613800138000\r\n"
          "item1.TEL;TYPE=work:010 6512 3456\r\n"
          "item1.X-ABLabel:\xE6\x80\xBB\xE6\x9C\xBA\r\n"
          "EMAIL;TYPE=work:wang@example.com\r\n"
          "BDAY:19850412\r\n"
          "NOTE:a\\;b\\nc\\\\d\r\n"
          "END:VCARD\r\n");
}

TEST_CASE("vCard writer folds at 75 octets between characters", "[vcard]")
{
    VCardContact c;
    c.formattedName = QStringLiteral("折行");
    // 1 + 3n octets: every fold position would split a character if counted blindly.
    c.note = QStringLiteral("x") + QString(200, QChar(0x4E2D)) + QStringLiteral("\n") +
             QString(100, u'a');
    const QByteArray out = VCardWriter::write({c}, VCardVersion::V30);
    CHECK_FALSE(out.contains("\n\n"));
    CHECK(out.count("\n") == out.count("\r\n"));
    QList<QByteArray> lines = out.split('\n');
    REQUIRE(lines.takeLast().isEmpty());
    int continuations = 0;
    for (QByteArray line : lines) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
        CHECK(line.size() <= 75);
        if (line.startsWith(' ')) {
            ++continuations;
            line.remove(0, 1);
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8(line);
        CHECK_FALSE(utf8.hasError()); // no physical line ends or starts inside a character
    }
    CHECK(continuations >= 8);
    const Result<VCardFile> back = VCardReader::parse(out);
    REQUIRE(back.ok());
    REQUIRE(back->contacts.size() == 1);
    CHECK(back->contacts.first().note == c.note);
}

TEST_CASE("vCard writer output reads back the same, 3.0 and 4.0", "[vcard]")
{
    VCardContact a;
    a.formattedName = QStringLiteral("欧阳娜娜, \"Nana\"; 销售\\总监");
    a.familyName = QStringLiteral("欧阳");
    a.givenName = QStringLiteral("娜娜");
    a.additionalNames = QStringLiteral("A,B");
    a.prefixes = QStringLiteral("Ms.");
    a.suffixes = QStringLiteral("Jr.;Sr.");
    a.organization = QStringLiteral("北京关系科技有限公司; Beijing");
    a.orgUnits = {QStringLiteral("销售部"), QStringLiteral("华北, 区")};
    a.title = QStringLiteral("总监");
    a.phones = {{QStringLiteral("+86 138 0013 8000"),
                 {QStringLiteral("cell"), QStringLiteral("voice"), QStringLiteral("pref")},
                 {}},
                {QStringLiteral("+861065123456"), {QStringLiteral("work")}, {}},
                {QStringLiteral("010-6512,3457;ext"),
                 {QStringLiteral("fax")},
                 QStringLiteral("传真, 总部")},
                {QStringLiteral("13900000000"), {}, {}}};
    a.emails = {
        {QStringLiteral("nana@example.com"), {QStringLiteral("work"), QStringLiteral("pref")}, {}},
        {QStringLiteral("ouyang@example.cn"), {QStringLiteral("home")}, QStringLiteral("私人")}};
    a.addresses = {{QStringLiteral("PO 1"),
                    QStringLiteral("3层"),
                    QStringLiteral("建国门外大街1号, 国贸; A座"),
                    QStringLiteral("北京"),
                    QStringLiteral("北京市"),
                    QStringLiteral("100022"),
                    QStringLiteral("中国"),
                    {QStringLiteral("work")},
                    {}},
                   {{},
                    {},
                    QStringLiteral("第二行\n第三行"),
                    QStringLiteral("上海"),
                    {},
                    {},
                    {},
                    {},
                    QStringLiteral("Home")}};
    a.birthday = QDate(1990, 2, 28);
    a.birthdayText = QStringLiteral("1990-02-28");
    a.note = QStringLiteral("第一行\n第二行, 有逗号; 有分号\\ 反斜杠 \\n 不是换行\n") +
             QString(120, QChar(0x5173));
    a.categories = {QStringLiteral("重要客户"), QStringLiteral("VIP, gold"), QStringLiteral("a;b")};
    a.uid = QStringLiteral("guanxi-42,x");

    VCardContact b;
    b.formattedName = QStringLiteral("Li Lei");
    b.birthdayText = QStringLiteral("--0412");
    b.emails = {{QStringLiteral("li@example.com"), {QStringLiteral("internet")}, {}}};

    for (const VCardVersion version : {VCardVersion::V30, VCardVersion::V40}) {
        const bool v4 = version == VCardVersion::V40;
        INFO("version " << (v4 ? "4.0" : "3.0"));
        const QByteArray out = VCardWriter::write({a, b}, version);
        const Result<VCardFile> back = VCardReader::parse(out);
        INFO(out.toStdString());
        REQUIRE(back.ok());
        CHECK(back->warnings.isEmpty());
        REQUIRE(back->contacts.size() == 2);
        QList<VCardContact> want = {a, b};
        for (qsizetype i = 0; i < want.size(); ++i) {
            want[i].line = back->contacts[i].line;
            want[i].version = v4 ? QStringLiteral("4.0") : QStringLiteral("3.0");
        }
        if (v4)
            want[0].birthdayText =
                QStringLiteral("19900228"); // 4.0 writes dates in the basic format
        CHECK(back->contacts[0].line == 1);
        CHECK(contactsJson(back->contacts) == contactsJson(want));
        CHECK(back->contacts == want);
        // Written again, it is byte for byte the same.
        CHECK(VCardWriter::write(back->contacts, version) == out);
    }
}

TEST_CASE("vCard writer fills in what readers require", "[vcard]")
{
    VCardContact c;
    c.familyName = QStringLiteral("张");
    c.givenName = QStringLiteral("三");
    c.note =
        QStringLiteral("bell\x07 and tab\t"); // control characters but tab are not allowed in vCard
    const QByteArray out = VCardWriter::write({c}, VCardVersion::V40);
    CHECK(out.contains("\r\nFN:\xE5\xBC\xA0\xE4\xB8\x89\r\n"));
    CHECK(out.contains("\r\nNOTE:bell and tab\t\r\n"));
    CHECK(out.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));

    VCardContact empty;
    empty.organization = QStringLiteral("Acme");
    const QByteArray v3 = VCardWriter::write({empty}, VCardVersion::V30);
    CHECK(v3.contains("\r\nFN:Acme\r\nN:;;;;\r\n"));
    CHECK(VCardWriter::write({}, VCardVersion::V30).isEmpty());
}

TEST_CASE("vCard values in odd shapes seen in the wild", "[vcard]")
{
    // Found by fuzzing: components after the seventh are not part of ADR.
    const Result<VCardFile> adr = VCardReader::parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n"
                                                     "ADR:;;1 Road;City;;100;CN;extra;more\r\n"
                                                     "ADR:;;;;;;;only extra\r\nEND:VCARD\r\n");
    REQUIRE(adr.ok());
    REQUIRE(adr->contacts.first().addresses.size() == 1);
    CHECK(adr->contacts.first().addresses.first().street == u"1 Road");
    CHECK(adr->contacts.first().addresses.first().country == u"CN");

    // Outlook 2.1 separates categories with ';'.
    const Result<VCardFile> categories =
        VCardReader::parse("BEGIN:VCARD\r\nVERSION:2.1\r\nCATEGORIES:A;B,C\r\nEND:VCARD\r\n");
    REQUIRE(categories.ok());
    CHECK(categories->contacts.first().categories ==
          QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    // Classic Mac OS line ends.
    const Result<VCardFile> mac =
        VCardReader::parse("BEGIN:VCARD\rVERSION:3.0\rFN:Mac\r\tOS\rEND:VCARD\r");
    REQUIRE(mac.ok());
    REQUIRE(mac->contacts.size() == 1);
    CHECK(mac->contacts.first().formattedName == u"MacOS");

    // Found by fuzzing: an Apple label with a tab inside its brackets is
    // trimmed like any value, so it reads back as it is written.
    const Result<VCardFile> label = VCardReader::parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n"
                                                       "item1.TEL:123\r\nitem1.X-ABLabel:_$!<Ho)m\t>!$_\r\nEND:VCARD\r\n");
    REQUIRE(label.ok());
    REQUIRE(label->contacts.first().phones.size() == 1);
    CHECK(label->contacts.first().phones.first().label == u"Ho)m");
    const Result<VCardFile> back = VCardReader::parse(VCardWriter::write(label->contacts, VCardVersion::V30));
    REQUIRE(back.ok());
    CHECK(back->contacts.first().phones == label->contacts.first().phones);
}

TEST_CASE("A stray U+FEFF inside a vCard value is dropped, so writing and reading agree", "[vcard]")
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:\xEF\xBB\xBF\xE5\xBC\xA0;\xE4\xBC\x9F;;;\r\n"
                            "FN:\xE5\xBC\xA0\xEF\xBB\xBF\xE4\xBC\x9F\r\nEND:VCARD\r\n";
    auto file = guanxi::VCardReader::parse(card);
    REQUIRE(file.ok());
    REQUIRE(file->contacts.size() == 1);
    CHECK(file->contacts.first().familyName == QStringLiteral("张"));
    CHECK(file->contacts.first().formattedName == QStringLiteral("张伟"));
    const QByteArray written = guanxi::VCardWriter::write(file->contacts, guanxi::VCardVersion::V40);
    CHECK_FALSE(written.contains("\xEF\xBB\xBF"));
    auto again = guanxi::VCardReader::parse(written);
    REQUIRE(again.ok());
    CHECK(again->contacts.first().familyName == QStringLiteral("张"));
}

TEST_CASE("A vCard file read a card at a time gives what reading it whole gives, across every chunk edge",
          "[vcard]")
{
    // The file is read 64 KiB at a time. Line 5 is as long as needs be for its
    // CR to be the last byte of the first chunk; then enough cards follow,
    // each with a fold and a quoted-printable soft break, for later chunk
    // edges to fall inside folds, soft breaks and multi-byte characters.
    const qsizetype chunk = 1 << 16;
    QByteArray head = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:长备注\r\nNOTE:";
    QByteArray text = head + QByteArray(chunk - 1 - head.size(), 'x') + "\r\nEND:VCARD\r\n";
    REQUIRE(text.at(chunk - 1) == '\r');
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("BEGIN:VCARD\r\nVERSION:2.1\r\nN:张;伟%1\r\nFN:张伟%1\r\n"
                               "ORG:华信科技有限公司 第%1号分公司，专门负责华东地区的销售与售后服务工\r\n 作\r\n"
                               "TEL;CELL:138%2\r\n"
                               "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=AC=AC=\r\n=E4=B8=80=E6=AC=A1\r\n"
                               "END:VCARD\r\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .toUtf8();
    const Result<VCardFile> whole = VCardReader::parse(text);
    REQUIRE(whole.ok());
    REQUIRE(whole->contacts.size() == 3001);
    CHECK(whole->contacts.at(0).note.size() == chunk - 1 - head.size());
    CHECK(whole->contacts.at(2999).organization.endsWith(QStringLiteral("售后服务工作")));
    CHECK(whole->contacts.at(2999).note == QStringLiteral("第一次"));

    QTemporaryDir dir;
    auto streamed = [&](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("big.vcf"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QList<VCardContact> contacts;
        double lastProgress = 0;
        auto read = VCardReader::read(
            path,
            [&](VCardContact &&c) {
                contacts << std::move(c);
                return true;
            },
            [&](double p) { lastProgress = p; });
        REQUIRE(read.ok());
        CHECK(lastProgress > 0.5);
        return contacts;
    };
    CHECK(streamed(text) == whole->contacts);

    // UTF-16 with a BOM, a surrogate pair on the first chunk edge.
    QString wide = QString::fromUtf8(text);
    const qsizetype at = (chunk - 2) / 2 - 1;   // code units: BOM, then text
    wide.insert(at, QStringLiteral("😀"));
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    QByteArray bytes = QByteArray("\xFF\xFE") + QByteArray(utf16(wide));
    REQUIRE(QChar::isHighSurrogate(char16_t(uchar(bytes.at(chunk - 2)) | uchar(bytes.at(chunk - 1)) << 8)));
    const QList<VCardContact> fromUtf16 = streamed(bytes);
    REQUIRE(fromUtf16.size() == 3001);
    CHECK(fromUtf16.at(0).note.contains(QStringLiteral("😀")));
    CHECK(fromUtf16.mid(1) == whole->contacts.mid(1));

    // Stopping after the first card stops the reading.
    const QString path = dir.filePath(QStringLiteral("big.vcf"));
    int seen = 0;
    REQUIRE(VCardReader::read(path, [&](VCardContact &&) { return ++seen < 2; }).ok());
    CHECK(seen == 2);
}

TEST_CASE("A UTF-16 vCard cut off in the middle of a character is refused", "[vcard]")
{
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray whole = QByteArray("\xFF\xFE") + QByteArray(utf16(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                                                      "FN:张伟\r\nEND:VCARD\r\n")));
    REQUIRE(VCardReader::parse(whole).ok());
    const Result<VCardFile> cut = VCardReader::parse(whole.chopped(1));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().message.contains(QStringLiteral("UTF-16")));
}
