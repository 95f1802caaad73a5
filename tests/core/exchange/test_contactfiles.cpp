// Contact files as phones, mail programs and office suites export them
// (tests/data/contacts, one fixture per kind, each with the people it must
// give in <file>.expected.json), imported through ImportSource and
// CustomerImport into a real Guanxi file with no mapping by hand.
#include "corehelpers.h"

#include "customers/customerstore.h"
#include "exchange/customerimport.h"
#include "exchange/importsource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <iostream>

using namespace guanxi;
using namespace guanxi::test;

namespace {

const QString ContactData = QStringLiteral(GUANXI_TEST_DATA "/contacts");

QStringList fixtures()
{
    QStringList out = QDir(ContactData).entryList(QDir::Files, QDir::Name);
    out.removeIf([](const QString &f) { return f.endsWith(QStringLiteral(".json")) || f.endsWith(QStringLiteral(".md")); });
    return out;
}

QJsonObject expectedFor(const QString &file)
{
    QFile f(ContactData + u'/' + file + QStringLiteral(".expected.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    return o;
}

// "label|value" per phone or e-mail, in the customer's order.
QStringList pairs(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v[0].toString() + u'|' + v[1].toString();
    return out;
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

// What one fixture gave: the file as a whole and each person, as the
// measurement counts them.
struct Outcome {
    bool fileRead = false;
    int people = 0;
    int intact = 0;      // found by name, with the expected company, phones, e-mails, tags
    QStringList misses;  // what differed, for the failure message
};

struct Person {
    QString name, kind, company, jobTitle;
    QStringList phones, emails, tags;
};

Person personFrom(CustomerStore &store, const Customer &c)
{
    Person p{c.name, c.kind == CustomerKind::Company ? QStringLiteral("company") : QStringLiteral("person"), {},
             c.jobTitle, {}, {}, c.tags};
    p.tags.sort();
    if (c.companyId)
        p.company = store.get(c.companyId)->name;
    for (const Phone &ph : c.phones)
        p.phones << ph.label + u'|' + ph.raw;
    for (const Email &e : c.emails)
        p.emails << e.label + u'|' + e.address;
    return p;
}

QString describe(const Person &p)
{
    return QStringLiteral("%1 [%2] company=%3 title=%4 phones=(%5) emails=(%6) tags=(%7)")
        .arg(p.name, p.kind, p.company, p.jobTitle, p.phones.join(u", "), p.emails.join(u", "), p.tags.join(u", "));
}

Outcome importFixture(const QString &file, const QJsonObject &expected)
{
    Outcome out;
    TestDb t;
    auto source = ImportSource::open(ContactData + u'/' + file);
    if (!source) {
        out.misses << QStringLiteral("refused: ") + source.error().message;
        return out;
    }
    if ((*source)->kindNote().isEmpty() == expected.value(QStringLiteral("kindNote")).toBool())
        out.misses << QStringLiteral("kind note: “%1”").arg((*source)->kindNote());
    auto report = CustomerImport(*t.session, **source, {}).run();
    if (!report) {
        out.misses << QStringLiteral("import failed: ") + report.error().message;
        return out;
    }
    for (const ImportProblem &p : report->problems)
        out.misses << QStringLiteral("record %1, %2 “%3”: %4").arg(p.record).arg(p.column, p.value, p.reason);
    if (report->notes.size() != expected.value(QStringLiteral("notes")).toInt())
        out.misses << QStringLiteral("notes: ") + report->notes.join(u" / ");
    out.fileRead = report->rejected == 0 && report->written;
    CustomerStore store(*t.session);
    for (const QJsonValue &v : expected.value(QStringLiteral("people")).toArray()) {
        ++out.people;
        const QJsonObject want = v.toObject();
        Person wanted{want.value(QStringLiteral("name")).toString(),
                            want.value(QStringLiteral("kind")).toString(QStringLiteral("person")),
                            want.value(QStringLiteral("company")).toString(),
                            want.value(QStringLiteral("jobTitle")).toString(),
                            pairs(want.value(QStringLiteral("phones")).toArray()),
                            pairs(want.value(QStringLiteral("emails")).toArray()),
                            strings(want.value(QStringLiteral("tags")).toArray())};
        wanted.tags.sort();
        const QList<qint64> ids = store.findByName(wanted.name).value();
        if (ids.size() != 1) {
            out.misses << QStringLiteral("%1 customers named %2").arg(ids.size()).arg(wanted.name);
            continue;
        }
        const Person got = personFrom(store, *store.get(ids.first()));
        const bool flagged = std::any_of(report->warnings.begin(), report->warnings.end(),
                                         [&](const ImportProblem &w) { return w.value == wanted.name; });
        const bool wantFlag = want.value(QStringLiteral("flagged")).toBool();
        if (describe(got) != describe(wanted) || (wantFlag && !flagged))
            out.misses << QStringLiteral("want %1%2\n got %3%4")
                              .arg(describe(wanted), wantFlag ? QStringLiteral(" (flagged)") : QString(),
                                   describe(got), flagged ? QStringLiteral(" (flagged)") : QString());
        else
            ++out.intact;
    }
    return out;
}

} // namespace

TEST_CASE("Every kind of contact file imports its people without manual mapping", "[import][contacts]")
{
    const QStringList files = fixtures();
    REQUIRE(files.size() >= 20);
    for (const QString &file : files) {
        const QJsonObject expected = expectedFor(file);
        INFO(file.toStdString() << ": " << expected.value(QStringLiteral("about")).toString().toStdString());
        const Outcome o = importFixture(file, expected);
        INFO(o.misses.join(u'\n').toStdString());
        CHECK(o.fileRead);
        CHECK(o.misses.isEmpty());
        CHECK(o.intact == o.people);
    }
}

// The figure for docs/IMPORT.md: how many fixtures import with every person
// and name intact. Hidden: run it with "[.measure]".
TEST_CASE("Contact files imported intact, counted", "[.measure][contacts]")
{
    int files = 0, intactFiles = 0, people = 0, intactPeople = 0;
    for (const QString &file : fixtures()) {
        const Outcome o = importFixture(file, expectedFor(file));
        ++files;
        people += o.people;
        intactPeople += o.intact;
        const bool intact = o.fileRead && o.intact == o.people;
        intactFiles += intact ? 1 : 0;
        std::cout << (intact ? "intact  " : "damaged ") << file.toStdString() << "  " << o.intact << "/" << o.people
                  << (o.misses.isEmpty() ? "" : "\n    ") << o.misses.join(QStringLiteral("\n    ")).toStdString()
                  << "\n";
    }
    std::cout << intactFiles << " of " << files << " files, " << intactPeople << " of " << people
              << " people imported intact\n";
    CHECK(files > 0);
}

TEST_CASE("A row is refused for its identity only when nothing says who it is", "[import][contacts]")
{
    TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("people.csv"));
    writeFile(path, QByteArrayLiteral("Name,Company,Mobile Phone,E-mail,City\n"
                                      ",,,,Beijing\n"
                                      ",,,ming@example.com,\n"
                                      ",,13800138000,,\n"
                                      ",Acme,,,\n"));
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    CustomerImportOptions options;
    options.skipInvalid = true;
    auto report = CustomerImport(*t.session, **source, options).run();
    REQUIRE(report.ok());
    CHECK(report->created == 3);
    REQUIRE(report->rejected == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().line == 2);
    CHECK(report->problems.first().column == u"Name");
    CHECK(report->problems.first().reason.contains(QStringLiteral("no name, company, phone or e-mail")));
    // The made-up names are listed, each with the cell it came from.
    QStringList flagged;
    for (const ImportProblem &w : report->warnings)
        flagged << QStringLiteral("%1:%2").arg(w.line).arg(w.column);
    CHECK(flagged.contains(QStringLiteral("3:E-mail")));
    CHECK(flagged.contains(QStringLiteral("4:Mobile Phone")));
    CustomerStore store(*t.session);
    const Customer acme = *store.get(store.findByName(QStringLiteral("Acme"))->value(0));
    CHECK(acme.kind == CustomerKind::Company);
    const Customer ming = *store.get(store.findByName(QStringLiteral("ming@example.com"))->value(0));
    CHECK(ming.emails.value(0).address == u"ming@example.com");
}

TEST_CASE("A file's kind comes from its content, and the source says when the name disagrees", "[import][contacts]")
{
    TestDb t;
    const QString vcf = t.dir.filePath(QStringLiteral("contacts.vcf"));
    writeFile(vcf, QByteArrayLiteral("Name,Phone\nAnna,13800138000\n"));
    auto table = ImportSource::open(vcf);
    REQUIRE(table.ok());
    CHECK((*table)->format() == u"csv");
    CHECK((*table)->kindNote().contains(QStringLiteral("contacts.vcf")));
    CHECK((*table)->notes().value(0) == (*table)->kindNote());

    const QString csv = t.dir.filePath(QStringLiteral("contacts.csv"));
    const QString card = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n");
    QStringEncoder utf16le(QStringEncoder::Utf16LE);   // no byte order mark
    writeFile(csv, utf16le(card));
    auto cards = ImportSource::open(csv);
    REQUIRE(cards.ok());
    CHECK((*cards)->format() == u"vcard");
    CHECK((*cards)->kindNote().contains(QStringLiteral("UTF-16LE")));

    const QString plain = t.dir.filePath(QStringLiteral("plain.csv"));
    writeFile(plain, QByteArrayLiteral("Name\nAnna\n"));
    CHECK((*ImportSource::open(plain))->kindNote().isEmpty());
}

TEST_CASE("An extension column (分机) goes with the phone before it: one number, not a second phone",
          "[import][contacts][phone]")
{
    TestDb t;
    const QString path = t.dir.filePath(QStringLiteral("staff.csv"));
    writeFile(path, QStringLiteral("姓名,电话,分机,手机\n王伟,010-8888 6666,8001,138 1234 5678\n李娜,010-8888 6666,,\n")
                        .toUtf8());
    auto source = ImportSource::open(path);
    REQUIRE(source.ok());
    auto report = CustomerImport(*t.session, **source, CustomerImportOptions{}).run();
    REQUIRE(report.ok());
    CHECK(report->created == 2);
    CHECK(report->warnings.isEmpty());   // no "8001" kept as a number of its own
    CustomerStore store(*t.session);
    const Customer wang = *store.get(store.findByName(QStringLiteral("王伟"))->value(0));
    REQUIRE(wang.phones.size() == 2);
    CHECK(wang.phones.at(0).e164 == QStringLiteral("+861088886666;ext=8001"));
    CHECK(wang.phones.at(1).e164 == QStringLiteral("+8613812345678"));
    const Customer li = *store.get(store.findByName(QStringLiteral("李娜"))->value(0));
    REQUIRE(li.phones.size() == 1);
    CHECK(li.phones.at(0).e164 == QStringLiteral("+861088886666"));
}
