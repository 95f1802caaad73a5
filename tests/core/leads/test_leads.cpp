// Leads (线索): capture, screening that keeps disqualified leads, duplicate
// detection by phone, e-mail and company name, and conversion as one
// transaction.
#include "corehelpers.h"

#include "platform/changelogstore.h"
#include "customers/customerstore.h"
#include "sales/dealstore.h"
#include "leads/leadstore.h"
#include "text/money.h"
#include "text/companyname.h"

using namespace guanxi;
using namespace guanxi::test;

namespace {
Lead lead(const QString &name, const QString &company = {}, const QString &phone = {}, const QString &email = {})
{
    Lead l;
    l.name = name;
    l.company = company;
    l.phone = phone;
    l.email = email;
    return l;
}
} // namespace

TEST_CASE("Company names compare without legal forms and regions", "[leads][text]")
{
    CHECK(CompanyName::key(QStringLiteral("华信科技有限公司")) == QStringLiteral("华信科技"));
    CHECK(CompanyName::key(QStringLiteral("华信科技（中国）有限公司")) == QStringLiteral("华信科技"));
    CHECK(CompanyName::key(QStringLiteral("华信科技(北京)股份有限公司")) == QStringLiteral("华信科技"));
    CHECK(CompanyName::key(QStringLiteral("华信科技集团有限公司")) == QStringLiteral("华信科技"));
    CHECK(CompanyName::key(QStringLiteral("Acme Trading Co., Ltd.")) == QStringLiteral("acmetrading"));
    CHECK(CompanyName::key(QStringLiteral("ACME TRADING LIMITED")) == QStringLiteral("acmetrading"));
    CHECK(CompanyName::key(QStringLiteral("Ａｃｍｅ Trading Inc.")) == QStringLiteral("acmetrading"));
    CHECK(CompanyName::key(QStringLiteral("华信")) != CompanyName::key(QStringLiteral("华信科技")));
    // A name that is only a legal form keeps it rather than becoming empty.
    CHECK_FALSE(CompanyName::key(QStringLiteral("有限公司")).isEmpty());
}

TEST_CASE("Leads are captured, screened and kept", "[leads]")
{
    TestDb t;
    LeadStore leads(*t.session);
    auto id = leads.create(lead(QStringLiteral("张伟"), QStringLiteral("华信科技"), QStringLiteral("138 1234 5678")));
    REQUIRE(id.ok());
    auto got = leads.get(*id);
    REQUIRE(got.ok());
    CHECK(got->phoneE164 == QStringLiteral("+8613812345678"));
    CHECK(got->status == LeadStatus::New);
    CHECK(got->ownerId == 0); // nobody was given: it waits in the pool

    SECTION("bad input names the field and writes nothing")
    {
        const qint64 before = countRows(*t.db, QStringLiteral("leads"));
        auto noName = leads.create(lead(QString(), QStringLiteral("X")));
        CHECK(noName.error().field == QStringLiteral("name"));
        auto badMail = leads.create(lead(QStringLiteral("A"), {}, {}, QStringLiteral("a@")));
        CHECK(badMail.error().field == QStringLiteral("email"));
        auto unreachable = leads.create(lead(QStringLiteral("A")));
        CHECK_FALSE(unreachable.ok());
        CHECK(countRows(*t.db, QStringLiteral("leads")) == before);
    }

    SECTION("a phone that cannot be verified is kept as written, with the reason")
    {
        auto odd = leads.create(lead(QStringLiteral("A"), {}, QStringLiteral("12ab")));
        REQUIRE(odd.ok());
        CHECK(leads.get(*odd)->phone == QStringLiteral("12ab"));
        CHECK(leads.get(*odd)->phoneE164.isEmpty());
        CHECK(leads.get(*odd)->phoneProblem.contains(QStringLiteral("“12ab”")));
    }

    SECTION("disqualifying needs a reason and keeps the lead")
    {
        auto noReason = leads.disqualify(*id, QStringLiteral("  "));
        CHECK(noReason.error().field == QStringLiteral("reason"));
        REQUIRE(leads.disqualify(*id, QStringLiteral("no budget")).ok());
        CHECK(leads.get(*id)->status == LeadStatus::Disqualified);
        CHECK(leads.get(*id)->disqualifyReason == QStringLiteral("no budget"));
        auto convert = leads.convert(*id);
        CHECK_FALSE(convert.ok());
        CHECK(convert.error().message.contains(QStringLiteral("no budget")));
        REQUIRE(leads.qualify(*id).ok());
        CHECK(leads.get(*id)->status == LeadStatus::Qualified);
        auto history = ChangeLogStore(*t.session).history(QStringLiteral("lead"), *id);
        REQUIRE(history->size() == 3);
        CHECK(history->at(1).newValue == QStringLiteral("disqualified: no budget"));
    }

    SECTION("lists filter by status and owner")
    {
        Lead mine = lead(QStringLiteral("李娜"), {}, {}, QStringLiteral("lina@example.com"));
        mine.ownerId = t.session->userId();
        REQUIRE(leads.create(mine).ok());
        LeadListQuery q;
        CHECK(*leads.count(q) == 2);
        q.owner = LeadListQuery::Owner::Me;
        CHECK(*leads.count(q) == 1);
        q.owner = LeadListQuery::Owner::Pool;
        CHECK(leads.list(q, 0, 10)->first().name == QStringLiteral("张伟"));
        q.owner = LeadListQuery::Owner::Anyone;
        q.status = LeadStatus::Qualified;
        CHECK(*leads.count(q) == 0);
    }
}

TEST_CASE("Converting a lead finds duplicates and writes everything in one transaction", "[leads]")
{
    TestDb t;
    CustomerStore customers(*t.session);
    Customer company;
    company.kind = CustomerKind::Company;
    company.name = QStringLiteral("华信科技有限公司");
    const qint64 companyId = *customers.create(company);
    Customer person;
    person.name = QStringLiteral("张伟");
    person.companyId = companyId;
    person.phones << Phone{QString(), QStringLiteral("+86 138-1234-5678"), QString()};
    person.emails << Email{QString(), QStringLiteral("Zhang.Wei@Huaxin.cn")};
    const qint64 personId = *customers.create(person);

    LeadStore leads(*t.session);
    const qint64 same = *leads.create(lead(QStringLiteral("张先生"), QStringLiteral("华信科技（北京）有限公司"),
                                           QStringLiteral("13812345678"), QStringLiteral("zhang.wei@huaxin.cn")));
    auto dupes = leads.duplicates(*leads.get(same));
    REQUIRE(dupes.ok());
    REQUIRE(dupes->size() == 2);
    CHECK(dupes->at(0).customerId == personId);
    CHECK(dupes->at(0).reason.contains(QStringLiteral("+8613812345678")));
    CHECK(dupes->at(1).customerId == companyId);
    CHECK(dupes->at(1).reason.contains(QStringLiteral("company")));

    SECTION("linking to the existing customer creates nobody")
    {
        const qint64 before = countRows(*t.db, QStringLiteral("customers"));
        ConversionOptions link;
        link.linkToCustomerId = personId;
        auto r = leads.convert(same, link);
        REQUIRE(r.ok());
        CHECK(r->linked);
        CHECK(r->personId == personId);
        CHECK(r->companyId == companyId);
        CHECK(countRows(*t.db, QStringLiteral("customers")) == before);
        CHECK(leads.get(same)->status == LeadStatus::Converted);
        CHECK(leads.get(same)->customerId == personId);
        CHECK_FALSE(leads.convert(same).ok()); // once only
    }

    SECTION("a new lead becomes a person at the existing company")
    {
        Lead fresh = lead(QStringLiteral("李娜"), QStringLiteral("华信科技集团有限公司"), QStringLiteral("139 0000 1111"));
        fresh.campaign = QStringLiteral("春季展会");
        fresh.productInterest = QStringLiteral("ERP");
        fresh.city = QStringLiteral("北京");
        const qint64 id = *leads.create(fresh);
        auto r = leads.convert(id);
        REQUIRE(r.ok());
        CHECK_FALSE(r->linked);
        CHECK(r->companyId == companyId); // reused, not a second 华信科技
        auto c = customers.get(r->personId);
        REQUIRE(c.ok());
        CHECK(c->name == QStringLiteral("李娜"));
        CHECK(c->companyId == companyId);
        CHECK(c->stage == Stage::Prospect);
        CHECK(c->phones.first().e164 == QStringLiteral("+8613900001111"));
        CHECK(c->notes.contains(QStringLiteral("春季展会")));
        CHECK(c->notes.contains(QStringLiteral("ERP")));
        CHECK(c->city == QStringLiteral("北京"));
    }

    SECTION("a new company is created once, with the person")
    {
        const qint64 id = *leads.create(lead(QStringLiteral("Tom"), QStringLiteral("Acme Trading Co., Ltd."),
                                             QStringLiteral("+1 415 555 0100")));
        const qint64 before = countRows(*t.db, QStringLiteral("customers"));
        auto r = leads.convert(id);
        REQUIRE(r.ok());
        CHECK(countRows(*t.db, QStringLiteral("customers")) == before + 2);
        CHECK(customers.get(r->companyId)->kind == CustomerKind::Company);
        CHECK(customers.get(r->personId)->companyId == r->companyId);
    }

    SECTION("a failure half way leaves nothing behind")
    {
        // The lead's e-mail was valid, but the lead table was edited behind
        // the store's back to an invalid one: the person cannot be saved.
        const qint64 id = *leads.create(lead(QStringLiteral("Bad Mail"), QStringLiteral("New Co"),
                                             QStringLiteral("139 0000 2222")));
        QSqlQuery behind(t.db->connection());
        REQUIRE(behind.exec(QStringLiteral("UPDATE leads SET email = 'a@' WHERE id = %1").arg(id)));
        const qint64 customersBefore = countRows(*t.db, QStringLiteral("customers"));
        const qint64 changesBefore = countRows(*t.db, QStringLiteral("change_log"));
        auto r = leads.convert(id);
        CHECK_FALSE(r.ok());
        CHECK(countRows(*t.db, QStringLiteral("customers")) == customersBefore); // not even the company
        CHECK(countRows(*t.db, QStringLiteral("change_log")) == changesBefore);
        CHECK(leads.get(id)->status == LeadStatus::New);
    }
}

TEST_CASE("Converting a lead can open a deal in the same transaction", "[leads][deals]")
{
    TestDb t;
    Lead l;
    l.name = QStringLiteral("王先生");
    l.company = QStringLiteral("新华贸易有限公司");
    l.phone = QStringLiteral("139 1111 2222");
    l.productInterest = QStringLiteral("ERP");
    const qint64 id = *LeadStore(*t.session).create(l);
    ConversionOptions options;
    options.dealTitle = QStringLiteral("ERP 升级");
    options.dealAmountMinor = 12000000;
    auto r = LeadStore(*t.session).convert(id, options);
    REQUIRE(r.ok());
    REQUIRE(r->dealId != 0);
    auto deal = DealStore(*t.session).get(r->dealId);
    CHECK(deal->customerId == r->personId);
    CHECK(deal->amountMinor == 12000000);
    CHECK(deal->products == QStringLiteral("ERP"));

    SECTION("a deal that cannot be saved undoes the whole conversion")
    {
        const qint64 other = *LeadStore(*t.session).create(lead(QStringLiteral("赵先生"), QStringLiteral("另一家公司"), QStringLiteral("139 3333 4444")));
        const qint64 before = countRows(*t.db, QStringLiteral("customers"));
        ConversionOptions bad;
        bad.dealTitle = QStringLiteral("too big");
        bad.dealAmountMinor = Money::maxMinor + 1;
        CHECK_FALSE(LeadStore(*t.session).convert(other, bad).ok());
        CHECK(countRows(*t.db, QStringLiteral("customers")) == before);
        CHECK(LeadStore(*t.session).get(other)->status == LeadStatus::New);
    }
}
