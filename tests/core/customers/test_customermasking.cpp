// A pool customer's contacts for anyone but an administrator: phones masked
// (138****5678), no e-mails, on the panel's read, the list and exports; the
// full numbers revealed with a permission and logged; a field's earlier value
// restored from the history (issue 16).
#include "customeraccessfixture.h"

#include "customers/customerliststore.h"
#include "customers/phonemask.h"
#include "exchange/customerexport.h"
#include "platform/auditstore.h"

#include <QFile>

using namespace guanxi;
using namespace guanxi::test;

namespace {
QList<AuditEvent> events(TeamFile &f, AuditAction action)
{
    f.asAdmin();
    AuditStore::Filter filter;
    filter.action = action;
    auto list = AuditStore(f.session()).list(filter);
    REQUIRE(list.ok());
    return *list;
}
} // namespace

TEST_CASE("A phone is masked to its first 3 and last 4 digits, a short one to its last 2", "[masking]")
{
    CHECK(PhoneMask::mask(QStringLiteral("138 1234 5678")) == QStringLiteral("138****5678"));
    CHECK(PhoneMask::mask(QStringLiteral("+86 138 1234 5678"), QStringLiteral("+8613812345678"))
          == QStringLiteral("138****5678"));
    CHECK(PhoneMask::mask(QStringLiteral("020 7946 0958"), QStringLiteral("+442079460958")) == QStringLiteral("207****0958"));
    CHECK(PhoneMask::mask(QStringLiteral("5551234")) == QStringLiteral("****34"));
}

TEST_CASE("A salesperson reads a pool customer masked, their own in full", "[masking][customers]")
{
    TeamFile f;
    f.as(f.li);
    CustomerStore store(f.session());
    const Customer pool = store.read(f.poolCustomer).value();
    CHECK(pool.masked);
    REQUIRE(pool.phones.size() == 1);
    CHECK(pool.phones.first().raw == QStringLiteral("137****5678"));
    CHECK(pool.phones.first().e164.isEmpty());
    CHECK(pool.emails.isEmpty());
    const Customer own = store.read(f.lisCustomer).value();
    CHECK_FALSE(own.masked);
    CHECK(own.phones.first().raw == QStringLiteral("13812345678"));
    CHECK(own.emails.size() == 1);

    // The list's phone and e-mail columns.
    auto rows = CustomerListStore(f.session()).page({}, 0, 10).value();
    for (const CustomerListRow &r : rows) {
        const QString phone = r.values.at(int(CustomerColumn::Phone)).toString();
        const QString email = r.values.at(int(CustomerColumn::Email)).toString();
        if (r.id == f.poolCustomer) {
            CHECK(phone == QStringLiteral("137****5678"));
            CHECK(email.isEmpty());
        } else {
            CHECK(phone == QStringLiteral("13812345678"));
            CHECK(email == QStringLiteral("xm@example.cn"));
        }
    }
    f.asAdmin();
    CHECK_FALSE(store.read(f.poolCustomer).value().masked);
    CHECK(store.read(f.poolCustomer).value().emails.size() == 1);
}

TEST_CASE("Saving a pool customer read masked keeps its numbers and e-mails", "[masking][customers]")
{
    TeamFile f;
    f.as(f.li);
    CustomerStore store(f.session());
    Customer shown = store.read(f.poolCustomer).value();
    shown.notes = QStringLiteral("asked for a quote");
    REQUIRE(store.update(shown).ok());
    f.asAdmin();
    const Customer stored = store.get(f.poolCustomer).value();
    CHECK(stored.notes == QStringLiteral("asked for a quote"));
    REQUIRE(stored.phones.size() == 1);
    CHECK(stored.phones.first().e164 == QStringLiteral("+8613712345678"));
    CHECK(stored.emails.size() == 1);
}

TEST_CASE("Revealing a pool customer's numbers needs its permission and is logged", "[masking][audit]")
{
    TeamFile f;
    f.as(f.li);
    auto denied = CustomerStore(f.session()).revealPhones(f.poolCustomer);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    CHECK(denied.error().field == Permissions::code(Permission::RevealPhone));
    CHECK(events(f, AuditAction::PhoneRevealed).isEmpty());

    f.as(f.boss);
    auto phones = CustomerStore(f.session()).revealPhones(f.poolCustomer);
    REQUIRE(phones.ok());
    REQUIRE(phones->size() == 1);
    CHECK(phones->first().e164 == QStringLiteral("+8613712345678"));
    // Another team's customer stays out of reach.
    CHECK(CustomerStore(f.session()).revealPhones(f.wangsCustomer).error().kind == ErrorKind::NotFound);
    auto logged = events(f, AuditAction::PhoneRevealed);
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().userId == f.boss);
    CHECK(logged.first().entity == QStringLiteral("customer"));
    CHECK(logged.first().entityId == f.poolCustomer);
}

TEST_CASE("An export needs its permission, holds only visible customers, masked, and is logged", "[masking][export]")
{
    TeamFile f;
    const QString path = f.t.dir.filePath(QStringLiteral("customers.csv"));
    f.as(f.li);
    auto denied = CustomerExport::write(f.session(), {}, path, ExportFormat::Csv);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
    CHECK_FALSE(QFile::exists(path));

    f.grant(Role::Sales, Permission::Export);
    f.as(f.li);
    // Asking for Wang's customer by id gets nothing of it either.
    auto written = CustomerExport::write(f.session(), {f.lisCustomer, f.poolCustomer, f.wangsCustomer}, path,
                                         ExportFormat::Csv);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("王小明")));
    CHECK(text.contains(QStringLiteral("xm@example.cn")));
    CHECK(text.contains(QStringLiteral("137****5678")));
    CHECK_FALSE(text.contains(QStringLiteral("13712345678")));
    CHECK_FALSE(text.contains(QStringLiteral("zs@example.cn")));
    CHECK_FALSE(text.contains(QStringLiteral("欧阳娜娜")));

    const QString vcf = f.t.dir.filePath(QStringLiteral("pool.vcf"));
    REQUIRE(CustomerExport::write(f.session(), {f.poolCustomer}, vcf, ExportFormat::VCard30).ok());
    QFile card(vcf);
    REQUIRE(card.open(QIODevice::ReadOnly));
    const QString cardText = QString::fromUtf8(card.readAll());
    CHECK_FALSE(cardText.contains(QStringLiteral("13712345678")));
    CHECK_FALSE(cardText.contains(QStringLiteral("zs@example.cn")));

    auto logged = events(f, AuditAction::Export);
    REQUIRE(logged.size() == 2);
    const AuditEvent csv = logged.last(); // newest first
    CHECK(csv.userId == f.li);
    CHECK(csv.entity == QStringLiteral("customers"));
    CHECK(csv.detail.value(QStringLiteral("rows")).toInteger() == 2);
    CHECK(csv.detail.value(QStringLiteral("sha256")).toString().size() == 64);
}

TEST_CASE("A field's earlier value is put back from the history as a new, logged change", "[history][audit]")
{
    TeamFile f;
    f.as(f.li);
    CustomerStore store(f.session());
    Customer c = store.get(f.lisCustomer).value();
    c.city = QStringLiteral("宁波");
    c.phones.first().raw = QStringLiteral("13812340000");
    REQUIRE(store.update(c).ok());
    auto history = store.history(f.lisCustomer).value();
    qint64 cityChange = 0, phoneChange = 0;
    for (const Change &ch : history) {
        if (ch.field == u"city")
            cityChange = ch.id;
        if (ch.field == u"phones")
            phoneChange = ch.id;
    }
    REQUIRE(cityChange);
    REQUIRE(phoneChange);
    REQUIRE(store.restoreValue(f.lisCustomer, cityChange).ok());
    REQUIRE(store.restoreValue(f.lisCustomer, phoneChange).ok());
    const Customer back = store.get(f.lisCustomer).value();
    CHECK(back.city == QStringLiteral("杭州"));
    CHECK(back.phones.first().e164 == QStringLiteral("+8613812345678"));
    CHECK(back.phones.first().label == QStringLiteral("mobile"));
    auto after = store.history(f.lisCustomer).value();
    CHECK(after.size() == history.size() + 2);
    CHECK(after.first().field == QStringLiteral("phones"));
    CHECK(after.first().newValue == QStringLiteral("13812345678"));
    auto logged = events(f, AuditAction::ValueRestored);
    REQUIRE(logged.size() == 2);
    CHECK(logged.last().detail.value(QStringLiteral("field")).toString() == QStringLiteral("city"));

    // Not from another salesperson's customer, nor the owner.
    f.as(f.wang);
    CHECK(store.restoreValue(f.lisCustomer, cityChange).error().kind == ErrorKind::NotFound);
}

TEST_CASE("A pool customer's history shows its old numbers and e-mails masked too", "[masking][history]")
{
    TeamFile f;
    CustomerStore store(f.session());
    Customer c = store.get(f.poolCustomer).value();
    c.phones = {Phone{{}, QStringLiteral("13698765432"), {}}};
    c.emails = {Email{{}, QStringLiteral("new@example.cn")}};
    REQUIRE(store.update(c).ok());

    f.as(f.li);
    bool sawPhones = false, sawEmails = false;
    const QList<Change> masked = store.history(f.poolCustomer).value();
    for (const Change &ch : masked) {
        if (ch.field == QStringLiteral("phones")) {
            sawPhones = true;
            CHECK(ch.oldValue == QStringLiteral("137****5678"));
            CHECK(ch.newValue == QStringLiteral("136****5432"));
        }
        if (ch.field == QStringLiteral("emails")) {
            sawEmails = true;
            CHECK_FALSE(ch.oldValue.contains(u'@'));
            CHECK_FALSE(ch.newValue.contains(u'@'));
        }
    }
    CHECK(sawPhones);
    CHECK(sawEmails);
    f.asAdmin();
    bool full = false;
    const QList<Change> plain = store.history(f.poolCustomer).value();
    for (const Change &ch : plain)
        full = full || ch.newValue == QStringLiteral("13698765432");
    CHECK(full);
}
