// The data-quality score on a small file whose defects are known one by one:
// each check's counts, duplicates counted once per group, the score as the
// formula says, the figures per salesperson and the customers each check lists.
#include "analytics/dataquality.h"
#include "customers/customer.h"

#include "../corehelpers.h"

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::test;

namespace {

// SQL straight into the test database through its own connection, on either
// backend: customers as an older version or an import could have left them.
struct DirectSql {
    QSqlDatabase db;
    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    }
};

// Writes customers as an older version or an import could have left them;
// the stores would refuse some of these values today.
struct Fixture {
    TestDb t;
    DirectSql raw{t.db->connection()};

    Fixture()
    {
        raw.exec(QStringLiteral("INSERT INTO users (id, login, display_name, created_at) VALUES "
                                "(2, 'lina', '李娜', '2026-01-01T00:00:00Z'), (3, 'wq', '王强', '2026-01-01T00:00:00Z')"));
    }
    void customer(int id, const QString &kind, const QString &name, const QString &rest)
    {
        // rest: company_id, owner_id, city, source_id, stage, birthday, next_follow_up, updated_at,
        // last_contact_at, deleted_at
        raw.exec(QStringLiteral("INSERT INTO customers (id, kind, name, name_sort, company_id, owner_id, city, "
                                "source_id, stage, birthday, next_follow_up, updated_at, last_contact_at, deleted_at, "
                                "created_at) VALUES (%1, '%2', '%3', '%3', %4, '2024-01-01T00:00:00Z')")
                     .arg(id)
                     .arg(kind, name, rest));
    }
    void phone(int customer, const QString &raw164, const QString &problem = {})
    {
        raw.exec(QStringLiteral("INSERT INTO customer_phones (customer_id, raw, e164, problem) VALUES (%1, '%2', '%3', %4)")
                     .arg(customer)
                     .arg(raw164, problem.isEmpty() ? raw164 : QString(),
                          problem.isEmpty() ? QStringLiteral("NULL") : u'\'' + problem + u'\''));
    }
    void email(int customer, const QString &address)
    {
        raw.exec(QStringLiteral("INSERT INTO customer_emails (customer_id, email) VALUES (%1, '%2')").arg(customer).arg(address));
    }

    // Eight customers, one in the trash; today is 2026-03-15 (testdb's clock).
    void known()
    {
        customer(1, QStringLiteral("company"), QStringLiteral("深圳华创科技有限公司"),
                 QStringLiteral("NULL, 2, '深圳', 1, 'customer', NULL, '2026-04-01', '2026-03-01T00:00:00Z', NULL, NULL"));
        phone(1, QStringLiteral("+8675512345678"));
        email(1, QStringLiteral("info@huachuang.cn"));
        // The same company written without its legal form; no phone or e-mail; nothing planned.
        customer(2, QStringLiteral("company"), QStringLiteral("深圳华创科技"),
                 QStringLiteral("NULL, 3, '深圳', 1, 'prospect', NULL, NULL, '2026-03-01T00:00:00Z', NULL, NULL"));
        // Overdue, and untouched for more than six months.
        customer(3, QStringLiteral("person"), QStringLiteral("张伟"),
                 QStringLiteral("1, 2, '深圳', 1, 'customer', NULL, '2026-03-01', '2025-01-01T00:00:00Z', NULL, NULL"));
        phone(3, QStringLiteral("+8613812345678"));
        email(3, QStringLiteral("zhangwei@example.com"));
        // 张伟 again: same name at the same company, same phone; a broken e-mail.
        customer(4, QStringLiteral("person"), QStringLiteral("张伟"),
                 QStringLiteral("1, 3, '深圳', 1, 'customer', NULL, '2026-03-20', '2026-03-10T00:00:00Z', NULL, NULL"));
        phone(4, QStringLiteral("+8613812345678"));
        email(4, QStringLiteral("zw@example"));
        // In the pool, with nothing filled in, an extension that could not be
        // verified, 张伟's e-mail in other letters, and a birthday in 2030.
        customer(5, QStringLiteral("person"), QStringLiteral("李四"),
                 QStringLiteral("NULL, NULL, NULL, NULL, 'lead', '2030-01-01', NULL, '2026-03-01T00:00:00Z', NULL, NULL"));
        phone(5, QStringLiteral("801"), QStringLiteral("An internal extension"));
        email(5, QStringLiteral("ZhangWei@Example.com"));
        // An e-mail address standing in for the name; churned, so nothing planned is fine.
        customer(6, QStringLiteral("person"), QStringLiteral("wang@qq.com"),
                 QStringLiteral("1, 2, '深圳', 1, 'churned', '1990-05-05', NULL, '2026-03-01T00:00:00Z', NULL, NULL"));
        email(6, QStringLiteral("wang@qq.com"));
        // In the trash: counts nowhere, not even as 张伟's duplicate.
        customer(7, QStringLiteral("person"), QStringLiteral("赵六"),
                 QStringLiteral("1, 3, '深圳', 1, 'lead', NULL, NULL, '2026-03-01T00:00:00Z', NULL, '2026-03-02T00:00:00Z'"));
        phone(7, QStringLiteral("+8613812345678"));
        // A follow-up three years ahead; changed long ago but contacted lately.
        customer(8, QStringLiteral("person"), QStringLiteral("钱七"),
                 QStringLiteral("1, 2, '深圳', 1, 'customer', NULL, '2029-01-01', '2025-06-01T00:00:00Z', "
                                "'2026-02-01T00:00:00Z', NULL"));
        phone(8, QStringLiteral("+8613900000000"));
    }
};

const QualityCheckResult &check(const QualityFigures &f, const QString &key)
{
    for (const QualityCheckResult &c : f.checks)
        if (c.key == key)
            return c;
    FAIL("no check " << key.toStdString());
    return f.checks.first();
}

QList<qint64> ids(const QList<QualityRecord> &records)
{
    QList<qint64> out;
    for (const QualityRecord &r : records)
        out << r.id;
    return out;
}

} // namespace

TEST_CASE("Data quality: each check counts the live customers it applies to and those failing it", "[dataquality]")
{
    Fixture f;
    f.known();
    auto report = DataQuality::compute(*f.t.session, {});
    REQUIRE(report.ok());
    const QualityFigures &team = report->team;
    CHECK(team.customers == 7);
    const QList<std::tuple<const char *, qint64, qint64>> expected = {
        {"name", 7, 1},    {"contact", 7, 1},    {"owner", 7, 1},   {"city", 7, 1},    {"source", 7, 1},
        {"company", 5, 1}, {"phones", 5, 1},     {"emails", 5, 1},  {"dates", 6, 2},   {"duplicates", 7, 3},
        {"overdue", 4, 1}, {"planned", 6, 2},    {"touched", 7, 1},
    };
    REQUIRE(team.checks.size() == expected.size());
    for (const auto &[key, applicable, failing] : expected) {
        INFO(key);
        CHECK(check(team, QString::fromLatin1(key)).applicable == applicable);
        CHECK(check(team, QString::fromLatin1(key)).failing == failing);
    }
}

TEST_CASE("Data quality: the score is the weighted mean the formula shows", "[dataquality]")
{
    Fixture f;
    f.known();
    auto report = DataQuality::compute(*f.t.session, {});
    REQUIRE(report.ok());
    const double completeness = (5 * 6.0 / 7 + 4.0 / 5) / 6;
    const double validity = (4.0 / 5 + 4.0 / 5 + 4.0 / 6) / 3;
    const double uniqueness = 4.0 / 7;
    const double timeliness = (3.0 / 4 + 4.0 / 6 + 6.0 / 7) / 3;
    CHECK(report->team.dimensionPass[0] == Approx(completeness));
    CHECK(report->team.dimensionPass[1] == Approx(validity));
    CHECK(report->team.dimensionPass[2] == Approx(uniqueness));
    CHECK(report->team.dimensionPass[3] == Approx(timeliness));
    const double score = 30 * completeness + 25 * validity + 20 * uniqueness + 25 * timeliness;
    CHECK(report->team.score == Approx(score));
    CHECK(score == Approx(74.69).epsilon(0.001));
    CHECK(DataQuality::formulaWithValues(report->team) == QStringLiteral("30 × 84.8% + 25 × 75.6% + 20 × 57.1% + 25 × 75.8% = 74.7"));
}

TEST_CASE("Data quality: a group of duplicates counts all but its oldest, each once", "[dataquality]")
{
    Fixture f;
    f.known();
    // 3, 4 and 5 are one group (4 by phone and by name at the company, 5 by
    // e-mail in other letters), 1 and 2 another (the company name).
    auto records = DataQuality::records(*f.t.session, QStringLiteral("duplicates"), {}, -1, 100);
    REQUIRE(records.ok());
    CHECK(ids(*records) == QList<qint64>{2, 4, 5});
    CHECK(records->at(0).detail == QStringLiteral("Repeats 深圳华创科技有限公司 (customer 1)"));
    CHECK(records->at(2).detail == QStringLiteral("Repeats 张伟 (customer 3)"));
    // The trash's copy of the number joins nothing: restoring 7 would add one.
    f.raw.exec(QStringLiteral("UPDATE customers SET deleted_at = NULL WHERE id = 7"));
    auto after = DataQuality::compute(*f.t.session, {});
    REQUIRE(after.ok());
    CHECK(check(after->team, QStringLiteral("duplicates")).failing == 4);
}

TEST_CASE("Data quality: the same figures per salesperson, the public pool last", "[dataquality]")
{
    Fixture f;
    f.known();
    auto report = DataQuality::compute(*f.t.session, {});
    REQUIRE(report.ok());
    REQUIRE(report->owners.size() == 3); // 李娜, 王强, the pool; Tester has no customers
    CHECK(report->owners.last().ownerId == 0);
    CHECK(report->owners.last().figures.customers == 1);
    const OwnerQuality *lina = nullptr, *wang = nullptr;
    for (const OwnerQuality &o : report->owners) {
        if (o.ownerId == 2)
            lina = &o;
        if (o.ownerId == 3)
            wang = &o;
    }
    REQUIRE(lina);
    REQUIRE(wang);
    CHECK(lina->ownerName == QStringLiteral("李娜"));
    CHECK(lina->figures.customers == 4);
    CHECK(check(lina->figures, QStringLiteral("duplicates")).failing == 0);
    CHECK(check(lina->figures, QStringLiteral("overdue")).applicable == 3);
    CHECK(check(lina->figures, QStringLiteral("overdue")).failing == 1);
    CHECK(check(lina->figures, QStringLiteral("planned")).applicable == 3);
    CHECK(check(wang->figures, QStringLiteral("duplicates")).failing == 2);
    CHECK(check(wang->figures, QStringLiteral("contact")).failing == 1);
    // Lowest score first: 王强's two records are both repeats.
    CHECK(report->owners.first().ownerId == 3);
    CHECK(wang->figures.score < lina->figures.score);
}

TEST_CASE("Data quality: each check lists the customers to fix, with what is wrong", "[dataquality]")
{
    Fixture f;
    f.known();
    auto list = [&](const char *key, qint64 owner = -1) {
        auto r = DataQuality::records(*f.t.session, QString::fromLatin1(key), {}, owner, 100);
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(ids(list("contact")) == QList<qint64>{2});
    CHECK(ids(list("company")) == QList<qint64>{5});
    CHECK(list("phones").first().detail == QStringLiteral("801 — An internal extension"));
    CHECK(list("emails").first().detail == QStringLiteral("zw@example"));
    CHECK(ids(list("dates")) == QList<qint64>{5, 8});
    CHECK(ids(list("planned")) == QList<qint64>{2, 5});
    CHECK(ids(list("touched")) == QList<qint64>{3});
    CHECK(list("overdue").first().detail == QStringLiteral("Next follow-up 2026-03-01"));
    CHECK(list("overdue").first().ownerName == QStringLiteral("李娜"));
    CHECK(ids(list("duplicates", 3)) == QList<qint64>{2, 4});
    CHECK(ids(list("planned", 0)) == QList<qint64>{5});
    auto limited = DataQuality::records(*f.t.session, QStringLiteral("touched"), {}, -1, 0);
    REQUIRE(limited.ok());
    CHECK(limited->isEmpty());
    // One month instead of six: 钱七, last contacted on 2026-02-01, fails too.
    DataQualityOptions three;
    three.staleMonths = 1;
    CHECK(ids(*DataQuality::records(*f.t.session, QStringLiteral("touched"), three, -1, 100)) == QList<qint64>{3, 8});
    auto unknown = DataQuality::records(*f.t.session, QStringLiteral("spelling"), {}, -1, 10);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);
}

TEST_CASE("Data quality: the e-mail check in SQL agrees with the e-mail rule of the customer form", "[dataquality]")
{
    Fixture f;
    const QStringList addresses = {
        QStringLiteral("a@b.cn"),          QStringLiteral("first.last@mail.example.com"),
        QStringLiteral("名字@例子.公司"),   QStringLiteral("x+tag@sub.domain.org"),
        QStringLiteral("no-at.example.com"), QStringLiteral("@example.com"),
        QStringLiteral("a@@b.com"),        QStringLiteral("a@b@c.com"),
        QStringLiteral("a@example"),       QStringLiteral("a@example.c"),
        QStringLiteral("a@.com"),          QStringLiteral("a@ex..com"),
        QStringLiteral("a..b@example.com"), QStringLiteral("a b@example.com"),
        QStringLiteral("a@exa_mple.com"),  QStringLiteral("a_b@example.com"),
        QStringLiteral("a@example.com."),  QStringLiteral("\"a\"@example.com"),
        QStringLiteral("a(b)@example.com"), QStringLiteral("a@[1.2.3.4]"),
        QStringLiteral("a;b@example.com"), QStringLiteral("a\\b@example.com"),
        QStringLiteral("a\tb@example.com"), QStringLiteral("a@example.co_m"),
    };
    QList<qint64> invalid;
    for (int i = 0; i < addresses.size(); ++i) {
        f.customer(i + 1, QStringLiteral("person"), QStringLiteral("P%1").arg(i + 1),
                   QStringLiteral("NULL, 1, '深圳', 1, 'lead', NULL, NULL, '2026-03-01T00:00:00Z', NULL, NULL"));
        QSqlQuery q(f.raw.db);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO customer_emails (customer_id, email) VALUES (?, ?)")));
        q.addBindValue(i + 1);
        q.addBindValue(addresses.at(i));
        REQUIRE(q.exec());
        if (!Customers::isValidEmail(addresses.at(i)))
            invalid << i + 1;
    }
    REQUIRE(invalid.size() > 10); // both kinds are there
    REQUIRE(invalid.size() < addresses.size() - 3);
    auto records = DataQuality::records(*f.t.session, QStringLiteral("emails"), {}, -1, 100);
    REQUIRE(records.ok());
    CHECK(ids(*records) == invalid);
}

TEST_CASE("Data quality: an empty file scores 100 with nothing to fix", "[dataquality]")
{
    TestDb t;
    auto report = DataQuality::compute(*t.session, {});
    REQUIRE(report.ok());
    CHECK(report->team.customers == 0);
    CHECK(report->owners.isEmpty());
    CHECK(report->team.checks.size() == DataQuality::checkKeys().size());
    CHECK(report->team.score == Approx(100));
}
